namespace CodeBrief.Verify.Tests;

/// <summary>The warehouse owns the data: verify reads it through the store interfaces only, never SQL or a connection.</summary>
public sealed class WarehouseBoundaryTests
{
    [Theory]
    [InlineData("System.Data.Common")]
    [InlineData("Microsoft.Data.Sqlite")]
    [InlineData("Dapper")]
    [InlineData("Npgsql")]
    [InlineData("CodeBrief.Warehouse.Sqlite")]
    public void VerifyAssembly_DoesNotReferenceADatabaseAssembly(string assembly) =>
        typeof(PageVerifier).Assembly.GetReferencedAssemblies().Select(a => a.Name).ShouldNotContain(assembly);
}
