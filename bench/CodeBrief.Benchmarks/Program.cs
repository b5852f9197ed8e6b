using System.Globalization;
using CodeBrief.Benchmarks;

// Benchmarks print ratios against a baseline measured in the same run.
//   loader ...                                    reference-data load throughput against a plain SQLite insert baseline
//   gen SIZE OUT.json.gz CODES_SOURCE.json.gz [SHAPE]  writes a synthetic file priced for the codes of CODES_SOURCE (e.g. the CareFirst file), in a SynthShape
//   shapes DIR SIZE CODES [--runs 3] [--shapes a,b] [--keep]  every shape at SIZE: ratio to gzip -dc and peak RSS per shape (see bench/README.md)
//   tic FILE.json.gz [FILTER_CODES=500] [--no-whole]  times gzip -dc, filtered ingest, whole ingest, and a scan of the decompressed JSON
//   child MODE FILE [CODES_FILE] [HOME]           one measured run in its own process (used by `tic`)
//   stores MIRROR POSTGRES_URL [BRIEFS] [ROUNDS]  loading the mirror and briefs per second: PostgreSQL against SQLite
if (args is ["loader", ..]) return LoaderBenchmark.Run(args);
if (args is ["stores", _, _, ..]) return StoresBenchmark.Run(args);
if (args.Length >= 4 && args[0] == "gen") return TicBench.Generate(args[1], args[2], args[3], args.Length > 4 ? Enum.Parse<CodeBrief.Ingest.Tic.Synthetic.SynthShape>(args[4], ignoreCase: true) : default);
if (args.Length >= 3 && args[0] == "shapes") return TicShapesBench.Run(args[1..]);
if (args.Length >= 2 && args[0] == "tic") return TicBench.Run(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 500, args.Contains("--no-whole"));
if (args.Length >= 3 && args[0] == "child") return TicBench.Child(args[1], args[2], args.Length > 3 ? args[3] : null, args.Length > 4 ? args[4] : null);
Console.WriteLine("usage: dotnet run -c Release --project bench/CodeBrief.Benchmarks -- loader | gen 1G /tmp/s1.json.gz CODES.json.gz | tic /tmp/s1.json.gz [500]");
return 2;
