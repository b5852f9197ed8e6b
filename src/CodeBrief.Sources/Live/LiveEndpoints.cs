using CodeBrief.Core.Errors;

namespace CodeBrief.Sources.Live;

/// <summary>
/// The base URLs of the two live CMS sources: the Medicare Coverage Database's Coverage API and the data.cms.gov data API.
/// Each can be overridden by an environment variable, so tests and mirrors point them at another server.
/// </summary>
/// <param name="Coverage">Base of the Coverage API (<c>https://api.coverage.cms.gov</c>); paths such as
/// <c>/v1/reports/local-coverage-articles/</c> are resolved against it.</param>
/// <param name="DataCms">Base of data.cms.gov (<c>https://data.cms.gov</c>); its catalogue is <c>/data.json</c>.</param>
public sealed record LiveEndpoints(Uri Coverage, Uri DataCms)
{
    /// <summary>The variable that overrides <see cref="Coverage"/>.</summary>
    public const string CoverageVariable = "CODEBRIEF_COVERAGE_API";

    /// <summary>The variable that overrides <see cref="DataCms"/>.</summary>
    public const string DataCmsVariable = "CODEBRIEF_DATA_CMS_API";

    /// <summary>CMS's public Coverage API.</summary>
    public static readonly Uri DefaultCoverage = new("https://api.coverage.cms.gov/");

    /// <summary>CMS's public data portal.</summary>
    public static readonly Uri DefaultDataCms = new("https://data.cms.gov/");

    /// <summary>The endpoints from <see cref="CoverageVariable"/> and <see cref="DataCmsVariable"/>, else CMS's public ones.</summary>
    /// <exception cref="UsageException">A variable is set but is not an absolute http(s) URL.</exception>
    public static LiveEndpoints FromEnvironment() => new(
        Read(CoverageVariable, DefaultCoverage), Read(DataCmsVariable, DefaultDataCms));

    private static Uri Read(string variable, Uri fallback)
    {
        var text = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            throw new UsageException($"{variable} must be an absolute http or https URL, such as {fallback}; found \"{text}\".");
        // A base without a trailing slash would drop its last segment when paths are resolved against it.
        return url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
    }
}
