using CodeBrief.Core.Errors;
using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Text;

namespace CodeBrief.Ingest.LcdArticle;

/// <summary>
/// Reads <c>article_x_hcpc_modifier.csv</c> (MCD download, and <c>data fetch --live coverage</c> from the Coverage API's
/// <c>hcpc-modifier</c>): the CPT/HCPCS modifiers each billing-and-coding article lists.
/// </summary>
internal static class LcdArticleModifierReader
{
    /// <summary>True for the modifier header.</summary>
    public static bool IsHeader(CsvRecord record) => CsvHeader.Contains(record, "article_id", "article_version", "hcpc_modifier_code_id");

    /// <summary>Streams the data rows.</summary>
    public static IEnumerable<RowResult<LcdArticleModifierRow>> Read(string path, Func<SourceRef> origin, CancellationToken cancellationToken)
    {
        using var reader = new CsvRecordReader(path, TextEncodings.Detect(path));
        var header = new CsvHeader(CsvFile.RequireHeader(reader, LcdArticleFile.HeaderSearchLines, IsHeader,
            "article_id,article_version,hcpc_modifier_code_id,hcpc_modifier_code_version,hcpc_modifier_group,description,last_updated"));
        var id = header.Require(reader.File, "article_id");
        var version = header.Require(reader.File, "article_version");
        var modifier = header.Require(reader.File, "hcpc_modifier_code_id");
        var group = header.Find("hcpc_modifier_group");
        var description = header.Find("description");
        foreach (var row in CsvRows.Read(reader, header.Count, origin, Parse, cancellationToken))
            yield return row;

        // A field that fails is null and rejects the row, which is then dropped: "" stands in for it in the record.
        LcdArticleModifierRow Parse(CsvRecord r, RowParser p)
        {
            // The row is about a modifier, so a blank one (which RowParser.Modifier allows) fails it too.
            var m = p.Modifier(modifier);
            if (r.Trimmed(modifier).Length == 0)
                p.Fail(InputErrorKind.MissingField, "expected a two-character modifier such as 59", r.Starts[modifier], r.Ends[modifier], r.Fields[modifier]);
            return new LcdArticleModifierRow(LcdArticleFile.ArticleNumber(r, p, id, "article_id") ?? "",
                LcdArticleFile.ArticleNumber(r, p, version, "article_version") ?? "", m, LcdArticleFile.Optional(r, group),
                LcdArticleFile.Optional(r, description), p.Source);
        }
    }
}
