using System.Data.Common;
using System.Globalization;
using CodeBrief.Core.Provenance;

namespace CodeBrief.Verify.Data;

/// <summary>
/// Read-only, parameterised lookups over the warehouse reference tables (schema in
/// <c>CodeBrief.Warehouse/Schema/reference.sql</c>). Every row comes back with its <see cref="SourceRef"/>.
/// Not thread-safe: one instance per connection.
/// </summary>
internal sealed class ReferenceData(DbConnection connection)
{
    private const string SourceColumns = "s.dataset, s.file_name, s.version, t.row";
    private readonly Dictionary<string, bool> _loaded = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="table"/> (one of the reference tables) holds at least one row.</summary>
    public bool IsLoaded(string table)
    {
        if (_loaded.TryGetValue(table, out var known)) return known;
        if (!KnownTables.Contains(table)) throw new ArgumentException($"{table} is not a reference table.", nameof(table));
        // The table name comes from the fixed list above, never from page text.
        var loaded = Scalar($"SELECT EXISTS(SELECT 1 FROM {table})") is long n && n == 1;
        _loaded[table] = loaded;
        return loaded;
    }

    private static readonly HashSet<string> KnownTables =
        ["nucc_taxonomy", "icd10cm", "hcpcs_codes", "modifiers", "clfs", "pfs_rvu", "pfs_gpci", "ncci_addon", "ncci_ptp", "ncci_mue"];

