using System.Diagnostics.CodeAnalysis;

namespace CodeBrief.Core.Codes;

/// <summary>
/// A CPT or HCPCS Level II procedure code: five characters, upper case. The shape says which code set it belongs
/// to; whether the code exists is a question for the loaded code sets, not for this type.
/// </summary>
public readonly record struct HcpcsCode
{
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

    /// <summary>Parses a code, ignoring surrounding white space and case.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out HcpcsCode code)
    {
        code = default;
        if (text is null) return false;
        var s = text.AsSpan().Trim();
        if (s.Length != 5) return false;
        Span<char> up = stackalloc char[5];
        for (var i = 0; i < 5; i++) up[i] = char.ToUpperInvariant(s[i]);
        if (!TryClassify(up, out var type)) return false;
        code = new HcpcsCode(new string(up), type);
        return true;
    }

    /// <summary>Parses a code or throws <see cref="FormatException"/> naming the text.</summary>
    public static HcpcsCode Parse(string text) =>
        TryParse(text, out var code)
            ? code
            : throw new FormatException($"\"{text}\" is not a CPT or HCPCS code (five digits; four digits and A, F, T, U or M; or a letter and four digits).");

    private static bool TryClassify(ReadOnlySpan<char> c, out CodeType type)
    {
        type = default;
        if (char.IsAsciiLetterUpper(c[0]))
        {
            if (!AllDigits(c[1..])) return false;
            type = CodeType.HcpcsLevelII;
            return true;
        }
        if (!AllDigits(c[..4])) return false;
        switch (c[4])
        {
            // Category I vaccine product and administration codes end in A (0001A, 0011A).
            case >= '0' and <= '9' or 'A': type = CodeType.CptCategoryI; return true;
            case 'F': type = CodeType.CptCategoryII; return true;
            case 'T': type = CodeType.CptCategoryIII; return true;
            case 'U': type = CodeType.CptPla; return true;
            case 'M': type = CodeType.CptMaaa; return true;
            default: return false;
        }
    }

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (var ch in s)
            if (!char.IsAsciiDigit(ch)) return false;
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Value ?? "";
}
