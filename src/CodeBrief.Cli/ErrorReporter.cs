using CodeBrief.Core.Errors;

namespace CodeBrief.Cli;

/// <summary>
/// Turns an exception into a message for a person and an exit code. The one place that maps exception types to exit codes;
/// a stack trace is printed only with <c>--verbose</c>.
/// </summary>
public static class ErrorReporter
{
    /// <summary>Writes the message for <paramref name="exception"/> to <paramref name="error"/> and returns the exit code.</summary>
    public static int Report(Exception exception, TextWriter error, bool verbose)
    {
        var (code, prefix) = exception switch
        {
            InputFormatException => (ExitCodes.BadInput, "error"),
            UsageException => (ExitCodes.BadInput, "error"),
            SourceUnavailableException => (ExitCodes.SourceUnavailable, "error"),
            OperationCanceledException => (ExitCodes.Cancelled, "cancelled"),
            IOException or UnauthorizedAccessException => (ExitCodes.SourceUnavailable, "error"),
            _ => (ExitCodes.InternalError, "internal error"),
        };
        error.WriteLine($"codebrief: {prefix}: {exception.Message}");
        if (verbose) error.WriteLine(exception.ToString());
        else if (code == ExitCodes.InternalError) error.WriteLine("codebrief: run again with --verbose for the stack trace, and report it.");
        return code;
    }
}
