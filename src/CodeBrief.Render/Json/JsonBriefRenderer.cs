using System.Globalization;
using CodeBrief.Analytics.Medicare;
using CodeBrief.Brief.Model;
using CodeBrief.Core;
using CodeBrief.Core.Provenance;
using CodeBrief.Dossier;
using CodeBrief.Dossier.Facts;
using CodeBrief.Render.Citations;
using CodeBrief.Render.Markdown;

namespace CodeBrief.Render.Json;

/// <summary>
/// Renders a brief as the JSON contract of issue 3: <c>code</c>, <c>code_type</c>, <c>descriptor</c>, <c>sections[]</c>
/// (Markdown from the shared text engine), <c>modifiers[]</c>, <c>taxonomies[]</c>, <c>diagnoses[]</c>, <c>related_codes[]</c>,
/// <c>medicare</c>, <c>payers[]</c>, <c>sources[]</c>, plus the whole <c>dossier</c>.
/// </summary>
public sealed class JsonBriefRenderer : IBriefRenderer
{
    /// <inheritdoc />
    public string Format => "json";

    /// <inheritdoc />
    public string Extension => ".json";

    /// <inheritdoc />
    public string Render(BriefDocument brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var d = brief.Dossier;
        var citations = BriefCitations.Of(brief);
        var doc = new BriefJson(
            brief.Code,
            brief.CodeType,
            new DescriptorJson(brief.DescriptorSource is null ? null : brief.Descriptor, brief.DescriptorLabel, brief.DescriptorSource),
            brief.GeneratedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            brief.Sections.Select(s => new SectionJson(s.Id, s.Title, MarkdownText.SectionBody(s, citations))).ToList(),
            d.Modifiers.Select(m => new ModifierJson(m.Code, m.Description, m.WhenToUse, m.Rule, m.Source, m.DescriptionSource, m.RuleId, m.CodeClass,
                m.Basis, m.Citation)).ToList(),
            d.Taxonomies.Select(t => new TaxonomyJson(t.Code, t.Specialty, t.Basis, t.Why, t.Source, t.BasisSources)).ToList(),
            // The contract's diagnosis source is the row relating the code (article or crosswalk row); the ICD-10-CM row confirms it.
            d.Diagnoses.Select(x => new DiagnosisJson(x.Code, x.Description, x.Billable, x.BasisSources.Count > 0 ? x.BasisSources[0] : x.Source,
                x.Basis, x.BasisSources, x.Source)).ToList(),
            d.RelatedCodes.Select(r => new RelatedJson(r.Code, r.Descriptor, r.Relationship, r.Source, r.DescriptorSource, r.Kind, r.Strength, r.Basis,
                r.Score, r.Threshold, r.Status, r.StatusMeaning, r.StatusSource, r.Note)).ToList(),
            new MedicareJson(d.ClfsPrimary?.NationalLimit, d.ClfsPrimary?.Source, d.Pfs.Select(Pfs).ToList())
            {
                Dmepos = d.Dmepos?.Rows.Select(r => new DmeposJson(r.Modifier, r.Modifier2, r.Category, r.CategoryMeaning, r.NonRuralRange, r.RuralRange,
                    r.Ceiling, r.Floor, r.Source)).ToList() ?? [],
            },
            d.Payers,
            d.Sources,
            d)
        {
            DescriptorExpansion = brief.DescriptorExpansion,
            Citations = citations.Entries.Select((s, i) => new CitationJson(i + 1, s, citations.Sha256(s))).ToList(),
        };
        return CodeBriefJson.Serialize(doc) + "\n";
    }

    private static PfsJson Pfs(PfsEntry p) => new(p.Modifier, p.Row.Status, p.StatusMeaning,
        p.Pricing.NonFacilityNational.Amount, p.Pricing.FacilityNational.Amount,
        new RangeEndJson(End(p.Pricing.NonFacilityRange, min: true), End(p.Pricing.FacilityRange, min: true)),
        new RangeEndJson(End(p.Pricing.NonFacilityRange, min: false), End(p.Pricing.FacilityRange, min: false)),
        p.Pricing.NonFacilityNational.NotPricedReason, p.Pricing.FacilityNational.NotPricedReason, p.Row.Source)
    {
        NonfacilityOppsCap = p.Pricing.NonFacilityNational.OppsCap,
        FacilityOppsCap = p.Pricing.FacilityNational.OppsCap,
        OppsCap = p.Pricing.OppsCap,
    };

