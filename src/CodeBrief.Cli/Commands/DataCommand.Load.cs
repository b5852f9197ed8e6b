using System.CommandLine;
using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Reference;
using CodeBrief.Sources;
using CodeBrief.Warehouse;

namespace CodeBrief.Cli.Commands;

public static partial class DataCommand
{
    private static Command CreateLoad(GlobalOptions globals, TextWriter output, TextWriter error)
    {
        var strict = new Option<bool>("--strict") { Description = "Abort a file at its first rejected row (default: load the good rows, report the rejects)" };
        var only = OnlyOption();
        var mirror = MirrorOption();
        mirror.Description = "Mirror to fetch from first when nothing is fetched yet (default: $CODEBRIEF_MIRROR)";
        var load = new Command("load", "Load every fetched file under <home>/raw into the warehouse, one transaction per file");
        load.Options.Add(strict);
        load.Options.Add(only);
        load.Options.Add(mirror);
        load.SetAction(async (parse, cancellationToken) =>
        {
            var home = globals.ResolveHome(parse);
            var datasets = DatasetCatalog.Select(parse.GetValue(only));
            var wanted = datasets.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            var store = new RawStore(home);
            var files = store.List().Where(f => wanted.Contains(f.Dataset)).ToList();
            if (files.Count == 0)
            {
                // One command on a fresh machine: with a mirror configured, fetch first.
                var from = ResolveMirror(parse, mirror) ?? throw new SourceUnavailableException(store.Folder,
                    $"Nothing is fetched under {store.Folder}. Fetch the reference files first: codebrief data fetch --mirror DIR (or set CODEBRIEF_MIRROR).");
                error.WriteLine($"codebrief: nothing fetched yet; fetching from the mirror {from} first.");
                await FetchAsync(home, from, datasets, error, error, cancellationToken).ConfigureAwait(false);
                files = store.List().Where(f => wanted.Contains(f.Dataset)).ToList();
            }

            using var db = WarehouseDb.Open(home);
            var loader = new ReferenceLoader(db, home, TimeProvider.System);
            var options = new LoadOptions(parse.GetValue(strict));
            var verbose = parse.GetValue(globals.Verbose);
            var outcomes = LoadProgressView.Run(files, error, (file, progress) =>
                LoadOne(loader, file.Dataset, file.Path, options, progress, cancellationToken));

            LoadSummary.Write(output, outcomes);
            var failed = 0;
            var worst = ExitCodes.Success;
            foreach (var outcome in outcomes)
            {
                if (outcome.Error is null) continue;
                failed++;
                worst = Math.Max(worst, ErrorReporter.Report(outcome.Error, error, verbose));
            }
            if (failed == 0) return ExitCodes.Success;
            return failed < outcomes.Count ? ExitCodes.Findings : worst;
        });
        return load;
    }

    private static FileLoad LoadOne(ReferenceLoader loader, string dataset, string path, LoadOptions options,
        Action<LoadProgress> progress, CancellationToken cancellationToken)
    {
        try
        {
            var format = ReferenceRecognition.FormatFor(ReferenceFormats.All, dataset, path);
            return new FileLoad(dataset, path, loader.Load(format, path, options, progress, cancellationToken), null);
        }
        catch (Exception ex) when (ex is CodeBriefException or IOException or UnauthorizedAccessException)
        {
            return new FileLoad(dataset, path, null, ex);
        }
    }
}
