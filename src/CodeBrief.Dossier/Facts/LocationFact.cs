using CodeBrief.Analytics.Medicare;
using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.PfsGpci;

namespace CodeBrief.Dossier.Facts;

/// <summary>
/// The place a brief was asked for and what Medicare pays there: the PFS locality (from the ZIP file or given directly) and
/// that locality's amount of every PFS row of the code, computed by the same calculator as the national range.
/// </summary>
/// <param name="Asked">What was asked, for people (<c>ZIP 94105</c>, <c>locality 01112-05</c>).</param>
/// <param name="Zip">The ZIP asked about, or null.</param>
/// <param name="ZipSource">The ZIP file row that placed it, or null.</param>
/// <param name="State">Two-letter state of the ZIP or the locality.</param>
/// <param name="RuralIndicator">The ZIP file's rural indicator (<c>R</c> rural, <c>B</c> super rural), or null.</param>
/// <param name="Locality">The PFS locality with its GPCI row; null when the ZIP spans several (then see <paramref name="Candidates"/>).</param>
/// <param name="Candidates">When the ZIP file flags the ZIP as needing its +4 extension: the localities it may be in (the state's
/// localities in the GPCI file, the ZIP+4 file not being loaded); otherwise empty.</param>
/// <param name="Pfs">The locality's amounts, one per PFS row of the code (global row first), empty when <paramref name="Locality"/> is null.</param>
/// <param name="DmeposRural">For a ZIP: true when CMS's DMEPOS rural ZIP file lists it as rural, false when not; null for a
/// locality (no ZIP: both fees of the state are given) or when that file is not loaded.</param>
/// <param name="DmeposRuralSource">The rural ZIP file row that lists the ZIP, or null.</param>
/// <param name="Dmepos">The DMEPOS fees of the state, one per payment modifier row of the code and setting (the one setting
/// <paramref name="DmeposRural"/> picks, else non-rural then rural); empty without a DMEPOS row.</param>
/// <param name="Anesthesia">For an anesthesia code, the locality's anesthesia conversion factor with its <c>ANES*.csv</c> row; null
/// for other codes, without a locality, or when the loaded file lacks it.</param>
public sealed record LocationFact(string Asked, string? Zip, SourceRef? ZipSource, string State, string? RuralIndicator, GpciLocality? Locality,
    IReadOnlyList<GpciLocality> Candidates, IReadOnlyList<LocalityPfsAmount> Pfs, bool? DmeposRural, SourceRef? DmeposRuralSource,
    IReadOnlyList<LocationDmeposFee> Dmepos, AnesthesiaLocality? Anesthesia);

/// <summary>One DMEPOS payment modifier row's fee in the state of a location.</summary>
/// <param name="Modifiers">The row's payment modifiers (<c>RR</c>, <c>RR-KU</c>), empty when none.</param>
/// <param name="Fee">The state's fee in one setting, or why there is none.</param>
public sealed record LocationDmeposFee(string Modifiers, DmeposFeeLookup Fee)
{
    /// <summary>The DMEPOS row the fee (or its absence) comes from.</summary>
    public SourceRef Source => Fee.Source;
}

/// <summary>One PFS row's amounts in one locality.</summary>
/// <param name="Modifier">The row's payment modifier, empty for the global row.</param>
/// <param name="Amount">Non-facility and facility amounts in the locality.</param>
/// <param name="Source">The RVU row.</param>
public sealed record LocalityPfsAmount(string Modifier, LocalityAmount Amount, SourceRef Source);
