using System.Data.Common;
using CodeBrief.Core.Codes;
using CodeBrief.Ingest.Clfs;
using CodeBrief.Ingest.Hcpcs;
using CodeBrief.Ingest.NcciAoc;
using CodeBrief.Ingest.NcciMue;
using CodeBrief.Ingest.NcciPtp;
using CodeBrief.Ingest.PfsGpci;
using CodeBrief.Ingest.PfsRvu;
using static CodeBrief.Warehouse.Relational.Sql;

namespace CodeBrief.Warehouse.Relational;

/// <summary>The <see cref="IReferenceStore"/> of a relational warehouse (schema in <c>Schema/reference.sql</c>), reading one
/// version of each dataset: the current one, or the previous one (<see cref="IWarehouse.PreviousReference"/>).</summary>
/// <remarks>Every query is parameterised and joins <see cref="JoinSources"/>, or filters on <see cref="InVersion"/>: the tables
/// hold the current and the previous version of each dataset side by side. Not thread-safe.</remarks>
internal sealed partial class ReferenceQueries(DbConnection connection, string status = SourceRecord.Current) : IReferenceStore
{
    /// <summary>The join to the sources of the version this store reads; hides <see cref="Sql.JoinSources"/> in every query here.</summary>
    private string JoinSources { get; } = JoinSourcesOf(status);

    /// <summary>The condition, on a table's unqualified <c>source_id</c>, that its row is of the version this store reads.</summary>
    private string InVersion { get; } = $"source_id IN (SELECT s.id FROM sources s WHERE s.status = '{status}')"; // status checked by JoinSourcesOf

    public IReadOnlyList<string> ProcedureCodes() =>
        Query(connection, $"SELECT code FROM pfs_rvu WHERE {InVersion} UNION SELECT code FROM clfs WHERE {InVersion} UNION SELECT code FROM hcpcs_codes WHERE {InVersion}", r => Text(r, 0))
            .Select(c => c.ToUpperInvariant()).Where(c => HcpcsCode.TryParse(c, out _)).Distinct().Order(StringComparer.Ordinal).ToArray();

    public IReadOnlySet<string> CodesWithTerminationDate() =>
        Query(connection, $"SELECT code FROM hcpcs_codes WHERE {InVersion} AND term_date IS NOT NULL AND trim(term_date) <> ''", r => Text(r, 0).ToUpperInvariant())
            .ToHashSet(StringComparer.Ordinal);

    public HcpcsRow? Hcpcs(string code) => Query(connection, $"""
        SELECT t.code, t.long_desc, t.short_desc, t.price_ind, t.mult_pi, t.coverage, t.betos, t.tos, t.lab_cert, t.xref, t.statute,
               t.add_date, t.eff_date, t.term_date, t.action_cd, {SourceColumns}
        FROM hcpcs_codes t {JoinSources} WHERE t.code = @code ORDER BY t.row LIMIT 1
        """, r => new HcpcsRow(Text(r, 0), Text(r, 1), Text(r, 2), TextOrNull(r, 3), TextOrNull(r, 4), TextOrNull(r, 5), TextOrNull(r, 6),
            TextOrNull(r, 7), TextOrNull(r, 8), TextOrNull(r, 9), TextOrNull(r, 10), TextOrNull(r, 11), TextOrNull(r, 12), TextOrNull(r, 13),
            TextOrNull(r, 14), Source(r, 15)), ("@code", code)).FirstOrDefault();

