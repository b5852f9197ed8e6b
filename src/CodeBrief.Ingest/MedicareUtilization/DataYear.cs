using System.Text.RegularExpressions;
using CodeBrief.Core.Errors;

namespace CodeBrief.Ingest.MedicareUtilization;

/// <summary>
/// The data year of a Medicare Physician &amp; Other Practitioners file, which CMS writes only in the file name:
/// <c>MUP_PHY_R24_P05_V10_D22_Geo.csv</c> holds 2022 claims (D22), and the data.cms.gov download names carry the year
/// (<c>…_by_Geography_and_Service_2022.csv</c>). The rows themselves have no year column.
/// </summary>
internal static partial class DataYear
{
    /// <summary>The four-digit data year from the file name; throws <see cref="InputErrorKind.MissingField"/> when it has none.</summary>
    public static string FromName(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        if (ReleaseName().Match(name) is { Success: true } release) return "20" + release.Groups[1].Value;
        if (YearName().Match(name) is { Success: true } year) return year.Groups[1].Value;
        throw new InputFormatException(Path.GetFileName(path), InputErrorKind.MissingField,
            "the file name carries no data year (such as D22 in MUP_PHY_R24_P05_V10_D22_Geo.csv, or 2022)",
            fix: "Rename the file as CMS published it, or give the data year with --version.");
    }

    [GeneratedRegex(@"(?:^|_)D(\d{2})(?:_|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReleaseName();

    [GeneratedRegex(@"(?<!\d)(20\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearName();
}
