namespace CodeBrief.Core.Errors;

/// <summary>
/// A file that reads well but is not plausible as the dataset's new version: nothing of it was stored and the current
/// version stays. The message gives the numbers and the option that loads it on purpose.
/// </summary>
public sealed class LoadRefusedException : CodeBriefException
{
    /// <summary>Creates the exception; <paramref name="message"/> is complete (file, numbers, override).</summary>
    public LoadRefusedException(string file, LoadRefusal kind, string message) : base(message)
    {
        File = file;
        Kind = kind;
    }

    /// <summary>The file name.</summary>
    public string File { get; }

    /// <summary>Which check refused it.</summary>
    public LoadRefusal Kind { get; }
}