    public IReadOnlyList<PfsRvuRow> Pfs(string code) => Query(connection, $"""
        SELECT t.code, t.modifier, t.description, t.status, t.not_used_for_medicare, t.work_rvu, t.nf_pe_rvu, t.nf_na_ind, t.f_pe_rvu,
               t.f_na_ind, t.mp_rvu, t.nf_total, t.f_total, t.pctc_ind, t.glob_days, t.pre_op, t.intra_op, t.post_op, t.mult_proc,
               t.bilat_surg, t.asst_surg, t.co_surg, t.team_surg, t.endo_base, t.conv_factor, t.phys_supervision, t.calc_flag,
               t.diag_imaging_family, t.nf_pe_opps, t.f_pe_opps, t.mp_opps, {SourceColumns}
        FROM pfs_rvu t {JoinSources} WHERE t.code = @code ORDER BY t.modifier, t.row
        """, r => new PfsRvuRow(Text(r, 0), Text(r, 1), Text(r, 2), Text(r, 3), Decimal(r, 5), Decimal(r, 6), IsNa(Text(r, 7)),
            Decimal(r, 8), IsNa(Text(r, 9)), Decimal(r, 10), Decimal(r, 11), Decimal(r, 12), Text(r, 13), Text(r, 14), Text(r, 16),
            Text(r, 18), Text(r, 19), Text(r, 20), Text(r, 21), Text(r, 22), Decimal(r, 24), Source(r, 31))
        {
            NotUsedForMedicare = Text(r, 4), PreOperative = Text(r, 15), PostOperative = Text(r, 17), EndoscopicBase = Text(r, 23),
            PhysicianSupervision = Text(r, 25), CalculationFlag = Text(r, 26), DiagnosticImagingFamily = Text(r, 27),
            NonFacilityPeOpps = Decimal(r, 28), FacilityPeOpps = Decimal(r, 29), MalpracticeOppsRvu = Decimal(r, 30),
        }, ("@code", code));

    private static bool IsNa(string indicator) => indicator.Equals("NA", StringComparison.OrdinalIgnoreCase);

    public IReadOnlyList<ClfsRow> Clfs(string code) => Query(connection, $"""
        SELECT t.code, t.modifier, t.year, t.eff_date, t.indicator, t.rate, t.short_desc, t.long_desc, t.extended_desc, {SourceColumns}
        FROM clfs t {JoinSources} WHERE t.code = @code ORDER BY t.modifier, t.row
        """, r => new ClfsRow(Text(r, 0), Text(r, 1), Text(r, 2), Text(r, 3), Text(r, 4), Decimal(r, 5), Text(r, 6), Text(r, 7), Text(r, 8),
            Source(r, 9)), ("@code", code));

    public IReadOnlyList<GpciLocality> Localities() => Query(connection, $"""
        SELECT t.mac, t.state, t.locality, t.locality_name, t.pw_gpci, t.pe_gpci, t.mp_gpci, {SourceColumns}
        FROM pfs_gpci t {JoinSources} ORDER BY t.source_id, t.row
        """, r => new GpciLocality(Text(r, 0), Text(r, 1), Text(r, 2), Text(r, 3), Decimal(r, 4), Decimal(r, 5), Decimal(r, 6), Source(r, 7)));

    public IReadOnlyList<AddOnEditRow> AddOns(string code) => Query(connection, $"""
        SELECT t.addon_code, t.primary_code, t.edit_type, t.addon_del_date, t.primary_del_date, t.eff_date, t.del_date, t.notes, {SourceColumns}
        FROM ncci_addon t {JoinSources} WHERE t.addon_code = @code OR t.primary_code = @code ORDER BY t.addon_code, t.primary_code, t.row
        """, r => new AddOnEditRow(Text(r, 0), Text(r, 1), Text(r, 2), TextOrNull(r, 3), TextOrNull(r, 4), TextOrNull(r, 5), TextOrNull(r, 6),
            TextOrNull(r, 7), Source(r, 8)), ("@code", code));

    public IReadOnlyList<PtpEditRow> Ptp(string code) => Query(connection, $"""
        SELECT t.column1, t.column2, t.setting, t.prior_1996, t.eff_date, t.del_date, t.modifier_ind, t.rationale, {SourceColumns}
        FROM ncci_ptp t {JoinSources} WHERE t.column1 = @code OR t.column2 = @code ORDER BY t.setting, t.column1, t.column2, t.row
        """, r => new PtpEditRow(Text(r, 0), Text(r, 1), Text(r, 2), TextOrNull(r, 3), TextOrNull(r, 4), TextOrNull(r, 5), Text(r, 6),
            TextOrNull(r, 7), Source(r, 8)), ("@code", code));

