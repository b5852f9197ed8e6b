namespace CodeBrief.Core.Provenance;

/// <summary>
/// Where one fact came from: a loaded source file and the row inside it.
/// </summary>
/// <param name="Dataset">The dataset id of the catalogue (for instance <c>clfs</c>, <c>pfs-rvu</c>, <c>tic-in-network</c>).</param>
/// <param name="File">The file name as loaded (no directory).</param>
/// <param name="Version">The version or effective date the publisher gives the file (for instance <c>2025Q2V1</c>).</param>
/// <param name="Row">1-based physical line number for text files, 1-based sheet row for workbooks,
/// 0-based item index for JSON files. 0 when the fact describes the whole file.</param>
public readonly record struct SourceRef(string Dataset, string File, string Version, long Row)
{
    /// <summary>Formats as <c>file (version), row N</c>, the form printed in briefs.</summary>
    public override string ToString() => Row > 0 ? $"{File} ({Version}), row {Row}" : $"{File} ({Version})";
}
