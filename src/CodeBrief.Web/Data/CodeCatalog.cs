using System.Globalization;
using System.Text;
using CodeBrief.Core.Codes;
using CodeBrief.Dossier.Editorial;
using Microsoft.Data.Sqlite;

namespace CodeBrief.Web.Data;

/// <summary>
/// Read-only look-ups the site needs beside the briefs: search by code or descriptor words or specialty, close matches
/// for an unknown code, every code for the static index, and the loaded sources. All SQL is parameterised and every
/// answer is bounded.
/// </summary>
public static class CodeCatalog
{
    /// <summary>The most codes one search returns.</summary>
    public const int MaxCodes = 50;

    /// <summary>The most specialties one search returns.</summary>
    public const int MaxSpecialties = 20;

    /// <summary>Longest query accepted; longer text is cut, not rejected.</summary>
    public const int MaxQueryLength = 100;

    /// <summary>Most words of a query used (each word is one LIKE term).</summary>
    public const int MaxWords = 6;

    // Every descriptor of every code, current sources only, preferred order: HCPCS file, CLFS (full CPT wording first), PFS.
    // 'words' joins all descriptor columns of a row so a search finds words of the short and the long forms.
    // 'rank' orders the sources so the first descriptor per code is the one shown.
    private const string Descriptors = """
        SELECT h.code AS code, COALESCE(h.long_desc, h.short_desc) AS text, 1 AS rank, s.file_name, s.version, h.row,
               COALESCE(h.long_desc, '') || ' ' || COALESCE(h.short_desc, '') AS words
          FROM hcpcs_codes h JOIN sources s ON s.id = h.source_id WHERE s.status = 'current'
        UNION ALL
        SELECT c.code, COALESCE(c.extended_desc, c.long_desc, c.short_desc), 2, s.file_name, s.version, c.row,
               COALESCE(c.extended_desc, '') || ' ' || COALESCE(c.long_desc, '') || ' ' || COALESCE(c.short_desc, '')
          FROM clfs c JOIN sources s ON s.id = c.source_id WHERE s.status = 'current' AND c.modifier = ''
        UNION ALL
        SELECT p.code, p.description, 3, s.file_name, s.version, p.row, COALESCE(p.description, '')
          FROM pfs_rvu p JOIN sources s ON s.id = p.source_id WHERE s.status = 'current' AND p.modifier = ''
        """;

    /// <summary>Searches codes (exact code, code prefix, or all words in a descriptor) and NUCC specialties.</summary>
    public static SearchResult Search(SqliteConnection connection, string? query)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var q = (query ?? "").Trim();
        if (q.Length > MaxQueryLength) q = q[..MaxQueryLength];
        if (q.Length == 0) return new SearchResult(q, [], [], false);

        var words = q.Split((char[])[' ', '\t', ',', ';'], StringSplitOptions.RemoveEmptyEntries).Take(MaxWords).ToArray();
        var codes = new List<CodeHit>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var truncated = false;

        // A code or code prefix (digits and letters only, up to five) is looked up by its start; parameter, never spliced.
        if (words.Length == 1 && words[0].Length <= 5 && words[0].All(char.IsAsciiLetterOrDigit))
            truncated |= Collect(connection, $"SELECT code, text, rank, file_name, version, row FROM ({Descriptors}) WHERE code LIKE @p0 ESCAPE '\\' ORDER BY code, rank LIMIT @limit",
                [words[0].ToUpperInvariant() + "%"], codes, seen);

