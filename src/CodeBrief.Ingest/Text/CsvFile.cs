using CodeBrief.Core.Errors;

namespace CodeBrief.Ingest.Text;

/// <summary>
/// Opening CMS CSV files and finding their header row below a preamble of titles and notices.
/// </summary>
internal static class CsvFile
{
    /// <summary>Opens a CMS CSV file (Windows-1252, or UTF-8 when it starts with a byte order mark).</summary>
    public static CsvRecordReader Open(string path) => new(path, TextEncodings.Windows1252);

    /// <summary>The longest line <see cref="HasHeader"/> reads before deciding a file is not this format, in bytes.</summary>
    private const int RecogniseMaxLineBytes = 64 * 1024;

    /// <summary>
    /// Reads up to <paramref name="maxLines"/> records and returns the first that <paramref name="isHeader"/> accepts.
    /// Throws <see cref="InputErrorKind.Truncated"/> for an empty file and <see cref="InputErrorKind.BadHeader"/> when no
    /// header is found, naming <paramref name="expected"/>.
    /// </summary>
    public static CsvRecord RequireHeader(CsvRecordReader reader, int maxLines, Func<CsvRecord, bool> isHeader, string expected)
    {
        CsvRecord? first = null;
        while (reader.LineNumber < maxLines && reader.TryRead(out var record))
        {
            first ??= record;
            if (isHeader(record)) return record;
        }
        throw HeaderNotFound(reader.File, first, maxLines, expected);
    }

    /// <summary>
    /// The error for a file whose header is missing: <see cref="InputErrorKind.Truncated"/> when the file is empty
    /// (<paramref name="first"/> is null), otherwise <see cref="InputErrorKind.BadHeader"/> at the first line.
    /// </summary>
    public static InputFormatException HeaderNotFound(string file, CsvRecord? first, int maxLines, string expected) =>
        first is null
            ? new InputFormatException(file, InputErrorKind.Truncated, "the file is empty",
                new InputLocation(Line: 1), fix: "Download the file again.")
            : new InputFormatException(file, InputErrorKind.BadHeader,
                $"expected a header row \"{expected}\" within the first {maxLines} lines",
                new InputLocation(Line: first.Line), found: InputFormatException.Quote(string.Join(',', first.Fields)),
                fix: "Check that the file is the one the publisher released, not a re-saved or different file.");

    /// <summary>True when <paramref name="record"/> starts with <paramref name="names"/>, ignoring case, spaces and quotes.</summary>
    public static bool StartsWith(CsvRecord record, params string[] names)
    {
        if (record.Count < names.Length) return false;
        for (var i = 0; i < names.Length; i++)
            if (!FieldIs(record, i, names[i])) return false;
        return true;
    }

    /// <summary>True when field <paramref name="index"/> is <paramref name="name"/>, ignoring case and white space.</summary>
    public static bool FieldIs(CsvRecord record, int index, string name) =>
        index < record.Count && string.Equals(Squeeze(record.Fields[index]), Squeeze(name), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// True when the header test passes for the file: used by <c>Recognises</c>, which must answer false, not throw,
    /// for a file of another format (binary, other encoding, missing).
    /// </summary>
    public static bool HasHeader(string path, int maxLines, Func<CsvRecord, bool> isHeader)
    {
        try
        {
            if (!System.IO.File.Exists(path)) return false;
            using var reader = new CsvRecordReader(path, TextEncodings.Windows1252, RecogniseMaxLineBytes);
            while (reader.LineNumber < maxLines && reader.TryRead(out var record))
                if (isHeader(record)) return true;
            return false;
        }
        catch (Exception ex) when (ex is InputFormatException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The text with white space removed, for comparing header names that CMS spaces inconsistently.</summary>
    public static string Squeeze(string text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var n = 0;
        foreach (var c in text)
            if (!char.IsWhiteSpace(c)) buffer[n++] = c;
        return new string(buffer[..n]);
    }
}
