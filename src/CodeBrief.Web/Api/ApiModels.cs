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
    public static object Sources(IReadOnlyList<SourceRow> sources) => new { sources };
}
