using CodeBrief.Warehouse;
using CodeBrief.Web.Data;

namespace CodeBrief.Web;

/// <summary>The JSON shapes of the API besides the brief itself; they are written with <see cref="Core.CodeBriefJson.Html"/>.</summary>
public static class ApiModels
{
    /// <summary>The <c>/api/search</c> answer.</summary>
    public static object Search(SearchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new { query = result.Query, truncated = result.Truncated, codes = result.Codes, specialties = result.Specialties };
    }

    /// <summary>The <c>/api/sources</c> answer.</summary>
    /// <remarks><c>loaded_at</c> is the text stored in the warehouse (ISO-8601 UTC to the second), not a serialized
    /// <see cref="DateTimeOffset"/>, so the answer stays as <c>Api/openapi.json</c> describes it.</remarks>
    public static object Sources(IReadOnlyList<SourceRecord> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return new
        {
            sources = sources.Select(s => new
            {
                s.Id, s.Dataset, s.Publisher, s.FileName, s.Version, s.Sha256, s.RowsLoaded, s.RowsRejected,
                LoadedAt = LoadTime.Format(s.LoadedAt), s.Status, s.IsSynthetic,
            }).ToArray(),
        };
    }
}
