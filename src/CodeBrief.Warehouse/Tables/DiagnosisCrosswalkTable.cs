using CodeBrief.Ingest.DiagnosisCrosswalk;
using static CodeBrief.Warehouse.Tables.TableCells;

namespace CodeBrief.Warehouse.Tables;

/// <summary>A user procedure-to-diagnosis crosswalk: <see cref="DiagnosisCrosswalkRow"/> rows in table <c>diagnosis_crosswalk</c>.</summary>
internal static class DiagnosisCrosswalkTable
{
    /// <summary>The map, registered in <see cref="TableMaps"/>.</summary>
    public static TableMap<DiagnosisCrosswalkRow> Map { get; } = new("diagnosis_crosswalk",
    [
        ("code", r => r.Code),
        ("icd10_code", r => r.Icd10Code),
        ("note", r => r.Note),
    ]);
}
