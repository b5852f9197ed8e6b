using System.Globalization;
using CodeBrief.Core.Codes;
using CodeBrief.Dossier.Editorial;
using CodeBrief.Verify.Page;

namespace CodeBrief.Verify.Checks;

/// <summary>
/// A real taxonomy code the page gives a procedure code, when nothing loaded links the two (issue 14, item 5): the
/// Dossier's taxonomy mapping (<see cref="TaxonomyMap"/>, the rule the brief's own taxonomy section follows) names the
/// specialties that bill the code's family, and the taxonomy's NUCC grouping is none of theirs. No utilization file is
/// loaded, so a physician taxonomy (which may bill any family) is never judged, and a family the mapping has no entry for is not judged.
/// </summary>
internal static class PlausibilityCheck
{
    private const string Physicians = "Allopathic & Osteopathic Physicians";

    public static void Run(VerifyContext c)
    {
        foreach (var t in c.Tokens)
        {
            if (t.Set != CodeSet.Taxonomy || t.Scope is not { } scope || !c.Exists(t) || !HcpcsCode.TryParse(scope, out var code)) continue;
            if (c.Reference.Taxonomy(t.Code) is not { } nucc || nucc.Grouping == Physicians) continue;
            var (family, subfamily) = CodeFamilies.Classify(code);
            if (family is null) continue;
            int? number = int.TryParse(code.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
            var entries = TaxonomyMap.Entries.Where(e => e.Covers(family, subfamily, number)).ToList();
            if (entries.Count == 0) continue;
            var mapped = entries.Select(e => (Entry: e, Row: c.Reference.Taxonomy(e.Taxonomy))).ToList();
            if (mapped.Any(m => m.Entry.Taxonomy == nucc.Code || (m.Row is not null && m.Row.Grouping == nucc.Grouping))) continue;
            var names = string.Join("; ", mapped.Select(m => $"{m.Entry.MedicareSpecialty} ({m.Entry.Taxonomy}{(m.Row is null ? "" : ", " + m.Row.Grouping)})"));
            c.Add(t, Severity.Warning, FindingKind.ImplausibleTaxonomy,
                $"{t.Text} is {nucc.Name} ({nucc.Grouping}); nothing loaded links it to {scope} ({subfamily ?? family}): the taxonomy mapping names {names} for that family, and no utilization file is loaded.",
                [new Evidence(nucc.Source, $"{nucc.Code}: {nucc.Grouping} / {nucc.Name}"),
                    new Evidence(EditorialSources.TaxonomyMap, $"{family}: {string.Join(", ", entries.Select(e => e.Why))}")],
                $"Use a taxonomy that bills {subfamily ?? family} ({string.Join(", ", entries.Select(e => e.Taxonomy).Distinct())}), or cite the source (a utilization file, a crosswalk or a payer rule) that links {t.Text} to {scope}.");
        }
    }
}
