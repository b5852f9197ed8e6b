namespace CodeBrief.Core.Errors;

/// <summary>
/// Base of every failure CodeBrief reports to a person.
/// </summary>
/// <remarks>
/// The taxonomy:
/// <list type="bullet">
/// <item><see cref="InputFormatException"/>: a loaded file is not what its format says (bad row, truncated gzip,
/// wrong JSON type). It names the file and the place: line and column, sheet cell, or JSON path and byte offset.</item>
/// <item><see cref="SourceUnavailableException"/>: a file or dataset that is needed is missing or unreadable.</item>
/// <item><see cref="UsageException"/>: the user asked for something that cannot be done (unknown code, bad option).</item>
/// <item>Plain CLR exceptions: bugs and misuse by calling code. The CLI prints these with a stack trace only under <c>--verbose</c>.</item>
/// </list>
/// The CLI maps each type to an exit code in one place. Tests assert <see cref="InputFormatException.Kind"/> and the
/// location fields, never message text.
/// </remarks>
public abstract class CodeBriefException : Exception
{
    /// <summary>Creates the exception with a complete, human-readable message.</summary>
    protected CodeBriefException(string message, Exception? inner = null) : base(message, inner) { }
}
