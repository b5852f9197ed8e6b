using CodeBrief.Ingest.SpecialtyTaxonomy;
using static CodeBrief.Warehouse.Tables.TableCells;

namespace CodeBrief.Warehouse.Tables;

/// <summary>The CMS specialty to taxonomy crosswalk: <see cref="SpecialtyTaxonomyRow"/> rows in table <c>specialty_taxonomy</c>.</summary>
internal static class SpecialtyTaxonomyTable
{
    /// <summary>The map, registered in <see cref="TableMaps"/>.</summary>
    public static TableMap<SpecialtyTaxonomyRow> Map { get; } = new("specialty_taxonomy",
    [
        ("specialty_code", r => r.SpecialtyCode),
        ("specialty_desc", r => r.SpecialtyDescription),
        ("taxonomy_code", r => r.TaxonomyCode),
        ("taxonomy_desc", r => r.TaxonomyDescription),
    ]);
}
