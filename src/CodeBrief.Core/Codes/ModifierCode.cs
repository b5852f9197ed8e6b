using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace CodeBrief.Core.Codes;

/// <summary>
/// A procedure-code modifier: two characters, letters or digits (<c>26</c>, <c>TC</c>, <c>QW</c>, <c>XU</c>).
/// Two-digit modifiers are CPT (Level I, AMA); the others are HCPCS Level II (CMS).
/// </summary>
/// <remarks>
/// <see cref="Pattern"/> is the one statement of the shape: <see cref="TryParse"/> matches against it, and every other
/// place that looks for modifiers in text builds its regular expression from it.
/// </remarks>
public readonly partial record struct ModifierCode
{
    /// <summary>The shape of a modifier as a regular-expression fragment (upper case, no anchors, no capturing groups).</summary>
    /// <remarks>Wrap it in <c>(?i:…)</c> to accept lower case.</remarks>
    public const string Pattern = "(?:[0-9A-Z]{2})";

    private ModifierCode(string value) => Value = value;

    /// <summary>The two-character modifier, upper case.</summary>
    public string Value { get; }

    /// <summary>True for two-digit CPT (Level I) modifiers.</summary>
    public bool IsCpt => char.IsAsciiDigit(Value[0]) && char.IsAsciiDigit(Value[1]);

    /// <summary>Parses a modifier; the HCPCS file right-justifies them, so surrounding white space and case are ignored.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out ModifierCode code)
    {
        code = default;
        if (text is null) return false;
        var s = text.Trim().ToUpperInvariant();
        if (!Exact().IsMatch(s)) return false;
        code = new ModifierCode(s);
        return true;
    }

    [GeneratedRegex("^" + Pattern + @"\z", RegexOptions.CultureInvariant)]
    private static partial Regex Exact();

    /// <inheritdoc />
    public override string ToString() => Value ?? "";
}
