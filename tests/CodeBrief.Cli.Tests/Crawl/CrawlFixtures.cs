using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using CodeBrief.Testing;

namespace CodeBrief.Cli.Tests.Crawl;

/// <summary>
/// What the crawl tests serve: the real BCBS Texas table of contents and the real CareFirst in-network file from the
/// mirror, and files made here and labelled synthetic: small in-network files for the table's other entries, and one
/// provider-reference file per CareFirst remote location (one group each, two NPIs and one TIN of its own).
/// </summary>
internal static class CrawlFixtures
{
    public const string SyntheticEntityType = CodeBrief.Ingest.Tic.Synthetic.TicSynthesizer.EntityType;

    public static string BcbsTxToc => SharedData.Path("tic_mrf", "real_payer_files", "2024-10-21_Blue-Cross-and-Blue-Shield-of-Texas_161531026_index.json");

    public static string CareFirstFile => SharedData.Path("tic_mrf", "real_payer_files", "carefirst_in-network_examplefile.json.gz");

    /// <summary>The in-network locations of the BCBS TX table of contents, in file order.</summary>
    public static IReadOnlyList<string> TocInNetworkLocations()
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(BcbsTxToc));
        return [.. doc.RootElement.GetProperty("reporting_structure").EnumerateArray()
            .SelectMany(s => s.GetProperty("in_network_files").EnumerateArray()).Select(f => f.GetProperty("location").GetString()!)];
    }

    /// <summary>The CareFirst file's remote references: location by provider_group_id text, in file order.</summary>
    public static IReadOnlyList<(string GroupId, string Location)> CareFirstReferences()
    {
        using var gz = new GZipStream(File.OpenRead(CareFirstFile), CompressionMode.Decompress);
        using var doc = JsonDocument.Parse(gz);
        return [.. doc.RootElement.GetProperty("provider_references").EnumerateArray()
            .Select(r => (r.GetProperty("provider_group_id").GetRawText(), r.GetProperty("location").GetString()!))];
    }

    /// <summary>A synthetic provider-reference file (1.x shape) for the <paramref name="index"/>-th CareFirst location.</summary>
    public static byte[] ProviderReferenceFile(int index)
    {
        var npi1 = (1_900_000_000L + (2 * index)).ToString(CultureInfo.InvariantCulture);
        var npi2 = (1_900_000_001L + (2 * index)).ToString(CultureInfo.InvariantCulture);
        var tin = $"99-{9_000_000 + index:D7}";
        return Encoding.UTF8.GetBytes(
            "{\"description\":\"synthetic provider groups made by a CodeBrief test\",\"provider_groups\":[{\"npi\":[" + npi1 + "," + npi2 + "],\"tin\":{\"type\":\"ein\",\"value\":\"" + tin + "\"}}]}");
    }

    /// <summary>A small synthetic in-network file (gzip) with one 43235 rate of <paramref name="rate"/> for one inline group.</summary>
    public static byte[] SyntheticInNetwork(string payer, decimal rate, string code = "43235", string? remoteLocation = null, params string[] moreRemote)
    {
        var refs = new StringBuilder();
        refs.Append("{\"provider_group_id\":1,\"provider_groups\":[{\"npi\":[1234567893],\"tin\":{\"type\":\"ein\",\"value\":\"11-")
            .Append(((int)rate).ToString("D7", CultureInfo.InvariantCulture)).Append("\"}}]}");
        var ids = new List<int> { 1 };
        var n = 2;
        foreach (var location in new[] { remoteLocation }.Concat(moreRemote).OfType<string>())
        {
            refs.Append(CultureInfo.InvariantCulture, $$""",{"provider_group_id":{{n}},"location":"{{location}}"}""");
            ids.Add(n++);
        }
        var json = $$"""
            {"reporting_entity_name":"{{payer}}","reporting_entity_type":"{{SyntheticEntityType}}","last_updated_on":"2024-11-01","version":"1.0.0",
             "provider_references":[{{refs}}],
             "in_network":[{"negotiation_arrangement":"ffs","name":"synthetic","billing_code_type":"CPT","billing_code_type_version":"2024","billing_code":"{{code}}","description":"synthetic",
               "negotiated_rates":[{"provider_references":[{{string.Join(',', ids)}}],"negotiated_prices":[{"negotiated_type":"negotiated","negotiated_rate":{{rate.ToString(CultureInfo.InvariantCulture)}},"expiration_date":"9999-12-31","service_code":["11"],"billing_class":"professional"}]}]}]
            }
            """;
        return Gzip(Encoding.UTF8.GetBytes(json));
    }

    public static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gz = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(bytes);
        return output.ToArray();
    }
}
