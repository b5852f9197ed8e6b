using System.IO.Compression;
using System.Text;
using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Tic;
using CodeBrief.Testing;

namespace CodeBrief.Ingest.Tests.Tic;

public sealed class InNetworkReaderTests
{
    private static string CareFirst => SharedData.Path("tic_mrf", "real_payer_files", "carefirst_in-network_examplefile.json.gz");

    private static (TicIngestReport Report, CollectingSink Sink) ReadFile(string path, CodeFilter? filter = null)
    {
        var sink = new CollectingSink();
        using var stream = TicStreams.Open(path);
        var report = new InNetworkReader(Path.GetFileName(path), filter ?? CodeFilter.All, sink).Read(stream);
        return (report, sink);
    }

    private static (TicIngestReport Report, CollectingSink Sink) ReadBytes(byte[] json, int chunk, CodeFilter? filter = null)
    {
        var sink = new CollectingSink();
        var report = new InNetworkReader("fixture.json", filter ?? CodeFilter.All, sink).Read(new ChunkedStream(json, chunk));
        return (report, sink);
    }

    [Fact]
    public void Read_CareFirst_AccountsForEveryItemAndRate()
    {
        var (report, sink) = ReadFile(CareFirst);
        report.Items.ShouldBe(1773);
        report.ItemsSkipped.ShouldBe(0);
        report.NegotiatedRates.ShouldBe(122_310);
        report.NegotiatedPrices.ShouldBe(122_310);
        sink.Prices.ShouldBe(122_310);
        report.ProviderReferences.ShouldBe(370);
        report.RemoteReferencesUnresolved.ShouldBe(370);
        report[TicOddity.UnresolvedRemoteReference].ShouldBe(370);
        report.GroupsReferenced.ShouldBe(74);
        report.GroupsUnresolved.ShouldBe(74);
        report[TicOddity.DecimalGroupId].ShouldBeGreaterThan(0);
        report[TicOddity.SampleLastUpdatedOn].ShouldBe(1);
        report.Bytes.ShouldBe(29_659_798);
        sink.Header!.ReportingEntityName.ShouldBe("CareFirst BlueCross BlueShield"); // OnHeader always runs after a successful read
    }

    [Fact]
    public void Read_CareFirstWithFilter_KeepsOnlyFilteredCodes()
    {
        var (all, allSink) = ReadFile(CareFirst);
        var (report, sink) = ReadFile(CareFirst, new CodeFilter(["30560"]));
        report.Items.ShouldBe(1773);
        report.ItemsSkipped.ShouldBe(1772);
        sink.Facts.Count(f => !f.StartsWith("header", StringComparison.Ordinal)).ShouldBe(allSink.Facts.Count(f => f.Split('|')[1] == "30560"));
        report.NegotiatedPrices.ShouldBeLessThan(all.NegotiatedPrices);
        report.NegotiatedPrices.ShouldBeGreaterThan(0);
    }

    public static TheoryData<string> CmsExamples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(SharedData.Path("tic_mrf", "cms_price_transparency_guide"), "in-network-rates*.json", SearchOption.AllDirectories).Where(f => f.Contains("examples", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(SharedData.Folder, file));
        return data;
    }

    [Theory]
    [MemberData(nameof(CmsExamples))]
    public void Read_CmsExample_IngestsWithRates(string relative)
    {
        var (report, sink) = ReadFile(Path.Combine(SharedData.Folder, relative));
        report.Items.ShouldBeGreaterThan(0);
        report.NegotiatedPrices.ShouldBeGreaterThan(0);
        sink.Prices.ShouldBe(report.NegotiatedPrices);
    }

    [Theory]
    [MemberData(nameof(CmsExamples))]
    public void Read_CmsExampleInSmallReads_YieldsIdenticalFacts(string relative)
    {
        var bytes = File.ReadAllBytes(Path.Combine(SharedData.Folder, relative));
        var expected = ReadBytes(bytes, int.MaxValue).Sink.Facts;
        expected.Count.ShouldBeGreaterThan(1);
        foreach (var chunk in new[] { 1, 7, 4096 })
            ReadBytes(bytes, chunk).Sink.Facts.ShouldBe(expected);
    }

    [Fact]
    public void Read_FixtureInSmallReads_YieldsIdenticalFacts()
    {
        var bytes = Encoding.UTF8.GetBytes(Fixtures.Quirky);
        var expected = ReadBytes(bytes, int.MaxValue).Sink.Facts;
        foreach (var chunk in new[] { 1, 7, 4096 })
            ReadBytes(bytes, chunk).Sink.Facts.ShouldBe(expected);
    }

    [Fact]
    public void Read_FilteredInSmallReads_SkipsTrickyStringsExactly()
    {
        // The skipped item's strings hold brackets, quotes and escapes that a byte scanner must not count.
        var tricky = Fixtures.Quirky.Replace("[\"11\", \"02\"]", "[\"11\", \"a ] } [ { \\\" \\\\ \\u005D\"]", StringComparison.Ordinal)
            .Replace("\"expiration_date\": \"\"", "\"expiration_date\": \"]]]\\\\\"", StringComparison.Ordinal);
        tricky.ShouldContain("a ] } [ {");
        var bytes = Encoding.UTF8.GetBytes(tricky);
        var filter = new CodeFilter(["CSTM-ALL"]);
        var expected = ReadBytes(bytes, int.MaxValue, filter);
        expected.Report.ItemsSkipped.ShouldBe(2);
        expected.Sink.Prices.ShouldBe(1);
        foreach (var chunk in new[] { 1, 7, 4096 })
            ReadBytes(bytes, chunk, filter).Sink.Facts.ShouldBe(expected.Sink.Facts);
    }

