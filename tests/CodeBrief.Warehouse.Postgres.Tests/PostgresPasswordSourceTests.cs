using CodeBrief.Core.Errors;
using Npgsql;

namespace CodeBrief.Warehouse.Postgres.Tests;

/// <summary>Tests that change the process environment (PGPASSWORD, PGPASSFILE, HOME) run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
    public const string Name = "Process environment";
}

/// <summary>
/// A store URL without a password leaves it unset, and Npgsql (10.0.3) then takes it from PGPASSWORD, else the file
/// PGPASSFILE names, else ~/.pgpass, when the server asks for one. The role here must give its password over TCP.
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class PostgresPasswordSourceTests : IDisposable
{
    private static readonly string[] Variables = ["PGPASSWORD", "PGPASSFILE", "HOME"];
    private readonly Dictionary<string, string?> _saved = Variables.ToDictionary(v => v, Environment.GetEnvironmentVariable);
    private readonly string _folder = Directory.CreateTempSubdirectory("codebrief-pgpass-").FullName;

    public void Dispose()
    {
        foreach (var (name, value) in _saved) Environment.SetEnvironmentVariable(name, value);
        Directory.Delete(_folder, recursive: true);
    }

    [PostgresFact(passwordRole: true)]
    public void Open_PasswordFromPgPassword_Connects()
    {
        UseNoPassFile();
        Environment.SetEnvironmentVariable("PGPASSWORD", RolePassword);

        ConnectedUser(WithoutPassword()).ShouldBe(Role.Username);
    }

    [PostgresFact(passwordRole: true)]
    public void Open_PasswordFromPassFile_Connects()
    {
        Environment.SetEnvironmentVariable("PGPASSWORD", null);
        Environment.SetEnvironmentVariable("PGPASSFILE", WritePassFile(Path.Combine(_folder, "pgpass")));

        ConnectedUser(WithoutPassword()).ShouldBe(Role.Username);
    }

    [PostgresFact(passwordRole: true)]
    public void Open_PasswordFromPgpassInHome_Connects()
    {
        Environment.SetEnvironmentVariable("PGPASSWORD", null);
        Environment.SetEnvironmentVariable("PGPASSFILE", null);
        Environment.SetEnvironmentVariable("HOME", _folder);
        WritePassFile(Path.Combine(_folder, ".pgpass"));

        ConnectedUser(WithoutPassword()).ShouldBe(Role.Username);
    }

    [PostgresFact(passwordRole: true)]
    public void Open_PasswordInUrl_WinsOverPgPassword()
    {
        Environment.SetEnvironmentVariable("PGPASSWORD", "wrong");
        var store = PostgresLocation.Parse(
            $"postgres://{Role.Username}:{Uri.EscapeDataString(RolePassword)}@{Role.Host}:{Role.Port}/{Role.Database}?Pooling=false");

        ConnectedUser(store).ShouldBe(Role.Username);
    }

    [PostgresFact(passwordRole: true)]
    public void Open_WrongPgPassword_ThrowsAuthenticationFailed()
    {
        UseNoPassFile();
        Environment.SetEnvironmentVariable("PGPASSWORD", "wrong");
        var store = WithoutPassword();

        var thrown = Should.Throw<SourceUnavailableException>(() => store.Open());

        thrown.What.ShouldBe(store.Display);
        thrown.InnerException.ShouldBeOfType<PostgresException>().SqlState.ShouldBe(PostgresErrorCodes.InvalidPassword);
    }

    [PostgresFact(passwordRole: true)]
    public void Open_NoPasswordAnywhere_ThrowsAuthenticationFailed()
    {
        // Npgsql itself refuses before the server can: this pins the message PostgresErrors has to recognise.
        UseNoPassFile();
        Environment.SetEnvironmentVariable("PGPASSWORD", null);
        var store = WithoutPassword();

        var thrown = Should.Throw<SourceUnavailableException>(() => store.Open());

        thrown.What.ShouldBe(store.Display);
        thrown.InnerException.ShouldBeOfType<NpgsqlException>();
        PostgresErrors.Classify(thrown, PostgresActivity.Connecting).ShouldBe(PostgresFailure.AuthenticationFailed);
        thrown.Message.ShouldContain(store.Display);
    }

    private static PostgresLocation Role => TestServer.PasswordLocation;

    private static string RolePassword => Role.CreateBuilder().Password ?? throw new InvalidOperationException($"{TestServer.PasswordVariable} holds no password.");

    // No pooling: every open must authenticate afresh, not reuse a connection opened under another environment.
    private static PostgresLocation WithoutPassword() =>
        PostgresLocation.Parse($"postgres://{Role.Username}@{Role.Host}:{Role.Port}/{Role.Database}?Pooling=false");

    private static string ConnectedUser(PostgresLocation store)
    {
        using var connection = store.Open();
        using var command = new NpgsqlCommand("SELECT current_user", connection);
        return (string)command.ExecuteScalar()!; // current_user is never NULL
    }

    // An empty password file, so a developer's own ~/.pgpass cannot answer.
    private void UseNoPassFile()
    {
        var empty = Path.Combine(_folder, "empty-pgpass");
        File.WriteAllText(empty, "");
        Environment.SetEnvironmentVariable("PGPASSFILE", empty);
    }

    // hostname:port:database:username:password, with : and \ escaped by \ (libpq's format); a wrong line first.
    private static string WritePassFile(string path)
    {
        static string Escape(string s) => s.Replace(@"\", @"\\", StringComparison.Ordinal).Replace(":", @"\:", StringComparison.Ordinal);
        File.WriteAllLines(path,
        [
            "# written by PostgresPasswordSourceTests",
            $"otherhost:*:*:{Escape(Role.Username)}:wrong",
            $"{Role.Host}:{Role.Port}:{Escape(Role.Database)}:{Escape(Role.Username)}:{Escape(RolePassword)}",
        ]);
        // libpq ignores a password file others can read; Npgsql does not check, but keep the file as libpq wants it.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return path;
    }
}
