namespace CodeBrief.Core.Errors;

/// <summary>
/// A loaded file is not what its format says. The message reads
/// <c>file: what was expected, found "text". location. fix</c>.
/// </summary>
public sealed class InputFormatException : CodeBriefException
{
    /// <summary>Creates the exception; <paramref name="problem"/> is a full sentence without the file name.</summary>
    public InputFormatException(string file, InputErrorKind kind, string problem, InputLocation? location = null,
        string? found = null, string? fix = null, Exception? inner = null)
        : base(Compose(file, problem, location, found, fix), inner)
    {
        File = file;
        Kind = kind;
        Location = location ?? new InputLocation();
        Found = found;
    }

    /// <summary>The file name as the user gave it.</summary>
    public string File { get; }

    /// <summary>What kind of problem this is.</summary>
    public InputErrorKind Kind { get; }

    /// <summary>Where in the file.</summary>
    public InputLocation Location { get; }

    /// <summary>The offending text, capped at 40 bytes with non-printable bytes shown as <c>0xNN</c>; null when there is none.</summary>
    public string? Found { get; }

    /// <summary>Caps quoted input at 40 characters and shows control characters as <c>0xNN</c>.</summary>
    public static string Quote(ReadOnlySpan<char> text)
    {
        var sb = new System.Text.StringBuilder(48);
        foreach (var c in text.Length > 40 ? text[..40] : text)
        {
            if (char.IsControl(c)) sb.Append("0x").Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        if (text.Length > 40) sb.Append('…');
        return sb.ToString();
    }

    private static string Compose(string file, string problem, InputLocation? location, string? found, string? fix)
    {
        var message = $"{file}: {problem.TrimEnd('.')}";
        if (found is not null) message += $", found \"{found}\"";
        message += ".";
        var where = location?.ToString();
        if (!string.IsNullOrEmpty(where)) message += " " + where;
        if (fix is not null) message += " " + fix;
        return message;
    }
}