    /// <summary>The file a reference table was loaded from (row 0: the whole file), or null when the table is empty.</summary>
    public SourceRef? FileOf(string table)
    {
        if (!IsLoaded(table)) return null;
        // The table name was checked against the fixed list by IsLoaded.
        var rows = Query($"SELECT s.dataset, s.file_name, s.version, 0 FROM {table} t JOIN sources s ON s.id = t.source_id LIMIT 1", r => ReadSource(r, 0));
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>The NUCC row of <paramref name="code"/>, or null.</summary>
    public NuccEntry? Taxonomy(string code) =>
        Query($"SELECT t.code, t.grouping, t.classification, t.specialization, t.display_name, {SourceColumns} FROM nucc_taxonomy t JOIN sources s ON s.id = t.source_id WHERE t.code = @a", ReadNucc, code).FirstOrDefault();

    /// <summary>NUCC rows whose specialization, classification (when it has none) or display name is <paramref name="name"/>.</summary>
    public IReadOnlyList<NuccEntry> TaxonomyNamed(string name) =>
        Query($"""
            SELECT t.code, t.grouping, t.classification, t.specialization, t.display_name, {SourceColumns}
            FROM nucc_taxonomy t JOIN sources s ON s.id = t.source_id
            WHERE lower(t.specialization) = lower(@a) OR lower(t.display_name) = lower(@a)
               OR (lower(t.classification) = lower(@a) AND coalesce(t.specialization, '') = '')
            ORDER BY t.code
            """, ReadNucc, name.Trim());

    /// <summary>NUCC rows of one classification (for suggestions when no specialization matches).</summary>
    public IReadOnlyList<NuccEntry> TaxonomyClassification(string classification) =>
        Query($"SELECT t.code, t.grouping, t.classification, t.specialization, t.display_name, {SourceColumns} FROM nucc_taxonomy t JOIN sources s ON s.id = t.source_id WHERE lower(t.classification) = lower(@a) ORDER BY t.code", ReadNucc, classification.Trim());

    /// <summary>The grouping most codes starting with <paramref name="prefix"/> belong to, or null.</summary>
    public string? TaxonomyGroupingOfPrefix(string prefix) =>
        Scalar("SELECT grouping FROM nucc_taxonomy WHERE code LIKE @a || '%' GROUP BY grouping ORDER BY count(*) DESC LIMIT 1", prefix) as string;

    /// <summary>The ICD-10-CM row of <paramref name="code"/> (no dot), or null.</summary>
    public IcdEntry? Icd(string code) =>
        Query($"SELECT t.code, t.description, t.billable, {SourceColumns} FROM icd10cm t JOIN sources s ON s.id = t.source_id WHERE t.code = @a", ReadIcd, code).FirstOrDefault();

    /// <summary>Billable codes that extend <paramref name="prefix"/>, first <paramref name="limit"/> in code order.</summary>
    public IReadOnlyList<IcdEntry> IcdChildren(string prefix, int limit) =>
        Query($"SELECT t.code, t.description, t.billable, {SourceColumns} FROM icd10cm t JOIN sources s ON s.id = t.source_id WHERE t.code LIKE @a || '%' AND t.code <> @a AND t.billable = 1 ORDER BY t.code LIMIT {limit.ToString(CultureInfo.InvariantCulture)}", ReadIcd, prefix);

    /// <summary>How many billable codes extend <paramref name="prefix"/>.</summary>
    public long IcdChildCount(string prefix) =>
        Scalar("SELECT count(*) FROM icd10cm WHERE code LIKE @a || '%' AND code <> @a AND billable = 1", prefix) is long n ? n : 0;

    /// <summary>The HCPCS Level II code row, or null.</summary>
    public HcpcsEntry? Hcpcs(string code) =>
        Query($"SELECT t.code, t.long_desc, t.short_desc, t.term_date, t.xref, {SourceColumns} FROM hcpcs_codes t JOIN sources s ON s.id = t.source_id WHERE t.code = @a", ReadHcpcs, code).FirstOrDefault();

    /// <summary>The HCPCS Level II modifier row, or null.</summary>
    public HcpcsEntry? Modifier(string code) =>
        Query($"SELECT t.code, t.long_desc, t.short_desc, t.term_date, NULL, {SourceColumns} FROM modifiers t JOIN sources s ON s.id = t.source_id WHERE t.code = @a", ReadHcpcs, code).FirstOrDefault();

    /// <summary>PFS rows of a code, the global row (no modifier) first.</summary>
    public IReadOnlyList<PfsEntry> Pfs(string code) =>
        Query($"""
            SELECT t.code, t.modifier, t.description, t.status, t.pctc_ind, t.glob_days, t.intra_op, t.mult_proc, t.bilat_surg, t.asst_surg,
                   t.co_surg, t.team_surg, t.nf_total, t.f_total, t.conv_factor, t.work_rvu, t.nf_pe_rvu, t.f_pe_rvu, t.mp_rvu, {SourceColumns}
            FROM pfs_rvu t JOIN sources s ON s.id = t.source_id WHERE t.code = @a ORDER BY t.modifier, t.row
            """, ReadPfs, code);

    /// <summary>CLFS rows of a code, the row without modifier first.</summary>
    public IReadOnlyList<ClfsEntry> Clfs(string code) =>
        Query($"SELECT t.code, t.modifier, t.indicator, t.rate, t.short_desc, t.long_desc, t.extended_desc, {SourceColumns} FROM clfs t JOIN sources s ON s.id = t.source_id WHERE t.code = @a ORDER BY t.modifier, t.row", ReadClfs, code);

    /// <summary>Active add-on edits where <paramref name="code"/> is the add-on code.</summary>
    public IReadOnlyList<AddOnEdit> AddOnPrimaries(string code) =>
        Query($"SELECT t.addon_code, t.primary_code, t.edit_type, t.del_date, {SourceColumns} FROM ncci_addon t JOIN sources s ON s.id = t.source_id WHERE t.addon_code = @a AND coalesce(t.del_date, '') = '' ORDER BY t.primary_code", ReadAddOn, code);

    /// <summary>Active add-on edits where <paramref name="code"/> is a primary code.</summary>
    public IReadOnlyList<AddOnEdit> AddOnsOfPrimary(string code) =>
        Query($"SELECT t.addon_code, t.primary_code, t.edit_type, t.del_date, {SourceColumns} FROM ncci_addon t JOIN sources s ON s.id = t.source_id WHERE t.primary_code = @a AND coalesce(t.del_date, '') = '' ORDER BY t.addon_code", ReadAddOn, code);

    /// <summary>Active PTP edits between two codes, in either column order.</summary>
    public IReadOnlyList<PtpEdit> Ptp(string a, string b) =>
        Query($"""
            SELECT t.column1, t.column2, t.setting, t.modifier_ind, t.del_date, {SourceColumns}
            FROM ncci_ptp t JOIN sources s ON s.id = t.source_id
            WHERE ((t.column1 = @a AND t.column2 = @b) OR (t.column1 = @b AND t.column2 = @a)) AND coalesce(t.del_date, '') = ''
            ORDER BY t.setting
            """, ReadPtp, a, b);

    /// <summary>Any loaded row naming the procedure code: PFS, CLFS, HCPCS, NCCI AOC/PTP/MUE, most authoritative first.</summary>
    public IReadOnlyList<Evidence> ProcedureMentions(string code)
    {
        var found = new List<Evidence>();
        if (Hcpcs(code) is { } h) found.Add(new Evidence(h.Source, $"HCPCS {h.Code}: {h.LongDescription}"));
        if (Pfs(code).FirstOrDefault() is { } p) found.Add(new Evidence(p.Source, $"PFS {p.Code}: {p.Description} (status {p.Status})"));
        if (Clfs(code).FirstOrDefault() is { } c) found.Add(new Evidence(c.Source, $"CLFS {c.Code}: {c.ShortDescription}"));
        if ((AddOnPrimaries(code).FirstOrDefault() ?? AddOnsOfPrimary(code).FirstOrDefault()) is { } a)
            found.Add(new Evidence(a.Source, $"NCCI add-on edit {a.AddOnCode} with primary {a.PrimaryCode}"));
        foreach (var (table, column, label) in new[] { ("ncci_ptp", "column1", "NCCI PTP edit"), ("ncci_ptp", "column2", "NCCI PTP edit"), ("ncci_mue", "code", "NCCI MUE") })
        {
            if (found.Count > 0) break;
            // table and column come from the fixed list above.
            var row = Query($"SELECT {SourceColumns} FROM {table} t JOIN sources s ON s.id = t.source_id WHERE t.{column} = @a LIMIT 1", r => ReadSource(r, 0), code).FirstOrDefault();
            if (row != default) found.Add(new Evidence(row, $"{label} for {code}"));
        }
        return found;
    }

    private List<T> Query<T>(string sql, Func<DbDataReader, T> read, params string[] args)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        AddParameters(command, args);
        using var reader = command.ExecuteReader();
        var list = new List<T>();
        while (reader.Read()) list.Add(read(reader));
        return list;
    }

