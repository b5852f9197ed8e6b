using CodeBrief.Core.Errors;
using Npgsql;

namespace CodeBrief.Warehouse.Postgres.Tests;

public sealed class PostgresLocationTests
{
    private const string OsUser = "osuser";

    private static PostgresLocation Parse(string text) => PostgresLocation.Parse(text, OsUser);

    [Theory]
    // text, host, port, user, database, has password
    [InlineData("postgres://alice:pw@db.example.com:6543/codebrief", "db.example.com", 6543, "alice", "codebrief", true)]
    [InlineData("postgresql://alice@localhost/codebrief", "localhost", 5432, "alice", "codebrief", false)]
    [InlineData("POSTGRES://alice@Localhost:5433/Codebrief", "Localhost", 5433, "alice", "Codebrief", false)]
    [InlineData("postgres://db.example.com/codebrief", "db.example.com", 5432, OsUser, "codebrief", false)]
    [InlineData("postgres:///codebrief", "localhost", 5432, OsUser, "codebrief", false)]
    [InlineData("postgres://:pw@h/codebrief", "h", 5432, OsUser, "codebrief", true)]
    [InlineData("postgres://bob:@h/codebrief", "h", 5432, "bob", "codebrief", false)]
    [InlineData("postgres://[::1]:5433/db", "::1", 5433, OsUser, "db", false)]
    [InlineData("postgres://u@[2001:db8::7]/db", "2001:db8::7", 5432, "u", "db", false)]
    [InlineData("postgres://127.0.0.1:1/db", "127.0.0.1", 1, OsUser, "db", false)]
    [InlineData("postgres://h:65535/db", "h", 65535, OsUser, "db", false)]
    [InlineData("postgres://%2Fvar%2Frun%2Fpostgresql/db", "/var/run/postgresql", 5432, OsUser, "db", false)]
    [InlineData("postgres:///db?host=/tmp&port=5499", "/tmp", 5499, OsUser, "db", false)]
    [InlineData("postgres://h/?dbname=fromquery&user=q", "h", 5432, "q", "fromquery", false)]
    [InlineData("postgres://h?dbname=db", "h", 5432, OsUser, "db", false)]
    [InlineData("  postgres://u@h/db  ", "h", 5432, "u", "db", false)]
    public void Parse_UrlShapes_YieldTheirParts(string text, string host, int port, string user, string database, bool hasPassword)
    {
        var location = Parse(text);

        location.Host.ShouldBe(host);
        location.Port.ShouldBe(port);
        location.Username.ShouldBe(user);
        location.Database.ShouldBe(database);
        location.HasPassword.ShouldBe(hasPassword);
        var builder = location.CreateBuilder();
        (builder.Host, builder.Port, builder.Username, builder.Database).ShouldBe((host, port, user, database));
    }

    [Fact]
    public void Parse_PercentEncodedParts_AreDecoded()
    {
        var location = Parse("postgres://al%40ice:p%40ss%3Aw%2Frd%25@host/my%20db");

        location.Username.ShouldBe("al@ice");
        location.Database.ShouldBe("my db");
        location.CreateBuilder().Password.ShouldBe("p@ss:w/rd%");
    }

    [Fact]
    public void Parse_Utf8PercentEncoding_DecodesToTheCharacter()
    {
        Parse("postgres://h/caf%C3%A9").Database.ShouldBe("café");
    }

    [Fact]
    public void Parse_UnencodedAtInPassword_TheLastAtEndsTheUser()
    {
        var location = Parse("postgres://bob:p@ss@host/db");

        location.Username.ShouldBe("bob");
        location.Host.ShouldBe("host");
        location.CreateBuilder().Password.ShouldBe("p@ss");
    }

    [Fact]
    public void Parse_PasswordInQuery_IsUsedButNotDisplayed()
    {
        var location = Parse("postgres://u@h/db?password=hunter2");

        location.HasPassword.ShouldBeTrue();
        location.CreateBuilder().Password.ShouldBe("hunter2");
        location.Display.ShouldBe("postgres://u@h:5432/db");
    }

    [Theory]
    [InlineData("postgres://alice:secret@db.example.com:6543/codebrief", "postgres://alice@db.example.com:6543/codebrief")]
    [InlineData("postgresql://alice@localhost/codebrief?sslmode=require", "postgres://alice@localhost:5432/codebrief")]
    [InlineData("postgres://[::1]/db", "postgres://osuser@[::1]:5432/db")]
    [InlineData("postgres://al%40ice:p%40ss@h/my%20db", "postgres://al%40ice@h:5432/my%20db")]
    [InlineData("postgres://%2Ftmp/db", "postgres://osuser@%2Ftmp:5432/db")]
    [InlineData("Host=h;Port=6000;Username=u;Password=secret;Database=d", "postgres://u@h:6000/d")]
    public void Display_IsTheUrlWithoutPassword(string text, string display)
    {
        var location = Parse(text);

        location.Display.ShouldBe(display);
        location.ToString().ShouldBe(display);
    }

    [Theory]
    [InlineData("postgres://u@h/db?sslmode=require", SslMode.Require)]
    [InlineData("postgres://u@h/db?sslmode=disable", SslMode.Disable)]
    [InlineData("postgres://u@h/db?sslmode=verify-full", SslMode.VerifyFull)]
    [InlineData("postgres://u@h/db?sslmode=verify-ca", SslMode.VerifyCA)]
    public void Parse_SslMode_MapsLibpqSpelling(string text, SslMode mode)
    {
        Parse(text).CreateBuilder().SslMode.ShouldBe(mode);
    }

