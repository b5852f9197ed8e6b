using CodeBrief.Core;
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
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(error);
        var code = Classify(exception).Code;
        error.WriteLine($"codebrief: {(code == ExitCodes.Cancelled ? "cancelled" : code == ExitCodes.InternalError ? "internal error" : "error")}: {exception.Message}");
        if (verbose) error.WriteLine(exception.ToString());
        else if (code == ExitCodes.InternalError) error.WriteLine("codebrief: run again with --verbose for the stack trace, and report it.");
        return code;
    }

    /// <summary>
    /// <see cref="Report"/>, and for a command run with <c>--json</c> the same failure as a JSON document on
    /// <paramref name="output"/> (<c>{"error": {"exit_code", "kind", "message"}}</c>), so a script reading the output gets JSON
    /// in every case.
    /// </summary>
    public static int ReportJson(Exception exception, TextWriter output, TextWriter error, bool verbose)
    {
        ArgumentNullException.ThrowIfNull(output);
        var code = Report(exception, error, verbose);
        var (_, kind) = Classify(exception);
        output.WriteLine(CodeBriefJson.Serialize(new { error = new { exit_code = code, kind, message = exception.Message } }));
        return code;
    }

    /// <summary>The exit code of a failure and its kind in words (the JSON <c>kind</c>).</summary>
    public static (int Code, string Kind) Classify(Exception exception) => exception switch
    {
        InputFormatException e => (ExitCodes.BadInput, "bad_input:" + e.Kind.ToString()),
        UsageException => (ExitCodes.BadInput, "bad_request"),
        LoadRefusedException e => (ExitCodes.BadInput, "refused:" + e.Kind.ToString()),
        SourceUnavailableException => (ExitCodes.SourceUnavailable, "unavailable"),
        Sources.Http.RemoteFileException e => (ExitCodes.SourceUnavailable, "unavailable:" + e.Kind.ToString()),
        OperationCanceledException => (ExitCodes.Cancelled, "cancelled"),
        IOException or UnauthorizedAccessException => (ExitCodes.SourceUnavailable, "unavailable"),
        _ => (ExitCodes.InternalError, "internal_error"),
    };
}
