using CodeBrief.Core.Provenance;

namespace CodeBrief.Analytics.Medicare;

/// <summary>The anesthesia conversion factor nationally and across localities.</summary>
/// <param name="National">The national anesthesia conversion factor the file's header states, dollars per unit (four decimals: 20.3178).</param>
/// <param name="NationalSource">The file's header row, which states it.</param>
/// <param name="Min">The locality with the lowest factor (first in file order on a tie).</param>
/// <param name="Max">The locality with the highest factor (first in file order on a tie).</param>
/// <param name="Localities">How many localities have a factor.</param>
public sealed record AnesthesiaFactors(decimal National, SourceRef NationalSource, AnesthesiaLocality Min, AnesthesiaLocality Max, int Localities);
