namespace CodeBrief.Sources;

/// <summary>One file placed in (or already in) <c>&lt;home&gt;/raw/&lt;dataset&gt;/</c>.</summary>
/// <param name="Dataset">The catalogue id.</param>
/// <param name="Path">Where the file now is, under the raw folder.</param>
/// <param name="Origin">The mirror path or the download URL it came from.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file.</param>
/// <param name="Bytes">Size in bytes.</param>
/// <param name="Outcome">Copied, downloaded, or unchanged.</param>
/// <param name="ContentChecked">False when no reader for the dataset was registered and only the name matched.</param>
public sealed record FetchedFile(string Dataset, string Path, string Origin, string Sha256, long Bytes, FetchOutcome Outcome, bool ContentChecked)
{
    /// <summary>The file name without its folder.</summary>
    public string FileName => System.IO.Path.GetFileName(Path);
}
