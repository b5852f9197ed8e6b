using CodeBrief.Warehouse;
using CodeBrief.Warehouse.Sqlite;
using System.Diagnostics;
using System.Globalization;
using CodeBrief.Ingest.Tic;
using CodeBrief.Ingest.Tic.Synthetic;
using CodeBrief.Warehouse.Lake;
using CodeBrief.Warehouse.Tic;

namespace CodeBrief.Benchmarks;

/// <summary>The TiC throughput benchmark: one table comparing our readers with <c>gzip -dc</c> on the same file, in one run.</summary>
internal static class TicBench
{
    /// <summary>Writes a synthetic file priced for the codes of <paramref name="codesSource"/>: a TiC file, or a text file of one code per line.</summary>
    public static int Generate(string size, string output, string codesSource, SynthShape shape = SynthShape.Standard)
    {
        var sink = new CodeCollector();
        if (codesSource.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            foreach (var line in File.ReadLines(codesSource)) sink.Add(line.Trim());
        else
            using (var s = TicStreams.Open(codesSource)) new InNetworkReader(codesSource, CodeFilter.All, sink).Read(s);
        var unit = size[^1] switch { 'G' => 1L << 30, 'M' => 1L << 20, _ => 1L };
        var n = double.Parse(unit == 1 ? size : size[..^1], CultureInfo.InvariantCulture);
        var sw = Stopwatch.StartNew();
        var answers = TicSynthesizer.Write(new SynthOptions("Bench Payer", sink.Codes, (long)(n * unit), 2, 42, shape), output);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {output} ({shape}): {answers.JsonBytes:N0} bytes JSON, {sink.Codes.Count} codes, {answers.Items:N0} items, {answers.NegotiatedPrices:N0} prices, {answers.ProviderReferences:N0} provider references, {answers.InlineGroups:N0} inline groups in {sw.Elapsed.TotalSeconds:F1}s"));
        return 0;
    }

    public static int Run(string file, int filterCodes, bool skipWhole)
    {
        var sink = new CodeCollector();
        var json = Path.ChangeExtension(file, null) + ".bench-plain.json";
        var codesFile = Path.Combine(Path.GetTempPath(), $"codebrief-bench-codes-{Environment.ProcessId}.txt"); // per run: other runs may share /tmp
        var home = Path.Combine(Path.GetTempPath(), $"codebrief-bench-home-{Environment.ProcessId}");
        // The code list: N codes spread evenly over the file's distinct codes, as a user's list would be (read once, not timed).
        if (File.Exists(file + ".answers.json"))
            foreach (var a in SynthAnswers.ReadStrata(file + ".answers.json")) sink.Add(a.Code);
        else
            using (var s = TicStreams.Open(file)) CollectCodes(s, sink);
        var step = Math.Max(1.0, sink.Codes.Count / (double)filterCodes);
        File.WriteAllLines(codesFile, Enumerable.Range(0, Math.Min(filterCodes, sink.Codes.Count)).Select(i => sink.Codes[(int)(i * step)]));
        if (!File.Exists(json)) Shell($"gzip -dc '{file}' > '{json}.{Environment.ProcessId}' && mv '{json}.{Environment.ProcessId}' '{json}'");
        var bareSeconds = Time(() => Child("bare", json, codesFile, home, capture: true));
        var bytes = new FileInfo(json).Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"file {file}: {new FileInfo(file).Length:N0} bytes gz, {bytes:N0} bytes JSON, {sink.Codes.Count} codes in file, filter {Math.Min(filterCodes, sink.Codes.Count)} codes"));
        var rows = new List<(string Name, double Seconds, long Rss, string Note)>();
        var gzip = Time(() => Shell($"gzip -dc '{file}' > /dev/null"));
        rows.Add(("gzip -dc FILE > /dev/null", gzip, 0, "baseline"));
        rows.Add(("bare Utf8JsonReader loop, decompressed JSON", bareSeconds, 0, "floor: tokens only, no parsing"));
        (string Mode, string Name, string Input)[] runs =
        [
            ("filtered", "ingest .gz, filtered", file),
            ("whole", "ingest .gz, whole file", file),
            ("scan-filtered", "scan decompressed JSON, filtered (no storage)", json),
            ("scan", "scan decompressed JSON, every price parsed (no storage)", json),
            ("scan-gz", "scan .gz, every price parsed (no storage)", file),
        ];
        foreach (var (mode, name, input) in runs)
        {
            if (skipWhole && mode == "whole") continue;
            if (Directory.Exists(home)) Directory.Delete(home, recursive: true);
            Directory.CreateDirectory(home);
            string? output = null;
            var seconds = Time(() => output = Child(mode, input, codesFile, home, capture: true));
            var parts = (output ?? "").Trim().Split(' ');
            rows.Add((name, seconds, long.Parse(parts[0], CultureInfo.InvariantCulture), string.Join(' ', parts.Skip(2))));
        }
        Console.WriteLine("| run | seconds | MB/s of JSON | time / gzip | peak RSS MB | note |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var (name, seconds, rss, note) in rows)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {seconds:F2} | {bytes / seconds / 1e6:F0} | {seconds / gzip:F2} | {(rss > 0 ? (rss / 1024.0).ToString("F0", CultureInfo.InvariantCulture) : "-")} | {note} |"));
        return 0;
    }

    private static void CollectCodes(Stream s, CodeCollector sink) => new InNetworkReader("codes", CodeFilter.All, sink).Read(s);

    internal static string? Child(string mode, string input, string codesFile, string home, bool capture)
    {
        var self = Environment.ProcessPath!; // the bench always runs as a process with a path
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (self.EndsWith("dotnet", StringComparison.Ordinal)) start.ArgumentList.Add(typeof(TicBench).Assembly.Location);
        foreach (var a in new[] { "child", mode, input, codesFile, home }) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!; // Process.Start returns null only for shell-executed documents
        var text = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"child {mode} failed: {text}");
        return capture ? text : null;
    }

    /// <summary>One measured run; prints "PEAK_RSS_KB CPU_SECONDS note" (CPU: user + system, every thread).</summary>
    public static int Child(string mode, string input, string? codesFile, string? home)
    {
        string note;
        var filter = mode is "filtered" or "scan-filtered" or "scan-gz-filtered" ? new CodeFilter(File.ReadAllLines(codesFile!)) : CodeFilter.All; // tic passes the codes file
        switch (mode)
        {
            case "filtered":
            case "whole":
                // tic passes a fresh home; rates go to its lake, as the CLI writes them
                using (var db = SqliteWarehouse.OpenHome(home!, WarehouseAccess.ReadWrite, lake: new ParquetRateLake(Path.Combine(home!, "lake"))))
                {
                    var r = db.Rates.Ingest(input, new TicLoadOptions("bench", null, filter), CancellationToken.None);
                    note = string.Create(CultureInfo.InvariantCulture, $"{r.Report!.Items - r.Report.ItemsSkipped:N0} items kept, {r.RowsStored:N0} rows stored");
                }
                break;
            case "bare":
                note = Bare(input);
                break;
            default:
                var counter = new CodeCollector();
                using (var s = TicStreams.Open(input))
                {
                    var rep = new InNetworkReader(input, filter, counter).Read(s);
                    note = string.Create(CultureInfo.InvariantCulture, $"{rep.Items - rep.ItemsSkipped:N0} items kept, {rep.NegotiatedPrices:N0} prices parsed, {rep.GroupsResolved:N0} groups resolved, {counter.Groups:N0} group objects");
                }
                break;
        }
        var cpu = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{PeakRssKb()} {cpu:F2} {note}"));
        return 0;
    }

    /// <summary>A bare Utf8JsonReader token loop over the same bytes: the floor our parser is compared with.</summary>
    private static string Bare(string input)
    {
        using var s = TicStreams.Open(input);
        var buffer = new byte[1 << 20];
        var count = 0;
        var state = new System.Text.Json.JsonReaderState();
        long tokens = 0;
        var final = false;
        while (!final)
        {
            var n = s.Read(buffer, count, buffer.Length - count);
            if (n == 0) final = true;
            count += n;
            var reader = new System.Text.Json.Utf8JsonReader(buffer.AsSpan(0, count), final, state);
            while (reader.Read()) tokens++;
            state = reader.CurrentState;
            var used = (int)reader.BytesConsumed;
            buffer.AsSpan(used, count - used).CopyTo(buffer);
            count -= used;
        }
        return string.Create(CultureInfo.InvariantCulture, $"{tokens:N0} tokens");
    }

    private static long PeakRssKb()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        return 0;
    }

    internal static double Time(Action action)
    {
        var sw = Stopwatch.StartNew();
        action();
        return sw.Elapsed.TotalSeconds;
    }

    /// <summary>Runs <paramref name="command"/> under <c>/usr/bin/time</c>; returns its user + system CPU seconds.</summary>
    internal static double ShellCpu(string command)
    {
        using var p = Process.Start(new ProcessStartInfo("/usr/bin/time") { ArgumentList = { "-f", "%U %S", "/bin/sh", "-c", command }, RedirectStandardError = true, UseShellExecute = false })!; // not shell-executed
        var err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"`{command}` failed with {p.ExitCode}: {err}");
        var last = err.Trim().Split('\n')[^1].Split(' ');
        return double.Parse(last[0], CultureInfo.InvariantCulture) + double.Parse(last[1], CultureInfo.InvariantCulture);
    }

    internal static void Shell(string command)
    {
        using var p = Process.Start(new ProcessStartInfo("/bin/sh") { ArgumentList = { "-c", command }, UseShellExecute = false })!; // not shell-executed
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"`{command}` failed with {p.ExitCode}");
    }

    /// <summary>Counts prices and remembers distinct codes in file order.</summary>
    internal sealed class CodeCollector : ITicSink
    {
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
        public List<string> Codes { get; } = [];
        public long Prices { get; private set; }

        public void OnRate(TicItem item, TicNegotiatedRate rate)
        {
            Prices += rate.Prices.Count;
            foreach (var c in item.Codes) if (_seen.Add(c)) Codes.Add(c);
        }

        public void Add(string code)
        {
            if (_seen.Add(code)) Codes.Add(code);
        }

        public long Groups { get; private set; }
        public void OnProviderGroup(TicProviderGroup group) => Groups++;
        public void OnHeader(TicFileHeader header) { }
    }
}
