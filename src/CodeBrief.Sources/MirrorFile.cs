namespace CodeBrief.Sources;

/// <summary>A file in a mirror folder that belongs to a dataset.</summary>
/// <param name="Dataset">The catalogue id.</param>
/// <param name="Path">Full path of the file in the mirror.</param>
/// <param name="ContentChecked">True when the dataset's reader recognised the content; false when no reader for the
/// dataset is registered and only the file name matched.</param>
public sealed record MirrorFile(string Dataset, string Path, bool ContentChecked)
{
    /// <summary>The file name without its folder.</summary>
    public string FileName => System.IO.Path.GetFileName(Path);
}
