using System.Diagnostics;
using System.Globalization;
using CodeBrief.Warehouse;
using Spectre.Console;

namespace CodeBrief.Cli.Commands;

/// <summary>
/// Shows a load's progress: a Spectre.Console progress bar when stderr is a terminal, one plain line per file otherwise
/// (logs and tests).
/// </summary>
internal static class LoadProgressView
{
    public static List<FileLoad> Run(IReadOnlyList<(string Dataset, string Path)> files, TextWriter error,
        Func<(string Dataset, string Path), Action<LoadProgress>, FileLoad> load)
    {
        if (!Terminal.IsErrorTerminal(error)) return RunPlain(files, error, load);
        var console = Terminal.ConsoleFor(error, interactive: true);
        var results = new List<FileLoad>(files.Count);
        var totalBytes = Math.Max(1, files.Sum(f => new FileInfo(f.Path).Length));
        console.Progress()
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var overall = context.AddTask("all files", maxValue: totalBytes);
                foreach (var file in files)
                {
                    var name = Markup.Escape($"{file.Dataset}: {Path.GetFileName(file.Path)}");
                    var task = context.AddTask(name, maxValue: 1);
                    // The readers do not report byte positions, so a file's bar is indeterminate and shows the row count.
                    task.IsIndeterminate = true;
                    var result = load(file, p => task.Description = $"{name} [grey]{p.Rows.ToString("N0", CultureInfo.InvariantCulture)} rows[/]");
                    task.IsIndeterminate = false;
                    task.Value = 1;
                    overall.Increment(new FileInfo(file.Path).Length);
                    results.Add(result);
                }
            });
        return results;
    }

    private static List<FileLoad> RunPlain(IReadOnlyList<(string Dataset, string Path)> files, TextWriter error,
        Func<(string Dataset, string Path), Action<LoadProgress>, FileLoad> load)
    {
        var results = new List<FileLoad>(files.Count);
        foreach (var file in files)
        {
            error.WriteLine($"codebrief: loading {file.Dataset}: {Path.GetFileName(file.Path)}");
            var started = Stopwatch.GetTimestamp();
            var result = load(file, static _ => { });
            results.Add(result);
            if (result.Result is { Outcome: not LoadOutcome.Unchanged } loaded)
            {
                var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
                var rows = loaded.Source.RowsLoaded + loaded.Source.RowsRejected;
                error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"codebrief: {file.Dataset}: {rows:N0} rows in {seconds:F2} s ({rows / Math.Max(seconds, 1e-3):N0} rows/s)"));
            }
        }
        return results;
    }
}
