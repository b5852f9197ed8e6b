using System.Globalization;
using CodeBrief.Ingest.Icd10cm;
using CodeBrief.Ingest.Nucc;
using static CodeBrief.Warehouse.Relational.Sql;

namespace CodeBrief.Warehouse.Relational;

internal sealed partial class ReferenceQueries
{
    private string IcdSelect => $"SELECT t.code, t.description, t.billable, {SourceColumns} FROM icd10cm t {JoinSources}";

    private string NuccSelect => NuccSelectJoined(JoinSources);

    /// <summary>The NUCC columns <see cref="ReadNucc"/> maps, from <c>nucc_taxonomy t</c> joined to its sources by <paramref name="joinSources"/>.</summary>
    internal static string NuccSelectJoined(string joinSources) => $"""
        SELECT t.code, t."grouping", t.classification, t.specialization, t.definition, t.notes, t.display_name, t.section, {SourceColumns}
        FROM nucc_taxonomy t {joinSources}
        """;

    public IcdRow? Icd(string code) => Query(connection, $"{IcdSelect} WHERE t.code = @code ORDER BY t.row LIMIT 1", ReadIcd, ("@code", code)).FirstOrDefault();

    public IReadOnlyList<IcdRow> IcdBillableChildren(string prefix, int limit) =>
        Query(connection, $"{IcdSelect} WHERE t.code LIKE @prefix ESCAPE '\\' AND t.code <> @code AND t.billable = 1 ORDER BY t.code LIMIT @limit",
            ReadIcd, ("@prefix", EscapeLike(prefix) + "%"), ("@code", prefix), ("@limit", (long)limit));

    public long IcdBillableChildCount(string prefix) =>
        Long(connection, null, $"SELECT COUNT(*) FROM icd10cm WHERE {InVersion} AND code LIKE @prefix ESCAPE '\\' AND code <> @code AND billable = 1",
            ("@prefix", EscapeLike(prefix) + "%"), ("@code", prefix));

    public NuccRow? Taxonomy(string code) =>
        Query(connection, $"{NuccSelect} WHERE t.code = @code ORDER BY t.row LIMIT 1", ReadNucc, ("@code", code)).FirstOrDefault();

    public IReadOnlyList<NuccRow> TaxonomiesNamed(string name) => Query(connection, $"""
        {NuccSelect}
        WHERE lower(t.specialization) = lower(@name) OR lower(t.display_name) = lower(@name)
           OR (lower(t.classification) = lower(@name) AND coalesce(t.specialization, '') = '')
        ORDER BY t.code, t.row
        """, ReadNucc, ("@name", name.Trim()));

    public IReadOnlyList<NuccRow> TaxonomiesOfClassification(string classification) =>
        Query(connection, $"{NuccSelect} WHERE lower(t.classification) = lower(@name) ORDER BY t.code, t.row", ReadNucc, ("@name", classification.Trim()));

    public string? TaxonomyGroupingOfPrefix(string prefix) => Query(connection, $"""
        SELECT "grouping" FROM nucc_taxonomy WHERE {InVersion} AND code LIKE @prefix ESCAPE '\' AND "grouping" IS NOT NULL
        GROUP BY "grouping" ORDER BY COUNT(*) DESC, "grouping" LIMIT 1
        """, r => TextOrNull(r, 0), ("@prefix", EscapeLike(prefix) + "%")).FirstOrDefault();

    private static IcdRow ReadIcd(System.Data.Common.DbDataReader r) =>
        new(Text(r, 0), Text(r, 1), Convert.ToInt64(r.GetValue(2), CultureInfo.InvariantCulture) != 0, Source(r, 3));

    /// <summary>Maps a row selected with <see cref="NuccSelect"/>.</summary>
    internal static NuccRow ReadNucc(System.Data.Common.DbDataReader r) =>
        new(Text(r, 0), Text(r, 1), Text(r, 2), Text(r, 3), Text(r, 4), Text(r, 5), Text(r, 6), Text(r, 7), Source(r, 8));
}
