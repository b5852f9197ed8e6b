using CodeBrief.Ingest.Tic;
using CodeBrief.Testing;

namespace CodeBrief.Ingest.Tests.Tic;

public sealed class OtherFileTypesTests
{
    [Fact]
    public void ReadFile_BcbsTexasIndex_ListsPlansAndFiles()
    {
        var toc = TableOfContentsReader.ReadFile(SharedData.Path("tic_mrf", "real_payer_files", "2024-10-21_Blue-Cross-and-Blue-Shield-of-Texas_161531026_index.json"));
        toc.Structures.Count.ShouldBe(1);
        toc.Structures[0].Plans.Count.ShouldBe(2);
        toc.Structures[0].Files.Count(f => f.Kind == "in-network").ShouldBe(262);
        toc.Structures[0].Files.Count(f => f.Kind == "allowed-amount").ShouldBe(1);
        toc.Version.ShouldBeNull();
        toc.Select("271313", "GA BlueChoice")[0].Files.ShouldAllBe(f => f.Description!.Contains("GA BlueChoice", StringComparison.Ordinal)); // descriptions exist in this file
        toc.Select("no such plan", null).ShouldBeEmpty();
    }

    [Fact]
    public void ReadFile_CmsTocSample_ReadsBothStructures()
    {
        var toc = TableOfContentsReader.ReadFile(SharedData.Path("tic_mrf", "cms_price_transparency_guide", "v2.2.0", "examples", "table-of-contents", "table-of-contents-sample.json"));
        toc.Structures.Count.ShouldBe(2);
        toc.Structures[0].Plans.Select(p => p.PlanName).ShouldBe(["medicaid", "medicare"]);
        toc.Structures[1].Files.Select(f => f.Location).ShouldContain("https://www.some_site.com/files/chip-in-network-file.json");
    }

    public static TheoryData<string> AllowedAmountExamples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(SharedData.Path("tic_mrf", "cms_price_transparency_guide"), "*.json", SearchOption.AllDirectories)
                     .Where(f => f.Contains("examples", StringComparison.Ordinal) && f.Contains("allowed-amounts", StringComparison.Ordinal) || f.EndsWith("multiplan-empty-example.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(SharedData.Folder, file));
        return data;
    }

    [Theory]
    [MemberData(nameof(AllowedAmountExamples))]
    public void Read_CmsAllowedAmountsExample_Ingests(string relative)
    {
        var path = Path.Combine(SharedData.Folder, relative);
        var facts = new List<TicAllowedAmount>();
        using var stream = TicStreams.Open(path);
        var report = new AllowedAmountsReader(Path.GetFileName(path), CodeFilter.All).Read(stream, facts);
        if (relative.Contains("empty", StringComparison.Ordinal)) facts.ShouldBeEmpty();
        else
        {
            report.Items.ShouldBeGreaterThan(0);
            facts.ShouldNotBeEmpty();
            facts.ShouldAllBe(f => f.BillingCode.Length > 0 && f.AllowedAmount.Length > 0);
        }
    }

    [Theory]
    [MemberData(nameof(AllowedAmountExamples))]
    public void Read_AllowedAmountsInSmallReads_YieldsIdenticalFacts(string relative)
    {
        var bytes = File.ReadAllBytes(Path.Combine(SharedData.Folder, relative));
        List<TicAllowedAmount> Facts(int chunk)
        {
            var facts = new List<TicAllowedAmount>();
            new AllowedAmountsReader("a.json", CodeFilter.All).Read(new ChunkedStream(bytes, chunk), facts);
            return facts;
        }
        var expected = Facts(int.MaxValue);
        foreach (var chunk in new[] { 1, 7, 4096 }) Facts(chunk).ShouldBe(expected);
    }

    [Fact]
    public void Read_TocInSmallReads_YieldsIdenticalStructures()
    {
        var bytes = File.ReadAllBytes(SharedData.Path("tic_mrf", "cms_price_transparency_guide", "v1.6.2", "examples", "table-of-contents", "table-of-contents-sample.json"));
        var expected = new TableOfContentsReader("t.json").Read(new ChunkedStream(bytes, int.MaxValue));
        expected.Structures.ShouldNotBeEmpty();
        foreach (var chunk in new[] { 1, 7, 4096 })
        {
            var toc = new TableOfContentsReader("t.json").Read(new ChunkedStream(bytes, chunk));
            toc.Structures.SelectMany(s => s.Files).ShouldBe(expected.Structures.SelectMany(s => s.Files));
            toc.Structures.SelectMany(s => s.Plans).ShouldBe(expected.Structures.SelectMany(s => s.Plans));
        }
    }

    [Fact]
    public void Read_SingleAllowedAmountsSample_HasThreeBilledCharges()
    {
        var facts = new List<TicAllowedAmount>();
        using var stream = TicStreams.Open(SharedData.Path("tic_mrf", "cms_price_transparency_guide", "v2.2.0", "examples", "allowed-amounts", "allowed-amounts-single-plan-sample.json"));
        new AllowedAmountsReader("a.json", new CodeFilter(["99214"])).Read(stream, facts);
        facts.Count.ShouldBe(3);
        facts.Select(f => f.BilledCharge).ShouldBe(["50", "60", "70"]);
        facts[0].AllowedAmount.ShouldBe("25");
        facts[0].Modifiers.ShouldBe("25");
        facts[0].Npis.ShouldBe("1234567891,1234567892,1234567893");
    }

    [Fact]
    public void Read_ProviderRefsFolder_ResolvesRemoteReference()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"codebrief-refs-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        File.Copy(SharedData.Path("tic_mrf", "cms_price_transparency_guide", "v1.6.2", "examples", "provider-reference", "provider-reference.json"), Path.Combine(folder, "30051_041.json"));
        try
        {
            var sink = new CollectingSink();
            using var stream = TicStreams.Open(SharedData.Path("tic_mrf", "real_payer_files", "carefirst_in-network_examplefile.json.gz"));
            var report = new InNetworkReader("carefirst.json.gz", CodeFilter.All, sink, folder).Read(stream);
            report.RemoteReferencesResolved.ShouldBe(1);
            report.RemoteReferencesUnresolved.ShouldBe(369);
            sink.Groups.Select(g => g.GroupId).Distinct().ShouldBe(["690.65627"]);
            sink.Groups.SelectMany(g => g.Npis).ShouldBe(["1111111111", "2222222222"]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
