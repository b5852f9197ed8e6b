namespace CodeBrief.Warehouse;

/// <summary>One row of <c>sources</c>: a file loaded into the warehouse, current, previous or superseded.</summary>
/// <param name="Id">sources.id; data rows point at it through <c>source_id</c>.</param>
/// <param name="Dataset">Catalogue id.</param>
/// <param name="Publisher">Who publishes the file.</param>
/// <param name="FileName">The file name as loaded (no folder).</param>
/// <param name="Version">The publisher's version of the file.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file.</param>
/// <param name="RowsLoaded">Data rows stored.</param>
/// <param name="RowsRejected">Rows the reader rejected (listed in the reject report).</param>
/// <param name="LoadedAt">When the load committed, UTC.</param>
/// <param name="Status"><see cref="Current"/>, <see cref="Previous"/> or <see cref="Superseded"/>.</param>
/// <param name="IsSynthetic">True for a file made by <c>codebrief synth</c> (labelled synthetic wherever shown).</param>
/// <param name="EffectiveDate">The first day the file's version is in effect, when its format says
/// (<see cref="Ingest.Reference.IReferenceFormat.ReadEffectiveDate"/>); versions are ordered by it.</param>
public sealed record SourceRecord(
    long Id, string Dataset, string Publisher, string FileName, string Version, string Sha256,
    long RowsLoaded, long RowsRejected, DateTimeOffset LoadedAt, string Status, bool IsSynthetic = false, DateOnly? EffectiveDate = null)
{
    /// <summary>The status of the sources row whose data rows are in the tables.</summary>
    public const string Current = "current";

    /// <summary>
    /// The status of the version before the current one: its data rows stay in the tables, out of every current read, so
    /// that what changed between the two newest versions can be shown (<see cref="IWarehouse.PreviousReference"/>).
    /// </summary>
    public const string Previous = "previous";

    /// <summary>The status of an older file whose data rows were deleted; its sources row stays as history.</summary>
    public const string Superseded = "superseded";
}
