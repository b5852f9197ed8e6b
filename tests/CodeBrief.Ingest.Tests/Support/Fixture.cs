namespace CodeBrief.Ingest.Tests.Support;

/// <summary>The hand-written layout fixtures in <c>Fixtures/</c> (see its README).</summary>
internal static class Fixture
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
}
