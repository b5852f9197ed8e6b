using CodeBrief.Ingest.PfsGpci;
using CodeBrief.Core;

namespace CodeBrief.Analytics.Medicare;

/// <summary>The lowest and highest locality amount of one setting, with the localities that have them.</summary>
/// <param name="Min">Lowest amount.</param>
/// <param name="MinLocality">The locality with the lowest amount (first in file order on a tie).</param>
/// <param name="Max">Highest amount.</param>
/// <param name="MaxLocality">The locality with the highest amount (first in file order on a tie).</param>
/// <param name="Localities">How many localities were priced.</param>
public sealed record LocalityRange(Money Min, GpciLocality MinLocality, Money Max, GpciLocality MaxLocality, int Localities);
