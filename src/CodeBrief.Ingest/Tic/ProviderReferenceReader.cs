namespace CodeBrief.Ingest.Tic;

/// <summary>Reads a separately hosted 1.x provider-reference file (the target of a remote <c>location</c>).</summary>
public static class ProviderReferenceReader
{
    /// <summary>The provider groups of the file, labelled with <paramref name="groupId"/>.</summary>
    public static IReadOnlyList<TicProviderGroup> Read(string file, Stream json, string groupId)
    {
        var reader = new InNetworkReader(file, CodeFilter.All, NullSink.Instance);
        return reader.ReadProviderFile(json, groupId);
    }

    private sealed class NullSink : ITicSink
    {
        public static readonly NullSink Instance = new();
        public void OnRate(TicItem item, TicNegotiatedRate rate) { }
        public void OnProviderGroup(TicProviderGroup group) { }
        public void OnHeader(TicFileHeader header) { }
    }
}