    private static LocalityJson? End(LocalityRange? r, bool min) => r is null ? null
        : min ? new LocalityJson(r.Min, r.MinLocality.Name, r.MinLocality.Mac, r.MinLocality.Locality)
        : new LocalityJson(r.Max, r.MaxLocality.Name, r.MaxLocality.Mac, r.MaxLocality.Locality);

    private sealed record BriefJson(string Code, string CodeType, DescriptorJson Descriptor, string GeneratedOn, IReadOnlyList<SectionJson> Sections,
        IReadOnlyList<ModifierJson> Modifiers, IReadOnlyList<TaxonomyJson> Taxonomies, IReadOnlyList<DiagnosisJson> Diagnoses,
        IReadOnlyList<RelatedJson> RelatedCodes, MedicareJson Medicare, IReadOnlyList<PayerRateSummary> Payers,
        IReadOnlyList<DossierSource> Sources, CodeDossier Dossier)
    {
        /// <summary>The descriptor with CMS abbreviations written out (labelled an expansion), or null.</summary>
        public string? DescriptorExpansion { get; init; }

        /// <summary>The numbered citations the sections' Markdown links to: number, source row, file SHA-256.</summary>
        public IReadOnlyList<CitationJson> Citations { get; init; } = [];
    }

    private sealed record CitationJson(int Number, SourceRef Source, string? Sha256);

    private sealed record DescriptorJson(string? Text, string? Label, SourceRef? Source);

    private sealed record SectionJson(string Id, string Title, string Markdown);

    private sealed record ModifierJson(string Code, string Description, string WhenToUse, string Rule, SourceRef Source, SourceRef? DescriptionSource,
        string RuleId, string CodeClass, string Basis, string Citation);

    private sealed record TaxonomyJson(string Code, string Specialty, string Basis, string Why, SourceRef Source, IReadOnlyList<SourceRef> BasisSources);

    private sealed record DiagnosisJson(string Code, string Description, bool Billable, SourceRef Source, string Basis,
        IReadOnlyList<SourceRef> BasisSources, SourceRef CodeSetSource);

    private sealed record RelatedJson(string Code, string Descriptor, string Relationship, SourceRef Source, SourceRef? DescriptorSource,
        string Kind, string Strength, string Basis, decimal? Score, decimal? Threshold, string? Status, string? StatusMeaning, SourceRef? StatusSource,
        string? Note);

    private sealed record MedicareJson(Money? ClfsNationalLimit, SourceRef? ClfsSource, IReadOnlyList<PfsJson> Pfs)
    {
        /// <summary>The DMEPOS fee schedule rows of the code (each state's fees are in <c>dossier.dmepos</c>); empty when none.</summary>
        public IReadOnlyList<DmeposJson> Dmepos { get; init; } = [];
    }

    private sealed record DmeposJson(string Modifier, string Modifier2, string Category, string CategoryMeaning, DmeposFeeRange? NonruralRange,
        DmeposFeeRange? RuralRange, Money? Ceiling, Money? Floor, SourceRef Source);

    private sealed record PfsJson(string Modifier, string Status, string StatusMeaning, Money? NonfacilityNational, Money? FacilityNational,
        RangeEndJson LocalityMin, RangeEndJson LocalityMax, string? NonfacilityNotPriced, string? FacilityNotPriced, SourceRef Source)
    {
        /// <summary>The national non-facility OPPS cap beside the PFS amount (null when the cap file does not name the row).</summary>
        public OppsCapFigure? NonfacilityOppsCap { get; init; }

        /// <summary>The national facility OPPS cap beside the PFS amount.</summary>
        public OppsCapFigure? FacilityOppsCap { get; init; }

        /// <summary>The cap across localities: PFS ranges before the cap, cap ranges, unpaired rows.</summary>
        public OppsCapSummary? OppsCap { get; init; }
    }

    private sealed record RangeEndJson(LocalityJson? Nonfacility, LocalityJson? Facility);

    private sealed record LocalityJson(Money Amount, string Locality, string Mac, string LocalityNumber);
}
