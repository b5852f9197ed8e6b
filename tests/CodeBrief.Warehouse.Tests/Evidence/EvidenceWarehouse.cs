using System.Globalization;
using CodeBrief.Ingest.Reference;
using CodeBrief.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.VisualBasic.FileIO;

namespace CodeBrief.Warehouse.Tests.Evidence;

/// <summary>
/// An in-memory warehouse with the schema applied, filled through the real readers: evidence fixtures via their
/// formats, and the ICD-10-CM and NUCC rows the queries check against taken from the real mirror files with their
/// real line numbers.
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

    /// <summary>Loads a fixture through <paramref name="format"/>; returns how many good rows went in.</summary>
    public int Load(IReferenceFormat format, string fixture, string status = "current", string? version = null)
    {
        var path = EvidenceFixtures.Path(fixture);
        var sourceId = AddSource(format.Dataset, format.Publisher, Path.GetFileName(path), version ?? format.ReadVersion(path), status);
        var columns = string.Join(", ", format.Columns);
        var values = string.Join(", ", format.Columns.Select((_, i) => "@p" + i.ToString(CultureInfo.InvariantCulture)));
        var count = 0;
        foreach (var row in format.Read(path, CancellationToken.None))
        {
            if (row.Values is not { } cells) continue;
            using var insert = Connection.CreateCommand();
            insert.CommandText = $"INSERT INTO {format.Table} ({columns}, source_id, row) VALUES ({values}, @source, @row)";
            for (var i = 0; i < cells.Length; i++)
                insert.Parameters.AddWithValue("@p" + i.ToString(CultureInfo.InvariantCulture), (object?)cells[i] ?? DBNull.Value);
            insert.Parameters.AddWithValue("@source", sourceId);
            insert.Parameters.AddWithValue("@row", row.Row);
            insert.ExecuteNonQuery();
            count++;
        }
        return count;
    }

    /// <summary>Inserts the rows of the real ICD-10-CM codes file for <paramref name="codes"/> (without dots) that it has.</summary>
    public void LoadIcd10(IEnumerable<string> codes)
    {
        var wanted = codes.ToHashSet(StringComparer.Ordinal);
        var path = SharedData.Path("icd10cm", "icd10cm-codes-2026.txt");
        var sourceId = AddSource("icd10cm", "CDC/NCHS", Path.GetFileName(path), "FY2026", "current");
        var line = 0L;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            var code = text[..Math.Min(7, text.Length)].Trim();
            if (!wanted.Contains(code)) continue;
            Execute("INSERT INTO icd10cm (code, description, billable, source_id, row) VALUES (@a, @b, 1, @s, @r)",
                ("@a", code), ("@b", text[8..].Trim()), ("@s", sourceId), ("@r", line));
        }
    }

    /// <summary>Inserts the rows of the real NUCC file for <paramref name="codes"/>, at the physical line each starts on.</summary>
    public void LoadNucc(IEnumerable<string> codes)
    {
        var wanted = codes.ToHashSet(StringComparer.Ordinal);
        var path = SharedData.Path("nucc", "nucc_taxonomy_251.csv");
        var sourceId = AddSource("nucc", "NUCC", Path.GetFileName(path), "25.1", "current");
        using var parser = new TextFieldParser(path) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        while (!parser.EndOfData)
        {
            var line = parser.LineNumber;
            var f = parser.ReadFields() ?? [];
            if (f.Length < 8 || !wanted.Contains(f[0])) continue;
            Execute("""
                INSERT INTO nucc_taxonomy (code, grouping, classification, specialization, display_name, section, source_id, row)
                VALUES (@a, @b, @c, @d, @e, @f, @s, @r)
                """, ("@a", f[0]), ("@b", f[1]), ("@c", f[2]), ("@d", f[3].Length == 0 ? null : f[3]), ("@e", f[6]), ("@f", f[7]),
                ("@s", sourceId), ("@r", line));
        }
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
