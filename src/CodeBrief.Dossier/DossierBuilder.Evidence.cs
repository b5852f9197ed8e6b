using System.Globalization;
using CodeBrief.Core;
using CodeBrief.Core.Provenance;
using CodeBrief.Dossier.Facts;
using CodeBrief.Warehouse.Evidence;

namespace CodeBrief.Dossier;

public sealed partial class DossierBuilder
{
    /// <summary>The provider types (most services first) whose taxonomies the dossier lists; the rest stay in <see cref="CodeDossier.ProviderTypes"/>.</summary>
    public const int MaxTaxonomyProviderTypes = 10;

    /// <summary>
    /// Provider taxonomies from Medicare utilization by provider type mapped through the CMS crosswalk; when no loaded
    /// utilization file has the code, the editorial family table.
    /// </summary>
    private (List<TaxonomyFact> Taxonomies, List<ProviderTypeFact> ProviderTypes) Taxonomies(string code, CodeClassification classification)
    {
        var evidence = _evidence.ProviderTypes(code);
        var types = evidence.Select(t => new ProviderTypeFact(t.ProviderType, t.Source.Version, Decimals.WithoutTrailingZeros(t.Services),
            t.Beneficiaries is { } b ? Decimals.WithoutTrailingZeros(b) : null, Decimals.WithoutTrailingZeros(Math.Round(t.Share * 100m, 1, MidpointRounding.AwayFromZero)), t.Providers,
            t.Taxonomies.Select(x => x.Code).ToList(), t.Source, t.Rows)).ToList();

        var taxonomies = new List<TaxonomyFact>();
        foreach (var (type, found) in types.Zip(evidence).Take(MaxTaxonomyProviderTypes))
        {
            foreach (var x in found.Taxonomies)
            {
                // Two provider types can map to one NUCC code; the type with more services (listed first) explains it.
                if (taxonomies.Any(t => t.Code == x.Code)) continue;
                taxonomies.Add(new TaxonomyFact(x.Code, x.Specialty, TaxonomyFact.UtilizationBasis, Why(type, x), x.Nucc, [type.Source, x.Crosswalk]));
            }
        }
        return (types.Count > 0 ? taxonomies : ReadTaxonomies(code, classification), types);
    }

    /// <summary>Why a utilization section is empty: the dataset is not loaded, or it has no row for the code.</summary>
    private string? Gap(bool empty, string dataset) => !empty ? null : _sources.HasDataset(dataset) ? EvidenceGap.NotListed : EvidenceGap.NotFetched;

    private static string Why(ProviderTypeFact type, TaxonomyEvidence crosswalk)
    {
        var beneficiaries = type.Beneficiaries is { } b ? $" to {Count(b)} beneficiaries" : "";
        var specialty = crosswalk.MedicareSpecialtyCode is { } s ? $"Medicare specialty {s} ({crosswalk.MedicareSpecialty})" : crosswalk.MedicareSpecialty;
        return $"Provider type {type.ProviderType} billed {Count(type.Services)} services{beneficiaries} ({Count(type.SharePercent)}% of the code's services) "
            + $"in data year {type.Year} per the Medicare utilization file; the CMS taxonomy crosswalk maps {specialty} to this taxonomy";
    }

