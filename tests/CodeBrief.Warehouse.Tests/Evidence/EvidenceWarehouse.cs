using System.Globalization;
using CodeBrief.Ingest.Reference;
using CodeBrief.Testing;
using Microsoft.Data.Sqlite;

namespace CodeBrief.Warehouse.Tests.Evidence;

/// <summary>
/// An in-memory warehouse with the schema applied, filled through the real readers: the evidence fixtures, and the
/// real ICD-10-CM and NUCC files of the mirror that the queries check codes against.
/// </summary>
internal sealed class EvidenceWarehouse : IDisposable
{
    private int _sources;

    public EvidenceWarehouse()
    {
        Connection = new SqliteConnection("Data Source=:memory:");
        Connection.Open();
        WarehouseSchema.Apply(Connection);
    }

    public SqliteConnection Connection { get; }

    /// <summary>Loads an evidence fixture through <paramref name="format"/>; returns how many good rows went in.</summary>
    public int Load(IReferenceFormat format, string fixture, string status = "current", string? version = null) =>
        LoadFile(format, EvidenceFixtures.Path(fixture), status, version);

    /// <summary>Loads any file (a real mirror file, another project's fixture) through <paramref name="format"/>.</summary>
    public int LoadFile(IReferenceFormat format, string path, string status = "current", string? version = null)
    {
        var sourceId = AddSource(format.Dataset, format.Publisher, Path.GetFileName(path), version ?? format.ReadVersion(path), status);
        var columns = string.Join(", ", format.Columns);
        var values = string.Join(", ", format.Columns.Select((_, i) => "@p" + i.ToString(CultureInfo.InvariantCulture)));
        using var transaction = Connection.BeginTransaction();
        using var insert = Connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO {format.Table} ({columns}, source_id, row) VALUES ({values}, @source, @row)";
        var count = 0;
        foreach (var row in format.Read(path, CancellationToken.None))
        {
            if (row.Values is not { } cells) continue;
            insert.Parameters.Clear();
            for (var i = 0; i < cells.Length; i++)
                insert.Parameters.AddWithValue("@p" + i.ToString(CultureInfo.InvariantCulture), (object?)cells[i] ?? DBNull.Value);
            insert.Parameters.AddWithValue("@source", sourceId);
            insert.Parameters.AddWithValue("@row", row.Row);
            insert.ExecuteNonQuery();
            count++;
        }
        transaction.Commit();
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
        Execute("""
            INSERT INTO sources (dataset, publisher, file_name, version, sha256, rows_loaded, rows_rejected, loaded_at, status)
            VALUES (@d, @p, @f, @v, @h, 0, 0, '2026-11-22T00:00:00Z', @s)
            """, ("@d", dataset), ("@p", publisher), ("@f", file), ("@v", version),
            ("@h", "test-" + _sources.ToString(CultureInfo.InvariantCulture)), ("@s", status));
        using var id = Connection.CreateCommand();
        id.CommandText = "SELECT last_insert_rowid()";
        return (long)id.ExecuteScalar()!; // SQLite always answers last_insert_rowid() with an integer
    }

    private void Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        command.ExecuteNonQuery();
    }

    public void Dispose() => Connection.Dispose();
}
