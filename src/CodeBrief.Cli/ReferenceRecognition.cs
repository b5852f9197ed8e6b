using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Reference;

namespace CodeBrief.Cli;

/// <summary>
/// Joins the catalogue (Sources) to the readers (Ingest): Sources cannot reference Ingest, so the host builds the
/// content check and the file-to-format lookup from <see cref="ReferenceFormats.All"/>.
/// </summary>
internal static class ReferenceRecognition
{
    /// <summary>A <see cref="CodeBrief.Sources.ContentRecogniser"/>: true when a reader of <paramref name="dataset"/>
    /// recognises the file, null when the dataset has no reader.</summary>
    public static bool? Recognise(string dataset, string path) => Recognise(ReferenceFormats.All, dataset, path);

    /// <summary>The same check over an explicit list of formats (tests pass their own).</summary>
    public static bool? Recognise(IReadOnlyList<IReferenceFormat> formats, string dataset, string path)
    {
        var any = false;
        foreach (var format in formats)
        {
            if (!string.Equals(format.Dataset, dataset, StringComparison.Ordinal)) continue;
            any = true;
            if (SafeRecognises(format, path)) return true;
        }
        return any ? false : null;
    }

    /// <summary>The format that loads <paramref name="path"/> as <paramref name="dataset"/>.</summary>
    /// <exception cref="SourceUnavailableException">No reader for the dataset is registered.</exception>
    /// <exception cref="InputFormatException">No reader of the dataset recognises the file.</exception>
    public static IReferenceFormat FormatFor(IReadOnlyList<IReferenceFormat> formats, string dataset, string path)
    {
        var candidates = formats.Where(f => string.Equals(f.Dataset, dataset, StringComparison.Ordinal)).ToList();
        if (candidates.Count == 0)
            throw new SourceUnavailableException(dataset, $"{Path.GetFileName(path)}: no reader for dataset {dataset} is registered in this build of CodeBrief, so the file was not loaded.");
        foreach (var format in candidates)
            if (SafeRecognises(format, path)) return format;
        throw new InputFormatException(Path.GetFileName(path), InputErrorKind.UnknownFormat,
            $"the file is not recognised as a {dataset} file (in {Path.GetDirectoryName(path)})",
            fix: "Fetch the dataset again (codebrief data fetch) or remove the file from that folder.");
    }

    private static bool SafeRecognises(IReferenceFormat format, string path)
    {
        try
        {
            return format.Recognises(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or InputFormatException or NotSupportedException)
        {
            // Recognising is a probe: a file another reader cannot even open is simply not its file.
            return false;
        }
    }
}