    /// <summary>Related diagnoses the loaded ICD-10-CM file confirms, those it does not, the articles that list the code and,
    /// when nothing is listed, why.</summary>
    private (List<DiagnosisFact> Diagnoses, UnlistedDiagnoses Unlisted, List<CoverageArticleFact> Articles, string? Gap) Diagnoses(string code)
    {
        var findings = _evidence.Diagnoses(code);
        var articles = findings.Articles.Select(a =>
        {
            bool Lists(DiagnosisEvidence d) => d.Bases.Any(b => b.ArticleId == a.ArticleId && b.ArticleVersion == a.Version);
            return new CoverageArticleFact(a.ArticleId, a.Version, a.Title, a.Contractors.Count > 0 ? string.Join("; ", a.Contractors) : null,
                a.EffectiveDate, a.Url, findings.Diagnoses.Count(Lists) + findings.NotInCodeSet.Count(Lists), findings.Diagnoses.Count(Lists),
                a.Noncovered.Select(n => new NoncoveredDiagnosisFact(n.Display, n.Description ?? n.Bases[0].Note, n.Billable, n.Bases[0].Source, n.CodeSet)).ToList(),
                a.Link, a.Listing)
            {
                Jurisdiction = a.Jurisdictions.Count > 0 ? string.Join("; ", a.Jurisdictions) : null,
                CoveredGroups = a.CoveredGroups.Select(g => new CoveredGroupFact(g.Group, g.Paragraph,
                    findings.Diagnoses.Concat(findings.NotInCodeSet)
                        .Where(d => d.Bases.Any(b => b.ArticleId == a.ArticleId && b.ArticleVersion == a.Version && b.Group == g.Group))
                        .Select(d => d.Display).Distinct(StringComparer.Ordinal).ToList(), g.Source)).ToList(),
                Modifiers = a.Modifiers.Select(m => new ArticleModifierFact(m.Modifier, m.Description, m.Source)).ToList(),
            };
        }).ToList();
        var gap = !findings.IsEmpty ? null
            : findings.ArticleDiagnosesLoaded && !findings.ArticleCodeListsLoaded ? EvidenceGap.CodeListsMissing
            : findings.ArticleDiagnosesLoaded ? EvidenceGap.NotListed
            : EvidenceGap.NotFetched;
        var list = findings.Diagnoses
            // CodeSet, Description and Billable are set together for every code the ICD-10-CM table confirms.
            .Select(d => new DiagnosisFact(d.Display, d.Description!, d.Billable!.Value, Basis(d.Bases), d.CodeSet!.Value,
                d.Bases.SelectMany(BasisRows).Distinct().ToList()))
            .ToList();
        var unlisted = findings.NotInCodeSet.Count == 0 ? UnlistedDiagnoses.None
            : new UnlistedDiagnoses(findings.NotInCodeSet.Count, findings.NotInCodeSet.SelectMany(d => d.Bases).Select(b => b.Source).Distinct().ToList())
            {
                Codes = findings.NotInCodeSet.Select(d => d.Display).ToList(),
            };
        return (list, unlisted, articles, gap);
    }

    /// <summary>What relates a diagnosis to the code. The crosswalk's free-text note is left out: it is user text, not checked.</summary>
    private static string Basis(IReadOnlyList<DiagnosisBasis> bases) =>
        string.Join("; ", bases.Select(b => b.Kind == "lcd-article"
            ? $"LCD article {b.ArticleId} version {b.ArticleVersion}" + (b.Group is { } g ? $", covered group {g}" : "")
            : "user diagnosis crosswalk").Distinct(StringComparer.Ordinal));

    private static IEnumerable<SourceRef> BasisRows(DiagnosisBasis basis) => basis.Link is { } link ? [basis.Source, link] : [basis.Source];

    /// <summary>National Medicare utilization of the code, newest data year first.</summary>
    private List<UtilizationFact> Utilization(string code) => _evidence.NationalUtilization(code)
        .Select(u => new UtilizationFact(u.Year, u.PlaceOfService, Setting(u.PlaceOfService), Decimals.WithoutTrailingZeros(u.Services),
            u.Beneficiaries is { } b ? Decimals.WithoutTrailingZeros(b) : null, Decimals.WithoutTrailingZeros(u.AverageAllowed), new Money(u.AverageAllowed).RoundToCents(),
            u.Providers is { } p ? Decimals.WithoutTrailingZeros(p) : null, u.Source))
        .ToList();

    private static string Setting(string placeOfService) => placeOfService switch
    {
        "F" => "facility",
        "O" => "office and other non-facility settings",
        _ => $"place of service {placeOfService}",
    };

    /// <summary>A count or percentage with thousands separators and only the decimals it has.</summary>
    private static string Count(decimal value) => value.ToString("#,##0.############", CultureInfo.InvariantCulture);
}
