using System.CommandLine;
using System.Globalization;
using CodeBrief.Core.Errors;
using CodeBrief.Sources;

namespace CodeBrief.Cli.Commands;

public static partial class DataCommand
{
    private static Command CreateFetch(GlobalOptions globals, TextWriter output, TextWriter error)
    {
        var mirror = MirrorOption();
        var only = OnlyOption();
        var fetch = new Command("fetch", "Copy the reference files from a mirror, or download them from their publishers, into <home>/raw/<dataset>/");
        fetch.Options.Add(mirror);
        fetch.Options.Add(only);
        var live = LiveOption();
        var accept = AcceptLicenseOption();
        var codes = CodeOption();
        fetch.Options.Add(live);
        fetch.Options.Add(accept);
        fetch.Options.Add(codes);
        fetch.SetAction(async (parse, cancellationToken) =>
        {
            var home = globals.ResolveHome(parse);
            if (parse.GetResult(live) is not null)
                return await FetchLiveAsync(home, parse.GetValue(live) ?? [], parse.GetValue(accept), parse.GetValue(codes) ?? [], output, error, cancellationToken)
                    .ConfigureAwait(false);
            var datasets = DatasetCatalog.Select(parse.GetValue(only));
            var report = await FetchAsync(home, ResolveMirror(parse, mirror), datasets, output, error, cancellationToken).ConfigureAwait(false);
            return ExitCodeOf(report);
        });
        return fetch;
    }

    /// <summary>Fetches from the mirror when one is given, otherwise downloads; prints one line per file and each failure.</summary>
    private static async Task<FetchReport> FetchAsync(string home, string? mirror, IReadOnlyList<DatasetInfo> datasets,
        TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        FetchReport report;
        if (mirror is not null)
        {
            var fetcher = new Fetcher(home, ReferenceRecognition.Recognise);
            report = fetcher.FetchFromMirror(new Mirror(mirror, ReferenceRecognition.Recognise), datasets, f => WriteFetched(output, f), cancellationToken);
        }
        else
        {
            using var http = Downloader.CreateClient();
            var fetcher = new Fetcher(home, ReferenceRecognition.Recognise, http);
            report = await fetcher.DownloadAsync(datasets, f => WriteFetched(output, f), cancellationToken).ConfigureAwait(false);
        }

        foreach (var (id, release) in report.Discovered.OrderBy(p => p.Key, StringComparer.Ordinal))
            output.WriteLine($"newest     {id,-16} {release.Label} ({release.Effective:yyyy-MM}) on {release.Listing}: {release.Download}");
        foreach (var note in report.Notes)
            error.WriteLine($"codebrief: note: {note}");
        if (report.Missing.Count > 0)
            error.WriteLine($"codebrief: note: the mirror {mirror} holds no file of: {string.Join(", ", report.Missing)}.");
        foreach (var failure in report.Failures)
            error.WriteLine($"codebrief: error: {failure.Dataset}: {failure.Message}");
        if (report.Files.Count == 0)
        {
            var where = mirror is null ? "from the publishers" : $"from the mirror {mirror}";
            throw new SourceUnavailableException(mirror ?? "download", $"No reference file could be fetched {where}. " +
                (mirror is null ? "Pass --mirror DIR (or set CODEBRIEF_MIRROR) to copy them from a local folder." : "Check that the folder holds the publishers' files (like shared/data), then run `codebrief data fetch --mirror DIR`."));
        }
        return report;
    }

    private static int ExitCodeOf(FetchReport report) => report.Failures.Count == 0 ? ExitCodes.Success : ExitCodes.Findings;

    private static void WriteFetched(TextWriter output, FetchedFile file)
    {
        var verb = file.Outcome switch
        {
            FetchOutcome.Copied => "copied",
            FetchOutcome.Downloaded => "downloaded",
            _ => "unchanged",
        };
        var bytes = file.Bytes.ToString("N0", CultureInfo.InvariantCulture);
        var check = file.ContentChecked ? "" : " (name match only: no reader registered for this dataset)";
        output.WriteLine($"{verb,-10} {file.Dataset,-16} {file.FileName} ({bytes} bytes, sha256 {file.Sha256[..12]}){check}");
    }
}
