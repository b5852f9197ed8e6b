using System.Globalization;

namespace CodeBrief.Sources.Live;

/// <summary>
/// The user's acceptance of the AMA/ADA/AHA licence terms that gate the Coverage API endpoints carrying CPT text, remembered
/// in the home (<c>&lt;home&gt;/cms-license-accepted</c>, holding when it was accepted) once given with
/// <c>--accept-cms-license</c>. Without it those endpoints are never asked.
/// </summary>
public static class LiveLicense
{
    /// <summary>The file name in the home.</summary>
    public const string FileName = "cms-license-accepted";

    /// <summary>True when the home records the acceptance.</summary>
    public static bool IsAccepted(string home) => File.Exists(Path.Combine(home, FileName));

    /// <summary>Records the acceptance at <paramref name="at"/>.</summary>
    public static void Accept(string home, DateTimeOffset at)
    {
        Directory.CreateDirectory(home);
        File.WriteAllText(Path.Combine(home, FileName),
            "AMA/ADA/AHA licence terms of the CMS Coverage API accepted with --accept-cms-license at "
            + at.UtcDateTime.ToString("u", CultureInfo.InvariantCulture) + Environment.NewLine);
    }
}
