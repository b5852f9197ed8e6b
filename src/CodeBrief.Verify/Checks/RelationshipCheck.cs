using CodeBrief.Core.Codes;
using CodeBrief.Dossier.Editorial;
using CodeBrief.Verify.Page;
using CodeBrief.Verify.Text;

namespace CodeBrief.Verify.Checks;

/// <summary>
/// Checks codes a page lists as related to its subject against the NCCI add-on and PTP edits and the codes' own
/// descriptors. The sharpest case: the subject is defined "without" a service, and the NCCI add-on edits pair the
/// related code with the subject's "with" twin, so the two are never reported together as the page says.
/// </summary>
internal static class RelationshipCheck
{
    public static void Run(VerifyContext c)
    {
        if (c.Subject is null) return;
        var subjectTexts = ProcedureTexts.Of(c, c.Subject);
        foreach (var t in c.Tokens)
        {
            if (t.Set != CodeSet.Procedure || t.Table is not { } table || t.Code == c.Subject || !c.Exists(t) || !ClaimsRelationship(table)) continue;
            Check(c, t, subjectTexts);
        }
    }

    private static void Check(VerifyContext c, CodeToken t, IReadOnlyList<ProcedureTexts.Official> subjectTexts)
    {
        // 1. An add-on edit joining the two codes confirms the relationship.
        var direct = NcciEdits.PrimariesOf(c, t.Code).FirstOrDefault(e => e.PrimaryCode == c.Subject!)
                     ?? NcciEdits.PrimariesOf(c, c.Subject!).FirstOrDefault(e => e.PrimaryCode == t.Code);
        if (direct is not null)
        {
            c.Confirm(t, $"{direct.Source}: add-on {direct.AddOnCode} is reported with primary {direct.PrimaryCode}");
            return;
        }

        // 2. The page claims only that the two are neighbours in one code family, not that they are done together: the
        // editorial family table decides, and the "without"/"with" and PTP judgements below do not apply to such a claim.
        if (ClaimsSameFamily(t.Relationship) && HcpcsCode.TryParse(c.Subject!, out var subject) && HcpcsCode.TryParse(t.Code, out var other)
            && CodeFamilies.SameFamily(subject, other))
        {
            var (family, subfamily) = CodeFamilies.Classify(subject);
            c.Confirm(t, $"{EditorialSources.CodeFamilies}: {c.Subject!} and {t.Text} are both in {subfamily ?? family}");
            return;
        }

        // 2b. The page claims the two are with/without twins (alternatives, not done together): their descriptors decide.
        if (ClaimsTwin(t.Relationship))
        {
            var twinTexts = ProcedureTexts.Of(c, t.Code);
            foreach (var s in subjectTexts)
            foreach (var r in twinTexts)
            {
                if (!IsWithoutWithPair(s.Terms, r.Terms) && !IsWithoutWithPair(r.Terms, s.Terms)) continue;
                c.Confirm(t, $"{s.Evidence.Detail}; {r.Evidence.Detail}: the descriptors differ only by with and without");
                return;
            }
        }

        // 3. The subject is "without X"; the related code is a primary of the subject's "with X" twin.
        foreach (var edit in NcciEdits.AddOnsOf(c, t.Code))
        {
            var twin = ProcedureTexts.Of(c, edit.AddOnCode);
            foreach (var s in subjectTexts)
            foreach (var w in twin)
            {
                if (!IsWithoutWithPair(s.Terms, w.Terms)) continue;
                c.Add(t, Severity.Error, FindingKind.Relationship,
                    $"{c.Subject!} is defined as \"{s.Text}\" (without), yet the page lists {t.Text} as done with it; the NCCI add-on edits pair {t.Text} with {edit.AddOnCode} (\"{w.Text}\") instead.",
                    [s.Evidence, w.Evidence, new Evidence(edit.Source, $"add-on {edit.AddOnCode} has primary code {edit.PrimaryCode} (edit type {edit.EditType})")],
                    $"When {t.Text} is performed in the same session, report {t.Text} with add-on {edit.AddOnCode}, not {c.Subject!}.");
                return;
            }
        }

        // 4. A PTP edit: the pair is bundled; say so with the modifier indicator.
        if (NcciEdits.WithSubject(c, t.Code).FirstOrDefault() is { } ptp)
        {
            c.Add(t, Severity.Warning, FindingKind.Relationship,
                $"An NCCI PTP edit bundles {ptp.Column2} into {ptp.Column1} ({ptp.Setting}, modifier indicator {(ptp.ModifierIndicator.Length > 0 ? ptp.ModifierIndicator : "?")}); the page does not say so.",
                [new Evidence(ptp.Source, $"column 1 {ptp.Column1}, column 2 {ptp.Column2}, modifier indicator {ptp.ModifierIndicator}")],
                ptp.ModifierIndicator == "0" ? $"{ptp.Column2} is not separately payable with {ptp.Column1}; no modifier bypasses the edit." : $"Report {ptp.Column2} with {ptp.Column1} only with an NCCI-associated modifier when the services are distinct.");
            return;
        }

        // 5. Nothing in the loaded data links the two and their descriptors share no term: unsupported.
        var related = ProcedureTexts.Of(c, t.Code);
        if (subjectTexts.Count == 0 || related.Count == 0) return;
        var shared = subjectTexts.Any(s => related.Any(r => r.Terms.Words.Any(w => s.Terms.Words.Any(x => Terms.Same(w, x)))));
        if (shared) { c.Confirm(t, $"descriptors of {c.Subject!} and {t.Text} share terms; no NCCI edit joins them"); return; }
        var searched = c.Searched("no add-on or PTP edit joins the two codes", Datasets.NcciAddOn, Datasets.NcciPtp).ToList();
        searched.Add(related[0].Evidence);
        searched.Add(subjectTexts[0].Evidence);
        c.Add(t, Severity.Warning, FindingKind.Relationship,
            $"Nothing in the loaded data relates {t.Text} (\"{related[0].Text}\") to {c.Subject!} (\"{subjectTexts[0].Text}\"): no NCCI edit joins them and their descriptors share no term.",
            searched, $"Remove {t.Text} from the related codes, or cite the source of the relationship.");
    }

    /// <summary>A relationship cell that claims a same-family (neighbouring code) relationship and nothing more.</summary>
    private static bool ClaimsSameFamily(string? relationship) =>
        relationship is not null && (relationship.Contains("same family", StringComparison.OrdinalIgnoreCase)
            || relationship.Contains("neighbour", StringComparison.OrdinalIgnoreCase) || relationship.Contains("neighbor", StringComparison.OrdinalIgnoreCase));

    private static bool ClaimsTwin(string? relationship) =>
        relationship is not null && relationship.Contains("with/without twin", StringComparison.OrdinalIgnoreCase);

    /// <summary>A table claims its codes are related to the subject when it has a relationship column or sits under a "related" heading.</summary>
    private static bool ClaimsRelationship(PageTable table) =>
        table.IndexOf(ColumnRole.Relationship) >= 0 || table.Section.Contains("related", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="without"/> says "without X" and <paramref name="with"/> is the same text saying "with X".</summary>
    internal static bool IsWithoutWithPair(Terms without, Terms with)
    {
        var a = without.AllWords;
        var b = with.AllWords;
        if (!a.Contains("without") || b.Contains("without") || !b.Contains("with")) return false;
        var rest = a.Where(w => w != "without").ToList();
        var restTwin = b.Where(w => w != "with").ToList();
        return rest.Count == restTwin.Count && rest.Zip(restTwin).All(p => Terms.Same(p.First, p.Second));
    }
}
