using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Text;

namespace CodeBrief.Ingest.LcdArticle;

/// <summary>
/// Reads <c>article_x_hcpc_code.csv</c> from the Medicare Coverage Database "current_article" download: the CPT/HCPCS
/// codes each billing-and-coding article applies to.
/// </summary>
/// <remarks>
/// The long description of a CPT code is AMA text; it is kept because the user loaded it, and shown labelled with this
/// file as its source.
/// </remarks>
internal static class LcdArticleHcpcReader
{
    /// <summary>True for the article-to-HCPCS header (the modifier table has <c>hcpc_modifier_code_id</c> instead).</summary>
    public static bool IsHeader(CsvRecord record) => CsvHeader.Contains(record, "article_id", "article_version", "hcpc_code_id");

    /// <summary>Streams the data rows.</summary>
    public static IEnumerable<RowResult<LcdArticleHcpcRow>> Read(string path, Func<SourceRef> origin, CancellationToken cancellationToken)
    {
        using var reader = new CsvRecordReader(path, TextEncodings.Detect(path));
        var header = new CsvHeader(CsvFile.RequireHeader(reader, LcdArticleFile.HeaderSearchLines, IsHeader,
            "article_id,article_version,hcpc_code_id,hcpc_code_version,hcpc_code_group,range,…"));
        var id = header.Require(reader.File, "article_id");
        var version = header.Require(reader.File, "article_version");
        var code = header.Require(reader.File, "hcpc_code_id");
        var group = header.Find("hcpc_code_group");
        var range = header.Find("range");
        var description = header.Find("long_description");
        foreach (var row in CsvRows.Read(reader, header.Count, origin, Parse, cancellationToken))
            yield return row;

        // A field that fails is null and rejects the row, which is then dropped: "" stands in for it in the record.
        LcdArticleHcpcRow Parse(CsvRecord r, RowParser p) => new(
            LcdArticleFile.ArticleNumber(r, p, id, "article_id") ?? "", LcdArticleFile.ArticleNumber(r, p, version, "article_version") ?? "",
            p.Code(code) ?? "", LcdArticleFile.Optional(r, group), LcdArticleFile.Optional(r, range), LcdArticleFile.Optional(r, description),
            p.Source);
    }
}
