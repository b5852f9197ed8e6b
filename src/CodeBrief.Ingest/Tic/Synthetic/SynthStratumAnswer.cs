namespace CodeBrief.Ingest.Tic.Synthetic;

/// <summary>The exact benchmark answer for one code × stratum of a synthetic file.</summary>
/// <remarks>
/// Computed independently of <c>CodeBrief.Analytics</c> (it is the test oracle). Statistics cover the rates kept after
/// the outlier rule; <see cref="OutliersRemoved"/> counts the rest. Amounts are exact decimal text; percentiles are
/// Hyndman–Fan type 7 (linear between closest ranks) rounded to cents, half away from zero.
/// </remarks>
public sealed record SynthStratumAnswer(
    string Code, string BillingClass, string Setting, string PlaceOfService, string ModifierGroup, string NegotiatedType,
    int N, int OutliersRemoved, int Groups, int Npis, int Tins,
    string Min, string P10, string P25, string Median, string P75, string P90, string Max);
