using CodeBrief.Core.Codes;
using CodeBrief.Core.Provenance;
using CodeBrief.Warehouse.Evidence;

namespace CodeBrief.Warehouse.Relational;

internal sealed partial class EvidenceQueries
{
    /// <summary>
    /// The current coverage articles whose CPT/HCPCS list names <paramref name="code"/>, by article number, with their title,
    /// contractors, effective date and link from the current article list, and their non-covered ICD-10-CM codes.
    /// </summary>
    private List<CoverageArticleEvidence> Articles(string code)
    {
        const string sql = """
            SELECT h.article_id, h.article_version, hs.dataset, hs.file_name, hs.version, h.row,
                   a.title, a.contractor, a.effective_date, a.url, asrc.dataset, asrc.file_name, asrc.version, a.row, a.jurisdiction
            FROM lcd_article_hcpc h
            JOIN sources hs ON hs.id = h.source_id AND hs.status = 'current'
            LEFT JOIN lcd_article a ON a.article_id = h.article_id AND a.article_version = h.article_version
                 AND a.source_id IN (SELECT id FROM sources WHERE status = 'current')
            LEFT JOIN sources asrc ON asrc.id = a.source_id
            WHERE h.code = @code
            ORDER BY CAST(h.article_id AS INTEGER), h.row, a.row
            """;
        var rows = new List<(string Id, string Version, SourceRef Link, string? Title, string? Contractor, string? Effective, string? Url, SourceRef? Listing, string? Jurisdiction)>();
        using (var command = Command(sql, ("@code", code)))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                rows.Add((reader.GetString(0), reader.GetString(1),
                    new SourceRef(reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetInt64(5)),
                    Sql.TextOrNull(reader, 6), Sql.TextOrNull(reader, 7), Sql.TextOrNull(reader, 8), Sql.TextOrNull(reader, 9),
                    reader.IsDBNull(10) ? null : new SourceRef(reader.GetString(10), reader.GetString(11), reader.GetString(12), reader.GetInt64(13)),
                    Sql.TextOrNull(reader, 14)));

        var noncovered = Noncovered(code);
        var groups = ArticleRows<ArticleGroupEvidence>(code, "lcd_article_icd10_group", "t.covered_group, t.paragraph",
            "CAST(t.covered_group AS INTEGER), t.row", (reader, source) => new ArticleGroupEvidence(reader.GetString(2), reader.GetString(3), source));
        var modifiers = ArticleRows<ArticleModifierEvidence>(code, "lcd_article_modifier", "t.modifier, t.description",
            "t.row", (reader, source) => new ArticleModifierEvidence(reader.GetString(2), Sql.TextOrNull(reader, 3), source));
        return rows.GroupBy(r => (r.Id, r.Version)).Select(g =>
        {
            var first = g.First();
            var listed = g.FirstOrDefault(r => r.Listing is not null);
            return new CoverageArticleEvidence("A" + first.Id, first.Version, listed.Title,
                g.Select(r => r.Contractor).OfType<string>().Distinct(StringComparer.Ordinal).ToList(), listed.Effective, listed.Url, listed.Listing,
                first.Link, noncovered.GetValueOrDefault((first.Id, first.Version)) ?? [])
            {
                Jurisdictions = g.Select(r => r.Jurisdiction).OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
                CoveredGroups = groups.GetValueOrDefault((first.Id, first.Version)) ?? [],
                Modifiers = modifiers.GetValueOrDefault((first.Id, first.Version)) ?? [],
            };
        }).ToList();
    }

    /// <summary>Rows of an article table (<paramref name="table"/>, read as <c>t</c>: id, version, then <paramref name="columns"/>)
    /// for the current articles listing <paramref name="code"/>, by article id and version, each with its source row.</summary>
    private Dictionary<(string, string), List<T>> ArticleRows<T>(string code, string table, string columns, string order,
        Func<System.Data.Common.DbDataReader, SourceRef, T> read)
    {
        var sql = $"""
            SELECT t.article_id, t.article_version, {columns}, ts.dataset, ts.file_name, ts.version, t.row
            FROM lcd_article_hcpc h
            JOIN sources hs ON hs.id = h.source_id AND hs.status = 'current'
            JOIN {table} t ON t.article_id = h.article_id AND t.article_version = h.article_version
            JOIN sources ts ON ts.id = t.source_id AND ts.status = 'current'
            WHERE h.code = @code
            ORDER BY t.article_id, {order}
            """;
        var result = new Dictionary<(string, string), List<T>>();
        using var command = Command(sql, ("@code", code));
        using var reader = command.ExecuteReader();
        var at = reader.FieldCount - 4;
        // An article whose code list names the code twice (two code groups) joins its rows twice: each row is kept once.
        var seen = new HashSet<SourceRef>();
        while (reader.Read())
        {
            var source = new SourceRef(reader.GetString(at), reader.GetString(at + 1), reader.GetString(at + 2), reader.GetInt64(at + 3));
            if (!seen.Add(source)) continue;
            var key = (reader.GetString(0), reader.GetString(1));
            if (!result.TryGetValue(key, out var list)) result[key] = list = [];
            list.Add(read(reader, source));
        }
        return result;
    }

    /// <summary>The non-covered codes of the articles listing <paramref name="code"/>, by article id and version.</summary>
    private Dictionary<(string, string), List<DiagnosisEvidence>> Noncovered(string code)
    {
        const string sql = """
            SELECT n.article_id, n.article_version, n.icd10_code, n.description, ns.dataset, ns.file_name, ns.version, n.row,
                   hs.dataset, hs.file_name, hs.version, h.row
            FROM lcd_article_hcpc h
            JOIN sources hs ON hs.id = h.source_id AND hs.status = 'current'
            JOIN lcd_article_icd10_nc n ON n.article_id = h.article_id AND n.article_version = h.article_version
            JOIN sources ns ON ns.id = n.source_id AND ns.status = 'current'
            WHERE h.code = @code
            ORDER BY CAST(n.article_id AS INTEGER), n.row
            """;
        var found = new List<(string Id, string Version, string Icd, DiagnosisBasis Basis)>();
        using (var command = Command(sql, ("@code", code)))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                found.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), new DiagnosisBasis("lcd-article-noncovered",
                    "A" + reader.GetString(0), reader.GetString(1), null, Sql.TextOrNull(reader, 3),
                    new SourceRef(reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.GetInt64(7)),
                    new SourceRef(reader.GetString(8), reader.GetString(9), reader.GetString(10), reader.GetInt64(11)))));
        var result = new Dictionary<(string, string), List<DiagnosisEvidence>>();
        foreach (var f in found)
        {
            if (!result.TryGetValue((f.Id, f.Version), out var list)) result[(f.Id, f.Version)] = list = [];
            var display = IcdCode.TryParse(f.Icd, out var parsed) ? parsed.Display : f.Icd;
            list.Add(CodeSetEntry(f.Icd) is { } entry
                ? new DiagnosisEvidence(f.Icd, display, entry.Description, entry.Billable, entry.Source, [f.Basis])
                : new DiagnosisEvidence(f.Icd, display, null, null, null, [f.Basis]));
        }
        return result;
    }

    /// <summary>True when a current source of <paramref name="dataset"/> is loaded.</summary>
    private bool IsLoaded(string dataset)
    {
        using var command = Command("SELECT COUNT(*) FROM sources WHERE status = 'current' AND dataset = @d", ("@d", dataset));
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }
}
