using CodeBrief.Core.Errors;

namespace CodeBrief.Warehouse.Tests;

public sealed class StoreLocationTests
{
    private static readonly string Home = Path.Combine(Path.GetTempPath(), "codebrief-home");

    [Fact]
    public void Resolve_Nothing_IsTheHomesSqliteFile()
    {
        var store = StoreLocation.Resolve(null, Home);

        (store.Engine, store.Target).ShouldBe((StoreEngine.Sqlite, Path.Combine(Path.GetFullPath(Home), "warehouse.db")));
        StoreLocation.Resolve("  ", Home).ShouldBe(store);
    }

    [Theory]
    [InlineData("postgres://me@db.example:5433/codebrief")]
    [InlineData("postgresql://me:secret@127.0.0.1/codebrief")]
    [InlineData("Host=127.0.0.1;Port=5432;Database=codebrief;Username=me")]
    public void Resolve_PostgresUrlOrConnectionString_IsPostgresAsGiven(string text)
    {
        var store = StoreLocation.Resolve(text, Home);

        (store.Engine, store.Target).ShouldBe((StoreEngine.Postgres, text));
    }

    [Theory]
    [InlineData("sqlite:/tmp/team.db", "/tmp/team.db")]
    [InlineData("sqlite:///tmp/team.db", "/tmp/team.db")]
    [InlineData("/tmp/team.db", "/tmp/team.db")]
    public void Resolve_SqlitePath_IsThatFile(string text, string path)
    {
        var store = StoreLocation.Resolve(text, Home);

        (store.Engine, store.Target).ShouldBe((StoreEngine.Sqlite, path));
    }

    [Theory]
    [InlineData("mysql://me@host/db")]
    [InlineData("warehouse")]
    [InlineData("sqlite:")]
    public void Resolve_Malformed_IsAUsageErrorNamingTheForms(string text) =>
        Should.Throw<UsageException>(() => StoreLocation.Resolve(text, Home)).Message.ShouldContain("postgres://");
}
