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

    public IReadOnlyList<CodeDescriptor> WithWords(IReadOnlyList<string> words, int maxRows) =>
        Query(connection, $"{Select} WHERE {AllWords(words, "words")} ORDER BY code, rank, row LIMIT @limit", Read, WordParameters(words, maxRows));

    public IReadOnlyList<CodeDescriptor> All() => Query(connection, $"{Select} ORDER BY code, rank, row", Read);

    public IReadOnlyList<NuccRow> TaxonomiesWithWords(IReadOnlyList<string> words, int maxRows) => Query(connection, $"""
        {ReferenceQueries.NuccSelectJoined(JoinSources)}
        WHERE s.status = 'current'
          AND {AllWords(words, "lower(COALESCE(t.display_name, '') || ' ' || COALESCE(t.classification, '') || ' ' || COALESCE(t.specialization, ''))")}
        ORDER BY t.code, t.row LIMIT @limit
        """, ReferenceQueries.ReadNucc, WordParameters(words, maxRows));

    /// <summary>The condition that <paramref name="text"/> (lower case) holds every word: one LIKE per word, bound as <c>@w0</c>, <c>@w1</c>, ….</summary>
    private static string AllWords(IReadOnlyList<string> words, string text) => words.Count == 0
        ? "1 = 1"
        : string.Join(" AND ", words.Select((_, i) => $"{text} LIKE @w{i.ToString(CultureInfo.InvariantCulture)} ESCAPE '\\'"));

    /// <summary>The parameters of <see cref="AllWords"/> (each word lower-cased and escaped, between <c>%</c>) and <c>@limit</c>.</summary>
    private static (string Name, object? Value)[] WordParameters(IReadOnlyList<string> words, int maxRows) =>
        [.. words.Select((w, i) => ("@w" + i.ToString(CultureInfo.InvariantCulture), (object?)("%" + EscapeLike(w.ToLowerInvariant()) + "%"))),
            ("@limit", (object?)(long)maxRows)];

    private static CodeDescriptor Read(DbDataReader r) =>
        new(Text(r, 0), Text(r, 1), Convert.ToInt32(r.GetValue(2), CultureInfo.InvariantCulture), Source(r, 3));
}
