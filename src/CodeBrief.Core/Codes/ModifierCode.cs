using System.Diagnostics.CodeAnalysis;

namespace CodeBrief.Core.Codes;

/// <summary>
/// A procedure-code modifier: two characters, letters or digits (<c>26</c>, <c>TC</c>, <c>QW</c>, <c>XU</c>).
/// Two-digit modifiers are CPT (Level I, AMA); the others are HCPCS Level II (CMS).
/// </summary>
public readonly record struct ModifierCode
{
    private ModifierCode(string value) => Value = value;

    /// <summary>The two-character modifier, upper case.</summary>
    public string Value { get; }

    /// <summary>True for two-digit CPT (Level I) modifiers.</summary>
    public bool IsCpt => char.IsAsciiDigit(Value[0]) && char.IsAsciiDigit(Value[1]);

    /// <summary>Parses a modifier; the HCPCS file right-justifies them, so surrounding white space is ignored.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out ModifierCode code)
    {
        code = default;
        if (text is null) return false;
        var s = text.Trim().ToUpperInvariant();
        if (s.Length != 2 || !char.IsAsciiLetterOrDigit(s[0]) || !char.IsAsciiLetterOrDigit(s[1])) return false;
        code = new ModifierCode(s);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Value ?? "";
}
