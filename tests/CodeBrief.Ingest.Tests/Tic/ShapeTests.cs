using System.Globalization;
using System.Text;
using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Tic;
using CodeBrief.Ingest.Tic.Synthetic;

namespace CodeBrief.Ingest.Tests.Tic;

/// <summary>
/// The real payers' file shapes (issue 16) read back exactly: every code's items, rates, prices, rate sum, groups,
/// NPIs and TINs as the generator's answers sidecar gives them, whether provider references come first or last, groups
/// are inline, or codes are split over many items.
/// </summary>
public sealed class ShapeTests : IDisposable
{
    private static readonly string[] Codes = ["99213", "99214", "0689T", "70450", "J1885", "43235", "27447", "G0121"];
    private readonly string _folder = Directory.CreateTempSubdirectory("codebrief-shapes-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private (string Path, SynthAnswers Answers) Generate(SynthShape shape, long bytes = 400_000, int schema = 2)
    {
        var path = Path.Combine(_folder, $"{shape}-{schema}.json.gz");
        var answers = TicSynthesizer.Write(new SynthOptions("Shape Health", Codes, bytes, schema, Seed: 11, Shape: shape), path);
        return (path, answers);
    }

    public static TheoryData<SynthShape, int> Shapes()
    {
        var data = new TheoryData<SynthShape, int>();
        foreach (var shape in Enum.GetValues<SynthShape>())
            foreach (var schema in new[] { 1, 2 })
                data.Add(shape, schema);
        return data;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Read_Shape_MatchesTheAnswersExactly(SynthShape shape, int schema)
    {
        var (path, answers) = Generate(shape, schema: schema);
        var sink = new FactSink();
        TicIngestReport report;
        using (var s = TicStreams.Open(path))
            report = new InNetworkReader(Path.GetFileName(path), CodeFilter.All, sink).Read(s);
        var expected = SynthAnswers.ReadCodes(path + ".answers.json");
        sink.Facts(expected.Select(c => c.Code)).ShouldBe(expected);
        report.Items.ShouldBe(answers.Items);
        report.NegotiatedPrices.ShouldBe(answers.NegotiatedPrices);
        report.ProviderReferences.ShouldBe(answers.ProviderReferences);
        report.GroupsReferenced.ShouldBe(answers.GroupsReferenced);
        report.GroupsResolved.ShouldBe(answers.GroupsReferenced);
        report.GroupsUnresolved.ShouldBe(0);
        ((long)sink.GroupsEmitted).ShouldBe(answers.GroupsReferenced); // each referenced group handed over once
    }

    [Fact]
    public void Generate_Shapes_HaveTheirDefiningFeatures()
    {
        var (_, first) = Generate(SynthShape.ReferencesFirst, 2_000_000);
        first.InlineGroups.ShouldBeGreaterThan(0);
        first.Codes.Max(c => c.Items).ShouldBeGreaterThan(20); // a popular code split over many items
        var (_, many) = Generate(SynthShape.ManyGroups, 2_000_000);
        many.ProviderReferences.ShouldBe(2_000);
        var (lastPath, last) = Generate(SynthShape.ReferencesLast, 2_000_000);
        last.Version.ShouldBe("2.0.0");
        using var s = TicStreams.Open(lastPath);
        var text = new StreamReader(s).ReadToEnd();
        text.IndexOf("\"provider_references\":[{", StringComparison.Ordinal).ShouldBeGreaterThan(text.IndexOf("\"in_network\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(SynthShape.ReferencesFirst)]
    [InlineData(SynthShape.ReferencesLast)]
    public void Read_ShapeFiltered_KeepsOnlyTheGroupsKeptRatesUse(SynthShape shape)
    {
        var (path, _) = Generate(shape);
        var keep = new[] { Codes[1], Codes[4] };
        var sink = new FactSink();
        TicIngestReport report;
        using (var s = TicStreams.Open(path))
            report = new InNetworkReader(Path.GetFileName(path), new CodeFilter(keep), sink).Read(s);
        var expected = SynthAnswers.ReadCodes(path + ".answers.json").Where(c => keep.Contains(c.Code)).ToList();
        sink.Facts(keep).ShouldBe(expected);
        sink.GroupsEmitted.ShouldBe(sink.DistinctGroupIdsUsed);
        report.GroupsResolved.ShouldBe((long)sink.DistinctGroupIdsUsed);
    }

    [Fact]
    public void Read_SpillLargerThanTheBuffer_MatchesTheAnswers()
    {
        // 15,000 references make a spill of about 1.6 MB: its records cross the 1 MiB block of the buffer that reads it back.
        var (path, answers) = Generate(SynthShape.ManyGroups, 15_000_000);
        answers.ProviderReferences.ShouldBe(15_000);
        var keep = Codes[..3];
        var sink = new FactSink();
        using (var s = TicStreams.Open(path))
            new InNetworkReader(Path.GetFileName(path), new CodeFilter(keep), sink).Read(s);
        sink.Facts(keep).ShouldBe(SynthAnswers.ReadCodes(path + ".answers.json").Where(c => keep.Contains(c.Code)).ToList());
    }

    [Theory]
    [InlineData(SynthShape.ReferencesFirst, 1)]
    [InlineData(SynthShape.ReferencesLast, 7)]
    [InlineData(SynthShape.VaryingDimensions, 4096)]
    public void Read_ShapeInSmallReads_YieldsIdenticalFacts(SynthShape shape, int chunk)
    {
        var (path, _) = Generate(shape, 60_000);
        byte[] json;
        using (var s = TicStreams.Open(path)) { var ms = new MemoryStream(); s.CopyTo(ms); json = ms.ToArray(); }
        var whole = new CollectingSink();
        new InNetworkReader("f.json", CodeFilter.All, whole).Read(new MemoryStream(json));
        var small = new CollectingSink();
        new InNetworkReader("f.json", CodeFilter.All, small).Read(new ChunkedStream(json, chunk));
        small.Facts.ShouldBe(whole.Facts);
        whole.Groups.Count.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Read_BadNpiInAReferenceBeforeInNetwork_ReportsTheFilesPathAndOffset()
    {
        // The groups are copied aside unparsed and parsed at the end: the error must still name the place in the file.
        var json = ReferencesFirst(Fixtures.Quirky).Replace("[1234567893]", "[\"12345x\"]", StringComparison.Ordinal);
        var e = Should.Throw<InputFormatException>(() => new InNetworkReader("q.json", CodeFilter.All, new CollectingSink()).Read(new ChunkedStream(Encoding.UTF8.GetBytes(json), 7)));
        e.Kind.ShouldBe(InputErrorKind.MalformedValue);
        e.Location.JsonPath.ShouldBe("$.provider_references[0].provider_groups[0].npi[0]");
        e.Location.ByteOffset.ShouldBe(json.IndexOf("\"12345x\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_BadInlineGroup_ReportsTheRatesPathAndOffset()
    {
        var json = Fixtures.Quirky.Replace("{ \"provider_references\": [7], \"negotiated_prices\": [ { \"negotiated_type\": \"fee schedule\"",
            "{ \"provider_groups\": [ { \"npi\": [1], \"tin\": { \"type\": \"ein\", \"value\": 5 } }, { \"npi\": [2] } ], \"negotiated_prices\": [ { \"negotiated_type\": \"fee schedule\"", StringComparison.Ordinal);
        json.ShouldContain("\"npi\": [2]");
        var e = Should.Throw<InputFormatException>(() => new InNetworkReader("q.json", CodeFilter.All, new CollectingSink()).Read(new ChunkedStream(Encoding.UTF8.GetBytes(json), 3)));
        e.Kind.ShouldBe(InputErrorKind.MissingField);
        e.Location.JsonPath.ShouldBe("$.in_network[2].negotiated_rates[0].provider_groups[1]");
        e.Location.ByteOffset.ShouldBe(json.IndexOf("{ \"npi\": [2] }", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_InlineGroups_AreResolvedUnderTheirRateAndSkippedWithTheirItem()
    {
        var json = Fixtures.Quirky.Replace("{ \"provider_references\": [7], \"negotiated_prices\": [ { \"negotiated_type\": \"negotiated\", \"negotiated_rate\": 99.5",
            "{ \"provider_groups\": [ { \"npi\": [1111111112, 1111111113], \"tin\": { \"type\": \"ein\", \"value\": \"55-5555555\" } } ], \"negotiated_prices\": [ { \"negotiated_type\": \"negotiated\", \"negotiated_rate\": 99.5", StringComparison.Ordinal);
        json.ShouldContain("1111111113");
        var all = new CollectingSink();
        new InNetworkReader("q.json", CodeFilter.All, all).Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        all.Groups.Single(g => g.GroupId == "inline:1:0").Npis.ShouldBe(["1111111112", "1111111113"]);
        all.Facts.ShouldContain(f => f.StartsWith("1|99213,99214|CPT|FeeForService|0|inline:1:0|", StringComparison.Ordinal));
        // Item 1's code follows its rates: its inline group was copied aside before the filter could skip the item.
        var filtered = new CollectingSink();
        var report = new InNetworkReader("q.json", new CodeFilter(["CSTM-ALL"]), filtered).Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        filtered.Groups.Select(g => g.GroupId).ShouldBe(["7"]);
        report.GroupsReferenced.ShouldBe(1);
    }

    [Fact]
    public void Read_DuplicateReferenceId_LastOneWins()
    {
        var json = ReferencesFirst(Fixtures.Quirky).Replace("{ \"provider_group_id\": 8,", "{ \"provider_group_id\": 7,", StringComparison.Ordinal);
        var sink = new CollectingSink();
        var report = new InNetworkReader("q.json", CodeFilter.All, sink).Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        sink.Groups.Single().Npis.ShouldBe(["1111111111"]);
        report.GroupsResolved.ShouldBe(1);
    }

    /// <summary>The quirky fixture with its provider_references moved before in_network, as most payers write them.</summary>
    private static string ReferencesFirst(string json)
    {
        var start = json.IndexOf("\n  \"provider_references\": [", StringComparison.Ordinal);
        var end = json.IndexOf("\n  \"last_updated_on\"", StringComparison.Ordinal);
        var references = json[start..end];
        var moved = json.Remove(start, end - start);
        var at = moved.IndexOf("\n  \"in_network\"", StringComparison.Ordinal);
        return moved.Insert(at, references);
    }

    /// <summary>Aggregates what the reader hands over into the answers' per-code facts.</summary>
    private sealed class FactSink : ITicSink
    {
        private readonly Dictionary<string, (HashSet<int> Items, int Rates, long Prices, decimal Sum, HashSet<string> Groups)> _codes = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<TicProviderGroup>> _groups = new(StringComparer.Ordinal);
        private readonly HashSet<string> _used = new(StringComparer.Ordinal);

        public int GroupsEmitted => _groups.Count;
        public int DistinctGroupIdsUsed => _used.Count;

        public void OnRate(TicItem item, TicNegotiatedRate rate)
        {
            var code = item.Codes.Single();
            if (!_codes.TryGetValue(code, out var c)) c = ([], 0, 0, 0m, new HashSet<string>(StringComparer.Ordinal));
            c.Items.Add(item.Index);
            c.Rates++;
            c.Prices += rate.Prices.Count;
            foreach (var p in rate.Prices) c.Sum += p.Rate;
            foreach (var id in rate.GroupIds)
            {
                c.Groups.Add(id);
                _used.Add(id);
            }
            _codes[code] = c;
        }

        public void OnProviderGroup(TicProviderGroup group)
        {
            if (!_groups.TryGetValue(group.GroupId, out var list)) _groups[group.GroupId] = list = [];
            list.Add(group);
        }

        public void OnHeader(TicFileHeader header) { }

        public List<SynthCodeFacts> Facts(IEnumerable<string> codes) =>
        [
            .. codes.Where(_codes.ContainsKey).Select(code =>
            {
                var c = _codes[code];
                var groups = c.Groups.SelectMany(id => _groups.GetValueOrDefault(id) ?? []).ToList();
                return new SynthCodeFacts(code, c.Items.Count, c.Rates, c.Prices, c.Sum.ToString("0.############################", CultureInfo.InvariantCulture),
                    c.Groups.Count, groups.SelectMany(g => g.Npis).Distinct().Count(), groups.Select(g => g.TinValue).Distinct().Count());
            }),
        ];
    }
}