    [Fact]
    public void Parse_LibpqAndNpgsqlParameters_ReachTheConnectionString()
    {
        var builder = Parse("postgres://u@h/db?connect_timeout=7&application_name=code%20brief&target_session_attrs=read-write&Pooling=false&Command%20Timeout=90").CreateBuilder();

        builder.Timeout.ShouldBe(7);
        builder.ApplicationName.ShouldBe("code brief");
        builder.TargetSessionAttributes.ShouldBe("read-write");
        builder.Pooling.ShouldBeFalse();
        builder.CommandTimeout.ShouldBe(90);
    }

    [Fact]
    public void Parse_ConnectionString_KeepsItsSettings()
    {
        var location = Parse("Host=db.example.com;Port=6000;Username=u;Password=secret;Database=d;Timeout=3");

        (location.Host, location.Port, location.Username, location.Database).ShouldBe(("db.example.com", 6000, "u", "d"));
        location.HasPassword.ShouldBeTrue();
        var builder = new NpgsqlConnectionStringBuilder(location.ConnectionString);
        builder.Password.ShouldBe("secret");
        builder.Timeout.ShouldBe(3);
    }

    [Fact]
    public void Parse_ConnectionStringWithoutHostOrUser_DefaultsToLocalhostAndTheOsUser()
    {
        var location = Parse("Database=d");

        location.Host.ShouldBe("localhost");
        location.Username.ShouldBe(OsUser);
        location.HasPassword.ShouldBeFalse();
    }

    [Fact]
    public void Parse_WithoutPassword_LeavesItUnsetForNpgsql()
    {
        // Unset, not empty: Npgsql then asks PGPASSWORD and the password file.
        new NpgsqlConnectionStringBuilder(Parse("postgres://u@h/db").ConnectionString).Password.ShouldBeNull();
    }

    [Fact]
    public void Parse_PublicOverload_DefaultsToPgUserOrTheOsUser()
    {
        var expected = Environment.GetEnvironmentVariable("PGUSER") is { Length: > 0 } pgUser ? pgUser : Environment.UserName;

        PostgresLocation.Parse("postgres://h/db").Username.ShouldBe(expected);
    }

    [Fact]
    public void CreateBuilder_ReturnsACopy()
    {
        var location = Parse("postgres://u@h/db");

        location.CreateBuilder().Host = "elsewhere";

        location.CreateBuilder().Host.ShouldBe("h");
    }

    [Theory]
    [InlineData("mysql://u@h/db")]
    [InlineData("http://h/db")]
    [InlineData("://h/db")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("hello")]
    [InlineData("u:pw@h/db")]
    [InlineData("postgres://h:99999/db")]
    [InlineData("postgres://h:0/db")]
    [InlineData("postgres://h:abc/db")]
    [InlineData("postgres://h:-1/db")]
    [InlineData("postgres://h:/db")]
    [InlineData("postgres://h:5432:1/db")]
    [InlineData("postgres://h")]
    [InlineData("postgres://h/")]
    [InlineData("postgres://u:pw@h:5432")]
    [InlineData("postgres://h/db?port=70000")]
    [InlineData("postgres://h/db%2")]
    [InlineData("postgres://h/db%zz")]
    [InlineData("postgres://u%4@h/db")]
    [InlineData("postgres://::1/db")]
    [InlineData("postgres://[::1/db")]
    [InlineData("postgres://[::1]x/db")]
    [InlineData("postgres://[not-an-ip]/db")]
    [InlineData("postgres://[127.0.0.1]/db")]
    [InlineData("postgres://h1,h2/db")]
    [InlineData("postgres://h/db?sslmode")]
    [InlineData("postgres://h/db?sslmode=sometimes")]
    [InlineData("postgres://h/db?nonsense=1")]
    [InlineData("postgres://h/db?connect_timeout=soon")]
    [InlineData("Host=h;Bogus=1;Database=d")]
    [InlineData("Host=h;Username=u")]
    [InlineData("Host=h;Port=x;Database=d")]
    [InlineData("Host=h;Database")]
    public void Parse_MalformedText_ThrowsUsageException(string text)
    {
        Should.Throw<UsageException>(() => Parse(text));
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        Should.Throw<ArgumentNullException>(() => PostgresLocation.Parse(null!)); // the misuse under test
    }

    [Theory]
    // text, the bad part the message must name
    [InlineData("mysql://u:hunter2@h/db", "mysql")]
    [InlineData("postgres://u:hunter2@h:99999/db", "99999")]
    [InlineData("postgres://u:hunter2@h:5432", "no database")]
    [InlineData("postgres://u:hunter2@h/db?nonsense=1", "nonsense")]
    [InlineData("postgres://u:hunter2@[::1/db", "[::1")]
    [InlineData("Host=h;Password=hunter2;Bogus=1;Database=d", "bogus")]
    public void Parse_MalformedText_MessageNamesTheBadPartButNeverThePassword(string text, string badPart)
    {
        var thrown = Should.Throw<UsageException>(() => Parse(text));

        thrown.Message.ShouldContain(badPart, Case.Insensitive);
        thrown.Message.ShouldContain("postgres://user[:password]@host[:port]/database");
        thrown.Message.ShouldNotContain("hunter2");
    }
}
