using System.CommandLine;
using System.Globalization;
using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Tic;
using CodeBrief.Sources;
using CodeBrief.Warehouse;
using CodeBrief.Warehouse.Tic;

namespace CodeBrief.Cli.Commands;

/// <summary>
/// <c>codebrief ingest SOURCE... [--payer NAME] [--plan TEXT] [--codes LIST | --codes-file FILE] [--provider-refs DIR]</c>:
/// loads Transparency-in-Coverage files (file, folder or URL; every JSON entry of a zip) into the warehouse. A bad file stops only itself.
/// With code sets loaded, every code of <c>--codes</c> must be one of them (exit 2 names the others).
/// </summary>
public static class IngestCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(GlobalOptions globals, TextWriter output, TextWriter error)
    {
        var sources = new Argument<string[]>("SOURCE") { Description = "In-network or allowed-amounts files (.json, .json.gz, .zip), folders of them, or URLs", Arity = ArgumentArity.OneOrMore };
        var payer = new Option<string?>("--payer") { Description = "Payer label (default: the file's reporting_entity_name)" };
        var plan = new Option<string?>("--plan") { Description = "Plan label (default: the file's plan_name)" };
        var codes = new Option<string?>("--codes") { Description = "CPT/HCPCS codes to keep, separated by commas or spaces (default: all)" };
        var codesFile = new Option<FileInfo?>("--codes-file") { Description = "File of CPT/HCPCS codes to keep, one per line or separated by commas (# starts a comment)" };
        var refs = new Option<DirectoryInfo?>("--provider-refs") { Description = "Folder of provider-reference files for remote provider_references" };
        var command = new Command("ingest", "Load payer price-transparency (TiC) files into the warehouse") { sources, payer, plan, codes, codesFile, refs };
        command.SetAction(async (parse, ct) =>
        {
            var wanted = CodeListInput.Read(parse.GetValue(codes), parse.GetValue(codesFile)) ?? [];
            var target = globals.ResolveTarget(parse);
            using var warehouse = target.Open(WarehouseAccess.ReadWrite);
            // A mistyped code would load nothing for it and say nothing; once code sets are loaded, refuse it up front.
            if (wanted.Count > 0) CodeListInput.RequireKnown(wanted, warehouse.Reference.ProcedureCodes());
            var filter = new CodeFilter(wanted.Select(c => c.Value));
            var options = new TicLoadOptions(parse.GetValue(payer), parse.GetValue(plan), filter, parse.GetValue(refs)?.FullName);
            var files = await ExpandAsync(parse.GetValue(sources) ?? [], target.Home, ct);
            // Rows are printed once every file is done, so they never cut through the progress bars.
            var outcomes = IngestProgressView.Run(files, error, (file, read) => IngestOne(warehouse, file, options with { FileBytesRead = read }, ct));
            var table = new CliTable("file", "kind", "payer", "#items", "#skipped", "#prices", "#rows", "#duplicates", "#unresolved refs", "status");
            foreach (var (file, r, _) in outcomes)
            {
                var rep = r?.Report;
                table.Row(r?.File ?? TicStreams.DisplayName(file), r?.Kind, r?.Payer, N(rep?.Items), N(rep?.ItemsSkipped), N(rep?.NegotiatedPrices),
                    N(r?.RowsStored), N(r?.Duplicates), N(rep?.RemoteReferencesUnresolved),
                    r is null ? "failed" : r.Unchanged ? "unchanged (already loaded)" : "loaded");
            }
            table.Write(output);
            foreach (var (file, r, failure) in outcomes)
            {
                if (r?.Report is { Oddities.Count: > 0 } rep)
                    output.WriteLine($"oddities in {r.File}: " + string.Join(", ", rep.Oddities.Select(o => $"{o.Key} {o.Value.ToString(CultureInfo.InvariantCulture)}")));
                if (failure is not null) await error.WriteLineAsync(failure.Message);
            }
            var failed = outcomes.Count(o => o.Failure is not null);
            var worst = outcomes.Where(o => o.Failure is not null).Select(o => ErrorReporter.Classify(o.Failure!).Code).DefaultIfEmpty(ExitCodes.Success).Max();
            output.WriteLine($"{files.Count - failed} of {files.Count} file(s) loaded, {failed} failed.");
            // Some failed while others loaded: partial (1). All failed: the failures' own code (2 bad input, 3 unavailable).
            return failed == 0 ? ExitCodes.Success : failed < files.Count ? ExitCodes.Findings : worst;
        });
        return command;
    }

    private static string? N(long? value) => value?.ToString("N0", CultureInfo.InvariantCulture);

    // A file that fails stops only itself: its error is kept for the summary and the next file goes on.
    private static (string File, TicLoadResult? Result, CodeBriefException? Failure) IngestOne(IWarehouse warehouse, string file,
        TicLoadOptions options, CancellationToken ct)
    {
        try
        {
            return (file, warehouse.Rates.Ingest(file, options, ct), null);
        }
        catch (CodeBriefException e)
        {
            return (file, null, e);
        }
    }

    private static async Task<List<string>> ExpandAsync(string[] sources, string home, CancellationToken ct)
    {
        var files = new List<string>();
        foreach (var source in sources)
        {
            if (Uri.TryCreate(source, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                files.AddRange(TicStreams.Expand(await DownloadAsync(uri, home, ct)));
            }
            else if (Directory.Exists(source))
            {
                files.AddRange(Directory.EnumerateFiles(source)
                    .Where(f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal).SelectMany(TicStreams.Expand));
            }
            else files.AddRange(TicStreams.Expand(source)); // a zip of several JSON files loads each; a missing file fails on its own row of the summary, the others still load
        }
        return files;
    }

    private static async Task<string> DownloadAsync(Uri uri, string home, CancellationToken ct)
    {
        var folder = Path.Combine(home, "downloads", "tic");
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, Downloader.FileNameOf(uri, "download.json"));
        using var http = Downloader.CreateClient();
        await Downloader.DownloadAsync(http, uri, target, "Download the file yourself and pass its path.", ct);
        return target;
    }
}
