using CodeBrief.Warehouse.Sqlite;
using System.Diagnostics;
using System.Globalization;
using CodeBrief.Ingest.Reference;
using CodeBrief.Warehouse;

namespace CodeBrief.Benchmarks;

/// <summary>
/// <c>loader [rows]</c>: how fast <see cref="ReferenceLoader"/> stores rows, against just enumerating the same synthetic
/// rows (the baseline), for a narrow table (icd10cm, 3 columns) and a wide one (pfs_rvu, 31 columns).
/// </summary>
internal static class LoaderBenchmark
{
    public static int Run(string[] args)
    {
        var rows = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200_000;
        var home = Path.Combine(Path.GetTempPath(), "codebrief-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(home);
        try
        {
            using var db = SqliteWarehouse.OpenHome(home, WarehouseAccess.ReadWrite);
            var loader = db.Writer;
            foreach (var (table, columns) in new[] { ("icd10cm", new[] { "code", "description", "billable" }), ("pfs_rvu", PfsRvuColumns()) })
            {
                for (var round = 1; round <= 3; round++)
                {
                    var format = new SyntheticFormat(table, columns, rows);
                    var file = Path.Combine(home, $"{table}-{round}.txt");
                    File.WriteAllText(file, $"{table} round {round}"); // a distinct SHA-256 per round, so each round really loads
                    var baseline = Stopwatch.StartNew();
                    var count = 0L;
                    foreach (var row in format.Read(file, CancellationToken.None)) count += row.Values!.Length; // synthetic rows always carry values
                    baseline.Stop();
                    var load = Stopwatch.StartNew();
                    var result = loader.Load(format, file, new LoadOptions(), null, CancellationToken.None);
                    load.Stop();
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{table,-8} round {round}: {result.Source.RowsLoaded:N0} rows in {load.Elapsed.TotalSeconds:F2} s = {result.Source.RowsLoaded / load.Elapsed.TotalSeconds:N0} rows/s; enumerate only {baseline.Elapsed.TotalSeconds:F3} s; ratio {load.Elapsed / baseline.Elapsed:F1}x ({count} values)"));
                }
            }
            return 0;
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }

    private static string[] PfsRvuColumns() =>
    [
        "code", "modifier", "description", "status", "not_used_for_medicare", "work_rvu", "nf_pe_rvu", "nf_na_ind", "f_pe_rvu", "f_na_ind",
        "mp_rvu", "nf_total", "f_total", "pctc_ind", "glob_days", "pre_op", "intra_op", "post_op", "mult_proc", "bilat_surg", "asst_surg",
        "co_surg", "team_surg", "endo_base", "conv_factor", "phys_supervision", "calc_flag", "diag_imaging_family", "nf_pe_opps", "f_pe_opps", "mp_opps",
    ];

    private sealed class SyntheticFormat(string table, string[] columns, int rows) : IReferenceFormat
    {
        public string Dataset => "bench-" + table;
        public string Publisher => "benchmark";
        public string Table => table;
        public IReadOnlyList<string> Columns => columns;
        public bool Recognises(string path) => true;
        public string ReadVersion(string path) => Path.GetFileNameWithoutExtension(path);

        public IEnumerable<RowResult> Read(string path, CancellationToken cancellationToken)
        {
            for (var i = 1; i <= rows; i++)
            {
                var values = new string?[columns.Length];
                values[0] = "C" + i.ToString("D5", CultureInfo.InvariantCulture);
                for (var c = 1; c < values.Length; c++) values[c] = c % 3 == 0 ? null : "12.34";
                yield return RowResult.Ok(i + 1, values);
            }
        }
    }
}
