using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CodeBrief.Testing;
using CodeBrief.Warehouse;
using Microsoft.Data.Sqlite;

namespace CodeBrief.Web.Tests.Fixtures;

/// <summary>
/// A small warehouse in a temp folder, filled with real rows read from the shared data mirror at their real line numbers
/// (CLFS, PFS RVU, NUCC) plus one real NCCI add-on row (sheet row 8548: 99292 with primary 99291).
/// </summary>
public sealed class TestWarehouse : IDisposable
{
    /// <summary>CLFS codes loaded (lab codes around 86320, and the examples).</summary>
    public static readonly string[] ClfsCodes = ["86320", "86325", "86334", "86335", "83789", "83950", "82331"];

    /// <summary>PFS RVU codes loaded.</summary>
    public static readonly string[] PfsCodes = ["99291", "99292", "88305", "0689T", "86320"];

    public TestWarehouse()
    {
        Folder = Path.Combine(Path.GetTempPath(), "codebrief-web-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Path_ = Path.Combine(Folder, "warehouse.db");
        using var connection = new SqliteConnection($"Data Source={Path_};Pooling=False");
        connection.Open();
        WarehouseSchema.Apply(connection);
        using var tx = connection.BeginTransaction();
        LoadClfs(connection, AddSource(connection, "clfs", "CMS", SharedData.Path("clfs", "CLFS 2025 Q2V1.csv"), "2025Q2V1"));
        LoadPfs(connection, AddSource(connection, "pfs-rvu", "CMS", SharedData.Path("medicare_pfs", "PPRRVU2025_Oct.csv"), "RVU25D"));
        LoadNucc(connection, AddSource(connection, "nucc", "NUCC", SharedData.Path("nucc", "nucc_taxonomy_251.csv"), "25.1"));
        var aoc = AddSource(connection, "ncci-aoc", "CMS", SharedData.Path("ncci", "AOC_V2026Q2-MCR.xlsx"), "2026Q2");
        Exec(connection, "INSERT INTO ncci_addon(addon_code, primary_code, edit_type, eff_date, source_id, row) VALUES ('99292','99291','1','2013-04-01',@s,8548)", ("@s", aoc));
        tx.Commit();
    }

    /// <summary>The temp folder (the CodeBrief home of the tests).</summary>
    public string Folder { get; }

    /// <summary>Full path of <c>warehouse.db</c>.</summary>
    public string Path_ { get; }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } // a server still closing may hold the file briefly
    }

    private static long AddSource(SqliteConnection c, string dataset, string publisher, string file, string version)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));
        Exec(c, """
            INSERT INTO sources(dataset, publisher, file_name, version, sha256, rows_loaded, rows_rejected, loaded_at, status)
            VALUES (@d, @p, @f, @v, @s, 0, 0, '2026-11-22T10:00:00Z', 'current')
            """, ("@d", dataset), ("@p", publisher), ("@f", Path.GetFileName(file)), ("@v", version), ("@s", sha));
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT last_insert_rowid()";
        return (long)cmd.ExecuteScalar()!; // last_insert_rowid() always returns a value
    }

    private static void LoadClfs(SqliteConnection c, long source)
    {
        var lines = File.ReadAllLines(SharedData.Path("clfs", "CLFS 2025 Q2V1.csv"), Encoding.Latin1);
        for (var i = 5; i < lines.Length; i++)
        {
            var f = SplitCsv(lines[i]);
            if (f.Count < 9 || !ClfsCodes.Contains(f[1])) continue;
            Exec(c, "INSERT INTO clfs(code, modifier, year, eff_date, indicator, rate, short_desc, long_desc, extended_desc, source_id, row) VALUES (@c,@m,@y,@e,@i,@r,@s,@l,@x,@src,@row)",
                ("@c", f[1]), ("@m", f[2]), ("@y", f[0]), ("@e", f[3]), ("@i", f[4]),
                ("@r", decimal.Parse(f[5], CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)),
                ("@s", f[6]), ("@l", f[7]), ("@x", f[8]), ("@src", source), ("@row", i + 1));
        }
    }

    private static void LoadPfs(SqliteConnection c, long source)
    {
        var lines = File.ReadAllLines(SharedData.Path("medicare_pfs", "PPRRVU2025_Oct.csv"), Encoding.Latin1);
        for (var i = 0; i < lines.Length; i++)
        {
            var f = SplitCsv(lines[i]);
            if (f.Count < 4 || !PfsCodes.Contains(f[0])) continue;
            Exec(c, "INSERT INTO pfs_rvu(code, modifier, description, status, source_id, row) VALUES (@c,@m,@d,@s,@src,@row)",
                ("@c", f[0]), ("@m", f[1]), ("@d", f[2]), ("@s", f[3]), ("@src", source), ("@row", i + 1));
        }
    }

    private static void LoadNucc(SqliteConnection c, long source)
    {
        var lines = File.ReadAllLines(SharedData.Path("nucc", "nucc_taxonomy_251.csv"), Encoding.UTF8);
        for (var i = 1; i < lines.Length; i++)
        {
            var f = SplitCsv(lines[i]);
            if (f.Count < 8 || !f[2].Contains("Pathology", StringComparison.Ordinal)) continue;
            Exec(c, "INSERT INTO nucc_taxonomy(code, grouping, classification, specialization, definition, notes, display_name, section, source_id, row) VALUES (@c,@g,@k,@sp,@d,@n,@dn,@sec,@src,@row)",
                ("@c", f[0]), ("@g", f[1]), ("@k", f[2]), ("@sp", f[3]), ("@d", f[4]), ("@n", f[5]), ("@dn", f[6]), ("@sec", f[7]), ("@src", source), ("@row", i + 1));
        }
    }

    private static void Exec(SqliteConnection c, string sql, params (string Name, object Value)[] parameters)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value);
        cmd.ExecuteNonQuery();
    }

    // RFC 4180 fields of one physical line (the rows used here have no embedded line breaks).
    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else sb.Append(ch);
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',') { fields.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(ch);
        }
        fields.Add(sb.ToString());
        return fields;
    }
}
