using CodeBrief.Ingest.Tic;

namespace CodeBrief.Warehouse.Tic;

/// <summary>
/// A columnar store of negotiated rates beside the relational warehouse: one set of Parquet files per source file, laid
/// out as Hive partitions that other engines can read. The relational warehouse keeps the source records (which files are
/// loaded, under which filter); a lake file whose source is not registered there is never read.
/// </summary>
public interface IRateLake
{
    /// <summary>The lake's root folder.</summary>
    string Root { get; }

    /// <summary>Starts staging the rates of one file; nothing reaches the lake until <see cref="IRateLakeFile.Publish"/>.</summary>
    IRateLakeFile Begin(string fileName);

    /// <summary>True when the lake holds the rates of the source whose content hash is <paramref name="contentSha256"/>.</summary>
    bool Holds(string contentSha256);

    /// <summary>The fee-for-service rates of <paramref name="code"/> from the sources in <paramref name="sources"/> (content hash to
    /// the warehouse's source record), with the provider groups, NPIs and TINs each applies to.</summary>
    IReadOnlyList<StoredRate> FeeForServiceRates(string code, IReadOnlyDictionary<string, LakeSource> sources);
}

/// <summary>The warehouse's record of one loaded file, as a lake read needs it.</summary>
/// <param name="SourceId">The <c>sources.id</c>.</param>
/// <param name="Payer">The payer label.</param>
/// <param name="IsSynthetic">True for files made by <c>codebrief synth</c>.</param>
public sealed record LakeSource(long SourceId, string Payer, bool IsSynthetic);

/// <summary>The Hive partition of one source file's lake files.</summary>
/// <param name="Payer">The payer label.</param>
/// <param name="Network">The plan or network label.</param>
/// <param name="Month">The month of the file's <c>last_updated_on</c>, <c>YYYY-MM</c>, or <c>undated</c>.</param>
public sealed record LakePartition(string Payer, string Network, string Month)
{
    /// <summary>The partition of a file loaded under <paramref name="payer"/> and the plan label <paramref name="network"/>
    /// (<c>unnamed</c> when none), in the month of its <c>last_updated_on</c> (<c>undated</c> when missing).</summary>
    public static LakePartition Of(string payer, string? network, string? lastUpdatedOn) =>
        new(payer, string.IsNullOrWhiteSpace(network) ? "unnamed" : network,
            lastUpdatedOn is { Length: >= 7 } d && DateOnly.TryParseExact(d[..7] + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None, out _) ? d[..7] : "undated");
}

/// <summary>The rates of one file being staged: the reader's sink, then published to the lake or discarded.</summary>
/// <remarks>Disposing without <see cref="Publish"/> discards everything staged; the lake is left as it was.</remarks>
public interface IRateLakeFile : ITicSink, IDisposable
{
    /// <summary>Rates offered (one per code × price).</summary>
    long RowsOffered { get; }

    /// <summary>Distinct rates kept (identical rates collapsed); known after <see cref="Finish"/>.</summary>
    long RowsStored { get; }

    /// <summary>The header, once the file is read.</summary>
    TicFileHeader? Header { get; }

    /// <summary>Ends staging: collapses identical rates, counts them and writes the Parquet files of source
    /// <paramref name="contentSha256"/> (the SHA-256 of the decompressed file) to the staging folder.</summary>
    void Finish(string contentSha256);

    /// <summary>Moves the staged files into <paramref name="partition"/>, each atomically (a rename), replacing the same
    /// source's files anywhere in the lake.</summary>
    void Publish(LakePartition partition);
}
