using System.Globalization;
using System.Text;
using CodeBrief.Testing;
using CodeBrief.Warehouse;
using CsvHelper;
using CsvHelper.Configuration;
using ExcelDataReader;
using Microsoft.Data.Sqlite;

namespace CodeBrief.Verify.Tests.Support;

/// <summary>
/// A warehouse in shared-cache memory filled with the FULL real code sets from shared/data (NUCC, ICD-10-CM, HCPCS
/// codes and modifiers, CLFS, PFS RVU, NCCI add-on edits), read by small test-only readers so the verifier is
/// tested against real rows. Loaded once per test run; each test opens its own connection.
/// </summary>
internal static class RealReferenceWarehouse
{
    private const string ConnectionString = "Data Source=verify-real-reference;Mode=Memory;Cache=Shared";
    private static readonly Lazy<SqliteConnection> Keeper = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A new open connection to the loaded warehouse.</summary>
    public static SqliteConnection Open()
    {
        _ = Keeper.Value;
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Writes the loaded warehouse to <paramref name="path"/> (for CLI tests that need a warehouse file).</summary>
    public static void SaveTo(string path)
    {
        using var target = new SqliteConnection($"Data Source={path}");
        target.Open();
        Keeper.Value.BackupDatabase(target);
    }

    private static SqliteConnection Load()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        WarehouseSchema.Apply(connection);
        using var tx = connection.BeginTransaction();
        LoadNucc(connection, Source(connection, 1, "nucc", "NUCC", "nucc_taxonomy_251.csv", "25.1"));
        LoadIcd(connection, Source(connection, 2, "icd10cm", "CDC NCHS", "icd10cm-codes-2026.txt", "FY2026"));
        LoadHcpcs(connection, Source(connection, 3, "hcpcs", "CMS", "HCPC2025_OCT_ANWEB.xlsx", "2025-10"));
        LoadClfs(connection, Source(connection, 4, "clfs", "CMS", "CLFS 2025 Q2V1.csv", "2025Q2V1"));
        LoadPfs(connection, Source(connection, 5, "pfs-rvu", "CMS", "PPRRVU2025_Oct.csv", "RVU25D"));
        LoadAoc(connection, Source(connection, 6, "ncci-aoc", "CMS", "AOC_V2026Q2-MCR.xlsx", "2026Q2"));
        LoadGpci(connection, Source(connection, 7, "pfs-gpci", "CMS", "GPCI2025.csv", "RVU25D"));
        tx.Commit();
        return connection;
    }

    private static long Source(SqliteConnection c, long id, string dataset, string publisher, string file, string version)
    {
        Exec(c, "INSERT INTO sources (id, dataset, publisher, file_name, version, sha256, rows_loaded, rows_rejected, loaded_at, status) VALUES ($1,$2,$3,$4,$5,$6,0,0,'2026-01-01T00:00:00Z','current')",
            id, dataset, publisher, file, version, dataset + "-test");
        return id;
    }

