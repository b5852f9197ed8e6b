namespace CodeBrief.Web.Tests.Conventions;

/// <summary>The web host reads through the warehouse contracts only: no engine, provider or SQL library is compiled into it.</summary>
public class WebReferencesTests
{
    [Theory]
    [InlineData("CodeBrief.Warehouse.Sqlite")]
    [InlineData("CodeBrief.Warehouse.Postgres")]
    [InlineData("Microsoft.Data.Sqlite")]
    [InlineData("Npgsql")]
    [InlineData("Dapper")]
    [InlineData("System.Data.Common")]
    public void WebAssembly_ReferencedAssemblies_ExcludeDataAccess(string assembly) =>
        typeof(WebHost).Assembly.GetReferencedAssemblies().Select(a => a.Name).ShouldNotContain(assembly);
}
