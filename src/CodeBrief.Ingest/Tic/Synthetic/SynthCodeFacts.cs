namespace CodeBrief.Ingest.Tic.Synthetic;

/// <summary>What a reader must return for one code of a synthetic file, over every price (no outlier rule applied).</summary>
/// <param name="Code">The billing code.</param>
/// <param name="Items"><c>in_network</c> items the code was written as (more than one when the shape splits popular codes).</param>
/// <param name="Rates"><c>negotiated_rates</c> entries over those items.</param>
/// <param name="Prices"><c>negotiated_prices</c> entries over those items.</param>
/// <param name="RateSum">The exact sum of every <c>negotiated_rate</c>, as decimal text.</param>
/// <param name="Groups">Distinct provider groups the rates use (each inline group counts once).</param>
/// <param name="Npis">Distinct NPIs of those groups.</param>
/// <param name="Tins">Distinct TINs of those groups.</param>
public sealed record SynthCodeFacts(string Code, int Items, int Rates, long Prices, string RateSum, int Groups, int Npis, int Tins);
