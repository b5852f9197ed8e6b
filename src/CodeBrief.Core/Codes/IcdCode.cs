using System.Diagnostics.CodeAnalysis;

namespace CodeBrief.Core.Codes;

/// <summary>
/// An ICD-10-CM diagnosis code in its stored form: no dot, upper case, 3 to 7 characters
/// (a letter, then letters or digits; the second is a digit except in chapter Q's FY2026 <c>QA</c> codes such as <c>QA00101</c>). <see cref="Display"/> inserts the dot after the third character.
/// </summary>
public readonly record struct IcdCode
{
    private IcdCode(string value) => Value = value;

    /// <summary>The code without its dot (<c>C50911</c>).</summary>
    public string Value { get; }

    /// <summary>The code as printed (<c>C50.911</c>).</summary>
    public string Display => Value.Length > 3 ? string.Concat(Value.AsSpan(0, 3), ".", Value.AsSpan(3)) : Value;

    /// <summary>Parses a code with or without its dot.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out IcdCode code)
    {
        code = default;
        if (text is null) return false;
        var s = text.Trim().ToUpperInvariant();
        // The dot, when written, stands after the category (three characters) and nowhere else.
        var dot = s.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0)
        {
            if (dot != 3 || s.IndexOf('.', dot + 1) >= 0) return false;
            s = s.Remove(dot, 1);
        }
        if (s.Length is < 3 or > 7) return false;
        // FY2026 added codes with a letter second (QA00101 "SCN2A-related neurodevelopmental disorder"), so only the first
        // character's class is fixed.
        if (!char.IsAsciiLetterUpper(s[0])) return false;
        for (var i = 1; i < s.Length; i++)
            if (!char.IsAsciiLetterOrDigit(s[i])) return false;
        code = new IcdCode(s);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Display;
}
