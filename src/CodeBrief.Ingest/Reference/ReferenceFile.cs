using System.Globalization;
using System.Text;
using CodeBrief.Core.Errors;
using CodeBrief.Core.Provenance;

namespace CodeBrief.Ingest.Reference;

/// <summary>
/// Small helpers the reference readers share: opening text files, finding invalid bytes by line, and normalising blank
/// and dated fields.
/// </summary>
/// <remarks>
/// Files are decoded as UTF-8 with invalid bytes turned into U+FFFD rather than thrown: a throwing decoder fails on the
/// whole 64 KiB buffer it is decoding, so it cannot say which line is bad. Readers look for U+FFFD in each line instead.
/// </remarks>
internal static class ReferenceFile
{
    /// <summary>The character an invalid byte becomes.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary>The source of every row of <paramref name="path"/> read with <paramref name="format"/>, at row 0: the format's
    /// dataset, the file name and the file's version (<see cref="IReferenceFormat.ReadVersion"/>).</summary>
    public static SourceRef Origin(IReferenceFormat format, string path) =>
        new(format.Dataset, Path.GetFileName(path), format.ReadVersion(path), 0);

    /// <summary>Opens a text file as UTF-8 (a BOM is honoured); throws <see cref="SourceUnavailableException"/> when missing.</summary>
    public static StreamReader OpenText(string path)
    {
        if (!File.Exists(path))
            throw new SourceUnavailableException(Path.GetFileName(path), $"{Path.GetFileName(path)}: the file does not exist ({path}).");
        return new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }

    /// <summary>The problem for a line holding an invalid byte, or null when it holds none.</summary>
    /// <param name="file">The file name for the message.</param>
    /// <param name="text">The decoded line or field.</param>
    /// <param name="line">Its 1-based line number.</param>
    /// <param name="columnOffset">Added to the 1-based position of the bad character (the field's offset in the line), or null
    /// when the position within the line is unknown.</param>
    public static InputFormatException? BadEncoding(string file, string text, long line, int? columnOffset = 0)
    {
        var at = text.IndexOf(Replacement, StringComparison.Ordinal);
        if (at < 0) return null;
        return new InputFormatException(file, InputErrorKind.BadEncoding, "Expected UTF-8 text, but a byte sequence is not valid UTF-8",
            new InputLocation(Line: line, ColumnStart: columnOffset is { } offset ? offset + at + 1 : null),
            found: InputFormatException.Quote(text.AsSpan(Math.Max(0, at - 10))),
            fix: "Load the file as published, without re-saving it in another encoding.");
    }

    /// <summary>The trimmed text, or null when it is empty or white space.</summary>
    public static string? NullIfBlank(string? text)
    {
        if (text is null) return null;
        var trimmed = text.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    /// <summary>Converts a <c>YYYYMMDD</c> date to ISO <c>yyyy-MM-dd</c>; false when it is no valid date.</summary>
    public static bool TryIsoFromYyyymmdd(string text, out string iso)
    {
        iso = "";
        if (!DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return false;
        iso = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>True when <paramref name="text"/> is exactly eight digits forming a valid <c>YYYYMMDD</c> date.</summary>
    public static bool IsYyyymmdd(string text) => text.Length == 8 && TryIsoFromYyyymmdd(text, out _);
}
