using CodeBrief.Core;
using CodeBrief.Core.Provenance;

namespace CodeBrief.Analytics.Medicare;

/// <summary>The lowest and highest PFS amount among one state's GPCI localities, with the GPCI rows of both ends.</summary>
/// <param name="State">The state as the GPCI file gives it (two letters).</param>
/// <param name="Min">Lowest locality amount.</param>
/// <param name="Max">Highest locality amount.</param>
/// <param name="Localities">How many of the state's localities are priced.</param>
/// <param name="MinSource">GPCI row of the lowest locality.</param>
/// <param name="MaxSource">GPCI row of the highest locality.</param>
public sealed record StateRange(string State, Money Min, Money Max, int Localities, SourceRef MinSource, SourceRef MaxSource)
{
    /// <summary>One range per state with a priced locality, in state order; <paramref name="facility"/> picks the setting.</summary>
    public static IReadOnlyList<StateRange> Of(IEnumerable<LocalityAmount> localities, bool facility)
    {
        ArgumentNullException.ThrowIfNull(localities);
        return localities
            .Select(l => (l.Locality, Amount: facility ? l.Facility.Amount : l.NonFacility.Amount))
            .Where(x => x.Amount is not null && x.Locality.State.Trim().Length > 0)
            .GroupBy(x => x.Locality.State.Trim().ToUpperInvariant(), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var low = g.MinBy(x => x.Amount!.Value);
                var high = g.MaxBy(x => x.Amount!.Value);
                return new StateRange(g.Key, low.Amount!.Value, high.Amount!.Value, g.Count(), low.Locality.Source, high.Locality.Source);
            })
            .ToList();
    }
}
