using CodeBrief.Ingest.AnesthesiaBaseUnits;
using CodeBrief.Ingest.AscAddenda;
using CodeBrief.Ingest.AspPricing;
using CodeBrief.Ingest.Clfs;
using CodeBrief.Ingest.Dmepos;
using CodeBrief.Ingest.Hcpcs;
using CodeBrief.Ingest.Icd10cm;
using CodeBrief.Ingest.NcciAoc;
using CodeBrief.Ingest.NcciMue;
using CodeBrief.Ingest.NcciPtp;
using CodeBrief.Ingest.Nucc;
using CodeBrief.Ingest.OppsAddendumB;
using CodeBrief.Ingest.PfsAnesthesia;
using CodeBrief.Ingest.PfsGpci;
using CodeBrief.Ingest.PfsOppsCap;
using CodeBrief.Ingest.PfsRvu;
using CodeBrief.Ingest.ZipLocality;

namespace CodeBrief.Warehouse;

/// <summary>
/// The current version of each public code set and fee schedule, as typed rows that each carry their source row.
/// </summary>
/// <remarks>Codes are passed and returned upper case; ICD-10-CM codes without their dot. Lists come back in a fixed order
/// (stated per member) so every engine answers byte for byte the same.</remarks>
public interface IReferenceStore
{
    /// <summary>Every valid CPT/HCPCS code in the PFS, CLFS and HCPCS Level II tables, distinct, in ordinal order.</summary>
    IReadOnlyList<string> ProcedureCodes();

    /// <summary>HCPCS Level II codes the file gives a termination date: retired, or retiring at the end of the release.</summary>
    IReadOnlySet<string> CodesWithTerminationDate();

    /// <summary>The HCPCS Level II record of <paramref name="code"/> (first by row), or null.</summary>
    HcpcsRow? Hcpcs(string code);

    /// <summary>The PFS RVU rows of <paramref name="code"/>, by modifier (global row first) then row.</summary>
    IReadOnlyList<PfsRvuRow> Pfs(string code);

    /// <summary>The CLFS rows of <paramref name="code"/>, by modifier (row without modifier first) then row.</summary>
    IReadOnlyList<ClfsRow> Clfs(string code);

    /// <summary>The DMEPOS fee schedule rows of <paramref name="code"/> (one per line and state), by modifier, second
    /// modifier, state, then row; empty when the code has none or the fee schedule is not loaded.</summary>
    IReadOnlyList<DmeposFeeRow> Dmepos(string code);

    /// <summary>The DMEPOS rural ZIP file's row of the five-digit <paramref name="zip"/> (first by row), or null when the
    /// file does not list it (or is not loaded).</summary>
    DmeposRuralZipRow? DmeposRuralZip(string zip);

    /// <summary>Every PFS locality with its GPCIs, in file order.</summary>
    IReadOnlyList<GpciLocality> Localities();

    /// <summary>The ZIP-to-carrier-locality row of a five-digit ZIP (first by row), or null when the loaded file lacks it.</summary>
    ZipLocalityRow? ZipLocality(string zip);

    /// <summary>The OPPS cap file rows of <paramref name="code"/> (every modifier, carrier and locality), by modifier then row.</summary>
    IReadOnlyList<PfsOppsCapRow> OppsCaps(string code);

    /// <summary>NCCI add-on edits naming <paramref name="code"/> as add-on or primary, by add-on code, primary code, row.</summary>
    IReadOnlyList<AddOnEditRow> AddOns(string code);

    /// <summary>NCCI PTP edits naming <paramref name="code"/> in either column, by setting, column 1, column 2, row.</summary>
    IReadOnlyList<PtpEditRow> Ptp(string code);

    /// <summary>Medically unlikely edits of <paramref name="code"/>, by setting then row.</summary>
    IReadOnlyList<MueRow> Mue(string code);

    /// <summary>The HCPCS Level II modifier record (first by row), or null.</summary>
    ModifierRow? Modifier(string code);

    /// <summary>How many PFS and CLFS rows carry <paramref name="modifier"/> as their payment modifier.</summary>
    ModifierUse ModifierUse(string modifier);

    /// <summary>The ICD-10-CM code (no dot), or null.</summary>
    IcdRow? Icd(string code);

    /// <summary>Billable codes that extend <paramref name="prefix"/>, the first <paramref name="limit"/> in code order.</summary>
    IReadOnlyList<IcdRow> IcdBillableChildren(string prefix, int limit);

    /// <summary>How many billable codes extend <paramref name="prefix"/>.</summary>
    long IcdBillableChildCount(string prefix);

    /// <summary>The NUCC taxonomy code (first by row), or null.</summary>
    NuccRow? Taxonomy(string code);

    /// <summary>NUCC rows whose specialization, display name, or classification (when it has no specialization) is
    /// <paramref name="name"/>, ignoring case, in code order.</summary>
    IReadOnlyList<NuccRow> TaxonomiesNamed(string name);

    /// <summary>NUCC rows of one classification, ignoring case, in code order.</summary>
    IReadOnlyList<NuccRow> TaxonomiesOfClassification(string classification);

    /// <summary>Every descriptor of every procedure code in the PFS (global rows), CLFS (rows without modifier) and HCPCS Level II
    /// tables (HCPCS long and short), by code, kind, then row: one read that indexes descriptors for all codes.</summary>
    IReadOnlyList<ProcedureDescriptor> ProcedureDescriptors();

    /// <summary>The global (blank-modifier) PFS row of every code, first by row, in code order: status and PC/TC for all codes in one read.</summary>
    IReadOnlyList<PfsGlobalRow> PfsGlobalRows();

    /// <summary>The grouping most codes starting with <paramref name="prefix"/> belong to (ties: the first by name), or null.</summary>
    string? TaxonomyGroupingOfPrefix(string prefix);

    /// <summary>The anesthesia base units of <paramref name="code"/>, by row (one row in CMS's file).</summary>
    IReadOnlyList<AnesthesiaBaseUnitRow> AnesthesiaBaseUnits(string code);

    /// <summary>Every locality's anesthesia conversion factor (<c>ANES*.csv</c>), in file order.</summary>
    IReadOnlyList<PfsAnesthesiaRow> AnesthesiaConversionFactors();

    /// <summary>The OPPS Addendum B rows of <paramref name="code"/>, by row.</summary>
    IReadOnlyList<OppsRateRow> Opps(string code);

    /// <summary>The ASC Addendum AA and BB rows of <paramref name="code"/>, by addendum then row.</summary>
    IReadOnlyList<AscRateRow> Asc(string code);

    /// <summary>The ASP pricing file rows of <paramref name="code"/>, by row.</summary>
    IReadOnlyList<AspPriceRow> Asp(string code);
}
