namespace CodeBrief.Cli;

/// <summary>The exit codes of every command, in one place.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;
    /// <summary>The command ran, but found problems: <c>verify</c> found error-level findings, or some input files failed while others loaded.</summary>
    public const int Findings = 1;
    /// <summary>Unusable input or a bad request: a malformed file, an unknown code, a bad option.</summary>
    public const int BadInput = 2;
    /// <summary>A needed file or dataset is missing; the message names the command that fetches it.</summary>
    public const int SourceUnavailable = 3;
    /// <summary>The user cancelled the command (Ctrl+C); what was committed before stays, the rest rolled back.</summary>
    public const int Cancelled = 130;
    /// <summary>A bug in CodeBrief (an unexpected exception).</summary>
    public const int InternalError = 70;
}
