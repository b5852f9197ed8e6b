using System.Globalization;
using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Text;

namespace CodeBrief.Ingest.LcdArticle;

/// <summary>
/// What the Medicare Coverage Database article tables share: the article key columns, and a version taken from the
/// newest <c>last_updated</c> stamp, since the download's file names (<c>article_x_hcpc_code.csv</c>) carry none.
/// </summary>
internal static class LcdArticleFile
{
    /// <summary>How far down the header may sit; the MCD export puts it on line 1.</summary>
    public const int HeaderSearchLines = 3;

    /// <summary>The article number, digits only (<c>59915</c>, shown as A59915); a blank or non-number fails the row.</summary>
    public static string? ArticleNumber(CsvRecord record, RowParser p, int index, string what)
    {
        var s = record.Trimmed(index);
        if (RowParser.IsDigits(s) && s.Length <= 9) return s.TrimStart('0') is { Length: > 0 } t ? t : "0";
        p.Fail(s.Length == 0 ? InputErrorKind.MissingField : InputErrorKind.MalformedValue, $"expected the {what}, a number",
            record.Starts[index], record.Ends[index], record.Fields[index]);
        return null;
    }

    /// <summary>Field <paramref name="index"/> trimmed, or null when blank or when the column is absent (-1).</summary>
    public static string? Optional(CsvRecord record, int index) =>
        index >= 0 && record.Trimmed(index) is { Length: > 0 } s ? s : null;

    /// <summary>The newest <c>last_updated</c> date in the file as <c>yyyy-MM-dd</c>.</summary>
    public static string ReadVersion(string path, Func<CsvRecord, bool> isHeader)
    {
        using var reader = new CsvRecordReader(path, TextEncodings.Detect(path));
        var header = new CsvHeader(CsvFile.RequireHeader(reader, HeaderSearchLines, isHeader, "article_id,article_version,…,last_updated"));
        var at = header.Find("last_updated");
        DateTime? newest = null;
        while (at >= 0 && reader.TryRead(out var record))
        {
            if (DateTime.TryParse(record.Trimmed(at), CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var stamp)
                && (newest is null || stamp > newest))
                newest = stamp;
        }
        return newest?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            ?? throw new InputFormatException(reader.File, InputErrorKind.MissingField,
                "the file has no last_updated dates to version it by", new InputLocation(Line: header.Record.Line),
                fix: "Load the table as exported by the Medicare Coverage Database, or give the download date with --version.");
    }
}
