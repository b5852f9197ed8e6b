using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Tabular;

namespace CodeBrief.Ingest.AnesthesiaBaseUnits;

/// <summary>CMS's anesthesia base units by CPT code (<see cref="AnesthesiaBaseUnitsReader"/> gives the layout followed).</summary>
/// <remarks>Recognised by its header row (a code column, then a base units column). Thread safe.</remarks>
public sealed class AnesthesiaBaseUnitsFormat : IReferenceFormat<AnesthesiaBaseUnitRow>
{
    /// <inheritdoc />
    public string Dataset => "anes-base-units";

    /// <inheritdoc />
    public string Publisher => "CMS";

    /// <inheritdoc />
    public bool Recognises(string path) => TitledTable.Recognises(path, AnesthesiaBaseUnitsReader.Layout);

    /// <inheritdoc />
    /// <remarks>The year in the file name or title (<c>2025</c>), else the file name.</remarks>
    public string ReadVersion(string path) => AnesthesiaBaseUnitsReader.ReadVersion(path);

    /// <inheritdoc />
    public IEnumerable<RowResult<AnesthesiaBaseUnitRow>> Read(string path, CancellationToken cancellationToken) =>
        AnesthesiaBaseUnitsReader.Read(path, () => ReferenceFile.Origin(this, path), cancellationToken);
}
