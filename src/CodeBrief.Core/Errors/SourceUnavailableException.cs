namespace CodeBrief.Core.Errors;

/// <summary>A file or dataset that is needed is missing or unreadable. The message ends with the command that fixes it.</summary>
public sealed class SourceUnavailableException : CodeBriefException
{
    /// <summary>Creates the exception.</summary>
    public SourceUnavailableException(string what, string message, Exception? inner = null) : base(message, inner) => What = what;

    /// <summary>The dataset id or path that is missing.</summary>
    public string What { get; }
}
