using System.CommandLine;
using System.Globalization;
using CodeBrief.Core.Errors;
using CodeBrief.Sources;
using CodeBrief.Sources.Live;

namespace CodeBrief.Cli.Commands;

public static partial class DataCommand
{
    /// <summary>The variable giving the live fetches' first retry delay in milliseconds (default 2000); tests shorten it.</summary>
    internal const string BackoffVariable = "CODEBRIEF_LIVE_BACKOFF_MS";

    private static Option<string[]> LiveOption() => new("--live")
    {
        Description = "Fetch the live CMS sources instead: coverage (Coverage API articles) and/or utilization (data.cms.gov); both when none is named",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = true,
    };

    private static Option<bool> AcceptLicenseOption() => new("--accept-cms-license")
    {
        Description = "Accept the AMA/ADA/AHA licence terms of the Coverage API endpoints that carry CPT text (remembered in the home)",
    };

    private static Option<string[]> CodeOption() => new("--code")
    {
        Description = "With --live utilization: also fetch the \"by Provider and Service\" rows of these codes (provider types for the taxonomy table)",
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary>Fetches the live sources named (both when none), each on its own: one failing does not lose the other.</summary>
    private static async Task<int> FetchLiveAsync(string home, IReadOnlyList<string> sources, bool acceptLicense, IReadOnlyList<string> codes,
        TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var unknown = sources.Where(s => s is not (CoverageFetcher.Source or UtilizationFetcher.Source)).ToList();
        if (unknown.Count > 0)
            throw new UsageException($"--live takes {CoverageFetcher.Source} or {UtilizationFetcher.Source}; found \"{unknown[0]}\".");
        var wanted = sources.Count == 0 ? [CoverageFetcher.Source, UtilizationFetcher.Source] : sources.Distinct(StringComparer.Ordinal).ToList();
        if (acceptLicense) LiveLicense.Accept(home, TimeProvider.System.GetUtcNow());
        var endpoints = LiveEndpoints.FromEnvironment();
        var backoff = int.TryParse(Environment.GetEnvironmentVariable(BackoffVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            ? TimeSpan.FromMilliseconds(ms) : (TimeSpan?)null;
        using var http = LiveHttp.CreateClient(firstRetryDelay: backoff);
        var store = new RawStore(home);
        var progress = Terminal.IsErrorTerminal(error) ? (LiveProgress)((source, done, total) => error.Write($"\r{source}: {done}/{total}   ")) : null;

        var reports = new List<LiveSourceReport>();
        foreach (var source in wanted)
        {
            var report = source == CoverageFetcher.Source
                ? await new CoverageFetcher(http, endpoints.Coverage, store, TimeProvider.System)
                    .FetchAsync(LiveLicense.IsAccepted(home), progress, cancellationToken).ConfigureAwait(false)
                : await new UtilizationFetcher(http, endpoints.DataCms, store, TimeProvider.System)
                    .FetchAsync(codes.Select(c => c.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList(), progress, cancellationToken)
                    .ConfigureAwait(false);
            if (progress is not null) error.WriteLine();
            reports.Add(report);
            foreach (var file in report.Files) WriteFetched(output, file);
            output.WriteLine($"live       {source,-16} {report.Requests} requests, {report.Cached} answered from the cache of earlier runs");
            foreach (var note in report.Notes) error.WriteLine($"codebrief: note: {source}: {note}");
            if (report.Failure is { } failure)
                error.WriteLine($"codebrief: error: {source}: {failure} Nothing of it was stored; what was fetched before is cached and the next run resumes."
                    + (report.Unreachable ? $" Check the connection (or {(source == CoverageFetcher.Source ? LiveEndpoints.CoverageVariable : LiveEndpoints.DataCmsVariable)})." : ""));
        }
        if (reports.All(r => !r.Succeeded))
            throw new SourceUnavailableException("live", "No live source could be fetched; see the errors above. Run `codebrief data fetch --live` again on a machine with internet.");
        return reports.All(r => r.Succeeded) ? ExitCodes.Success : ExitCodes.Findings;
    }
}
