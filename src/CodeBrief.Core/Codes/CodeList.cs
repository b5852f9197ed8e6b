using CodeBrief.Core.Errors;

namespace CodeBrief.Core.Codes;

/// <summary>
/// A list of CPT/HCPCS codes written by a person: the value of a <c>--codes</c> option or the text of a codes file.
/// Every command that takes a list of codes reads it here, so they all accept the same separators and reject the same entries.
/// </summary>
public static class CodeList
{
    private static readonly char[] Separators = [',', ';', ' ', '\t', '\r', '\n'];

    /// <summary>
    /// Parses codes separated by commas, semicolons, white space or line breaks. A <c>#</c> starts a comment that runs to
    /// the end of its line. Each entry is trimmed and upper-cased; a repeated code is kept once, where it first appears.
    /// </summary>
    /// <returns>The codes in the order given; empty when <paramref name="text"/> holds none.</returns>
    /// <exception cref="UsageException">Some entries are not code-shaped; the message names every one of them.</exception>
    public static IReadOnlyList<HcpcsCode> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var codes = new List<HcpcsCode>();
        var seen = new HashSet<HcpcsCode>();
        var invalid = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            foreach (var entry in (hash >= 0 ? line[..hash] : line).Split(Separators, StringSplitOptions.RemoveEmptyEntries))
            {
                if (!HcpcsCode.TryParse(entry, out var code)) invalid.Add(entry);
                else if (seen.Add(code)) codes.Add(code);
            }
        }
        if (invalid.Count > 0)
            throw new UsageException($"Not a CPT or HCPCS code: {string.Join(", ", invalid.Select(e => $"\"{InputFormatException.Quote(e)}\""))}. A code is {HcpcsCode.Shape}.");
        return codes;
    }
}
