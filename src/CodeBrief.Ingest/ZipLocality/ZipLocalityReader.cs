using CodeBrief.Core.Errors;
using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Text;

namespace CodeBrief.Ingest.ZipLocality;

/// <summary>
/// Reads <c>ZIP5_*.txt</c> (layout in CMS <c>ZIP5lyout.txt</c>; positions below are 1-based, inclusive). No header.
/// </summary>
internal static class ZipLocalityReader
{
    private const int LineLength = 80;

    /// <summary>True when the first line has the ZIP5 shape.</summary>
    public static bool Recognises(string path)
    {
        try
        {
            if (!File.Exists(path)) return false;
            using var lines = new LineReader(path, TextEncodings.Windows1252, maxLineBytes: 4096);
            return lines.TryReadLine(out var line) && HasShape(line);
        }
        catch (Exception ex) when (ex is InputFormatException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Streams one row per ZIP.</summary>
    public static IEnumerable<RowResult<ZipLocalityRow>> Read(string path, Func<SourceRef> origin, CancellationToken cancellationToken)
    {
        using var lines = new LineReader(path, TextEncodings.Windows1252);
        var parser = new RowParser(lines.File, origin);
        var any = false;
        while (lines.TryReadLine(out var line))
        {
            cancellationToken.ThrowIfCancellationRequested();
            any = true;
            if (line.Length == 0) continue;
            if (line.Length < LineLength && !lines.LastLineTerminated)
                throw new InputFormatException(lines.File, InputErrorKind.Truncated,
                    $"the file ends inside a row: expected {LineLength} characters, found {line.Length}",
                    new InputLocation(Line: lines.LineNumber), found: InputFormatException.Quote(line),
                    fix: "Download the file again; it is incomplete.");
            parser.Begin(lines.LineNumber);
            var row = ParseLine(line, parser);
            yield return parser.Problem is { } problem
                ? RowResult<ZipLocalityRow>.Rejected(lines.LineNumber, problem)
                : RowResult<ZipLocalityRow>.Ok(lines.LineNumber, row!); // ParseLine returns null only after failing the row
        }
        if (!any)
            throw new InputFormatException(lines.File, InputErrorKind.Truncated, "the file is empty", new InputLocation(Line: 1),
                fix: "Download the file again.");
    }

    /// <summary>The Year/Quarter of the first row as <c>2025Q4</c>.</summary>
    public static string ReadVersion(string path)
    {
        // The version is what is being found, so the rows carry none yet.
        foreach (var row in Read(path, () => new SourceRef("zip-locality", Path.GetFileName(path), "", 0), CancellationToken.None))
        {
            if (row.Problem is { } problem) throw problem;
            var yq = row.Value!.YearQuarter; // a row without a problem carries its value (RowResult.Ok)
            return yq[..4] + "Q" + yq[4..];
        }
        throw new InputFormatException(Path.GetFileName(path), InputErrorKind.Truncated, "the file has no rows",
            new InputLocation(Line: 1));
    }

    // A field that fails is null and rejects the row, which is then dropped: "" stands in for it in the record.
    private static ZipLocalityRow? ParseLine(string line, RowParser p)
    {
        if (line.Length != LineLength)
        {
            p.Fail(InputErrorKind.MissingField, $"expected a line of {LineLength} characters, found {line.Length}",
                Math.Min(line.Length, LineLength) + 1, null, line);
            return null;
        }
        return new ZipLocalityRow(
            p.Digits(Cut(line, 3, 7), 3, 7, 5, pad: false) ?? "",
            p.Flag(Cut(line, 1, 2), 1, 2, 2) ?? "",
            p.Digits(Cut(line, 8, 12), 8, 12, 5, pad: false) ?? "",
            p.Digits(Cut(line, 13, 14), 13, 14, 2, pad: false) ?? "",
            p.Flag(Cut(line, 15, 15), 15, 15, 1, required: false),
            p.Flag(Cut(line, 16, 17), 16, 17, 2, required: false),
            p.Digits(Cut(line, 21, 21), 21, 21, 1, pad: false) ?? "",
            p.Digits(Cut(line, 76, 80), 76, 80, 5, pad: false) ?? "",
            p.Source);
    }

    private static bool HasShape(string line) =>
        line.Length == LineLength
        && char.IsAsciiLetterUpper(line[0]) && char.IsAsciiLetterUpper(line[1])
        && RowParser.IsDigits(line.AsSpan(2, 12))
        && RowParser.IsDigits(line.AsSpan(75, 5))
        && !RowParser.IsDigits(line.AsSpan(21, 4));

    private static string Cut(string line, int start, int end) => line.Substring(start - 1, end - start + 1);
}
