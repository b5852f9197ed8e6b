namespace CodeBrief.Warehouse;

/// <summary>What loading one file did.</summary>
public enum LoadOutcome
{
    /// <summary>The file's rows were stored; it is now current.</summary>
    Loaded,
    /// <summary>The same file (dataset and SHA-256) is already current; nothing was written.</summary>
    Unchanged,
    /// <summary>A file that had been superseded was loaded again and is current once more (its sources row is reused).</summary>
    Reinstated,
    /// <summary>The file is older than the current version (by effective date): its rows were stored as the previous version,
    /// which <c>changes</c> compares the current one with.</summary>
    Previous,
    /// <summary>The file is older than both the current and the previous version: it was recorded in the sources register
    /// as superseded and no rows were kept.</summary>
    Outdated,
}
