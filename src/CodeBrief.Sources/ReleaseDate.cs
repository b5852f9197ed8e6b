using System.Globalization;
using System.Text.RegularExpressions;

namespace CodeBrief.Sources;

/// <summary>
/// The first month a publisher's release is in effect, read from how CMS names releases: <c>RVU26A</c> (quarters A to D
/// from January), <c>26CLABQ1</c>, <c>2025 Q2</c>, <c>January 2026</c> or <c>2025 Oct</c>, <c>2025-01</c>, or a bare year.
/// One reading serves both the listing pages' links and the loaded files' versions, so the two compare.
/// </summary>
public static partial class ReleaseDate
{
    /// <summary>The first day of the release's first month, or null when the text names no release.</summary>
    public static DateOnly? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (Rvu().Match(text) is { Success: true } r) return Quarter(r.Groups[1].Value, char.ToUpperInvariant(r.Groups[2].Value[0]) - 'A' + 1);
        if (Clab().Match(text) is { Success: true } c) return Quarter(c.Groups[1].Value, c.Groups[2].Value[0] - '0');
        if (YearQuarter().Match(text) is { Success: true } q) return Quarter(q.Groups[1].Value[2..], q.Groups[2].Value[0] - '0');
        if (MonthYear().Match(text) is { Success: true } m) return Month(m.Groups["y"].Value, m.Groups["m"].Value);
        if (YearMonth().Match(text) is { Success: true } y) return Month(y.Groups["y"].Value, y.Groups["m"].Value);
        if (IsoMonth().Match(text) is { Success: true } i)
            return new DateOnly(int.Parse(i.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(i.Groups[2].Value, CultureInfo.InvariantCulture), 1);
        if (Year().Match(text) is { Success: true } year) return new DateOnly(int.Parse(year.Groups[1].Value, CultureInfo.InvariantCulture), 1, 1);
        return null;
    }

    private static DateOnly Quarter(string yy, int quarter) =>
        new(2000 + int.Parse(yy, CultureInfo.InvariantCulture), (quarter - 1) * 3 + 1, 1);

    private static DateOnly Month(string year, string month) =>
        new(int.Parse(year, CultureInfo.InvariantCulture), DateTime.ParseExact(month[..3], "MMM", CultureInfo.InvariantCulture).Month, 1);

    [GeneratedRegex(@"RVU(\d{2})([A-D])(?![A-Z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Rvu();

    [GeneratedRegex(@"(?<!\d)(\d{2})CLABQ([1-4])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Clab();

    [GeneratedRegex(@"(?<!\d)(20\d{2})[\s_-]*Q([1-4])(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearQuarter();

    [GeneratedRegex(@"(?<![a-z])(?<m>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[\s_.,-]*(?<y>20\d{2})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"(?<!\d)(?<y>20\d{2})[\s_.-]*(?<m>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?![a-z]{4})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearMonth();

    [GeneratedRegex(@"(?<!\d)(20\d{2})-(0[1-9]|1[0-2])(?![\d-])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoMonth();

    [GeneratedRegex(@"(?<!\d)(20\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Year();
}
