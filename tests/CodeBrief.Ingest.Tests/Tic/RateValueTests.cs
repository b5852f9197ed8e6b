using System.Text;
using CodeBrief.Ingest.Tic;

namespace CodeBrief.Ingest.Tests.Tic;

/// <summary>Rates as the reader normalises them: the plain fast path and the general parser must agree on one exact value.</summary>
public sealed class RateValueTests
{
    private static decimal ReadRate(string json)
    {
        var file = $$$"""
            {"reporting_entity_name":"R","reporting_entity_type":"issuer","last_updated_on":"2025-01-01","version":"1.0.0",
             "in_network":[{"negotiation_arrangement":"ffs","name":"a","billing_code_type":"CPT","billing_code_type_version":"2025","billing_code":"99213","description":"a",
              "negotiated_rates":[{"provider_groups":[{"npi":[1234567893],"tin":{"type":"ein","value":"1"}}],
               "negotiated_prices":[{"negotiated_type":"negotiated","negotiated_rate":{{{json}}},"expiration_date":"2025-12-31","billing_class":"professional"}]}]}]}
            """;
        var sink = new PriceSink();
        new InNetworkReader("rate.json", CodeFilter.All, sink).Read(new MemoryStream(Encoding.UTF8.GetBytes(file)));
        return sink.Rates.ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData("150.00", "150")]
    [InlineData("40.50", "40.5")]
    [InlineData("0.5", "0.5")]
    [InlineData("\"007\"", "7")]
    [InlineData("1e2", "100")]
    [InlineData("1.250E1", "12.5")]
    [InlineData("-5.10", "-5.1")]
    [InlineData("1234567890123456789", "1234567890123456789")]
    [InlineData("12345678901234567890.10", "12345678901234567890.1")]
    [InlineData("\"$ 88.90\"", "88.9")]
    public void Rate_Normalised_WithoutTrailingZeros(string json, string expected)
    {
        var rate = ReadRate(json);
        rate.ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe(expected);
    }

    private sealed class PriceSink : ITicSink
    {
        public List<decimal> Rates { get; } = [];
        public void OnRate(TicItem item, TicNegotiatedRate rate) => Rates.AddRange(rate.Prices.Select(p => p.Rate));
        public void OnProviderGroup(TicProviderGroup group) { }
        public void OnHeader(TicFileHeader header) { }
    }
}
