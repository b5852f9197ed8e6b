namespace CodeBrief.Sources;

/// <summary>What fetching did with one file.</summary>
public enum FetchOutcome
{
    /// <summary>Copied from the mirror into the raw folder.</summary>
    Copied,
    /// <summary>Downloaded from the publisher (and unpacked from its zip) into the raw folder.</summary>
    Downloaded,
    /// <summary>The raw folder already held a file of the same name and SHA-256; nothing was written.</summary>
    Unchanged,
}
