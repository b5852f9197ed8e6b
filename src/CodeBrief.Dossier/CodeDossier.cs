using CodeBrief.Ingest.AspPricing;
using CodeBrief.Ingest.Clfs;
using CodeBrief.Analytics.Changes;
using CodeBrief.Analytics.Medicare;
using CodeBrief.Dossier.Facts;

namespace CodeBrief.Dossier;

/// <summary>
/// Every fact a brief may use about one CPT/HCPCS code, each with its source. Immutable; the brief is built from this alone,
/// so a fact absent here is printed as not available.
/// </summary>
/// <param name="Code">The code, upper case.</param>
/// <param name="Classification">Code set and family.</param>
/// <param name="Descriptors">Descriptors from loaded files, best first (HCPCS long, CLFS extended, CLFS long, CLFS short, PFS, HCPCS short).</param>
/// <param name="LevelII">HCPCS Level II file record; null for CPT codes or when absent.</param>
/// <param name="Pfs">PFS rows, global row first then by modifier.</param>
/// <param name="Clfs">CLFS rows, blank modifier first.</param>
/// <param name="AddOns">NCCI add-on edits naming the code.</param>
/// <param name="Ptp">NCCI PTP edits naming the code.</param>
/// <param name="Mue">Medically unlikely edits of the code.</param>
/// <param name="RelatedCodes">Related codes by evidence (NCCI add-on and PTP edits, component families, with/without twins,
/// descriptor and CLFS test families), each with its relationship, strength and source; add-on partners missing from the loaded
/// code sets are listed with a note, PTP partners missing from them stay in <paramref name="Ptp"/> only.</param>
/// <param name="Modifiers">Modifiers derived by the modifier rule table.</param>
/// <param name="Taxonomies">Provider taxonomies: from Medicare utilization by provider type when loaded, else editorial.</param>
/// <param name="Diagnoses">Related diagnoses from loaded coverage articles and crosswalks, confirmed by the ICD-10-CM file.</param>
/// <param name="UnlistedDiagnoses">Related codes the loaded ICD-10-CM file lacks, counted and not listed.</param>
/// <param name="ProviderTypes">Medicare provider types that billed the code, most services first; empty without a utilization file.</param>
/// <param name="Utilization">National Medicare utilization by data year (newest first) and place of service.</param>
/// <param name="Payers">Payer rate benchmarks.</param>
/// <param name="Location">The place the brief was asked for and what Medicare pays there; null for a national brief.</param>
/// <param name="Changes">What changed for the code between the two newest loaded versions of each dataset that holds it.</param>
/// <param name="Sources">Every file and editorial table used, ordered by dataset then file.</param>
public sealed record CodeDossier(
    string Code,
    CodeClassification Classification,
    IReadOnlyList<DescriptorFact> Descriptors,
    HcpcsLevelIIFact? LevelII,
    IReadOnlyList<PfsEntry> Pfs,
    IReadOnlyList<ClfsRow> Clfs,
    IReadOnlyList<AddOnPair> AddOns,
    IReadOnlyList<PtpPair> Ptp,
    IReadOnlyList<MueFact> Mue,
    IReadOnlyList<RelatedCode> RelatedCodes,
    IReadOnlyList<ModifierFact> Modifiers,
    IReadOnlyList<TaxonomyFact> Taxonomies,
    IReadOnlyList<DiagnosisFact> Diagnoses,
    UnlistedDiagnoses UnlistedDiagnoses,
    IReadOnlyList<ProviderTypeFact> ProviderTypes,
    IReadOnlyList<UtilizationFact> Utilization,
    IReadOnlyList<PayerRateSummary> Payers,
    LocationFact? Location,
    IReadOnlyList<DatasetChanges> Changes,
    IReadOnlyList<DossierSource> Sources)
{
    /// <summary>The code classes of the modifier rule table tried for this code (all of them, in table order); a brief that
    /// lists no modifier names them.</summary>
    public IReadOnlyList<string> ModifierClassesTried { get; init; } = [];

    /// <summary>The Medicare DMEPOS fee schedule amounts of the code, per payment modifier row; null when the loaded fee schedule
    /// has no row for it or none is loaded.</summary>
    public DmeposFact? Dmepos { get; init; }

    /// <summary>The descriptor to headline, or null when no loaded file describes the code.</summary>
    public DescriptorFact? PrimaryDescriptor => Descriptors.Count > 0 ? Descriptors[0] : null;

    /// <summary>Anesthesia pricing (formula, base units, conversion factors) of an anesthesia code; null for other codes.</summary>
    public AnesthesiaFact? Anesthesia { get; init; }

    /// <summary>OPPS Addendum B rows of the code; empty when Addendum B is not loaded or lacks the code.</summary>
    public IReadOnlyList<OppsFact> Opps { get; init; } = [];

    /// <summary>ASC Addendum AA and BB rows of the code; empty when they are not loaded or lack the code.</summary>
    public IReadOnlyList<AscFact> Asc { get; init; } = [];

    /// <summary>ASP pricing file rows of the code; empty when the file is not loaded or lacks the code.</summary>
    public IReadOnlyList<AspPriceRow> Asp { get; init; } = [];

    /// <summary>The coverage articles whose code list names the code, by article number; empty when none is loaded or lists it.</summary>
    public IReadOnlyList<CoverageArticleFact> CoverageArticles { get; init; } = [];

    /// <summary>Why no related diagnosis is listed (<see cref="Facts.EvidenceGap"/>), or null when some are.</summary>
    public string? DiagnosisGap { get; init; }

    /// <summary>Why no national utilization is listed (<see cref="Facts.EvidenceGap"/>), or null when some is.</summary>
    public string? UtilizationGap { get; init; }

    /// <summary>Why no provider type is listed (<see cref="Facts.EvidenceGap"/>), or null when some are.</summary>
    public string? ProviderTypeGap { get; init; }

    /// <summary>The CLFS national limit of the unmodified row (or the first row), or null.</summary>
    public ClfsRow? ClfsPrimary => Clfs.FirstOrDefault(c => c.Modifier.Length == 0) ?? Clfs.FirstOrDefault();
}
