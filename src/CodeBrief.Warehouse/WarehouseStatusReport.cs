namespace CodeBrief.Warehouse;

/// <summary>What the warehouse holds, dataset by dataset, and which catalogue datasets it lacks.</summary>
/// <param name="Datasets">Every dataset with at least one loaded file, in catalogue order, then others by id.</param>
/// <param name="Missing">Catalogue datasets with no current file.</param>
public sealed record WarehouseStatusReport(IReadOnlyList<DatasetStatus> Datasets, IReadOnlyList<string> Missing);