    private static void LoadNucc(SqliteConnection c, long source)
    {
        using var insert = Prepare(c, "INSERT INTO nucc_taxonomy (code, grouping, classification, specialization, definition, notes, display_name, section, source_id, row) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)", 10);
        using var reader = new StreamReader(SharedData.Path("nucc", "nucc_taxonomy_251.csv"));
        using var csv = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        csv.Read();
        var line = 1L;
        while (csv.Read())
        {
            var start = line + 1;
            line = csv.RawRow;
            var r = csv.Record!; // Read() returned true, so a record is present
            Run(insert, r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], source, start);
        }
    }

    private static void LoadIcd(SqliteConnection c, long source)
    {
        using var insert = Prepare(c, "INSERT INTO icd10cm (code, description, billable, source_id, row) VALUES ($1,$2,1,$3,$4)", 4);
        var row = 0L;
        foreach (var line in File.ReadLines(SharedData.Path("icd10cm", "icd10cm-codes-2026.txt")))
        {
            row++;
            if (line.Length < 9) continue;
            Run(insert, line[..8].Trim(), line[8..].Trim(), source, row);
        }
    }

    private static void LoadHcpcs(SqliteConnection c, long source)
    {
        using var codes = Prepare(c, "INSERT INTO hcpcs_codes (code, long_desc, short_desc, xref, add_date, eff_date, term_date, action_cd, source_id, row) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)", 10);
        using var mods = Prepare(c, "INSERT INTO modifiers (code, long_desc, short_desc, add_date, eff_date, term_date, source_id, row) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)", 8);
        using var stream = File.OpenRead(SharedData.Path("hcpcs", "HCPC2025_OCT_ANWEB.xlsx"));
        using var reader = ExcelReaderFactory.CreateReader(stream);
        reader.Read();
        var header = Enumerable.Range(0, reader.FieldCount).ToDictionary(i => Cell(reader, i), i => i, StringComparer.OrdinalIgnoreCase);
        var row = 1L;
        while (reader.Read())
        {
            row++;
            string Get(string name) => Cell(reader, header[name]);
            var code = Get("HCPC").Trim();
            var term = NullIfEmpty(Get("TERM DT"));
            if (Get("RECID") == "7")
                Run(mods, code, Get("LONG DESCRIPTION"), Get("SHORT DESCRIPTION"), Get("ADD DT"), Get("ACT EFF DT"), term, source, row);
            else if (Get("RECID") == "3")
                Run(codes, code, Get("LONG DESCRIPTION"), Get("SHORT DESCRIPTION"), NullIfEmpty(Get("XREF1")), Get("ADD DT"), Get("ACT EFF DT"), term, Get("ACTION CD"), source, row);
        }
    }

    private static void LoadClfs(SqliteConnection c, long source)
    {
        using var insert = Prepare(c, "INSERT INTO clfs (code, modifier, year, eff_date, indicator, rate, short_desc, long_desc, extended_desc, source_id, row) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)", 11);
        using var reader = new StreamReader(SharedData.Path("clfs", "CLFS 2025 Q2V1.csv"), Encoding.GetEncoding(1252));
        using var csv = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null });
        while (csv.Read())
        {
            var r = csv.Record!; // Read() returned true
            if (csv.RawRow <= 5 || r.Length < 9 || r[1].Length == 0) continue;
            var rate = decimal.Parse(r[5], NumberStyles.Number, CultureInfo.InvariantCulture);
            Run(insert, r[1].Trim(), r[2].Trim(), r[0], r[3], r[4], r[4] == "L" ? null : rate.ToString(CultureInfo.InvariantCulture), r[6], r[7], r[8], source, csv.RawRow);
        }
    }

    private static void LoadPfs(SqliteConnection c, long source)
    {
        const string columns = "code, modifier, description, status, not_used_for_medicare, work_rvu, nf_pe_rvu, nf_na_ind, f_pe_rvu, f_na_ind, mp_rvu, nf_total, f_total, pctc_ind, glob_days, pre_op, intra_op, post_op, mult_proc, bilat_surg, asst_surg, co_surg, team_surg, endo_base, conv_factor, phys_supervision, calc_flag, diag_imaging_family, nf_pe_opps, f_pe_opps, mp_opps";
        var values = string.Join(",", Enumerable.Range(1, 33).Select(i => "$" + i.ToString(CultureInfo.InvariantCulture)));
        using var insert = Prepare(c, $"INSERT INTO pfs_rvu ({columns}, source_id, row) VALUES ({values})", 33);
        using var reader = new StreamReader(SharedData.Path("medicare_pfs", "PPRRVU2025_Oct.csv"));
        using var csv = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null });
        while (csv.Read())
        {
            var r = csv.Record!; // Read() returned true
            if (csv.RawRow <= 10 || r.Length < 31 || r[0].Length == 0) continue;
            var args = new object?[33];
            for (var i = 0; i < 31; i++) args[i] = r[i].Trim();
            args[31] = source;
            args[32] = csv.RawRow;
            Run(insert, args);
        }
    }

    private static void LoadAoc(SqliteConnection c, long source)
    {
        using var insert = Prepare(c, "INSERT INTO ncci_addon (addon_code, primary_code, edit_type, addon_del_date, primary_del_date, eff_date, del_date, notes, source_id, row) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)", 10);
        using var stream = File.OpenRead(SharedData.Path("ncci", "AOC_V2026Q2-MCR.xlsx"));
        using var reader = ExcelDataReader.ExcelReaderFactory.CreateReader(stream);
        var row = 0L;
        while (reader.Read())
        {
            row++;
            if (row <= 2) continue;
            Run(insert, Cell(reader, 1), Cell(reader, 3), Cell(reader, 0), Julian(Cell(reader, 2)), Julian(Cell(reader, 4)), Julian(Cell(reader, 5)), Julian(Cell(reader, 6)), NullIfEmpty(Cell(reader, 7)), source, row);
        }
    }

    private static void LoadGpci(SqliteConnection c, long source)
    {
        using var insert = Prepare(c, "INSERT INTO pfs_gpci (mac, state, locality, locality_name, pw_gpci, pe_gpci, mp_gpci, source_id, row) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)", 9);
        using var reader = new StreamReader(SharedData.Path("medicare_pfs", "GPCI2025.csv"));
        using var csv = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null });
        while (csv.Read())
        {
            var r = csv.Record!; // Read() returned true
            // Data rows start with a five-digit MAC; the title, header and footnotes do not.
            if (r.Length < 7 || r[0].Trim().Length != 5 || !r[0].Trim().All(char.IsAsciiDigit)) continue;
            Run(insert, r[0].Trim(), r[1].Trim(), r[2].Trim().PadLeft(2, '0'), r[3].Trim(), r[4].Trim(), r[5].Trim(), r[6].Trim(), source, csv.RawRow);
        }
    }

    /// <summary>NCCI dates are Julian YYYYDDD; the schema stores ISO dates, NULL for none.</summary>
    private static string? Julian(string text)
    {
        if (text.Length != 7 || !int.TryParse(text[..4], CultureInfo.InvariantCulture, out var year) || !int.TryParse(text[4..], CultureInfo.InvariantCulture, out var day)) return null;
        return new DateOnly(year, 1, 1).AddDays(day - 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static string Cell(IExcelDataReader reader, int i) =>
        i < reader.FieldCount ? Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)?.Trim() ?? "" : "";

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    private static SqliteCommand Prepare(SqliteConnection c, string sql, int count)
    {
        var command = c.CreateCommand();
        command.CommandText = sql;
        for (var i = 1; i <= count; i++) command.Parameters.Add(new SqliteParameter("$" + i.ToString(CultureInfo.InvariantCulture), null));
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }

    private static void Exec(SqliteConnection c, string sql, params object?[] values)
    {
        using var command = Prepare(c, sql, values.Length);
        Run(command, values);
    }
}
