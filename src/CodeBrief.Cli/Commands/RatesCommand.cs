using System.CommandLine;
using System.Globalization;
using CodeBrief.Cli.Crawl;
using CodeBrief.Core;
using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Tic;
using CodeBrief.Sources.Http;
using CodeBrief.Sources.Payers;
using CodeBrief.Warehouse;

namespace CodeBrief.Cli.Commands;

/// <summary>
/// <c>codebrief rates fetch (--payer NAME | --toc URL...) [--plan TEXT] (--codes LIST | --codes-file FILE)</c>: crawls a
/// payer's tables of contents into the rate store, resumably.
/// </summary>
public static class RatesCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(GlobalOptions globals, TextWriter output, TextWriter error)
    {
        var payer = new Option<string?>("--payer") { Description = "A payer from `codebrief payers`: its table-of-contents entry points are crawled" };
        var toc = new Option<string[]>("--toc") { Description = "URL of a table-of-contents file (repeatable)", AllowMultipleArgumentsPerToken = true };
        var plan = new Option<string?>("--plan") { Description = "Keep structures with a plan whose name or id contains TEXT" };
        var codes = new Option<string?>("--codes") { Description = "CPT/HCPCS codes to keep, separated by commas or spaces" };
        var codesFile = new Option<FileInfo?>("--codes-file") { Description = "File of CPT/HCPCS codes to keep (# starts a comment)" };
        var parallel = new Option<int>("--parallel") { Description = "Files downloaded at once (default: one per core)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var perHost = new Option<int>("--per-host") { Description = "Transfers at once to one host", DefaultValueFactory = _ => 4 };
        var retries = new Option<int>("--retries") { Description = "Retries of a request after 429, 5xx, a timeout or a dropped connection", DefaultValueFactory = _ => RetrySettings.Default.MaxRetries };
        var retryDelay = new Option<double>("--retry-delay") { Description = "Seconds before the first retry (later ones back off exponentially; Retry-After wins)", DefaultValueFactory = _ => RetrySettings.Default.BaseDelay.TotalSeconds };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var fetch = new Command("fetch", "Crawl tables of contents: the in-network files of the chosen plans, each once, filtered by code into the rate store; run again to resume")
        {
            payer, toc, plan, codes, codesFile, parallel, perHost, retries, retryDelay, json,
        };
        fetch.SetAction(async (parse, ct) =>
        {
            var home = globals.ResolveHome(parse);
            var wanted = CodeListInput.Read(parse.GetValue(codes), parse.GetValue(codesFile))
                ?? throw new UsageException("rates fetch needs --codes LIST or --codes-file FILE: a whole payer's files hold millions of rates.");
            var tocUrls = TocUrls(parse.GetValue(payer), parse.GetValue(toc) ?? [], home);
            var target = globals.ResolveTarget(parse);
            using var warehouse = target.Open(WarehouseAccess.ReadWrite);
            if (!warehouse.Rates.Supported) throw new UsageException($"The store {target.Store} keeps no payer rates; crawl into the home's SQLite store (drop --store).");
            CodeListInput.RequireKnown(wanted, warehouse.Reference.ProcedureCodes());
            var options = new CrawlOptions(tocUrls, parse.GetValue(plan), new CodeFilter(wanted.Select(c => c.Value)),
                parse.GetValue(payer) is { } p ? PayerDirectory.Load(home).Find(p).Name : null,
                Math.Max(1, parse.GetValue(parallel)), Math.Max(1, parse.GetValue(perHost)));
            var settings = RetrySettings.Default with { MaxRetries = Math.Max(0, parse.GetValue(retries)), BaseDelay = TimeSpan.FromSeconds(Math.Max(0.001, parse.GetValue(retryDelay))) };
            using var http = ResilientHttp.CreateClient(retry: settings);
            using var remote = new RemoteFile(http, options.PerHost);
            var crawler = new RateCrawler(home, remote, warehouse.Rates);
            IReadOnlyList<CrawlOutcome> outcomes;
            try
            {
                outcomes = await CrawlProgressView.RunAsync(error, progress => crawler.RunAsync(options, progress, ct));
            }
            catch (OperationCanceledException)
            {
                await error.WriteLineAsync($"codebrief: crawl interrupted; run the same command again to continue (state in {crawler.FolderOf(options)}).");
                throw;
            }
            if (parse.GetValue(json)) WriteJson(output, outcomes, crawler.FolderOf(options));
            else WriteText(output, outcomes, crawler.FolderOf(options));
            var failed = outcomes.Count(o => o.IsFailed);
            var referenceFailures = outcomes.Sum(o => o.ReferenceFailures?.Count ?? 0);
            if (failed == 0) return referenceFailures == 0 ? ExitCodes.Success : ExitCodes.Findings;
            return failed < outcomes.Count ? ExitCodes.Findings : ExitCodes.SourceUnavailable;
        });
        return new Command("rates", "Payer rates from price-transparency files") { fetch };
    }

    /// <summary>The tables of contents of <c>--toc</c>, or of the payer's crawlable entry points for this month.</summary>
    private static List<string> TocUrls(string? payer, string[] tocs, string home)
    {
        if ((payer is null) == (tocs.Length == 0)) throw new UsageException("Give either --payer NAME or --toc URL (not both).");
        if (payer is null) return [.. tocs];
        var found = PayerDirectory.Load(home).Find(payer);
        var crawlable = found.EntryPoints.Where(e => e.IsCrawlable).Select(e => e.UrlFor(DateTimeOffset.UtcNow)).ToList();
        if (crawlable.Count > 0) return crawlable;
        var pages = string.Join(", ", found.EntryPoints.Select(e => e.Url));
        throw new UsageException($"{found.Name} lists its tables of contents on a page ({pages}), which CodeBrief does not crawl: pick one there and pass --toc URL.");
    }

    private static void WriteText(TextWriter output, IReadOnlyList<CrawlOutcome> outcomes, string folder)
    {
        output.WriteLine("file | plans | status | rows | references needed | references failed");
        foreach (var o in outcomes)
            output.WriteLine(string.Join(" | ", Sources.Downloader.FileNameOf(new Uri(o.File.Url), o.File.Key), N(o.File.Plans), o.Status, N(o.Rows), N(o.ReferencesNeeded), N(o.ReferenceFailures?.Count ?? 0)));
        foreach (var o in outcomes.Where(o => o.IsFailed))
            output.WriteLine($"failed: {o.File.Url} | {o.FailureKind} at offset {N(o.FailureOffset ?? 0)} | {o.Message}");
        foreach (var f in outcomes.SelectMany(o => (o.ReferenceFailures ?? []).Select(f => (o.File, f))).DistinctBy(x => x.f.Url))
            output.WriteLine($"provider reference failed: {f.f.Url} | {f.f.Kind} at offset {N(f.f.Offset)} | {f.f.Message} | needed by {f.File.Url}");
        var loaded = outcomes.Count(o => o.Status == "loaded");
        var unchanged = outcomes.Count(o => o.Status == "unchanged");
        var earlier = outcomes.Count(o => o.Status == "done earlier");
        var failed = outcomes.Count(o => o.IsFailed);
        output.WriteLine($"{N(outcomes.Count)} file(s): {N(loaded)} loaded, {N(unchanged)} already in the store, {N(earlier)} done by an earlier run, {N(failed)} failed. " +
                         $"Provider references: {N(outcomes.Sum(o => o.ReferencesNeeded))} needed, {N(outcomes.Sum(o => o.ReferenceFailures?.Count ?? 0))} failed. State: {folder}");
    }

    private static void WriteJson(TextWriter output, IReadOnlyList<CrawlOutcome> outcomes, string folder) =>
        output.WriteLine(CodeBriefJson.Serialize(new
        {
            state_folder = folder,
            files = outcomes.Select(o => new
            {
                url = o.File.Url,
                key = o.File.Key,
                description = o.File.Description,
                plans = o.File.Plans,
                status = o.Status,
                rows = o.Rows,
                references_needed = o.ReferencesNeeded,
                reference_failures = (o.ReferenceFailures ?? []).Select(f => new { url = f.Url, kind = f.Kind, offset = f.Offset, message = f.Message }),
                failure = o.IsFailed ? new { kind = o.FailureKind, offset = o.FailureOffset, message = o.Message } : null,
            }),
        }));

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
