namespace CodeBrief.Warehouse;

/// <summary>How far a load has got.</summary>
/// <param name="Dataset">Catalogue id of the file being loaded.</param>
/// <param name="FileName">The file being loaded.</param>
/// <param name="Rows">Rows read so far (stored plus rejected).</param>
/// <param name="FileBytes">Size of the file in bytes (compressed size for a workbook).</param>
/// <param name="Done">True for the last report of the file.</param>
public readonly record struct LoadProgress(string Dataset, string FileName, long Rows, long FileBytes, bool Done);
