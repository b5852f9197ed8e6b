using System.Globalization;
using CodeBrief.Brief.Model;
using CodeBrief.Dossier;
using CodeBrief.Dossier.Facts;

namespace CodeBrief.Brief;

public static partial class BriefBuilder
{
    /// <summary>The taxonomy table, with a line saying whether it rests on utilization data or on the editorial table.</summary>
    private static IEnumerable<BriefBlock> Taxonomy(CodeDossier d)
    {
        if (d.Taxonomies.Count == 0)
        {
            yield return new BriefParagraph(Na);
            yield break;
        }
        if (d.Taxonomies.Any(t => t.Basis == TaxonomyFact.UtilizationBasis))
        {
            var file = d.ProviderTypes[0].Source;
            yield return new BriefParagraph($"From Medicare utilization by provider type (data year {d.ProviderTypes[0].Year}), mapped to NUCC codes "
                + "through the CMS Medicare specialty to taxonomy crosswalk.", [file]);
        }
        else
        {
            yield return new BriefParagraph((d.ProviderTypeGap == EvidenceGap.NotFetched
                    ? "Medicare utilization by provider type is not fetched (on a machine with internet: `codebrief data fetch --live utilization --code "
                      + d.Code + "`, then `codebrief data load`), so this table comes from CodeBrief's editorial "
                    : "No loaded Medicare utilization file lists the code, so this table comes from CodeBrief's editorial ")
                + "family mapping to Medicare specialties (checked against the loaded NUCC file), not from billing data: "
                + (d.Taxonomies.Any(t => t.Basis == TaxonomyFact.CrosswalkBasis)
                    ? "each specialty is mapped to NUCC codes through the CMS Medicare specialty to taxonomy crosswalk (basis crosswalk)."
                    : "no CMS specialty crosswalk is loaded, so each specialty names its own taxonomy (basis editorial)."));
        }
        yield return new BriefTable(["Taxonomy code", "Specialty (NUCC)", "Why", "Basis", "Source"], d.Taxonomies.Select(t => (IReadOnlyList<BriefCell>)
        [
            BriefCell.Fact(t.Code, t.Source), BriefCell.Fact(t.Specialty, t.Source), new BriefCell(t.Why, t.BasisSources), BriefCell.Label(t.Basis),
            new BriefCell(string.Join("; ", new[] { t.Source }.Concat(t.BasisSources)), [t.Source, .. t.BasisSources]),
        ]).ToList());
        if (d.ProviderTypes.Count > DossierBuilder.MaxTaxonomyProviderTypes)
            yield return new BriefParagraph("More provider types billed the code than this table covers (it takes those with the most services); "
                + "the dossier's provider types list them all.", [d.ProviderTypes[0].Source]);
        var unmapped = d.ProviderTypes.Take(DossierBuilder.MaxTaxonomyProviderTypes).Where(p => p.TaxonomyCodes.Count == 0).ToList();
        if (d.Taxonomies.Any(t => t.Basis == TaxonomyFact.UtilizationBasis) && unmapped.Count > 0)
            yield return new BriefParagraph("Provider types the crosswalk maps to no NUCC code of the loaded file, so not listed: "
                + string.Join(", ", unmapped.Select(p => p.ProviderType)) + ".", unmapped.Select(p => p.Source).Distinct().ToList());
    }

    /// <summary>The diagnosis table; codes the loaded ICD-10-CM file lacks are only counted.</summary>
    private static IEnumerable<BriefBlock> Diagnoses(CodeDossier d)
    {
        foreach (var block in CoverageArticles(d)) yield return block;
        if (d.Diagnoses.Count == 0 && d.UnlistedDiagnoses.Count == 0)
        {
            yield return new BriefParagraph(d.DiagnosisGap switch
            {
                EvidenceGap.CodeListsMissing => "Coverage articles' diagnoses are loaded but not their CPT/HCPCS code lists, which the CMS Coverage API serves "
                    + "only once the AMA/ADA/AHA licence terms are accepted (`codebrief data fetch --live coverage --accept-cms-license`, then "
                    + $"`codebrief data load`), so no diagnosis can be tied to this code. {Na}",
                EvidenceGap.NotListed => $"No loaded coverage article lists this code, and no diagnosis crosswalk names it. {Na}",
                _ => "Coverage articles are not fetched: on a machine with internet run `codebrief data fetch --live coverage`, then "
                    + $"`codebrief data load` (or load a diagnosis crosswalk). {Na}",
            });
            yield break;
        }
        if (d.Diagnoses.Count == 0)
            yield return new BriefParagraph($"No related diagnosis is in the loaded ICD-10-CM code set. {Na}");
        else
            yield return new BriefTable(["ICD-10-CM code", "Description", "Billable", "Basis", "Source"], d.Diagnoses.Select(x => (IReadOnlyList<BriefCell>)
            [
                BriefCell.Fact(x.Code, x.Source), BriefCell.Fact(x.Description, x.Source), BriefCell.Fact(x.Billable ? "yes" : "no", x.Source),
                new BriefCell(x.Basis, x.BasisSources),
                new BriefCell($"{x.Source}; basis: {string.Join("; ", x.BasisSources)}", [x.Source, .. x.BasisSources]),
            ]).ToList());
        if (d.UnlistedDiagnoses.Count > 0)
            yield return new BriefParagraph($"{Count(d.UnlistedDiagnoses.Count)} related {(d.UnlistedDiagnoses.Count == 1 ? "code is" : "codes are")} "
                + "not in the loaded ICD-10-CM code set (for example a category or a deleted code) and not listed"
                + (d.UnlistedDiagnoses.Codes.Count > 0 ? $" as diagnoses: {string.Join(", ", d.UnlistedDiagnoses.Codes)}." : "."), d.UnlistedDiagnoses.Sources);
        var noncovered = d.CoverageArticles.SelectMany(a => a.Noncovered.Select(n => (a, n))).ToList();
        if (noncovered.Count > 0)
        {
            yield return new BriefParagraph($"Listed by the articles as NOT supporting medical necessity for this code ({Count(noncovered.Count)}):",
                noncovered.Select(x => x.n.Source).Distinct().ToList());
            yield return new BriefTable(["ICD-10-CM code", "Description", "Billable", "Article", "Source"], noncovered.Select(x => (IReadOnlyList<BriefCell>)
            [
                BriefCell.Fact(x.n.Code, x.n.Source), new BriefCell(x.n.Description ?? Na, [x.n.CodeSet ?? x.n.Source]),
                x.n.Billable is { } b ? BriefCell.Fact(b ? "yes" : "no", x.n.CodeSet!.Value) : new BriefCell("not in the loaded ICD-10-CM code set", [x.n.Source]),
                BriefCell.Fact($"{x.a.ArticleId} v{x.a.Version}", x.n.Source),
                NoncoveredSources(x.n),
            ]).ToList());
        }
    }

