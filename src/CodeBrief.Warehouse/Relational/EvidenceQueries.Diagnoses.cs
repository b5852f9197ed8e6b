using CodeBrief.Warehouse.Evidence;
using CodeBrief.Core.Codes;
using CodeBrief.Core.Provenance;

namespace CodeBrief.Warehouse.Relational;

internal sealed partial class EvidenceQueries
{
    /// <summary>
    /// The ICD-10-CM codes related to <paramref name="code"/>: the covered codes of every current coverage article that
    /// lists the code (article -> HCPCS row -> covered ICD-10 rows), and the rows of the user's crosswalk for it. Each
    /// code is checked against the current ICD-10-CM table; see <see cref="DiagnosisFindings"/>.
    /// </summary>
    public DiagnosisFindings Diagnoses(string code)
    {
        const string articles = """
            SELECT i.icd10_code, h.article_id, h.article_version, i.covered_group, i.description,
                   isrc.dataset, isrc.file_name, isrc.version, i.row, hs.dataset, hs.file_name, hs.version, h.row
            FROM lcd_article_hcpc h
            JOIN sources hs ON hs.id = h.source_id AND hs.status = 'current'
            JOIN lcd_article_icd10 i ON i.article_id = h.article_id AND i.article_version = h.article_version
            JOIN sources isrc ON isrc.id = i.source_id AND isrc.status = 'current'
            WHERE h.code = @code
            ORDER BY CAST(h.article_id AS INTEGER), h.row, i.row
            """;
        const string crosswalk = """
            SELECT d.icd10_code, d.note, s.dataset, s.file_name, s.version, d.row
            FROM diagnosis_crosswalk d JOIN sources s ON s.id = d.source_id AND s.status = 'current'
            WHERE d.code = @code
            ORDER BY s.id, d.row
            """;
        var bases = new Dictionary<string, List<DiagnosisBasis>>(StringComparer.Ordinal);
        void Add(string icd, DiagnosisBasis basis)
        {
            if (!bases.TryGetValue(icd, out var list)) bases[icd] = list = [];
            list.Add(basis);
        }

        using (var command = Command(articles, ("@code", code)))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                Add(reader.GetString(0), new DiagnosisBasis("lcd-article", "A" + reader.GetString(1), reader.GetString(2),
                    Sql.TextOrNull(reader, 3), Sql.TextOrNull(reader, 4),
                    new SourceRef(reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetInt64(8)),
                    new SourceRef(reader.GetString(9), reader.GetString(10), reader.GetString(11), reader.GetInt64(12))));
        using (var command = Command(crosswalk, ("@code", code)))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                Add(reader.GetString(0), new DiagnosisBasis("user-crosswalk", null, null, null, Sql.TextOrNull(reader, 1),
                    new SourceRef(reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetInt64(5)), null));

        var found = new List<DiagnosisEvidence>();
        var missing = new List<DiagnosisEvidence>();
        foreach (var (icd, list) in bases.OrderBy(b => b.Key, StringComparer.Ordinal))
        {
            var display = IcdCode.TryParse(icd, out var parsed) ? parsed.Display : icd;
            var evidence = CodeSetEntry(icd) is { } entry
                ? new DiagnosisEvidence(icd, display, entry.Description, entry.Billable, entry.Source, list)
                : new DiagnosisEvidence(icd, display, null, null, null, list);
            (evidence.CodeSet is null ? missing : found).Add(evidence);
        }
        return new DiagnosisFindings(found, missing)
        {
            Articles = Articles(code),
            ArticleDiagnosesLoaded = IsLoaded("lcd-article-icd10"),
            ArticleCodeListsLoaded = IsLoaded("lcd-article-hcpc"),
        };
    }

    /// <summary>The current ICD-10-CM row for <paramref name="icd"/> (stored without its dot), or null.</summary>
    private (string Description, bool Billable, SourceRef Source)? CodeSetEntry(string icd)
    {
        const string sql = """
            SELECT i.description, i.billable, s.dataset, s.file_name, s.version, i.row
            FROM icd10cm i JOIN sources s ON s.id = i.source_id AND s.status = 'current'
            WHERE i.code = @icd ORDER BY s.id DESC, i.row LIMIT 1
            """;
        using var command = Command(sql, ("@icd", icd));
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;
        return (reader.GetString(0), reader.GetInt64(1) != 0,
            new SourceRef(reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetInt64(5)));
    }
}
