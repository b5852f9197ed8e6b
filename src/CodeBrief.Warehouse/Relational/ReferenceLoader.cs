using System.Data.Common;
using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Reference;
using CodeBrief.Sources;
using CodeBrief.Warehouse.Tables;

namespace CodeBrief.Warehouse.Relational;

/// <summary>The <see cref="IReferenceWriter"/> of a relational warehouse: one transaction per file, rows appended through the
/// engine's fastest path (<see cref="SqlDialect.CreateInserter"/>), each typed row written into its table's cells by the
/// <see cref="TableMap"/> of its row type.</summary>
/// <remarks>Not thread-safe: one loader per open warehouse.</remarks>
internal sealed partial class ReferenceLoader : IReferenceWriter
{
    private const int ProgressEvery = 8192;
    private readonly DbConnection _connection;
    private readonly SqlDialect _dialect;
    private readonly string _display;
    private readonly string _reports;
    private readonly TimeProvider _time;

    public ReferenceLoader(DbConnection connection, SqlDialect dialect, string display, string reportsFolder, TimeProvider time)
    {
        _connection = connection;
        _dialect = dialect;
        _display = display;
        _reports = reportsFolder;
        _time = time;
    }

    public string RejectReportPath(string dataset, string sha256) => Path.Combine(_reports, $"rejects-{dataset}-{sha256[..8]}.csv");

    public LoadResult Load(IReferenceFormat format, string path, LoadOptions options, Action<LoadProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(options);
        if (!File.Exists(path)) throw new SourceUnavailableException(path, ErrorMessages.FileMissing(path));
        var map = TableMaps.For(format);
        try
        {
            return map.Accept(new FileLoad(this, path, options, progress, cancellationToken), format);
        }
        catch (Exception e) when (e is not CodeBriefException and not OperationCanceledException && _dialect.Translate(e, _display) is { } translated)
        {
            throw translated;
        }
    }

    private LoadResult LoadFile<TRow>(IReferenceFormat<TRow> format, TableMap<TRow> map, string path, LoadOptions options,
        Action<LoadProgress>? progress, CancellationToken cancellationToken)
        where TRow : class
    {
        var fileName = Path.GetFileName(path);
        var bytes = new FileInfo(path).Length;
        var sha = FileHash.Sha256(path);
        var existing = SourceQueries.Find(_connection, null, format.Dataset, sha);
        if (existing is { Status: SourceRecord.Current })
        {
            progress?.Invoke(new LoadProgress(format.Dataset, fileName, existing.RowsLoaded + existing.RowsRejected, bytes, true));
            var earlier = RejectReportPath(format.Dataset, sha);
            return new LoadResult(existing, LoadOutcome.Unchanged, [], existing.RowsRejected > 0 && File.Exists(earlier) ? earlier : null);
        }

        var version = format.ReadVersion(path);
        using var rejects = new RejectReportWriter(RejectReportPath(format.Dataset, sha));
        using var transaction = _connection.BeginTransaction();
        CheckColumns(transaction, format, map);
        var sourceId = existing?.Id ?? InsertSource(transaction, format, fileName, version, sha);
        long loaded = 0, seen = 0;
        InputFormatException? firstReject = null;
        using (var inserter = _dialect.CreateInserter(_connection, transaction, map.Table, map.Columns))
        {
            // One array for every row: each inserter has bound or sent the cells before Insert returns.
            var cells = new string?[map.Columns.Count];
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
                    // A good row always carries its value (RowResult.Ok); a null here is a reader bug worth a crash.
                    map.Write(result.Value ?? throw new InvalidOperationException($"{format.Dataset} reader yielded row {result.Row} with neither a value nor a problem."), cells);
                    inserter.Insert(sourceId, result.Row, cells);
                    loaded++;
                }
                if (++seen % ProgressEvery == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    progress?.Invoke(new LoadProgress(format.Dataset, fileName, seen, bytes, false));
                }
            }
            inserter.Complete();
        }
        if (loaded == 0) throw NothingLoaded(path, format.Dataset, seen, firstReject);

        var replaced = FindReplaced(transaction, format, sourceId, version, fileName);
        CheckPlausible(transaction, format.Dataset, map, fileName, version, sourceId, loaded, rejects.Count, replaced, options, firstReject);
        var superseded = Supersede(transaction, map.Table, replaced);
        var loadedAt = _time.GetUtcNow();
        MarkCurrent(transaction, sourceId, format.Publisher, fileName, version, loaded, rejects.Count, loadedAt);
        WarehouseSchema.BumpDataVersion(_connection, transaction);
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

    /// <summary>The typed load of one file, reached through <see cref="TableMap.Accept{TResult}"/>.</summary>
    private sealed class FileLoad(ReferenceLoader loader, string path, LoadOptions options, Action<LoadProgress>? progress,
        CancellationToken cancellationToken) : ITableMapVisitor<LoadResult>
    {
        public LoadResult Visit<TRow>(IReferenceFormat<TRow> format, TableMap<TRow> map) where TRow : class =>
            loader.LoadFile(format, map, path, options, progress, cancellationToken);
    }
}
