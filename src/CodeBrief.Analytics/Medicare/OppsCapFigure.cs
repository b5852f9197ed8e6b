using CodeBrief.Core;
using CodeBrief.Core.Provenance;

namespace CodeBrief.Analytics.Medicare;

/// <summary>
/// The OPPS imaging cap of one setting of one code row (nationally or in one locality) beside the PFS amount it limits,
/// and which of the two Medicare pays.
/// </summary>
/// <param name="PfsAmount">The PFS amount before the cap; null when the PFS does not price the setting (a carrier-priced
/// code, status C, whose contractor sets the amount).</param>
/// <param name="Cap">The OPPS-based payment cap.</param>
/// <param name="Applies"><see cref="CappedText"/> when the cap is lower and is paid, <see cref="NotCappedText"/> when the PFS
/// amount is paid, <see cref="CeilingText"/> when the contractor prices the code and the cap is the most it may pay.</param>
/// <param name="Source">Where the cap comes from: the OPPS cap file row (a locality) or the RVU row's OPPS columns (national).</param>
public sealed record OppsCapFigure(Money? PfsAmount, Money Cap, string Applies, SourceRef Source)
{
    /// <summary>The cap is below the PFS amount: Medicare pays the cap.</summary>
    public const string CappedText = "capped";

    /// <summary>The PFS amount is at or below the cap: Medicare pays the PFS amount.</summary>
    public const string NotCappedText = "not capped";

    /// <summary>The contractor prices the code; its price cannot exceed the cap (RVU25D, OPPSCAP file description).</summary>
    public const string CeilingText = "ceiling";

    /// <summary>The words a page puts beside a PFS amount the cap replaces, so a reader (and <c>verify</c>) knows it is not paid.</summary>
    public const string BeforeCapPhrase = "before the OPPS cap";

    /// <summary>True when Medicare pays the cap instead of the PFS amount.</summary>
    public bool Capped => Applies == CappedText;
}
