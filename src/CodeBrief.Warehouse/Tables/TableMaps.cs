using CodeBrief.Ingest.Reference;

namespace CodeBrief.Warehouse.Tables;

/// <summary>
/// Every table map, one per Ingest row type: which table a format's rows go to and how. A format's rows load only when
/// its <see cref="IReferenceFormat.RowType"/> has a map here.
/// </summary>
public static class TableMaps
{
    /// <summary>Every map, each registered once.</summary>
    public static IReadOnlyList<TableMap> All { get; } =
    [
        // Each dataset adds its table here, one line per row type.
        ClfsTable.Map,
        PfsRvuTable.Map,
        PfsGpciTable.Map,
        PfsLocalityTable.Map,
        PfsAnesthesiaTable.Map,
        PfsOppsCapTable.Map,
        ZipLocalityTable.Map,
        Icd10cmTable.Map,
        NuccTable.Map,
        HcpcsTable.Map,
        ModifiersTable.Map,
        NcciAddOnTable.Map,
        NcciPtpTable.Map,
        NcciMueTable.Map,
        UtilizationGeoTable.Map,
        UtilizationProviderTable.Map,
        SpecialtyTaxonomyTable.Map,
        LcdArticleIcd10Table.Map,
        LcdArticleHcpcTable.Map,
        LcdArticleIcd10NoncoveredTable.Map,
        LcdArticleReportTable.Map,
        LcdArticleIcd10GroupTable.Map,
        LcdArticleModifierTable.Map,
        DiagnosisCrosswalkTable.Map,
        DmeposFeeTable.Map,
        DmeposRuralZipTable.Map,
        AnesthesiaBaseUnitsTable.Map,
        OppsRateTable.Map,
        AscRateTable.Map,
        AspPriceTable.Map,
    ];

    // After All: static fields initialise in text order.
    private static readonly Dictionary<Type, TableMap> ByRowType = All.ToDictionary(m => m.RowType);

    /// <summary>The map of <paramref name="rowType"/>, or null when none is registered.</summary>
    public static TableMap? Find(Type rowType) => ByRowType.GetValueOrDefault(rowType);

    /// <summary>The map of the rows <paramref name="format"/> reads.</summary>
    /// <exception cref="InvalidOperationException">No map is registered for its row type (a bug: register it here).</exception>
    public static TableMap For(IReferenceFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        return Find(format.RowType)
            ?? throw new InvalidOperationException($"The {format.Dataset} format reads {format.RowType.Name} rows, for which no table map is registered in TableMaps.");
    }
}
