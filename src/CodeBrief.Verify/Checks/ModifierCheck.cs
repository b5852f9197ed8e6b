using CodeBrief.Dossier;
using CodeBrief.Analytics.Medicare;
using CodeBrief.Ingest.Clfs;
using CodeBrief.Ingest.PfsRvu;
using CodeBrief.Verify.Page;

namespace CodeBrief.Verify.Checks;

/// <summary>
/// Does each modifier in a modifier table apply to the subject? PFS indicators govern 26/TC, 50, 51, 62, 66 and the
/// assistant modifiers; laboratory modifiers (90, 91, QW) need a CLFS row, and QW a CLFS row with QW.
/// </summary>
internal static class ModifierCheck
{
    public static void Run(VerifyContext c)
    {
        foreach (var t in c.Tokens)
        {
            // A modifier in a table or a sentence is judged on the code it belongs to; one in a reference list of modifiers claims nothing.
            if (t.Set != CodeSet.Modifier || t.Generic || Target(t) is null || !c.Exists(t)) continue;
            if (ModifierIndicators.IsLaboratory(t.Code)) Lab(c, t);
            else Pfs(c, t);
        }
    }

    private static void Pfs(VerifyContext c, CodeToken t)
    {
        var target = Target(t)!;
        var pfsRows = c.PfsOf(target);
        var row = GoverningRow(pfsRows, t.Code);
        if (row is null) return;
        if (ModifierRules.Judge(t.Code, row) is not { } outcome) return;
        var priced = pfsRows.FirstOrDefault(r => r.Modifier == t.Code);
        var evidence = new List<Evidence> { new(row.Source, $"{row.Code} {outcome.Indicator}: {outcome.Meaning}") };
        if (outcome.Allowed)
        {
            c.Confirm(t, priced is null ? evidence[0].ToString() : $"{priced.Source}: {priced.Code}-{t.Code} is priced");
            return;
        }
        var lab = c.ClfsOf(target).FirstOrDefault();
        if (lab is not null) evidence.Add(new Evidence(lab.Source, $"{lab.Code} is paid under the CLFS ({Limit(lab)})"));
        c.Add(t, outcome.Severity, FindingKind.ModifierInapplicable,
            $"Modifier {t.Text} does not apply to {target}: the PFS says {outcome.Indicator} ({outcome.Meaning}).", evidence,
            Fix(target, pfsRows, t, lab is not null));
    }

    /// <summary>
    /// The PFS row whose indicators govern the modifier. A lab code paid under the CLFS has a global row with PC/TC
    /// indicator 9 but may also have a priced 26 row (indicator 6, laboratory physician interpretation); that row is
    /// the one that says whether 26 or TC may be used.
    /// </summary>
    private static PfsRvuRow? GoverningRow(IReadOnlyList<PfsRvuRow> rows, string modifier)
    {
        var global = rows.FirstOrDefault(r => r.Modifier.Length == 0) ?? rows.FirstOrDefault();
        if (modifier is not ("26" or "TC")) return global;
        return rows.FirstOrDefault(r => r.Modifier == modifier && r.Status != "I")
            ?? rows.FirstOrDefault(r => r.Modifier is "26" or "TC" && r.Status != "I")
            ?? global;
    }

    /// <summary>The code a modifier is judged on: the procedure code written with it, else the code of its row, sentence, heading or page.</summary>
    private static string? Target(CodeToken t) => t.AppliesTo ?? t.Scope;

    private static string Fix(string target, IReadOnlyList<PfsRvuRow> rows, CodeToken t, bool isLab)
    {
        if (!isLab || t.Code is not ("26" or "TC")) return $"Drop {t.Text} from the modifiers of {target}.";
        return rows.Any(r => r.Modifier == "26" && r.Status != "I")
            ? $"Drop {t.Text}: {target} is paid under the CLFS; only the physician interpretation ({target}-26) is billed under the PFS."
            : $"Drop {t.Text}: {target} is a clinical laboratory test paid under the CLFS, with no professional/technical split.";
    }

    private static void Lab(VerifyContext c, CodeToken t)
    {
        if (!c.IsLoaded(Datasets.Clfs)) return;
        var target = Target(t)!;
        var rows = c.ClfsOf(target);
        if (rows.Count == 0)
        {
            var pfs = c.PfsOf(target).FirstOrDefault();
            var evidence = c.Searched($"{target} has no row in the CLFS", Datasets.Clfs).ToList();
            if (pfs is not null) evidence.Add(new Evidence(pfs.Source, $"{pfs.Code}: {pfs.Description} (a PFS service)"));
            c.Add(t, Severity.Error, FindingKind.ModifierInapplicable,
                $"Modifier {t.Text} is a laboratory modifier, but {target} is not on the Clinical Laboratory Fee Schedule.", evidence, $"Drop {t.Text}.");
            return;
        }
        var qw = rows.FirstOrDefault(r => r.Modifier == "QW");
        if (ModifierIndicators.LaboratoryApplies(t.Code, onClfs: true, clfsListsQw: qw is not null))
        {
            c.Confirm(t, qw is not null && t.Code == "QW" ? $"{qw.Source}: {target}-QW (CLIA-waived) is listed" : $"{rows[0].Source}: {target} is a CLFS laboratory code");
            return;
        }
        c.Add(t, Severity.Error, FindingKind.ModifierInapplicable,
            $"Modifier QW (CLIA-waived test) does not apply to {target}: the CLFS lists no QW row for it, so no CLIA-waived version of the test is recognised.",
            [new Evidence(rows[0].Source, $"{rows[0].Code}: {rows[0].ShortDescription}; the CLFS rows of {target} carry no QW modifier")], "Drop QW.");
    }

    /// <summary>The CLFS row's national limit as the brief states it (<see cref="CodeBrief.Ingest.Clfs.ClfsRow.NationalLimit"/>: indicator L has none).</summary>
    private static string Limit(ClfsRow row) => row.NationalLimit is { } limit ? $"national limit {limit}" : "no national limit";
}
