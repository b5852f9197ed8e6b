using System.Globalization;
using CodeBrief.Warehouse;

namespace CodeBrief.Cli.Commands;

/// <summary>The table printed at the end of <c>data load</c>: dataset, file, version, loaded, rejected, status.</summary>
internal static class LoadSummary
{
    public static void Write(TextWriter output, IReadOnlyList<FileLoad> loads)
    {
        var table = new CliTable("dataset", "file", "version", "#loaded", "#rejected", "status");
        foreach (var load in loads)
        {
            var source = load.Result?.Source;
            table.Row(load.Dataset, Path.GetFileName(load.Path), source?.Version,
                source?.RowsLoaded.ToString("N0", CultureInfo.InvariantCulture),
                source?.RowsRejected.ToString("N0", CultureInfo.InvariantCulture), StatusOf(load));
        }
        table.Write(output);
        foreach (var load in loads)
        {
            if (load.Result?.RejectReport is { } report)
                output.WriteLine($"rejected rows of {Path.GetFileName(load.Path)}: {report}");
            foreach (var old in load.Result?.Superseded ?? [])
                output.WriteLine(old.Status == SourceRecord.Previous
                    ? $"previous version: {old.Dataset} {old.FileName} ({old.Version}), kept for `codebrief changes`"
                    : $"superseded: {old.Dataset} {old.FileName} ({old.Version}), kept in the sources register");
        }
    }

    private static string StatusOf(FileLoad load) => load.Result?.Outcome switch
    {
        LoadOutcome.Loaded => "loaded",
        LoadOutcome.Unchanged => "unchanged",
        LoadOutcome.Reinstated => "reinstated",
        LoadOutcome.Previous => "previous version",
        LoadOutcome.Outdated => "older than loaded versions",
        _ => "failed",
    };
}
