using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Reference;
using CodeBrief.Sources;

namespace CodeBrief.Warehouse;

/// <summary>
/// Loads one reference file into its warehouse table inside one transaction: all of its rows and its <c>sources</c>
/// row commit together, or nothing changes.
/// </summary>
/// <remarks>
/// <para>The same dataset and SHA-256 again is a no-op (<see cref="LoadOutcome.Unchanged"/>). A new file becomes
/// <c>current</c>; current files of the dataset with another version, or with the same file name, become
/// <c>superseded</c> and their data rows are deleted, while their <c>sources</c> rows stay as history. Files of one
/// release that differ in name (the four NCCI PTP parts) stay current together.</para>
/// <para>A file with no loadable row is refused, so a truncated download never wipes the current data.
/// Not thread-safe: one loader per <see cref="WarehouseDb"/>.</para>
/// </remarks>
public sealed partial class ReferenceLoader
{
    private const int ProgressEvery = 8192;
    private readonly WarehouseDb _db;
    private readonly string _reports;
    private readonly TimeProvider _time;

    /// <summary>Creates a loader writing to <paramref name="db"/> and reject reports under <c>&lt;home&gt;/reports</c>.</summary>
    public ReferenceLoader(WarehouseDb db, string home, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrWhiteSpace(home);
        ArgumentNullException.ThrowIfNull(time);
        _db = db;
        _reports = Path.Combine(Path.GetFullPath(home), "reports");
        _time = time;
    }

    /// <summary>The reject report path for a file of <paramref name="dataset"/> with <paramref name="sha256"/>.</summary>
    public string RejectReportPath(string dataset, string sha256) => Path.Combine(_reports, $"rejects-{dataset}-{sha256[..8]}.csv");

    /// <summary>Loads <paramref name="path"/> with <paramref name="format"/>.</summary>
    /// <param name="format">The dataset's reader.</param>
    /// <param name="path">The file.</param>
    /// <param name="options">Strict or lenient.</param>
    /// <param name="progress">Called every few thousand rows and once at the end; may be null.</param>
    /// <param name="cancellationToken">Cancels the load; the transaction rolls back.</param>
    /// <exception cref="InputFormatException">The file is unreadable as a whole, has no loadable row, or (strict) a row was rejected.</exception>
    /// <exception cref="SourceUnavailableException">The file does not exist.</exception>
    public LoadResult Load(IReferenceFormat format, string path, LoadOptions options, Action<LoadProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(options);
        if (!File.Exists(path)) throw new SourceUnavailableException(path, ErrorMessages.FileMissing(path));
        var fileName = Path.GetFileName(path);
        var bytes = new FileInfo(path).Length;
        var sha = FileHash.Sha256(path);
        var existing = FindSource(format.Dataset, sha);
        if (existing is { Status: SourceRecord.Current })
        {
            progress?.Invoke(new LoadProgress(format.Dataset, fileName, existing.RowsLoaded + existing.RowsRejected, bytes, true));
            return new LoadResult(existing, LoadOutcome.Unchanged, [], null);
        }

        var version = format.ReadVersion(path);
        CheckColumns(format);
        using var rejects = new RejectReportWriter(RejectReportPath(format.Dataset, sha));
        using var transaction = _db.Connection.BeginTransaction();
        var sourceId = existing?.Id ?? InsertSource(transaction, format, fileName, version, sha);
        long loaded = 0, seen = 0;
        InputFormatException? firstReject = null;
        using (var inserter = new RowInserter(_db.Connection, format.Table, format.Columns))
        {
            foreach (var result in format.Read(path, cancellationToken))
            {
                if (result.Problem is { } problem)
                {
                    if (options.Strict) throw problem;
                    firstReject ??= problem;
                    rejects.Add(result.Row, problem);
                }
                else
                {
                    // A good row always carries values (RowResult.Ok); a null here is a reader bug worth a crash.
                    inserter.Insert(sourceId, result.Row, result.Values ?? throw new InvalidOperationException($"{format.Dataset} reader yielded row {result.Row} with neither values nor a problem."));
                    loaded++;
                }
                if (++seen % ProgressEvery == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    progress?.Invoke(new LoadProgress(format.Dataset, fileName, seen, bytes, false));
                }
            }
        }
        if (loaded == 0) throw NothingLoaded(path, format.Dataset, seen, firstReject);

        var superseded = Supersede(transaction, format, sourceId, version, fileName);
        var loadedAt = _time.GetUtcNow();
        MarkCurrent(transaction, sourceId, format.Publisher, fileName, version, loaded, rejects.Count, loadedAt);
        transaction.Commit();
        var report = rejects.Commit();
        progress?.Invoke(new LoadProgress(format.Dataset, fileName, seen, bytes, true));
        var record = new SourceRecord(sourceId, format.Dataset, format.Publisher, fileName, version, sha, loaded, rejects.Count, loadedAt, SourceRecord.Current);
        return new LoadResult(record, existing is null ? LoadOutcome.Loaded : LoadOutcome.Reinstated, superseded, report);
    }

    private static InputFormatException NothingLoaded(string path, string dataset, long seen, InputFormatException? firstReject) =>
        firstReject is null
            ? new InputFormatException(Path.GetFileName(path), InputErrorKind.Truncated, ErrorMessages.NoRows(dataset),
                fix: ErrorMessages.FetchAgain)
            : new InputFormatException(Path.GetFileName(path), firstReject.Kind, ErrorMessages.AllRejected(dataset, seen),
                firstReject.Location, firstReject.Found, ErrorMessages.FirstReject(firstReject.Message), firstReject);
}
