namespace CodeBrief.Core.Errors;

/// <summary>Why a new version of a dataset was not let replace the current one. Tests compare these, not message text.</summary>
public enum LoadRefusal
{
    /// <summary>The file has noticeably fewer rows or codes than the version it would replace (a cut download, a partial export).</summary>
    Shrink,

    /// <summary>More of the file's rows were rejected than the dataset allows.</summary>
    Rejects,

    /// <summary>A file of the same name and version as the current one, with other bytes: a silent republication or a damaged copy.</summary>
    SameVersionChanged,
}
