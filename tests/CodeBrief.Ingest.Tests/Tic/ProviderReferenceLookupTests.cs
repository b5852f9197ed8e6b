using CodeBrief.Ingest.Tic;
using CodeBrief.Testing;

namespace CodeBrief.Ingest.Tests.Tic;

public sealed class ProviderReferenceLookupTests
{
    /// <summary>Records what the reader asks for and answers from a table.</summary>
    private sealed class RecordingLookup(Dictionary<string, string> files) : IProviderReferenceLookup
    {
        public List<IReadOnlyCollection<string>> Prepared { get; } = [];

        public void Prepare(IReadOnlyCollection<string> locations, CancellationToken cancellationToken) => Prepared.Add([.. locations]);

        public string? LocalFile(string location) => files.GetValueOrDefault(location);
    }

    [Fact]
    public void Read_WithLookup_AnnouncesOnlyTheLocationsKeptRatesNeedOnceThenResolvesThem()
    {
        var example = SharedData.Path("tic_mrf", "cms_price_transparency_guide", "v1.6.2", "examples", "provider-reference", "provider-reference.json");
        // CareFirst 43235: one item whose 72 rates each reference one group, every group a remote location.
        var lookup = new RecordingLookup(new Dictionary<string, string>(StringComparer.Ordinal));
        var sink = new CollectingSink();
        using (var stream = TicStreams.Open(SharedData.Path("tic_mrf", "real_payer_files", "carefirst_in-network_examplefile.json.gz")))
            new InNetworkReader("carefirst.json.gz", new CodeFilter(["43235"]), sink, lookup).Read(stream);

        lookup.Prepared.Count.ShouldBe(1);
        var needed = lookup.Prepared[0];
        needed.Count.ShouldBe(72); // the 72 groups 43235's rates reference, each a remote location
        needed.ShouldAllBe(l => l.StartsWith("https://mrf.carefirst.com/mrf-files/", StringComparison.Ordinal));

        // A lookup that has a local file (the CMS provider-reference example) for one of them resolves exactly that one.
        var chosen = needed.First();
        var resolving = new RecordingLookup(new Dictionary<string, string>(StringComparer.Ordinal) { [chosen] = example });
        var groups = new CollectingSink();
        TicIngestReport report;
        using (var stream = TicStreams.Open(SharedData.Path("tic_mrf", "real_payer_files", "carefirst_in-network_examplefile.json.gz")))
            report = new InNetworkReader("carefirst.json.gz", new CodeFilter(["43235"]), groups, resolving).Read(stream);
        report.RemoteReferencesResolved.ShouldBe(1);
        report.GroupsResolved.ShouldBe(1);
        report.GroupsUnresolved.ShouldBe(71);
        groups.Groups.SelectMany(g => g.Npis).ShouldBe(["1111111111", "2222222222"]);
    }
}
