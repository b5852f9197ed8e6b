using CodeBrief.Ingest.PfsOppsCap;
using static CodeBrief.Warehouse.Relational.Sql;

namespace CodeBrief.Warehouse.Relational;

internal sealed partial class ReferenceQueries
{
    public IReadOnlyList<PfsOppsCapRow> OppsCaps(string code) => Query(connection, $"""
        SELECT t.code, t.modifier, t.proc_status, t.mac, t.locality, t.facility_price, t.nonfacility_price, {SourceColumns}
        FROM pfs_opps_cap t {JoinSources} WHERE t.code = @code ORDER BY t.modifier, t.row
        """, r => new PfsOppsCapRow(Text(r, 0), Text(r, 1), Text(r, 2), Text(r, 3), Text(r, 4), Decimal(r, 5), Decimal(r, 6), Source(r, 7)),
        ("@code", code));
}
