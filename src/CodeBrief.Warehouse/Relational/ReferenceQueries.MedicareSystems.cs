using CodeBrief.Ingest.AnesthesiaBaseUnits;
using CodeBrief.Ingest.AscAddenda;
using CodeBrief.Ingest.AspPricing;
using CodeBrief.Ingest.OppsAddendumB;
using CodeBrief.Ingest.PfsAnesthesia;
using static CodeBrief.Warehouse.Relational.Sql;

namespace CodeBrief.Warehouse.Relational;

// The Medicare payment systems beside the PFS and CLFS: anesthesia, hospital outpatient (OPPS), ASC and Part B drugs (ASP).
internal sealed partial class ReferenceQueries
{
    public IReadOnlyList<AnesthesiaBaseUnitRow> AnesthesiaBaseUnits(string code) => Query(connection, $"""
        SELECT t.code, t.base_units, {SourceColumns}
        FROM anes_base_units t {JoinSources} WHERE t.code = @code ORDER BY t.source_id, t.row
        """, r => new AnesthesiaBaseUnitRow(Text(r, 0), Decimal(r, 1) ?? 0m, Source(r, 2)), ("@code", code));

    public IReadOnlyList<PfsAnesthesiaRow> AnesthesiaConversionFactors() => Query(connection, $"""
        SELECT t.mac, t.locality, t.locality_name, t.anes_cf, t.national_cf, {SourceColumns}
        FROM pfs_anesthesia_cf t {JoinSources} ORDER BY t.source_id, t.row
        """, r => new PfsAnesthesiaRow(Text(r, 0), Text(r, 1), TextOrNull(r, 2), Decimal(r, 3), Decimal(r, 4) ?? 0m, Source(r, 5)));

    public IReadOnlyList<OppsRateRow> Opps(string code) => Query(connection, $"""
        SELECT t.code, t.status_ind, t.apc, t.rel_weight, t.payment_rate, t.natl_copay, t.min_copay, {SourceColumns}
        FROM opps_rates t {JoinSources} WHERE t.code = @code ORDER BY t.source_id, t.row
        """, r => new OppsRateRow(Text(r, 0), Text(r, 1), TextOrNull(r, 2), Decimal(r, 3), Decimal(r, 4), Decimal(r, 5), Decimal(r, 6),
            Source(r, 7)), ("@code", code));

    public IReadOnlyList<AscRateRow> Asc(string code) => Query(connection, $"""
        SELECT t.code, t.addendum, t.mult_proc_discount, t.payment_ind, t.payment_weight, t.payment_rate, {SourceColumns}
        FROM asc_rates t {JoinSources} WHERE t.code = @code ORDER BY t.addendum, t.source_id, t.row
        """, r => new AscRateRow(Text(r, 0), Text(r, 1), TextOrNull(r, 2), Text(r, 3), Decimal(r, 4), Decimal(r, 5), Source(r, 6)),
        ("@code", code));

    public IReadOnlyList<AspPriceRow> Asp(string code) => Query(connection, $"""
        SELECT t.code, t.short_desc, t.dosage, t.payment_limit, {SourceColumns}
        FROM asp_prices t {JoinSources} WHERE t.code = @code ORDER BY t.source_id, t.row
        """, r => new AspPriceRow(Text(r, 0), TextOrNull(r, 1), Text(r, 2), Decimal(r, 3), Source(r, 4)), ("@code", code));
}
