using CodeBrief.Core;
using CodeBrief.Ingest.PfsAnesthesia;

namespace CodeBrief.Analytics.Medicare;

/// <summary>One locality's anesthesia conversion factor, with its row of <c>ANES*.csv</c>.</summary>
/// <param name="ConversionFactor">Dollars per unit, as published (two decimals).</param>
/// <param name="Row">The locality row (carrier, locality, name, source).</param>
public sealed record AnesthesiaLocality(Money ConversionFactor, PfsAnesthesiaRow Row);
