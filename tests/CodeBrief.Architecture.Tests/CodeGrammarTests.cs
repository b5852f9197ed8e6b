using System.Text.RegularExpressions;

namespace CodeBrief.Architecture.Tests;

/// <summary>
/// The shape of a code is stated once, by its Core type (<c>HcpcsCode.Pattern</c>, <c>IcdCode.Pattern</c>,
/// <c>TaxonomyCode.Pattern</c>, <c>ModifierCode.Pattern</c>); everything else builds on those. A review found six
/// hand-written copies that had drifted (a page titled "CPT 0001A" had no subject), so these tests read every source
/// file and fail on a regular expression that spells out a code again.
/// </summary>
public sealed class CodeGrammarTests
{
    /// <summary>The files allowed to spell out a code's shape, relative to the repository.</summary>
    private static readonly string[] CodeTypes =
    [
        "src/CodeBrief.Core/Codes/HcpcsCode.cs",
        "src/CodeBrief.Core/Codes/IcdCode.cs",
        "src/CodeBrief.Core/Codes/TaxonomyCode.cs",
        "src/CodeBrief.Core/Codes/ModifierCode.cs",
    ];

    // Each check is one way a code's shape gets written by hand; a digit may be spelt \d or [0-9].
    private const string Digit = @"(?:\\d|\[0-9\])";

    private static readonly (string Name, Regex Check)[] Checks =
    [
        ("HCPCS Level II letter range ([A-V], [A-TV-Z])", new Regex(@"\[A-[S-Y]", RegexOptions.CultureInvariant)),
        ("CPT suffix after four digits (\\d{4}[0-9FTUM])", new Regex(Digit + @"\{4\}\[[^\]]*[AFTUM]", RegexOptions.CultureInvariant)),
        ("ICD-10-CM letter then digit ([A-Z][0-9])", new Regex(@"\[A-Z(?:a-z)?\](?:" + Digit + @"|\[0-9A-Z\])", RegexOptions.CultureInvariant)),
        ("taxonomy code's final X ([0-9A-Z]{6}X)", new Regex(@"\{\d\}X", RegexOptions.CultureInvariant)),
        ("modifier's two characters ([0-9A-Z]{2})", new Regex(@"\[(?:0-9A-Z|A-Z0-9)\]\{2\}", RegexOptions.CultureInvariant)),
    ];

    [Fact]
    public void SourceFiles_OutsideTheCodeTypes_SpellOutNoCodeShape()
    {
        var src = Path.Combine(RepositoryRoot.Path, "src");
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(RepositoryRoot.Path, file).Replace('\\', '/');
            if (relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal) || CodeTypes.Contains(relative)) continue;
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
                foreach (var name in Offences(lines[i]))
                    offenders.Add($"{relative}:{i + 1}: {name}");
        }
        offenders.ShouldBeEmpty("Build the regex from the Core code type's Pattern (or call its TryParse) instead of writing the shape again.");
    }

    [Theory]
    [InlineData(@"(?<c>\d{4}[0-9FTUM]|[A-V]\d{4})")]
    [InlineData(@"(?<code>\d{4}[0-9FTUMftum]|[A-Va-v]\d{4})")]
    [InlineData(@"(?<proc>\d{4}[FTUM])")]
    [InlineData(@"[A-TV-Z]\d{4}")]
    [InlineData(@"(?<tax>[0-9]{3}[0-9A-Z]{6}X)")]
    [InlineData(@"(?<icd>[A-Z][0-9][0-9A-Z]\.[0-9A-Z]{1,4})")]
    [InlineData(@"[A-Z]\d{2}")]
    [InlineData(@"^[0-9A-Z]{2}$")]
    [InlineData("\"\\\\d{4}[0-9FTUM]\"")]
    public void Offences_HandWrittenCodeShape_IsCaught(string line) => Offences(line).ShouldNotBeEmpty();

    [Theory]
    [InlineData(@"RELEASED\s+(\d{1,2})/(\d{1,2})/(\d{4})")]
    [InlineData(@"^HCPC(?<year>\d{4})_(?<month>[A-Za-z]{3})_ANWEB")]
    [InlineData(@"(?<=[.;!?])\s+(?=[A-Z])")]
    [InlineData(@"^AOC_(?<version>V\d{4}Q\d)")]
    [InlineData(@"(?<code>(?i:"" + HcpcsCode.Pattern + @""))")]
    public void Offences_OtherPatterns_AreNotCaught(string line) => Offences(line).ShouldBeEmpty();

    [Fact]
    public void CodeTypes_EachSpellOutTheirOwnShape()
    {
        foreach (var relative in CodeTypes)
            Offences(File.ReadAllText(Path.Combine(RepositoryRoot.Path, relative))).ShouldNotBeEmpty($"{relative} should state its code's pattern");
    }

    /// <summary>The checks <paramref name="text"/> fails; a regular C# string's doubled backslashes count as single ones.</summary>
    private static IEnumerable<string> Offences(string text)
    {
        var unescaped = text.Replace(@"\\", @"\", StringComparison.Ordinal);
        return Checks.Where(c => c.Check.IsMatch(unescaped)).Select(c => c.Name);
    }
}
