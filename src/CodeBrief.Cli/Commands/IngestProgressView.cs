using System.Diagnostics;
using System.Globalization;
using CodeBrief.Ingest.Tic;
using Spectre.Console;

namespace CodeBrief.Cli.Commands;

/// <summary>
/// Shows an ingest's progress: on a terminal a bar per file with bytes read, rate and time left (and one for all files);
/// otherwise a line when a file starts and one when it ends (logs and tests).
/// </summary>
internal static class IngestProgressView
{
    /// <summary>Runs <paramref name="ingest"/> for each file, giving it a callback for the bytes of the file read so far.</summary>
    public static List<T> Run<T>(IReadOnlyList<string> files, TextWriter error, Func<string, Action<long>, T> ingest)
    {
        if (!Terminal.IsErrorTerminal(error)) return RunPlain(files, error, ingest);
        var results = new List<T>(files.Count);
        var sizes = files.Select(SizeOf).ToList();
        Terminal.ConsoleFor(error, interactive: true).Progress()
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(),
                new DownloadedColumn { Culture = CultureInfo.InvariantCulture }, new TransferSpeedColumn { Culture = CultureInfo.InvariantCulture },
                new RemainingTimeColumn())
            .Start(context =>
            {
                var overall = files.Count > 1 ? context.AddTask("all files", maxValue: Math.Max(1, sizes.Sum())) : null;
                var done = 0L;
                for (var i = 0; i < files.Count; i++)
                {
                    var task = context.AddTask(Markup.Escape(TicStreams.DisplayName(files[i])), maxValue: Math.Max(1, sizes[i]));
                    // Called on the reading thread; Spectre's tasks take values from any thread.
                    results.Add(ingest(files[i], read =>
                    {
                        task.Value = read;
                        if (overall is not null) overall.Value = done + read;
                    }));
                    task.Value = task.MaxValue;
                    done += sizes[i];
                    if (overall is not null) overall.Value = done;
                }
            });
        return results;
    }

    private static List<T> RunPlain<T>(IReadOnlyList<string> files, TextWriter error, Func<string, Action<long>, T> ingest)
    {
        var results = new List<T>(files.Count);
        foreach (var file in files)
        {
            var name = TicStreams.DisplayName(file);
            var size = SizeOf(file);
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"codebrief: ingesting {name} ({size / 1e6:N1} MB)"));
            var started = Stopwatch.GetTimestamp();
            results.Add(ingest(file, static _ => { }));
            var seconds = Math.Max(Stopwatch.GetElapsedTime(started).TotalSeconds, 1e-3);
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"codebrief: {name}: {seconds:F1} s ({size / 1e6 / seconds:N1} MB/s)"));
        }
        return results;
    }

    // The bytes as stored (compressed): what the bar counts. A zip entry or a missing file counts 0 (no byte progress).
    private static long SizeOf(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;
}
