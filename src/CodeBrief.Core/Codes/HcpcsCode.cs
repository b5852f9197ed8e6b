using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace CodeBrief.Core.Codes;

/// <summary>
/// A CPT or HCPCS Level II procedure code: five characters, upper case. The shape says which code set it belongs
/// to; whether the code exists is a question for the loaded code sets, not for this type.
/// </summary>
/// <remarks>
/// <see cref="Pattern"/> is the one statement of the shape: <see cref="TryParse"/> matches against it, and every other
/// place that looks for codes in text builds its regular expression from it.
/// </remarks>
public readonly partial record struct HcpcsCode
{
    /// <summary>
    /// The shape of a code as a regular-expression fragment, upper case, without anchors or capturing groups: five digits
    /// (CPT Category I); four digits and <c>A</c> (Category I vaccines), <c>F</c> (Category II), <c>T</c> (Category III),
    /// <c>U</c> (PLA) or <c>M</c> (MAAA); or a letter A to V and four digits (HCPCS Level II).
    /// </summary>
    /// <remarks>
    /// Digits are written <c>[0-9]</c> because <c>\d</c> also matches non-ASCII digits. Level II stops at V: no Level II
    /// section uses W to Z, and those letters followed by four digits are ICD-10-CM codes written without their dot (Z1231).
    /// Wrap it in <c>(?i:…)</c> to accept lower case.
    /// </remarks>
    public const string Pattern = "(?:[0-9]{4}[0-9AFTUM]|[A-V][0-9]{4})";

    /// <summary>The shape in words, for messages about text that is not a code.</summary>
    public const string Shape = "five digits; four digits and A, F, T, U or M; or a letter A to V and four digits";

    private HcpcsCode(string value, CodeType type)
    {
        Value = value;
        Type = type;
    }

    /// <summary>The five-character code, upper case.</summary>
    public string Value { get; }

    /// <summary>The code set the shape implies.</summary>
    public CodeType Type { get; }

    /// <summary>True for every CPT category (AMA-owned text).</summary>
    public bool IsCpt => Type != CodeType.HcpcsLevelII;

    /// <summary>True for a CPT anesthesia code, <c>00100</c> to <c>01999</c>: the codes Medicare pays by base and time units
    /// times the anesthesia conversion factor instead of by RVUs.</summary>
    public bool IsAnesthesia =>
        Type == CodeType.CptCategoryI && Value is { Length: 5 } v && char.IsAsciiDigit(v[4])
        && string.CompareOrdinal(v, "00100") >= 0 && string.CompareOrdinal(v, "01999") <= 0;

    /// <summary>Parses a code, ignoring surrounding white space and case.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out HcpcsCode code)
    {
        code = default;
        if (text is null) return false;
        var s = text.AsSpan().Trim();
        if (s.Length != 5) return false;
        Span<char> up = stackalloc char[5];
        s.ToUpperInvariant(up);
        if (!Exact().IsMatch(up)) return false;
        code = new HcpcsCode(new string(up), Classify(up));
        return true;
    }

    /// <summary>Parses a code or throws <see cref="FormatException"/> naming the text.</summary>
    public static HcpcsCode Parse(string text) =>
        TryParse(text, out var code)
            ? code
            : throw new FormatException($"\"{text}\" is not a CPT or HCPCS code ({Shape}).");

    /// <summary>The code set of a code that matched <see cref="Pattern"/>.</summary>
    private static CodeType Classify(ReadOnlySpan<char> c) =>
        char.IsAsciiLetter(c[0]) ? CodeType.HcpcsLevelII : c[4] switch
        {
            // Category I vaccine product and administration codes end in A (0001A, 0011A).
            'A' => CodeType.CptCategoryI,
            'F' => CodeType.CptCategoryII,
            'T' => CodeType.CptCategoryIII,
            'U' => CodeType.CptPla,
            'M' => CodeType.CptMaaa,
            _ => CodeType.CptCategoryI,
        };

    [GeneratedRegex("^" + Pattern + @"\z", RegexOptions.CultureInvariant)]
    private static partial Regex Exact();

    /// <inheritdoc />
    public override string ToString() => Value ?? "";
}
