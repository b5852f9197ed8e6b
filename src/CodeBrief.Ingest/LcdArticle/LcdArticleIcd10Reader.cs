using CodeBrief.Core.Codes;
using CodeBrief.Core.Errors;
using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Text;

namespace CodeBrief.Ingest.LcdArticle;

/// <summary>
/// Reads <c>article_x_icd10_covered.csv</c> from the Medicare Coverage Database "current_article" download: the ICD-10-CM
/// codes that a billing-and-coding article lists as supporting medical necessity, by group.
/// </summary>
/// <remarks>
/// Codes are published with their dot (<c>E11.9</c>) and stored without it (<c>E119</c>), as the warehouse keeps every
/// ICD-10-CM code. The non-covered table (<c>icd10_noncovered_group</c>) has the same layout but for its group column: the
/// covered format does not claim it, and the same reader reads it with <c>covered: false</c>.
/// </remarks>
internal static class LcdArticleIcd10Reader
{
    /// <summary>True for the covered-codes header.</summary>
    public static bool IsHeader(CsvRecord record)
    {
        var header = new CsvHeader(record);
        return header.HasAll("article_id", "article_version", "icd10_code_id") && header.Find("icd10_noncovered_group") < 0;
    }

    /// <summary>True for the non-covered-codes header.</summary>
    public static bool IsNoncoveredHeader(CsvRecord record) =>
        CsvHeader.Contains(record, "article_id", "article_version", "icd10_code_id", "icd10_noncovered_group");

    /// <summary>Streams the data rows of the covered table, or of the non-covered one when <paramref name="covered"/> is false.</summary>
    public static IEnumerable<RowResult<LcdArticleIcd10Row>> Read(string path, Func<SourceRef> origin, CancellationToken cancellationToken,
        bool covered = true)
    {
        var groupColumn = covered ? "icd10_covered_group" : "icd10_noncovered_group";
        using var reader = new CsvRecordReader(path, TextEncodings.Detect(path));
        var header = new CsvHeader(CsvFile.RequireHeader(reader, LcdArticleFile.HeaderSearchLines, covered ? IsHeader : IsNoncoveredHeader,
            $"article_id,article_version,icd10_code_id,icd10_code_version,{groupColumn},range,…"));
        var id = header.Require(reader.File, "article_id");
        var version = header.Require(reader.File, "article_version");
        var code = header.Require(reader.File, "icd10_code_id");
        var codeVersion = header.Find("icd10_code_version");
        var group = header.Find(groupColumn);
        var range = header.Find("range");
        var sort = header.Find("sort_order") is var s and >= 0 ? s : header.Find("sort");
        var description = header.Find("description");
        foreach (var row in CsvRows.Read(reader, header.Count, origin, Parse, cancellationToken))
            yield return row;

        // A field that fails is null and rejects the row, which is then dropped: "" stands in for it in the record.
        LcdArticleIcd10Row Parse(CsvRecord r, RowParser p)
        {
            var article = LcdArticleFile.ArticleNumber(r, p, id, "article_id");
            var articleVersion = LcdArticleFile.ArticleNumber(r, p, version, "article_version");
            string? icd = null;
            if (IcdCode.TryParse(r.Fields[code], out var parsed)) icd = parsed.Value;
            else p.Fail(r.Trimmed(code).Length == 0 ? InputErrorKind.MissingField : InputErrorKind.MalformedValue,
                "expected an ICD-10-CM code such as E11.9", r.Starts[code], r.Ends[code], r.Fields[code]);
            return new LcdArticleIcd10Row(article ?? "", articleVersion ?? "", icd ?? "", LcdArticleFile.Optional(r, codeVersion),
                LcdArticleFile.Optional(r, group), LcdArticleFile.Optional(r, range), LcdArticleFile.Optional(r, sort),
                LcdArticleFile.Optional(r, description), p.Source);
        }
    }
}
