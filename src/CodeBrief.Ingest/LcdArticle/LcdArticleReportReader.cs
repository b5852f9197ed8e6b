using System.Globalization;
using CodeBrief.Core.Errors;
using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Text;

namespace CodeBrief.Ingest.LcdArticle;

/// <summary>
/// Reads the Coverage API's report of local coverage documents in its field names (<c>contractor_name_type,
/// document_display_id, document_id, document_type, document_version, effective_date, note, retirement_date, title,
/// updated_on, updated_on_sort, url</c>), as <c>data fetch --live coverage</c> writes it and as harvesters flatten it.
/// </summary>
/// <remarks>The contractor field holds a line break between the name and the contract types; it is read as a space.</remarks>
internal static class LcdArticleReportReader
{
    /// <summary>True for the report header.</summary>
    public static bool IsHeader(CsvRecord record) =>
        CsvHeader.Contains(record, "document_id", "document_version", "document_display_id", "title", "contractor_name_type");

    /// <summary>The newest <c>updated_on_sort</c> stamp (<c>YYYYMMDDhhmmss</c>) as <c>yyyy-MM-dd</c>.</summary>
    public static string ReadVersion(string path)
    {
        using var reader = new CsvRecordReader(path, TextEncodings.Detect(path));
        var header = new CsvHeader(CsvFile.RequireHeader(reader, LcdArticleFile.HeaderSearchLines, IsHeader, Expected));
        var at = header.Find("updated_on_sort");
        string? newest = null;
        while (at >= 0 && reader.TryRead(out var record))
        {
            var s = record.Trimmed(at);
            if (s.Length < 8 || !RowParser.IsDigits(s.AsSpan(0, 8))) continue;
            var day = s[..8];
            if (newest is null || string.CompareOrdinal(day, newest) > 0) newest = day;
        }
        return newest is not null
            ? DateOnly.ParseExact(newest, "yyyyMMdd", CultureInfo.InvariantCulture).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : throw new InputFormatException(reader.File, InputErrorKind.MissingField,
                "the file has no updated_on_sort stamps to version it by", new InputLocation(Line: header.Record.Line),
                fix: "Fetch the report again with `codebrief data fetch --live coverage`.");
    }

    private const string Expected = "contractor_name_type,document_display_id,document_id,document_type,document_version,effective_date,…,title,…,url";

    /// <summary>Streams the data rows.</summary>
    public static IEnumerable<RowResult<LcdArticleReportRow>> Read(string path, Func<SourceRef> origin, CancellationToken cancellationToken)
    {
        using var reader = new CsvRecordReader(path, TextEncodings.Detect(path));
        var header = new CsvHeader(CsvFile.RequireHeader(reader, LcdArticleFile.HeaderSearchLines, IsHeader, Expected));
        var id = header.Require(reader.File, "document_id");
        var version = header.Require(reader.File, "document_version");
        var display = header.Require(reader.File, "document_display_id");
        var title = header.Require(reader.File, "title");
        var contractor = header.Require(reader.File, "contractor_name_type");
        var type = header.Find("document_type");
        var effective = header.Find("effective_date");
        var retired = header.Find("retirement_date");
        var url = header.Find("url");
        var jurisdiction = header.Find("jurisdiction");
        foreach (var row in CsvRows.Read(reader, header.Count, origin, Parse, cancellationToken))
            yield return row;

        // A field that fails is null and rejects the row, which is then dropped: "" stands in for it in the record.
        LcdArticleReportRow Parse(CsvRecord r, RowParser p)
        {
            var name = p.Text(title);
            if (name is null) p.Fail(InputErrorKind.MissingField, "expected the document title", r.Starts[title], r.Ends[title], null);
            var who = p.Text(contractor);
            if (who is null) p.Fail(InputErrorKind.MissingField, "expected the contractor", r.Starts[contractor], r.Ends[contractor], null);
            return new LcdArticleReportRow(LcdArticleFile.ArticleNumber(r, p, id, "document_id") ?? "", p.Text(display) ?? "",
                LcdArticleFile.Optional(r, type), LcdArticleFile.ArticleNumber(r, p, version, "document_version") ?? "", name ?? "",
                string.Join(' ', (who ?? "").Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
                LcdArticleFile.Optional(r, effective), LcdArticleFile.Optional(r, retired), LcdArticleFile.Optional(r, url), p.Source)
            {
                Jurisdiction = LcdArticleFile.Optional(r, jurisdiction),
            };
        }
    }
}