        if (codes.Count < MaxCodes)
        {
            var where = string.Join(" AND ", words.Select((_, i) => $"words LIKE @p{i.ToString(CultureInfo.InvariantCulture)} ESCAPE '\\'"));
            truncated |= Collect(connection, $"SELECT code, text, rank, file_name, version, row FROM ({Descriptors}) WHERE {where} ORDER BY code, rank LIMIT @limit",
                words.Select(w => "%" + EscapeLike(w) + "%").ToArray(), codes, seen);
        }
        return new SearchResult(q, codes, SearchSpecialties(connection, words), truncated);
    }

    /// <summary>The descriptor shown for <paramref name="code"/> with its source, or null when no loaded file has the code.</summary>
    public static CodeHit? Find(SqliteConnection connection, HcpcsCode code)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var hits = new List<CodeHit>();
        Collect(connection, $"SELECT code, text, rank, file_name, version, row FROM ({Descriptors}) WHERE code = @p0 ORDER BY rank LIMIT @limit", [code.Value], hits, []);
        return hits.Count > 0 ? hits[0] : null;
    }

    /// <summary>Known codes that share the longest prefix with <paramref name="code"/> (at least two characters), at most ten.</summary>
    public static IReadOnlyList<CodeHit> CloseMatches(SqliteConnection connection, HcpcsCode code)
    {
        ArgumentNullException.ThrowIfNull(connection);
        for (var length = 4; length >= 2; length--)
        {
            var hits = new List<CodeHit>();
            Collect(connection, $"SELECT code, text, rank, file_name, version, row FROM ({Descriptors}) WHERE code LIKE @p0 ORDER BY code, rank LIMIT @limit",
                [code.Value[..length] + "%"], hits, new HashSet<string>(StringComparer.Ordinal), 10);
            if (hits.Count > 0) return hits;
        }
        return [];
    }

    /// <summary>Every known code with its shown descriptor, in code order (for the static site's index).</summary>
    public static IReadOnlyList<CodeHit> All(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var hits = new List<CodeHit>();
        Collect(connection, $"SELECT code, text, rank, file_name, version, row FROM ({Descriptors}) ORDER BY code, rank LIMIT @limit", [], hits,
            new HashSet<string>(StringComparer.Ordinal), int.MaxValue);
        return hits;
    }

    /// <summary>Every row of <c>sources</c>, current first, by dataset.</summary>
    public static IReadOnlyList<SourceRow> Sources(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, dataset, publisher, file_name, version, sha256, rows_loaded, rows_rejected, loaded_at, status, is_synthetic
            FROM sources ORDER BY CASE status WHEN 'current' THEN 0 ELSE 1 END, dataset, loaded_at DESC, id
            """;
        using var reader = command.ExecuteReader();
        var rows = new List<SourceRow>();
        while (reader.Read())
            rows.Add(new SourceRow(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), reader.GetInt64(6), reader.GetInt64(7), reader.GetString(8), reader.GetString(9), reader.GetInt64(10) != 0));
        return rows;
    }

    private static List<SpecialtyHit> SearchSpecialties(SqliteConnection connection, string[] words)
    {
        using var command = connection.CreateCommand();
        var terms = new StringBuilder();
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0) terms.Append(" AND ");
            var p = "@w" + i.ToString(CultureInfo.InvariantCulture);
            terms.Append("(COALESCE(n.display_name,'') || ' ' || COALESCE(n.classification,'') || ' ' || COALESCE(n.specialization,'')) LIKE ").Append(p).Append(" ESCAPE '\\'");
            command.Parameters.AddWithValue(p, "%" + EscapeLike(words[i]) + "%");
        }
        command.CommandText = $"""
            SELECT n.code, COALESCE(n.display_name, n.classification, ''), COALESCE(n.classification, ''), COALESCE(n.specialization, ''), s.file_name, s.version, n.row
            FROM nucc_taxonomy n JOIN sources s ON s.id = n.source_id
            WHERE s.status = 'current' AND {terms} ORDER BY n.code LIMIT {MaxSpecialties.ToString(CultureInfo.InvariantCulture)}
            """;
        using var reader = command.ExecuteReader();
        var hits = new List<SpecialtyHit>();
        while (reader.Read())
        {
            var classification = reader.GetString(3).Length > 0 ? $"{reader.GetString(2)}, {reader.GetString(3)}" : reader.GetString(2);
            var code = reader.GetString(0);
            var families = TaxonomyMap.Entries.Where(e => e.Taxonomy == code)
                .Select(e => e.Subfamily is null ? e.Family : $"{e.Family}: {e.Subfamily}").Distinct(StringComparer.Ordinal).ToList();
            hits.Add(new SpecialtyHit(code, reader.GetString(1), classification, Label(reader, 4), families));
        }
        return hits;
    }

    // Adds rows to 'hits' (first descriptor per code wins); returns true when the limit cut the answer.
    private static bool Collect(SqliteConnection connection, string sql, string[] parameters, List<CodeHit> hits, HashSet<string> seen, int max = MaxCodes)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < parameters.Length; i++)
            command.Parameters.AddWithValue("@p" + i.ToString(CultureInfo.InvariantCulture), parameters[i]);
        // Several descriptors per code come back; ask for enough rows to fill 'max' codes and learn whether more exist.
        command.Parameters.AddWithValue("@limit", max == int.MaxValue ? -1 : (long)(max + 1) * 4);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var code = reader.GetString(0);
            if (!seen.Add(code)) continue;
            if (hits.Count >= max) return true;
            hits.Add(new CodeHit(code, reader.IsDBNull(1) ? "" : reader.GetString(1), Label(reader, 3)));
        }
        return false;
    }

    private static string Label(SqliteDataReader reader, int first) =>
        $"{reader.GetString(first)} ({reader.GetString(first + 1)}), row {reader.GetInt64(first + 2).ToString(CultureInfo.InvariantCulture)}";

    private static string EscapeLike(string word) =>
        word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
