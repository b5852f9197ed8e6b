using System.Data.Common;
using System.Globalization;
using CodeBrief.Ingest.Nucc;
using static CodeBrief.Warehouse.Relational.Sql;

namespace CodeBrief.Warehouse.Relational;

/// <summary>The <see cref="ICodeCatalog"/> of a relational warehouse.</summary>
internal sealed class CatalogQueries(DbConnection connection) : ICodeCatalog
{
    // Every descriptor of every code, current sources only: HCPCS file (rank 1), CLFS (2, full CPT wording first), PFS (3).
    // 'words' joins all descriptor columns of a row so a search finds words of the short and the long forms.
    private const string Descriptors = """
        SELECT t.code AS code, COALESCE(t.long_desc, t.short_desc, '') AS text, 1 AS rank, s.dataset, s.file_name, s.version, t.row,
               lower(COALESCE(t.long_desc, '') || ' ' || COALESCE(t.short_desc, '')) AS words
          FROM hcpcs_codes t JOIN sources s ON s.id = t.source_id WHERE s.status = 'current'
        UNION ALL
        SELECT t.code, COALESCE(t.extended_desc, t.long_desc, t.short_desc, ''), 2, s.dataset, s.file_name, s.version, t.row,
               lower(COALESCE(t.extended_desc, '') || ' ' || COALESCE(t.long_desc, '') || ' ' || COALESCE(t.short_desc, ''))
          FROM clfs t JOIN sources s ON s.id = t.source_id WHERE s.status = 'current' AND t.modifier = ''
        UNION ALL
        SELECT t.code, COALESCE(t.description, ''), 3, s.dataset, s.file_name, s.version, t.row, lower(COALESCE(t.description, ''))
          FROM pfs_rvu t JOIN sources s ON s.id = t.source_id WHERE s.status = 'current' AND t.modifier = ''
        """;

    private const string Select = $"SELECT code, text, rank, dataset, file_name, version, row FROM ({Descriptors}) d";

    public IReadOnlyList<CodeDescriptor> WithPrefix(string prefix, int maxRows) =>
        Query(connection, $"{Select} WHERE code LIKE @p ESCAPE '\\' ORDER BY code, rank, row LIMIT @limit", Read,
            ("@p", EscapeLike(prefix.ToUpperInvariant()) + "%"), ("@limit", (long)maxRows));

    public IReadOnlyList<CodeDescriptor> WithWords(IReadOnlyList<string> words, int maxRows)
    {
        var where = string.Join(" AND ", words.Select((_, i) => $"words LIKE @w{i.ToString(CultureInfo.InvariantCulture)} ESCAPE '\\'"));
        var parameters = words.Select((w, i) => ("@w" + i.ToString(CultureInfo.InvariantCulture), (object?)("%" + EscapeLike(w.ToLowerInvariant()) + "%")))
            .Append(("@limit", (object?)(long)maxRows)).ToArray();
        return Query(connection, $"{Select} WHERE {(words.Count == 0 ? "1 = 1" : where)} ORDER BY code, rank, row LIMIT @limit", Read, parameters);
    }

    public IReadOnlyList<CodeDescriptor> All() => Query(connection, $"{Select} ORDER BY code, rank, row", Read);

    public IReadOnlyList<NuccRow> TaxonomiesWithWords(IReadOnlyList<string> words, int maxRows)
    {
        var where = string.Join(" AND ", words.Select((_, i) =>
            $"lower(COALESCE(t.display_name, '') || ' ' || COALESCE(t.classification, '') || ' ' || COALESCE(t.specialization, '')) LIKE @w{i.ToString(CultureInfo.InvariantCulture)} ESCAPE '\\'"));
        var parameters = words.Select((w, i) => ("@w" + i.ToString(CultureInfo.InvariantCulture), (object?)("%" + EscapeLike(w.ToLowerInvariant()) + "%")))
            .Append(("@limit", (object?)(long)maxRows)).ToArray();
        return Query(connection, $"""
            SELECT t.code, t."grouping", t.classification, t.specialization, t.definition, t.notes, t.display_name, t.section, {SourceColumns}
            FROM nucc_taxonomy t {JoinSources}
            WHERE s.status = 'current' AND {(words.Count == 0 ? "1 = 1" : where)} ORDER BY t.code, t.row LIMIT @limit
            """, r => new NuccRow(Text(r, 0), Text(r, 1), Text(r, 2), Text(r, 3), Text(r, 4), Text(r, 5), Text(r, 6), Text(r, 7), Source(r, 8)),
            parameters);
    }

    private static CodeDescriptor Read(DbDataReader r) =>
        new(Text(r, 0), Text(r, 1), Convert.ToInt32(r.GetValue(2), CultureInfo.InvariantCulture), Source(r, 3));
}