    private static BriefCell NoncoveredSources(NoncoveredDiagnosisFact n)
    {
        var rows = n.CodeSet is { } set ? new[] { n.Source, set } : [n.Source];
        return new BriefCell(string.Join("; ", rows), rows);
    }

    /// <summary>The coverage articles that list the code, grouped one row per article, with how many contractors list it.</summary>
    private static IEnumerable<BriefBlock> CoverageArticles(CodeDossier d)
    {
        if (d.CoverageArticles.Count == 0) yield break;
        var links = d.CoverageArticles.Select(a => a.Link).ToList();
        var contractors = d.CoverageArticles.Select(a => a.Contractor).OfType<string>().Distinct(StringComparer.Ordinal).Count();
        yield return new BriefParagraph($"{Count(d.CoverageArticles.Count)} Medicare billing-and-coding {(d.CoverageArticles.Count == 1 ? "article lists" : "articles list")} this code"
            + (contractors > 0 ? $"; {Count(contractors)} {(contractors == 1 ? "contractor lists" : "contractors list")} it." : "."), links);
        yield return new BriefTable(["Article", "Title", "Contractor", "Jurisdiction", "Effective", "Covered ICD-10-CM", "Non-covered", "Modifiers", "Link", "Source"],
            d.CoverageArticles.Select(a =>
            {
                CodeBrief.Core.Provenance.SourceRef[] listing = a.Listing is { } l ? [l] : [];
                return (IReadOnlyList<BriefCell>)
                [
                    BriefCell.Fact($"{a.ArticleId} v{a.Version}", a.Link),
                    new BriefCell(a.Title ?? Na, listing), new BriefCell(a.Contractor ?? Na, listing),
                    new BriefCell(a.Jurisdiction ?? Na, listing), new BriefCell(a.EffectiveDate ?? Na, listing),
                    new BriefCell($"{Count(a.Covered)} ({Count(a.CoveredInCodeSet)} in the loaded ICD-10-CM code set)", [a.Link]),
                    new BriefCell(Count(a.Noncovered.Count), [a.Link]),
                    a.Modifiers.Count > 0
                        ? new BriefCell(string.Join("; ", a.Modifiers.Select(m => m.Description is { } t ? $"{m.Modifier} ({t})" : m.Modifier)), a.Modifiers.Select(m => m.Source).ToList())
                        : new BriefCell(Na, []),
                    new BriefCell(a.Url ?? Na, listing),
                    new BriefCell(string.Join("; ", new[] { a.Link }.Concat(listing)), [a.Link, .. listing]),
                ];
            }).ToList());
        // The article's covered codes under each group's own paragraph, cited to the paragraph row.
        foreach (var a in d.CoverageArticles)
            foreach (var g in a.CoveredGroups)
                yield return new BriefParagraph($"{a.ArticleId} v{a.Version}, covered group {g.Group}: {g.Paragraph} Codes listed in the group: "
                    + (g.Codes.Count > 0 ? string.Join(", ", g.Codes) + "." : "none of the loaded covered rows."), [g.Source, a.Link]);
    }

    /// <summary>One line per data year and place of service, or the not-available line.</summary>
    private static IEnumerable<BriefParagraph> Utilization(CodeDossier d)
    {
        if (d.Utilization.Count == 0)
        {
            yield return new BriefParagraph("Medicare utilization (services, beneficiaries, allowed amounts by year): " + (d.UtilizationGap == EvidenceGap.NotFetched
                ? "not fetched (on a machine with internet: `codebrief data fetch --live utilization`, then `codebrief data load`). "
                : d.UtilizationGap == EvidenceGap.NotListed ? "the loaded Medicare utilization file has no national row for this code. " : "") + Na);
            yield break;
        }
        foreach (var u in d.Utilization)
        {
            var beneficiaries = u.Beneficiaries is { } b ? $" to {Count(b)} beneficiaries" : " (beneficiaries not reported)";
            var providers = u.Providers is { } p ? $", {Count(p)} rendering providers" : "";
            yield return new BriefParagraph($"Medicare utilization, data year {u.Year}, {u.Setting}: {Count(u.Services)} services{beneficiaries}, "
                + $"average allowed amount {u.AverageAllowedCents} per service{providers} (national).", [u.Source]);
        }
    }

    private static string Count(decimal value) => value.ToString("#,##0.############", CultureInfo.InvariantCulture);
}
