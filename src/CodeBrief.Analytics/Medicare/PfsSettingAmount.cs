using CodeBrief.Core;

namespace CodeBrief.Analytics.Medicare;

/// <summary>
/// A Medicare PFS amount for one setting (non-facility or facility): either a price, or the reason there is none.
/// </summary>
/// <param name="Amount">The amount Medicare pays in dollars, rounded to cents (for a code row the OPPS cap file names,
/// the lesser of the PFS amount and the cap: see <see cref="OppsCap"/>); null when the setting is not priced.</param>
/// <param name="NotPricedReason">Why there is no amount (NA indicator, status not paid under the PFS, no RVUs); null when priced.</param>
public sealed record PfsSettingAmount(Money? Amount, string? NotPricedReason)
{
    /// <summary>The OPPS imaging cap of the setting beside the PFS amount, and which applies; null when the OPPS cap file
    /// does not name the code and modifier (or has no figure for this locality).</summary>
    public OppsCapFigure? OppsCap { get; init; }

    /// <summary>A priced setting.</summary>
    public static PfsSettingAmount Priced(Money amount) => new(amount, null);

    /// <summary>A setting without a price, with the reason.</summary>
    public static PfsSettingAmount NotPriced(string reason) => new(null, reason);

    /// <summary>The amount (<c>$1,234.56</c>), or <c>not priced (reason)</c>: how every caller prints a setting.</summary>
    public override string ToString() => Amount?.ToString() ?? $"not priced ({NotPricedReason})";
}
