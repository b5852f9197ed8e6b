using CodeBrief.Ingest.ZipLocality;
using static CodeBrief.Warehouse.Relational.Sql;

namespace CodeBrief.Warehouse.Relational;

internal sealed partial class ReferenceQueries
{
    public ZipLocalityRow? ZipLocality(string zip) => Query(connection, $"""
        SELECT t.zip, t.state, t.mac, t.locality, t.rural_ind, t.lab_cb_locality, t.plus4_flag, t.year_quarter, {SourceColumns}
        FROM zip_locality t {JoinSources} WHERE t.zip = @zip ORDER BY t.row LIMIT 1
        """, r => new ZipLocalityRow(Text(r, 0), Text(r, 1), Text(r, 2), Text(r, 3), TextOrNull(r, 4), TextOrNull(r, 5), Text(r, 6), Text(r, 7),
            Source(r, 8)), ("@zip", zip)).FirstOrDefault();
}
