namespace CodeBrief.Web;

/// <summary>
/// The OpenAPI 3.1 description of the API, written by hand (kept in <c>Api/openapi.json</c>, embedded) so it needs no
/// extra package and stays byte-stable. A test checks that every route it lists answers.
/// </summary>
public static class OpenApiDocument
{
    private static readonly Lazy<string> Text = new(() =>
    {
        using var stream = typeof(OpenApiDocument).Assembly.GetManifestResourceStream("CodeBrief.Web.openapi.json")
            ?? throw new InvalidOperationException("openapi.json is not embedded in CodeBrief.Web.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The document as JSON text.</summary>
    public static string Json => Text.Value;
}
