using System.Text.RegularExpressions;
using CodeBrief.Core.Codes;

namespace CodeBrief.Verify.Page;

/// <summary>Finds the subject code in a title such as <c>CPT 83789: Mass Spectrometry …</c>, <c># HCPCS code G0103 — PSA</c> or <c>83789 — Mass spectrometry</c>.</summary>
public static partial class SubjectPattern
{
    /// <summary>The subject code in <paramref name="title"/>, upper case, or null.</summary>
    public static string? Find(string? title)
    {
        if (title is null) return null;
        var m = TitleRegex().Match(title);
        return m.Success ? m.Groups["code"].Value.ToUpperInvariant() : null;
    }

    /// <summary>True when <paramref name="line"/> reads like a code page title.</summary>
    public static bool IsTitle(string line) => !line.Contains('|', StringComparison.Ordinal) && TitleRegex().IsMatch(line);

    [GeneratedRegex(@"(?:\b(?:CPT|HCPCS)(?:®)?(?:\s+(?:code|Code|CODE))?\s*#?\s*|^\s*#*\s*)(?<code>(?i:" + HcpcsCode.Pattern + @"))\b\s*(?:[:\u2013\u2014\-|]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex TitleRegex();
}
