using System.Globalization;
using System.Text;
using CodeBrief.Core.Errors;

namespace CodeBrief.Ingest.Reference;

/// <summary>
/// Small helpers the reference readers share: opening text files strictly, reading lines with encoding errors
/// reported by line, and normalising blank and dated fields.
/// </summary>
internal static class ReferenceFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The character an invalid byte becomes when a file is opened leniently.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary>Opens a text file as UTF-8 (a BOM is honoured); throws <see cref="SourceUnavailableException"/> when missing.</summary>
    /// <param name="path">The file.</param>
    /// <param name="lenient">False: an invalid byte throws while reading. True: it becomes <see cref="Replacement"/>, for
    /// files whose copyright preamble may be Windows-1252 (CMS's NCCI files); readers then reject data rows holding it.</param>
    public static StreamReader OpenText(string path, bool lenient = false)
    {
        if (!File.Exists(path))
            throw new SourceUnavailableException(Path.GetFileName(path), $"{Path.GetFileName(path)}: the file does not exist ({path}).");
        return new StreamReader(path, lenient ? Encoding.UTF8 : StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }

    /// <summary>Reads the next line, turning an invalid byte into an <see cref="InputFormatException"/> of kind
    /// <see cref="InputErrorKind.BadEncoding"/> at <paramref name="lineNumber"/> (the 1-based number of the line being read).</summary>
    public static string? ReadLine(StreamReader reader, string path, long lineNumber)
    {
        try
        {
            return reader.ReadLine();
        }
        catch (DecoderFallbackException e)
        {
            throw new InputFormatException(Path.GetFileName(path), InputErrorKind.BadEncoding,
                "Expected UTF-8 text, but a byte sequence is not valid UTF-8", new InputLocation(Line: lineNumber),
                found: e.BytesUnknown is { Length: > 0 } bytes ? "0x" + Convert.ToHexString(bytes) : null,
                fix: "Load the file as published, without re-saving it in another encoding.", inner: e);
        }
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
