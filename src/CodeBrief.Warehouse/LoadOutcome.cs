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
}