    public IReadOnlyList<MueRow> Mue(string code) => Query(connection, $"""
        SELECT t.code, t.setting, t.mue_value, t.adjudication_ind, t.rationale, {SourceColumns}
        FROM ncci_mue t {JoinSources} WHERE t.code = @code ORDER BY t.setting, t.row
        """, r => new MueRow(Text(r, 0), Text(r, 1), LongOrNull(r, 2) is { } v ? checked((int)v) : null, TextOrNull(r, 3), TextOrNull(r, 4),
            Source(r, 5)), ("@code", code));

    public ModifierRow? Modifier(string code) => Query(connection, $"""
        SELECT t.code, t.long_desc, t.short_desc, t.add_date, t.eff_date, t.term_date, {SourceColumns}
        FROM modifiers t {JoinSources} WHERE t.code = @code ORDER BY t.row LIMIT 1
        """, r => new ModifierRow(Text(r, 0), TextOrNull(r, 1), TextOrNull(r, 2), TextOrNull(r, 3), TextOrNull(r, 4), TextOrNull(r, 5),
            Source(r, 6)), ("@code", code)).FirstOrDefault();

    public ModifierUse ModifierUse(string modifier) => new(
        Long(connection, null, $"SELECT COUNT(*) FROM pfs_rvu WHERE {InVersion} AND modifier = @m", ("@m", modifier)),
        Long(connection, null, $"SELECT COUNT(*) FROM clfs WHERE {InVersion} AND modifier = @m", ("@m", modifier)));

    public IReadOnlyList<ProcedureDescriptor> ProcedureDescriptors() => Query(connection, $"""
        SELECT t.code, 'pfs' AS kind, t.description, {SourceColumns} FROM pfs_rvu t {JoinSources}
            WHERE t.modifier = '' AND t.description IS NOT NULL AND t.description <> ''
        UNION ALL
        SELECT t.code, 'clfs-short' AS kind, t.short_desc, {SourceColumns} FROM clfs t {JoinSources}
            WHERE t.modifier = '' AND t.short_desc IS NOT NULL AND t.short_desc <> ''
        UNION ALL
        SELECT t.code, 'clfs-long' AS kind, t.long_desc, {SourceColumns} FROM clfs t {JoinSources}
            WHERE t.modifier = '' AND t.long_desc IS NOT NULL AND t.long_desc <> ''
        UNION ALL
        SELECT t.code, 'hcpcs-long' AS kind, t.long_desc, {SourceColumns} FROM hcpcs_codes t {JoinSources}
            WHERE t.long_desc IS NOT NULL AND t.long_desc <> ''
        UNION ALL
        SELECT t.code, 'hcpcs-short' AS kind, t.short_desc, {SourceColumns} FROM hcpcs_codes t {JoinSources}
            WHERE t.short_desc IS NOT NULL AND t.short_desc <> ''
        ORDER BY 1, 2, 7
        """, r => new ProcedureDescriptor(Text(r, 0).ToUpperInvariant(), Text(r, 1), Text(r, 2), Source(r, 3)));

    public IReadOnlyList<PfsGlobalRow> PfsGlobalRows()
    {
        var rows = Query(connection, $"""
            SELECT t.code, t.status, t.pctc_ind, t.glob_days, t.description, {SourceColumns}
            FROM pfs_rvu t {JoinSources} WHERE t.modifier = '' ORDER BY t.code, t.row
            """, r => new PfsGlobalRow(Text(r, 0).ToUpperInvariant(), Text(r, 1), Text(r, 2), Text(r, 3), Text(r, 4), Source(r, 5)));
        // First row per code: the file has one global row per code; a second would be a duplicate line.
        return rows.DistinctBy(r => r.Code).ToList();
    }
}
