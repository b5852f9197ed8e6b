namespace CodeBrief.Warehouse.Postgres.Tests;

/// <summary>
/// A test against the real PostgreSQL server. Without <c>CODEBRIEF_TEST_PG</c> (or, for a test of the password role,
/// <c>CODEBRIEF_TEST_PG_PASSWORD_URL</c>) it is reported as skipped, except under <c>CI=true</c>, where it runs and
/// fails saying the cluster did not start. (xunit 2 has no Assert.Skip; setting <see cref="FactAttribute.Skip"/> when
/// the attribute is made is its way to skip at run time.)
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    /// <summary>Marks a test that needs the server; <paramref name="passwordRole"/> when it also needs the password role.</summary>
    public PostgresFactAttribute(bool passwordRole = false)
    {
        var reason = TestServer.SkipReason(TestServer.Variable) ?? (passwordRole ? TestServer.SkipReason(TestServer.PasswordVariable) : null);
        if (reason is not null) Skip = reason;
    }
}
