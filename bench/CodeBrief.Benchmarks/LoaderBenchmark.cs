using CodeBrief.Warehouse.Sqlite;
using System.Diagnostics;
using System.Globalization;
using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.Icd10cm;
using CodeBrief.Ingest.PfsRvu;
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
            foreach (var table in new[] { "icd10cm", "pfs_rvu" })
            {
                for (var round = 1; round <= 3; round++)
                {
                    IReferenceFormat format = table == "icd10cm" ? new SyntheticFormat<IcdRow>(table, rows, Icd) : new SyntheticFormat<PfsRvuRow>(table, rows, Pfs);
                    var file = Path.Combine(home, $"{table}-{round}.txt");
                    File.WriteAllText(file, $"{table} round {round}"); // a distinct SHA-256 per round, so each round really loads
                    var baseline = Stopwatch.StartNew();
                    var count = 0L;
                    count += format is SyntheticFormat<IcdRow> icd ? icd.Count(file) : ((SyntheticFormat<PfsRvuRow>)format).Count(file);
                    baseline.Stop();
                    var load = Stopwatch.StartNew();
                    var result = loader.Load(format, file, new LoadOptions(), null, CancellationToken.None);
                    load.Stop();
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{table,-8} round {round}: {result.Source.RowsLoaded:N0} rows in {load.Elapsed.TotalSeconds:F2} s = {result.Source.RowsLoaded / load.Elapsed.TotalSeconds:N0} rows/s; enumerate only {baseline.Elapsed.TotalSeconds:F3} s; ratio {load.Elapsed / baseline.Elapsed:F1}x ({count} rows)"));
                }
            }
            return 0;
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }

    private static IcdRow Icd(string code, SourceRef source) => new(code, "12.34", Billable: true, source);

    private static PfsRvuRow Pfs(string code, SourceRef source) => new(code, "", "12.34", "A", 12.34m, 12.34m, false, 12.34m, true,
        12.34m, null, 12.34m, "0", "XXX", "", "0", "0", "0", "0", "0", 12.34m, source)
    { PhysicianSupervision = "09", FacilityPeOpps = 12.34m, MalpracticeOppsRvu = 12.34m };

    private sealed class SyntheticFormat<TRow>(string table, int rows, Func<string, SourceRef, TRow> make) : IReferenceFormat<TRow>
        where TRow : class
    {
        public string Dataset => "bench-" + table;
        public string Publisher => "benchmark";
        public bool Recognises(string path) => true;
        public string ReadVersion(string path) => Path.GetFileNameWithoutExtension(path);

        public IEnumerable<RowResult<TRow>> Read(string path, CancellationToken cancellationToken)
        {
            var origin = new SourceRef(Dataset, Path.GetFileName(path), ReadVersion(path), 0);
            for (var i = 1; i <= rows; i++)
                yield return RowResult<TRow>.Ok(i + 1, make("C" + i.ToString("D5", CultureInfo.InvariantCulture), origin with { Row = i + 1 }));
        }

        /// <summary>Enumerates the rows only: the baseline.</summary>
        public long Count(string path)
        {
            var count = 0L;
            foreach (var row in Read(path, CancellationToken.None)) count += row.Value is null ? 0 : 1;
            return count;
        }
    }
}
