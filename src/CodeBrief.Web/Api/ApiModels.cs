using System.Text.Json;
using CodeBrief.Web.Data;

namespace CodeBrief.Web;

/// <summary>The JSON shapes of the API besides the brief itself (snake_case names, as in the JSON brief).</summary>
public static class ApiModels
{
    /// <summary>Serializer settings of every API answer.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>The <c>/api/search</c> answer.</summary>
    public static object Search(SearchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new { query = result.Query, truncated = result.Truncated, codes = result.Codes, specialties = result.Specialties };
    }

    /// <summary>The <c>/api/sources</c> answer.</summary>
    public static object Sources(IReadOnlyList<SourceRow> sources) => new { sources };
}
