using CodeBrief.Ingest.PfsRvu;
using CodeBrief.Ingest.Clfs;
using CodeBrief.Analytics.Medicare;
using CodeBrief.Core.Codes;
using CodeBrief.Core.Provenance;
using CodeBrief.Dossier.Facts;

namespace CodeBrief.Dossier;

/// <summary>
/// Derives the modifiers that apply to a code from loaded data: the PFS indicators (PC/TC, bilateral, assistant, co- and team
/// surgeon, multiple procedure), NCCI PTP pairs with modifier indicator 1, and CLFS rows. Each modifier names its rule and the row.
/// </summary>
/// <remarks>CPT (two-digit) modifier descriptors are AMA text and never bundled; HCPCS Level II modifier text comes from the
/// loaded modifier list when it has the modifier.</remarks>
public static class ModifierRules
{
    /// <summary>
    /// The CPT (two-digit) modifiers these rules can name, with the publication whose rule names them: the RVU layout's
    /// indicators (26, 50, 51, 62, 66, 80, 81, 82), the NCCI PTP modifier indicator (59) and Medicare laboratory billing (90, 91).
    /// CPT modifiers are AMA text, so no loaded file lists them; this set is what the grounding check accepts for them.
    /// </summary>
    public static readonly IReadOnlySet<string> CptModifiers =
        new HashSet<string>(StringComparer.Ordinal) { "26", "50", "51", "59", "62", "66", "80", "81", "82", "90", "91" };

    /// <summary>What is printed instead of a CPT modifier's descriptor.</summary>
    public const string CptDescriptorNotBundled = "CPT modifier; its descriptor is AMA text not in the input";

    /// <summary>Derives the modifiers, in rule order, one entry per modifier.</summary>
    /// <param name="pfs">The code's PFS rows.</param>
    /// <param name="clfs">The code's CLFS rows.</param>
    /// <param name="ptp">The code's PTP pairs.</param>
    /// <param name="code">The code.</param>
    /// <param name="modifierText">Looks up a modifier's official text and row in the loaded modifier list.</param>
    public static IReadOnlyList<ModifierFact> Derive(IReadOnlyList<PfsEntry> pfs, IReadOnlyList<ClfsRow> clfs, IReadOnlyList<PtpPair> ptp,
        string code, Func<string, (string Text, SourceRef Source)?> modifierText)
    {
        ArgumentNullException.ThrowIfNull(pfs);
        ArgumentNullException.ThrowIfNull(clfs);
        ArgumentNullException.ThrowIfNull(ptp);
        ArgumentNullException.ThrowIfNull(modifierText);
        var list = new List<ModifierFact>();
        void Add(string modifier, string when, string rule, SourceRef source)
        {
            if (list.Any(m => m.Code == modifier)) return;
            var isCpt = ModifierCode.TryParse(modifier, out var parsed) && parsed.IsCpt;
            var official = isCpt ? null : modifierText(modifier);
            list.Add(new ModifierFact(modifier, isCpt ? CptDescriptorNotBundled : official?.Text ?? NotAvailable.Text,
                when, rule, source, official?.Source));
        }

        foreach (var entry in pfs.Where(e => e.Modifier is "26" or "TC"))
        {
            var row = entry.Row;
            if (!Listed(entry.Modifier, row)) continue;
            var when = entry.Modifier == "26" ? "Report the professional component (interpretation) alone" : "Report the technical component alone";
            Add(entry.Modifier, when, $"PFS row {code}-{entry.Modifier} exists with PC/TC indicator {row.PctcIndicator} ({entry.PctcMeaning})", row.Source);
        }

        var global = pfs.FirstOrDefault(e => e.Modifier.Length == 0) ?? pfs.FirstOrDefault();
        if (global is not null)
        {
            var row = global.Row;
            if (Listed("50", row))
                Add("50", "Procedure performed on both sides in the same session", $"Bilateral surgery indicator {row.BilateralSurgery} ({global.BilateralMeaning})", row.Source);
            if (Listed("51", row))
                Add("51", "Reported with other procedures in the same session; the multiple procedure rule applies",
                    $"Multiple procedure indicator {row.MultipleProcedure} ({global.MultipleProcedureMeaning})", row.Source);
            if (Listed("62", row))
                Add("62", "Two surgeons of different specialties each perform distinct parts of the procedure", $"Co-surgeon indicator {row.CoSurgery} ({global.CoSurgeonMeaning})", row.Source);
            if (Listed("66", row))
                Add("66", "A team of surgeons performs the procedure", $"Team surgery indicator {row.TeamSurgery} ({global.TeamMeaning})", row.Source);
            // Indicator 0 (paid only with documentation of medical necessity) is the default for most non-surgical codes, so only 2 lists them.
            if (Listed("80", row))
            {
                var rule = $"Assistant at surgery indicator {row.AssistantSurgery} ({global.AssistantMeaning})";
                Add("80", "Assistant at surgery (physician)", rule, row.Source);
                Add("81", "Minimum assistant at surgery (physician)", rule, row.Source);
                Add("82", "Assistant at surgery when no qualified resident surgeon is available", rule, row.Source);
                Add("AS", "Assistant at surgery by a physician assistant, nurse practitioner or clinical nurse specialist", rule, row.Source);
            }
        }

        var bypassable = ptp.FirstOrDefault(p => p.ModifierIndicator == "1" && p.DeletionDate is null);
        if (bypassable is not null)
        {
            var rule = $"NCCI PTP pair {bypassable.Column1}/{bypassable.Column2} ({bypassable.Setting}) has modifier indicator 1";
            Add("59", "Distinct procedural service, to bypass a PTP edit with modifier indicator 1 when clinically appropriate", rule, bypassable.Source);
            foreach (var x in new[] { "XE", "XP", "XS", "XU" })
                Add(x, "More specific alternative to 59 for bypassing a PTP edit with modifier indicator 1", rule, bypassable.Source);
        }

        var lab = clfs.FirstOrDefault(c => c.Modifier.Length == 0) ?? clfs.FirstOrDefault();
        if (lab is not null)
        {
            var rule = $"Code is on the Clinical Laboratory Fee Schedule (CLFS row {lab.Source.Row})";
            if (ModifierIndicators.LaboratoryApplies("90", onClfs: true, clfsListsQw: false))
                Add("90", "Laboratory test performed by an outside (reference) laboratory", rule, lab.Source);
            if (ModifierIndicators.LaboratoryApplies("91", onClfs: true, clfsListsQw: false))
                Add("91", "Repeat of the same laboratory test on the same day to obtain subsequent results", rule, lab.Source);
            if (clfs.FirstOrDefault(c => c.Modifier == "QW") is { } waived && ModifierIndicators.LaboratoryApplies("QW", onClfs: true, clfsListsQw: true))
                Add("QW", "Test performed under a CLIA certificate of waiver", $"CLFS lists {code} with modifier QW (CLFS row {waived.Source.Row})", waived.Source);
        }
        return list;
    }

    private static bool Listed(string modifier, PfsRvuRow row) => ModifierIndicators.Judge(modifier, ModifierIndicators.Of(row)) == ModifierVerdict.Listed;
}
