using CodeBrief.Ingest.Nucc;
using static CodeBrief.Warehouse.Tables.TableCells;

namespace CodeBrief.Warehouse.Tables;

/// <summary>The NUCC provider taxonomy: <see cref="NuccRow"/> rows in table <c>nucc_taxonomy</c>.</summary>
internal static class NuccTable
{
    /// <summary>The map, registered in <see cref="TableMaps"/>.</summary>
    public static TableMap<NuccRow> Map { get; } = new("nucc_taxonomy",
    [
        ("code", r => r.Code),
        ("grouping", r => Text(r.Grouping)),
        ("classification", r => Text(r.Classification)),
        ("specialization", r => Text(r.Specialization)),
        ("definition", r => Text(r.Definition)),
        ("notes", r => Text(r.Notes)),
        ("display_name", r => Text(r.DisplayName)),
        ("section", r => Text(r.Section)),
    ]);
}
