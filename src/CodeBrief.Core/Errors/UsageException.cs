namespace CodeBrief.Core.Errors;

/// <summary>The user asked for something that cannot be done: an unknown code, a bad option value.</summary>
public sealed class UsageException : CodeBriefException
{
    /// <summary>Creates the exception with a message that says what to do instead.</summary>
    public UsageException(string message) : base(message) { }
}
