using System.Collections.Concurrent;
using System.Globalization;
using CodeBrief.Cli.Crawl;
using Spectre.Console;

namespace CodeBrief.Cli.Commands;

/// <summary>
/// Shows a crawl: on a terminal, a Spectre.Console progress bar per file in flight (bytes downloaded) and one for all
/// files; otherwise one plain line per finished file on stderr (logs and tests).
/// </summary>
internal static class CrawlProgressView
{
    /// <summary>Runs <paramref name="crawl"/> with the view that suits <paramref name="error"/>.</summary>
    public static async Task<IReadOnlyList<CrawlOutcome>> RunAsync(TextWriter error, Func<ICrawlProgress, Task<IReadOnlyList<CrawlOutcome>>> crawl)
    {
        if (!Terminal.IsErrorTerminal(error)) return await crawl(new PlainProgress(error)).ConfigureAwait(false);
        var console = Terminal.ConsoleFor(error, interactive: true);
        IReadOnlyList<CrawlOutcome> outcomes = [];
        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context => outcomes = await crawl(new BarProgress(context)).ConfigureAwait(false)).ConfigureAwait(false);
        return outcomes;
    }

    private static string Name(CrawlFile file) => Markup.Escape(Sources.Downloader.FileNameOf(new Uri(file.Url), file.Key));

    private sealed class BarProgress(ProgressContext context) : ICrawlProgress
    {
        private readonly ConcurrentDictionary<string, ProgressTask> _tasks = new(StringComparer.Ordinal);
        private ProgressTask? _overall;
        private int _done;
        private int _failed;
        private int _count;

        public void Planned(IReadOnlyList<CrawlFile> files, int doneEarlier)
        {
            _count = files.Count;
            _done = doneEarlier;
            _overall = context.AddTask(Overall(), maxValue: Math.Max(1, files.Count));
            _overall.Increment(doneEarlier);
        }

        private string Overall() => string.Create(CultureInfo.InvariantCulture, $"all files: {_done:N0} of {_count:N0} done, {_failed:N0} failed");

        public void Downloading(CrawlFile file, long received, long? total)
        {
            var task = _tasks.GetOrAdd(file.Key, _ => context.AddTask(Name(file), maxValue: 1));
            if (total is { } t && t > 0) task.MaxValue = t;
            else task.IsIndeterminate = true;
            task.Value = received;
        }

        public void Loading(CrawlFile file)
        {
            if (_tasks.TryGetValue(file.Key, out var task)) task.Description = Name(file) + " [grey]loading[/]";
        }

        public void Finished(CrawlOutcome outcome)
        {
            if (outcome.Status != "done earlier")
            {
                if (outcome.IsFailed) Interlocked.Increment(ref _failed);
                else Interlocked.Increment(ref _done);
                _overall?.Increment(1);
                _overall?.Description = Overall();
            }
            if (_tasks.TryRemove(outcome.File.Key, out var task))
            {
                task.Description = Name(outcome.File) + (outcome.IsFailed ? " [red]failed[/]" : $" [green]{Markup.Escape(outcome.Status)}[/]");
                task.IsIndeterminate = false;
                task.Value = task.MaxValue;
                task.StopTask();
            }
        }
    }

    private sealed class PlainProgress(TextWriter error) : ICrawlProgress
    {
        private readonly Lock _lock = new();
        private int _finished;
        private int _count;

        public void Planned(IReadOnlyList<CrawlFile> files, int doneEarlier)
        {
            _count = files.Count;
            lock (_lock) error.WriteLine($"codebrief: {files.Count:N0} file(s) to crawl, {doneEarlier:N0} done by an earlier run");
        }

        public void Downloading(CrawlFile file, long received, long? total) { }

        public void Loading(CrawlFile file) { }

        public void Finished(CrawlOutcome outcome)
        {
            if (outcome.Status == "done earlier") return;
            lock (_lock)
            {
                _finished++;
                error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"codebrief: [{_finished}/{_count}] {outcome.Status}: {Sources.Downloader.FileNameOf(new Uri(outcome.File.Url), outcome.File.Key)}{(outcome.IsFailed ? "" : $" ({outcome.Rows:N0} rows)")}"));
            }
        }
    }
}
