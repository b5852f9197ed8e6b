using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Reference;
using CodeBrief.Warehouse;

namespace CodeBrief.Cli.Commands;

/// <summary>
/// The body of <c>data load</c> once the files are known: load each with its format, show progress, print the summary
/// table and one message per failed file, and choose the exit code. Separate from the command so tests can pass formats.
/// </summary>
internal static class DataLoadRun
{
    /// <summary>Loads <paramref name="files"/>; returns 0, 1 when some failed while others loaded, or the failures' own code when all failed.</summary>
    public static int Run(WarehouseTarget target, IReadOnlyList<(string Dataset, string Path)> files, IReadOnlyList<IReferenceFormat> formats,
        LoadOptions options, bool verbose, TimeProvider time, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        using var warehouse = target.Open(WarehouseAccess.ReadWrite, time);
        var loader = warehouse.Writer;
        var outcomes = LoadProgressView.Run(files, error, (file, progress) =>
            LoadOne(loader, formats, file.Dataset, file.Path, options, progress, cancellationToken));

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
    }

    private static FileLoad LoadOne(IReferenceWriter loader, IReadOnlyList<IReferenceFormat> formats, string dataset, string path,
        LoadOptions options, Action<LoadProgress> progress, CancellationToken cancellationToken)
    {
        try
        {
            var format = ReferenceRecognition.FormatFor(formats, dataset, path);
            return new FileLoad(dataset, path, loader.Load(format, path, options, progress, cancellationToken), null);
        }
        catch (Exception ex) when (ex is CodeBriefException or IOException or UnauthorizedAccessException)
        {
            return new FileLoad(dataset, path, null, ex);
        }
    }
}
