using System.Globalization;
using CodeBrief.Ingest.Reference;
using CodeBrief.Testing;
using CodeBrief.Warehouse.Tables;

namespace CodeBrief.Warehouse.Tests.Evidence;

/// <summary>
/// A store filled through the real readers: the evidence fixtures, and the real ICD-10-CM and NUCC files of the mirror
/// that the queries check codes against. Files load through the engine's writer, as <c>data load</c> loads them; a test
/// that needs a source in an odd state (superseded, another version of the same bytes) gets its rows written directly.
/// </summary>
public sealed class EvidenceWarehouse<TStore> : IDisposable where TStore : StoreUnderTest, new()
{
    private int _sources;

    public EvidenceWarehouse() => Warehouse = Store.Open();

    /// <summary>The store under test.</summary>
    public TStore Store { get; } = new();

    /// <summary>The warehouse, opened read-write.</summary>
    public IWarehouse Warehouse { get; }

    /// <summary>Loads an evidence fixture through <paramref name="format"/>; returns how many good rows went in.</summary>
    public long Load(IReferenceFormat format, string fixture, string status = "current", string? version = null) =>
        LoadFile(format, EvidenceFixtures.Path(fixture), status, version);

    /// <summary>Loads any file (a real mirror file, another project's fixture) through <paramref name="format"/>.</summary>
    public long LoadFile(IReferenceFormat format, string path, string status = "current", string? version = null)
    {
        if (status == "current" && version is null)
            return Warehouse.Writer.Load(format, path, new LoadOptions(), null, CancellationToken.None).Source.RowsLoaded;
        var sourceId = AddSource(format.Dataset, format.Publisher, Path.GetFileName(path), version ?? format.ReadVersion(path), status);
        var map = TableMaps.For(format);
        var columns = string.Join(", ", map.Columns);
        var values = string.Join(", ", map.Columns.Select((_, i) => "@p" + i.ToString(CultureInfo.InvariantCulture)));
        var count = 0;
        foreach (var row in map.ReadCells(format, path, CancellationToken.None))
        {
            if (row.Value is not { } cells) continue;
            Store.Execute($"INSERT INTO {map.Table} ({columns}, source_id, row) VALUES ({values}, @source, @row)",
                [.. cells.Select((c, i) => ("@p" + i.ToString(CultureInfo.InvariantCulture), (object?)c)), ("@source", sourceId), ("@row", row.Row)]);
            count++;
        }
        return count;
    }

    /// <summary>The format registered for <paramref name="dataset"/>.</summary>
    public static IReferenceFormat Format(string dataset) => ReferenceFormats.All.Single(f => f.Dataset == dataset);

    /// <summary>A file of the repository, found walking up from the test binary.</summary>
    public static string RepoFile(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine([dir.FullName, .. parts]);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException(string.Join('/', parts));
    }

    private long AddSource(string dataset, string publisher, string file, string version, string status)
    {
        _sources++;
        return Store.Long("""
            INSERT INTO sources (dataset, publisher, file_name, version, sha256, rows_loaded, rows_rejected, loaded_at, status)
            VALUES (@d, @p, @f, @v, @h, 0, 0, '2026-11-22T00:00:00Z', @s) RETURNING id
            """, ("@d", dataset), ("@p", publisher), ("@f", file), ("@v", version),
            ("@h", "test-" + _sources.ToString(CultureInfo.InvariantCulture)), ("@s", status));
    }

    public void Dispose()
    {
        Warehouse.Dispose();
        Store.Dispose();
    }
}
