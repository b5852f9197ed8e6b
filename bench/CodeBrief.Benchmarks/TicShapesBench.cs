using System.Globalization;
using CodeBrief.Ingest.Tic.Synthetic;

namespace CodeBrief.Benchmarks;

/// <summary>
/// Issue 16's benchmark: every <see cref="SynthShape"/> at one size, each run in its own child process, reported as the
/// ratio to <c>gzip -dc</c> of the same file timed in the same round, with the child's peak RSS (<c>VmHWM</c>).
/// </summary>
/// <remarks>
/// Per shape and round: <c>gzip -dc</c>, then a filtered ingest (N codes) and a whole-file ingest into the rate store
/// (whatever <c>IRateStore</c> writes), then the reader alone over the .gz with a counting sink, filtered and whole, so the
/// reader is judged apart from the store. Ratios are the median over rounds of each round's own ratio.
/// </remarks>
internal static class TicShapesBench
{
    private static readonly (string Mode, string Name)[] Modes =
    [
        ("filtered", "ingest, filtered"),
        ("whole", "ingest, whole file"),
        ("scan-gz-filtered", "reader only, filtered"),
        ("scan-gz", "reader only, whole file"),
    ];

    public static int Run(string[] args)
    {
        var folder = args[0];
        var size = args[1];
        var codesSource = args[2];
        var runs = Option(args, "--runs", 3);
        var filterCodes = Option(args, "--filter", 500);
        var noWhole = args.Contains("--no-whole");
        var shapes = Enum.GetValues<SynthShape>();
        var named = Array.IndexOf(args, "--shapes");
        if (named >= 0) shapes = [.. args[named + 1].Split(',').Select(s => Enum.Parse<SynthShape>(s, ignoreCase: true))];
        Directory.CreateDirectory(folder);
        var summary = new List<string>();
        foreach (var shape in shapes)
        {
            var file = Path.Combine(folder, $"{shape}-{size}.json.gz");
            if (!File.Exists(file)) TicBench.Generate(size, file, codesSource, shape);
            var facts = SynthAnswers.ReadCodes(file + ".answers.json");
            var codesFile = Path.Combine(Path.GetTempPath(), $"codebrief-shapes-codes-{Environment.ProcessId}.txt");
            var step = Math.Max(1.0, facts.Count / (double)filterCodes);
            File.WriteAllLines(codesFile, Enumerable.Range(0, Math.Min(filterCodes, facts.Count)).Select(i => facts[(int)(i * step)].Code));
            var home = Path.Combine(Path.GetTempPath(), $"codebrief-shapes-home-{Environment.ProcessId}");
            var ratios = Modes.ToDictionary(m => m.Mode, _ => new List<double>());
            var cpuRatios = Modes.ToDictionary(m => m.Mode, _ => new List<double>());
            var rss = Modes.ToDictionary(m => m.Mode, _ => 0L);
            var notes = Modes.ToDictionary(m => m.Mode, _ => "");
            var gzips = new List<double>();
            for (var round = 0; round < runs; round++)
            {
                var gzipCpu = 0.0;
                var gzip = TicBench.Time(() => gzipCpu = TicBench.ShellCpu($"gzip -dc '{file}' > /dev/null"));
                gzips.Add(gzip);
                foreach (var (mode, _) in Modes)
                {
                    if (noWhole && mode == "whole") continue;
                    if (Directory.Exists(home)) Directory.Delete(home, recursive: true);
                    Directory.CreateDirectory(home);
                    string? output = null;
                    var seconds = TicBench.Time(() => output = TicBench.Child(mode, file, codesFile, home, capture: true));
                    var parts = (output ?? "").Trim().Split(' ', 3);
                    var cpu = double.Parse(parts[1], CultureInfo.InvariantCulture);
                    ratios[mode].Add(seconds / gzip);
                    cpuRatios[mode].Add(cpu / gzipCpu);
                    rss[mode] = Math.Max(rss[mode], long.Parse(parts[0], CultureInfo.InvariantCulture));
                    notes[mode] = parts.Length > 2 ? parts[2] : "";
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  {shape} round {round + 1}: {mode} {seconds:F2}s / gzip {gzip:F2}s = {seconds / gzip:F2}x; CPU {cpu:F2}s / gzip {gzipCpu:F2}s = {cpu / gzipCpu:F2}x; {long.Parse(parts[0], CultureInfo.InvariantCulture) / 1024} MB"));
                }
            }
            if (Directory.Exists(home)) Directory.Delete(home, recursive: true);
            var answers = new FileInfo(file).Length;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"### {shape}: {file} ({answers:N0} bytes gz), gzip -dc median {Median(gzips):F2}s over {runs} rounds"));
            Console.WriteLine("| run | time / gzip (median) | each round | CPU / gzip CPU (median) | peak RSS MB | note |");
            Console.WriteLine("|---|---|---|---|---|---|");
            foreach (var (mode, name) in Modes)
            {
                if (ratios[mode].Count == 0) continue;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {Median(ratios[mode]):F2} | {string.Join(", ", ratios[mode].Select(r => r.ToString("F2", CultureInfo.InvariantCulture)))} | {Median(cpuRatios[mode]):F2} | {rss[mode] / 1024} | {notes[mode]} |"));
            }
            summary.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {shape} | {Median(gzips):F2} | {Cell(ratios, cpuRatios, rss, "filtered")} | {Cell(ratios, cpuRatios, rss, "whole")} | {Cell(ratios, cpuRatios, rss, "scan-gz-filtered")} | {Cell(ratios, cpuRatios, rss, "scan-gz")} |"));
            File.Delete(codesFile);
        }
        Console.WriteLine();
        Console.WriteLine("Each cell: elapsed time / gzip -dc elapsed (median over rounds), CPU / gzip CPU, peak RSS.");
        Console.WriteLine("| shape | gzip -dc s | ingest filtered | ingest whole | reader only, filtered | reader only, whole |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var line in summary) Console.WriteLine(line);
        return 0;
    }

    private static string Cell(Dictionary<string, List<double>> ratios, Dictionary<string, List<double>> cpu, Dictionary<string, long> rss, string mode) =>
        ratios[mode].Count == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{Median(ratios[mode]):F2}x (CPU {Median(cpu[mode]):F2}x), {rss[mode] / 1024} MB");

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
