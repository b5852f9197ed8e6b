using CodeBrief.Ingest.Icd10cm;
using static CodeBrief.Warehouse.Tables.TableCells;

namespace CodeBrief.Warehouse.Tables;

/// <summary>ICD-10-CM codes: <see cref="IcdRow"/> rows in table <c>icd10cm</c>.</summary>
internal static class Icd10cmTable
{
    /// <summary>The map, registered in <see cref="TableMaps"/>.</summary>
    public static TableMap<IcdRow> Map { get; } = new("icd10cm",
    [
        ("code", r => r.Code),
        ("description", r => r.Description),
        ("billable", r => Flag(r.Billable)),
    ]);
}
