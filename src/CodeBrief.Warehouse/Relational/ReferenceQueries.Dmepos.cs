using CodeBrief.Ingest.Dmepos;
using static CodeBrief.Warehouse.Relational.Sql;

namespace CodeBrief.Warehouse.Relational;

internal sealed partial class ReferenceQueries
{
    public IReadOnlyList<DmeposFeeRow> Dmepos(string code) => Query(connection, $"""
        SELECT t.code, t.modifier, t.modifier2, t.juris, t.category, t.ceiling_fee, t.floor_fee, t.state, t.fee_nonrural, t.fee_rural,
               t.description, {SourceColumns}
        FROM dmepos_fee t {JoinSources} WHERE t.code = @code ORDER BY t.modifier, t.modifier2, t.state, t.row
        """, r => new DmeposFeeRow(Text(r, 0), Text(r, 1), Text(r, 2), Text(r, 3), Text(r, 4), Decimal(r, 5) ?? 0, Decimal(r, 6) ?? 0,
            Text(r, 7), Decimal(r, 8) ?? 0, Decimal(r, 9) ?? 0, TextOrNull(r, 10), Source(r, 11)), ("@code", code));

    public DmeposRuralZipRow? DmeposRuralZip(string zip) => Query(connection, $"""
        SELECT t.state, t.zip, t.year_quarter, t.location, {SourceColumns}
        FROM dmepos_rural_zip t {JoinSources} WHERE t.zip = @zip ORDER BY t.row LIMIT 1
        """, r => new DmeposRuralZipRow(Text(r, 0), Text(r, 1), Text(r, 2), Text(r, 3), Source(r, 4)), ("@zip", zip)).FirstOrDefault();
}