    [Fact]
    public void Read_QuirkyFile_NormalisesAndCountsOddities()
    {
        var (report, sink) = ReadBytes(Encoding.UTF8.GetBytes(Fixtures.Quirky), 4096);
        report[TicOddity.UpperCaseKey].ShouldBe(1);
        report[TicOddity.MultiCodeBillingCode].ShouldBe(1);
        report[TicOddity.CustomAllCode].ShouldBe(1);
        report[TicOddity.PercentageRate].ShouldBe(1);
        report[TicOddity.PlaceholderOrOddDate].ShouldBe(2);
        report[TicOddity.CodeAfterRates].ShouldBe(1);
        // provider_references after in_network: only group 7 is referenced, so group 8 is never resolved.
        sink.Groups.Select(g => g.GroupId).Distinct().ShouldBe(["7"]);
        sink.Groups[0].Npis.ShouldBe(["1234567893"]);
        sink.Facts.ShouldContain(f => f.Contains("|99213|") || f.StartsWith("1|99213,99214|", StringComparison.Ordinal));
        sink.Facts.ShouldContain(f => f.Contains("NegotiatedType = percentage, Rate = 40.5", StringComparison.Ordinal));
        sink.Facts.ShouldContain(f => f.Contains("Rate = 150,", StringComparison.Ordinal) && f.Contains("Expiration = 2025-12-31", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_WrongType_ThrowsWithPathAndOffset()
    {
        var json = Fixtures.Quirky.Replace("\"negotiated_rate\": 150.00", "\"negotiated_rate\": \"N/A\"", StringComparison.Ordinal);
        var e = Should.Throw<InputFormatException>(() => ReadBytes(Encoding.UTF8.GetBytes(json), 7));
        e.Kind.ShouldBe(InputErrorKind.WrongType);
        e.Location.JsonPath.ShouldBe("$.in_network[0].negotiated_rates[0].negotiated_prices[0].negotiated_rate");
        e.Location.ByteOffset.ShouldBe(json.IndexOf("\"N/A\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_MissingRate_ThrowsMissingField()
    {
        var json = Fixtures.Quirky.Replace("\"negotiated_rate\": 150.00,", "", StringComparison.Ordinal);
        var e = Should.Throw<InputFormatException>(() => ReadBytes(Encoding.UTF8.GetBytes(json), 4096));
        e.Kind.ShouldBe(InputErrorKind.MissingField);
        e.Location.JsonPath.ShouldBe("$.in_network[0].negotiated_rates[0].negotiated_prices[0]");
    }

    [Fact]
    public void Read_MalformedJson_ThrowsWithOffsetOfBadByte()
    {
        var json = Fixtures.Quirky.Replace("\"billing_class\": \"professional\"", "\"billing_class\": professional", StringComparison.Ordinal);
        var e = Should.Throw<InputFormatException>(() => ReadBytes(Encoding.UTF8.GetBytes(json), 7));
        e.Kind.ShouldBe(InputErrorKind.MalformedJson);
        e.Location.JsonPath.ShouldBe("$.in_network[0].negotiated_rates[0].negotiated_prices[0].billing_class");
        var at = json.IndexOf(": professional", StringComparison.Ordinal) + 2;
        e.Location.ByteOffset!.Value.ShouldBeInRange(at - 20, at);
    }

    [Fact]
    public void Read_TruncatedGzip_ThrowsTruncatedWithOffset()
    {
        var gz = File.ReadAllBytes(CareFirst);
        var path = Path.Combine(Path.GetTempPath(), $"codebrief-trunc-{Guid.NewGuid():N}.json.gz");
        File.WriteAllBytes(path, gz[..(gz.Length / 2)]);
        try
        {
            var e = Should.Throw<InputFormatException>(() => ReadFile(path));
            e.Kind.ShouldBe(InputErrorKind.Truncated);
            e.Location.ByteOffset!.Value.ShouldBeInRange(1, 29_659_798);
            e.Location.JsonPath!.ShouldStartWith("$.in_network[");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_TruncatedJson_ThrowsTruncated()
    {
        var bytes = Encoding.UTF8.GetBytes(Fixtures.Quirky);
        var cut = bytes.Length / 2;
        var e = Should.Throw<InputFormatException>(() => ReadBytes(bytes[..cut], 7));
        e.Kind.ShouldBe(InputErrorKind.Truncated);
        e.Location.ByteOffset.ShouldBe(cut);
    }

    [Fact]
    public void Read_ZipArchive_ReadsTheJsonEntry()
    {
        var path = Path.Combine(Path.GetTempPath(), $"codebrief-{Guid.NewGuid():N}.zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        using (var entry = zip.CreateEntry("rates.json").Open())
            entry.Write(Encoding.UTF8.GetBytes(Fixtures.Quirky));
        try
        {
            var (report, _) = ReadFile(path);
            report.Items.ShouldBe(3);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
