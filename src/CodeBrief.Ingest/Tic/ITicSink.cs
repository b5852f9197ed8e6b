namespace CodeBrief.Ingest.Tic;

/// <summary>Receives the facts of an in-network file as the reader streams them.</summary>
/// <remarks>
/// Call order: <see cref="OnRate"/> for each kept rate in file order; then <see cref="OnProviderGroup"/> for each group
/// that a kept rate references (resolved at the end, so <c>provider_references</c> may come before or after
/// <c>in_network</c>); then <see cref="OnHeader"/> once. Arguments may be reused after the call returns.
/// </remarks>
public interface ITicSink
{
    /// <summary>A kept negotiated rate of <paramref name="item"/>.</summary>
    void OnRate(TicItem item, TicNegotiatedRate rate);

    /// <summary>A provider group referenced by a kept rate.</summary>
    void OnProviderGroup(TicProviderGroup group);

    /// <summary>The root fields, known only once the whole file is read.</summary>
    void OnHeader(TicFileHeader header);
}
