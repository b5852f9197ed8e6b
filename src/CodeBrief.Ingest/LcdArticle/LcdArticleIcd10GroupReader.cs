using CodeBrief.Core.Errors;
using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Text;

namespace CodeBrief.Ingest.LcdArticle;

/// <summary>
/// Reads <c>article_x_icd10_covered_group.csv</c> (MCD download, and <c>data fetch --live coverage</c> from the Coverage API's
/// <c>icd10-covered-group</c>): per article and covered group, the paragraph the article prints above the group's codes.
/// </summary>
internal static class LcdArticleIcd10GroupReader
{
    /// <summary>True for the covered-group header (no code column: the codes are in the covered table).</summary>
    public static bool IsHeader(CsvRecord record)
    {
        var header = new CsvHeader(record);
        return header.HasAll("article_id", "article_version", "icd10_covered_group", "paragraph") && header.Find("icd10_code_id") < 0;
    }

    /// <summary>Streams the data rows.</summary>
    public static IEnumerable<RowResult<LcdArticleIcd10GroupRow>> Read(string path, Func<SourceRef> origin, CancellationToken cancellationToken)
    {
        using var reader = new CsvRecordReader(path, TextEncodings.Detect(path));
        var header = new CsvHeader(CsvFile.RequireHeader(reader, LcdArticleFile.HeaderSearchLines, IsHeader,
            "article_id,article_version,icd10_covered_group,paragraph,icd10_covered_ast,last_updated"));
        var id = header.Require(reader.File, "article_id");
        var version = header.Require(reader.File, "article_version");
        var group = header.Require(reader.File, "icd10_covered_group");
        var paragraph = header.Require(reader.File, "paragraph");
        var asterisk = header.Find("icd10_covered_ast");
        foreach (var row in CsvRows.Read(reader, header.Count, origin, Parse, cancellationToken))
            yield return row;

        // A field that fails is null and rejects the row, which is then dropped: "" stands in for it in the record.
        LcdArticleIcd10GroupRow Parse(CsvRecord r, RowParser p)
        {
            var number = LcdArticleFile.ArticleNumber(r, p, group, "icd10_covered_group");
            var text = p.Text(paragraph);
            if (text is null) p.Fail(InputErrorKind.MissingField, "expected the group's paragraph", r.Starts[paragraph], r.Ends[paragraph], null);
            return new LcdArticleIcd10GroupRow(LcdArticleFile.ArticleNumber(r, p, id, "article_id") ?? "",
                LcdArticleFile.ArticleNumber(r, p, version, "article_version") ?? "", number ?? "", text ?? "",
                LcdArticleFile.Optional(r, asterisk), p.Source);
        }
    }
}
