using System.Globalization;

namespace CodeBrief.Web.Data;

/// <summary>How the site and the API print when a file was loaded.</summary>
internal static class LoadTime
{
    /// <summary>ISO-8601 UTC to the second (<c>2026-11-01T00:00:00Z</c>): the text the warehouse stores in <c>sources.loaded_at</c>,
    /// which the pages and <c>/api/sources</c> have always shown as it is.</summary>
    public static string Format(DateTimeOffset loadedAt) =>
        loadedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
