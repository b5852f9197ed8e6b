using CodeBrief.Core.Provenance;
using CodeBrief.Dossier.Facts;
using CodeBrief.Ingest.Clfs;

namespace CodeBrief.Dossier.Rules;

/// <summary>The loaded facts about one code that the modifier rule table's conditions read.</summary>
/// <param name="Code">The code.</param>
/// <param name="Classification">Its code set and family.</param>
/// <param name="LevelII">Its HCPCS Level II record, or null.</param>
/// <param name="Pfs">Its PFS rows, global row first.</param>
/// <param name="Clfs">Its CLFS rows, blank modifier first.</param>
/// <param name="Ptp">NCCI PTP edits naming it.</param>
/// <param name="AddOns">NCCI add-on edits naming it.</param>
/// <param name="Dmepos">Its DMEPOS fee schedule rows by payment modifier (see <see cref="DmeposModifierRow"/>); empty when the fee schedule has none.</param>
public sealed record ModifierSubject(string Code, CodeClassification Classification, HcpcsLevelIIFact? LevelII, IReadOnlyList<PfsEntry> Pfs,
    IReadOnlyList<ClfsRow> Clfs, IReadOnlyList<PtpPair> Ptp, IReadOnlyList<AddOnPair> AddOns, IReadOnlyList<DmeposModifierRow> Dmepos)
{
    /// <summary>True when a DMEPOS fee schedule is loaded: the DME rules then read its rows, not the HCPCS equipment categories.</summary>
    public bool DmeposLoaded { get; init; }

    /// <summary>The PFS global row (blank modifier), else the first row, or null.</summary>
    public PfsEntry? PfsGlobal => Pfs.FirstOrDefault(e => e.Modifier.Length == 0) ?? Pfs.FirstOrDefault();

    /// <summary>True when an active NCCI add-on edit lists the code as the add-on, or the PFS gives it global days ZZZ (an add-on's period).</summary>
    public bool IsAddOn => AddOns.Any(a => a.AddOnCode == Code && a.DeletionDate is null) || PfsGlobal?.Row.GlobalDays == "ZZZ";
}

/// <summary>One DMEPOS fee schedule pricing of a code with a payment modifier, as the DME modifier rules read it.</summary>
/// <param name="Modifier">The payment modifier of the row (NU, RR, UE...), empty for none.</param>
/// <param name="PaymentCategory">The payment category in words (for instance <c>capped rental</c>).</param>
/// <param name="IsCappedRental">True when the category is capped rental (KH, KI, KJ then mark the rental months).</param>
/// <param name="Source">The DMEPOS row.</param>
public sealed record DmeposModifierRow(string Modifier, string PaymentCategory, bool IsCappedRental, SourceRef Source)
{
    /// <summary>The published payment category code of a capped rental item (DMEPOS <c>CATG</c>).</summary>
    public const string CappedRentalCategory = "CR";

    /// <summary>One entry per payment modifier (first or second) of each DMEPOS row of the fact, in row order; empty for null.</summary>
    public static IReadOnlyList<DmeposModifierRow> Of(DmeposFact? fact) => fact is null ? []
        : fact.Rows.SelectMany(r => new[] { r.Modifier, r.Modifier2 }.Where(m => m.Length > 0)
            .Select(m => new DmeposModifierRow(m, r.CategoryMeaning, r.Category == CappedRentalCategory, r.Source))).ToList();
}