    private object? Scalar(string sql, params string[] args)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        AddParameters(command, args);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    private static void AddParameters(DbCommand command, string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            var p = command.CreateParameter();
            p.ParameterName = "@" + (char)('a' + i);
            p.Value = args[i];
            command.Parameters.Add(p);
        }
    }

    private static string Text(DbDataReader r, int i) => r.IsDBNull(i) ? "" : Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture)!.Trim(); // non-null value

    private static string? OptionalText(DbDataReader r, int i) => Text(r, i) is { Length: > 0 } s ? s : null;

    private static decimal? Decimal(DbDataReader r, int i) =>
        decimal.TryParse(Text(r, i), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : null;

    private static SourceRef ReadSource(DbDataReader r, int first) =>
        new(Text(r, first), Text(r, first + 1), Text(r, first + 2), r.GetInt64(first + 3));

    private static NuccEntry ReadNucc(DbDataReader r) => new(Text(r, 0), Text(r, 1), Text(r, 2), Text(r, 3), Text(r, 4), ReadSource(r, 5));

    private static IcdEntry ReadIcd(DbDataReader r) => new(Text(r, 0), Text(r, 1), r.GetInt64(2) != 0, ReadSource(r, 3));

    private static HcpcsEntry ReadHcpcs(DbDataReader r) => new(Text(r, 0), Text(r, 1), Text(r, 2), OptionalText(r, 3), OptionalText(r, 4), ReadSource(r, 5));

    private static PfsEntry ReadPfs(DbDataReader r) => new(Text(r, 0), Text(r, 1), Text(r, 2), Text(r, 3), Text(r, 4), Text(r, 5), Text(r, 6), Text(r, 7), Text(r, 8), Text(r, 9),
        Text(r, 10), Text(r, 11), Decimal(r, 12), Decimal(r, 13), Decimal(r, 14), Decimal(r, 15), Decimal(r, 16), Decimal(r, 17), Decimal(r, 18), ReadSource(r, 19));

    /// <summary>Every PFS locality with its GPCIs.</summary>
    public IReadOnlyList<GpciEntry> Gpcis() =>
        Query($"SELECT t.mac, t.locality, t.locality_name, t.pw_gpci, t.pe_gpci, t.mp_gpci, {SourceColumns} FROM pfs_gpci t JOIN sources s ON s.id = t.source_id ORDER BY t.mac, t.locality",
            r => new GpciEntry(Text(r, 0), Text(r, 1), Text(r, 2), Decimal(r, 3) ?? 0, Decimal(r, 4) ?? 0, Decimal(r, 5) ?? 0, ReadSource(r, 6)));

    private static ClfsEntry ReadClfs(DbDataReader r) =>
        new(Text(r, 0), Text(r, 1), Text(r, 2), Decimal(r, 3), Text(r, 4), Text(r, 5), Text(r, 6), ReadSource(r, 7));

    private static AddOnEdit ReadAddOn(DbDataReader r) => new(Text(r, 0), Text(r, 1), Text(r, 2), OptionalText(r, 3), ReadSource(r, 4));

    private static PtpEdit ReadPtp(DbDataReader r) => new(Text(r, 0), Text(r, 1), Text(r, 2), OptionalText(r, 3), OptionalText(r, 4), ReadSource(r, 5));
}
