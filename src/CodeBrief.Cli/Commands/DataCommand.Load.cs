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
        var acceptShrink = new Option<bool>("--accept-shrink") { Description = "Let a new version replace the current one even when it has noticeably fewer rows or codes (more than 2% lost)" };
        var acceptRejects = new Option<bool>("--accept-rejects") { Description = "Load a file even when more than 1% of its rows are rejected" };
        var replaceSameVersion = new Option<bool>("--replace-same-version") { Description = "Let a file of the current file's name and version, with other content, replace it" };
        var only = OnlyOption();
        var mirror = MirrorOption();
        mirror.Description = "Mirror to fetch from first when nothing is fetched yet (default: $CODEBRIEF_MIRROR)";
        var paths = new Argument<FileInfo[]>("FILE")
        {
            Description = "Load these files instead (recognised by content: for instance a Medicare utilization file, an LCD article export or a diagnosis crosswalk CSV)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var load = new Command("load", "Load every fetched file under <home>/raw into the warehouse (or the files named), one transaction per file");
        load.Arguments.Add(paths);
        load.Options.Add(strict);
        load.Options.Add(acceptShrink);
        load.Options.Add(acceptRejects);
        load.Options.Add(replaceSameVersion);
        load.Options.Add(only);
        load.Options.Add(mirror);
        load.SetAction(async (parse, cancellationToken) =>
        {
            var target = globals.ResolveTarget(parse);
            var options = new LoadOptions(parse.GetValue(strict), parse.GetValue(acceptShrink), parse.GetValue(acceptRejects), parse.GetValue(replaceSameVersion));
            var home = target.Home;
            var named = parse.GetValue(paths) ?? [];
            if (named.Length > 0)
                return DataLoadRun.Run(target, NamedFiles(named), ReferenceFormats.All, options,
                    parse.GetValue(globals.Verbose), TimeProvider.System, output, error, cancellationToken);
            var chosen = parse.GetValue(only);
            // Without --only, the live sources' datasets load too when they were fetched.
            var datasets = chosen is { Length: > 0 } ? DatasetCatalog.Select(chosen) : [.. DatasetCatalog.All, .. DatasetCatalog.Live];
            var wanted = datasets.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            var store = new RawStore(home);
            var files = store.List().Where(f => wanted.Contains(f.Dataset)).ToList();
            if (files.Count == 0)
            {
                // One command on a fresh machine: with a mirror configured, fetch first.
                var from = ResolveMirror(parse, mirror) ?? throw new SourceUnavailableException(store.Folder,
                    $"Nothing is fetched under {store.Folder}. Fetch the reference files first: codebrief data fetch --mirror DIR (or set CODEBRIEF_MIRROR).");
                error.WriteLine($"codebrief: nothing fetched yet; fetching from the mirror {from} first.");
                await FetchAsync(home, from, datasets.Where(d => !DatasetCatalog.Live.Contains(d)).ToList(), error, error, cancellationToken).ConfigureAwait(false);
                files = store.List().Where(f => wanted.Contains(f.Dataset)).ToList();
            }

            return LoadFiles(target, datasets, files, options, parse.GetValue(globals.Verbose), output, error, cancellationToken);
        });
        return load;
    }

    /// <summary>Pairs each named file with every dataset whose reader recognises it (one workbook can hold two datasets).</summary>
    private static List<(string Dataset, string Path)> NamedFiles(IEnumerable<FileInfo> files)
    {
        var pairs = new List<(string Dataset, string Path)>();
        foreach (var file in files)
        {
            if (!file.Exists)
                throw new SourceUnavailableException(file.FullName, $"{file.FullName}: no such file.");
            var formats = ReferenceFormats.RecogniseAll(file.FullName);
            if (formats.Count == 0)
                throw new InputFormatException(file.Name, InputErrorKind.UnknownFormat,
                    "the file is not recognised as any dataset CodeBrief reads (judged by its header and first lines)",
                    fix: "Run `codebrief data status` for the datasets it knows.");
            foreach (var dataset in formats.Select(f => f.Dataset).Distinct(StringComparer.Ordinal))
                pairs.Add((dataset, file.FullName));
        }
        return pairs;
    }

    private static int LoadFiles(WarehouseTarget target, IReadOnlyList<DatasetInfo> datasets, List<(string Dataset, string Path)> files, LoadOptions options,
        bool verbose, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        // Catalogue order: code sets before the fee schedules that use them, so a progress line reads like the status table.
        var order = datasets.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        files = files.OrderBy(f => order[f.Dataset]).ThenBy(f => f.Path, StringComparer.Ordinal).ToList();
        return DataLoadRun.Run(target, files, ReferenceFormats.All, options, verbose, TimeProvider.System, output, error, cancellationToken);
    }
}
