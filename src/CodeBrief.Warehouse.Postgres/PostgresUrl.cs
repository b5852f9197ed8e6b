using System.Globalization;
using System.Net;
using System.Net.Sockets;
using CodeBrief.Core.Errors;
using Npgsql;

namespace CodeBrief.Warehouse.Postgres;

/// <summary>
/// Reads and writes libpq's connection URI, <c>postgres[ql]://[user[:password]@][host][:port][/database][?name=value&amp;...]</c>.
/// </summary>
/// <remarks>Error messages name the bad part but never repeat the input, which may hold a password.</remarks>
internal static class PostgresUrl
{
    // libpq parameter -> Npgsql keyword. Anything else is tried as an Npgsql keyword as it stands.
    private static readonly Dictionary<string, string> Parameters = new(StringComparer.Ordinal)
    {
        ["application_name"] = "Application Name",
        ["client_encoding"] = "Client Encoding",
        ["connect_timeout"] = "Timeout",
        ["options"] = "Options",
        ["passfile"] = "Passfile",
        ["sslcert"] = "SSL Certificate",
        ["sslkey"] = "SSL Key",
        ["sslmode"] = "SSL Mode",
        ["sslpassword"] = "SSL Password",
        ["sslrootcert"] = "Root Certificate",
        ["target_session_attrs"] = "Target Session Attributes",
    };

    public static NpgsqlConnectionStringBuilder Parse(string url)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        var scheme = url[..schemeEnd];
        if (!scheme.Equals("postgres", StringComparison.OrdinalIgnoreCase) && !scheme.Equals("postgresql", StringComparison.OrdinalIgnoreCase))
            throw new UsageException(ErrorMessages.UnknownScheme(scheme));

        var rest = url[(schemeEnd + 3)..];
        var query = "";
        if (rest.IndexOf('?', StringComparison.Ordinal) is var q and >= 0) (rest, query) = (rest[..q], rest[(q + 1)..]);
        var path = "";
        if (rest.IndexOf('/', StringComparison.Ordinal) is var slash and >= 0) (rest, path) = (rest[..slash], rest[(slash + 1)..]);

        var builder = new NpgsqlConnectionStringBuilder { Port = PostgresLocation.DefaultPort };
        // The last @ ends the user part, so an unencoded @ in a password still works.
        if (rest.LastIndexOf('@') is var at and >= 0)
        {
            var userInfo = rest[..at];
            rest = rest[(at + 1)..];
            var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = NullIfEmpty(Decode(colon < 0 ? userInfo : userInfo[..colon], "user name"));
            if (colon >= 0) builder.Password = NullIfEmpty(Decode(userInfo[(colon + 1)..], "password"));
        }
        ReadHostAndPort(rest, builder);
        builder.Database = NullIfEmpty(Decode(path, "database name"));
        ReadParameters(query, builder);
        if (string.IsNullOrEmpty(builder.Database)) throw new UsageException(ErrorMessages.NoDatabase());
        return builder;
    }

    /// <summary>The URL of a store without password or parameters, percent-encoded where needed.</summary>
    public static string Format(string host, int port, string user, string database)
    {
        var shownHost = host.Contains(',', StringComparison.Ordinal) ? host
            : host.StartsWith('/') ? Uri.EscapeDataString(host)
            : host.Contains(':', StringComparison.Ordinal) ? $"[{host}]"
            : host;
        return string.Create(CultureInfo.InvariantCulture,
            $"postgres://{Uri.EscapeDataString(user)}@{shownHost}:{port}/{Uri.EscapeDataString(database)}");
    }

    private static void ReadHostAndPort(string hostPort, NpgsqlConnectionStringBuilder builder)
    {
        string host;
        string? port = null;
        if (hostPort.StartsWith('['))
        {
            var close = hostPort.IndexOf(']', StringComparison.Ordinal);
            if (close < 0) throw new UsageException(ErrorMessages.BadHost(hostPort));
            host = hostPort[1..close];
            var after = hostPort[(close + 1)..];
            if (after.Length > 0 && after[0] != ':') throw new UsageException(ErrorMessages.BadHost(hostPort));
            if (after.Length > 0) port = after[1..];
            if (!IPAddress.TryParse(host, out var address) || address.AddressFamily != AddressFamily.InterNetworkV6)
                throw new UsageException(ErrorMessages.BadHost(host));
        }
        else
        {
            if (hostPort.Contains(',', StringComparison.Ordinal)) throw new UsageException(ErrorMessages.SeveralHosts());
            var colon = hostPort.IndexOf(':', StringComparison.Ordinal);
            // A second colon means an IPv6 address without its brackets.
            if (colon >= 0 && hostPort.IndexOf(':', colon + 1) >= 0) throw new UsageException(ErrorMessages.BadHost(hostPort));
            host = Decode(colon < 0 ? hostPort : hostPort[..colon], "host");
            if (colon >= 0) port = hostPort[(colon + 1)..];
        }
        builder.Host = NullIfEmpty(host);
        if (port is not null) builder.Port = ParsePort(port);
    }

    private static void ReadParameters(string query, NpgsqlConnectionStringBuilder builder)
    {
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(equals < 0 ? pair : pair[..equals], "parameter name");
            if (equals < 0) throw new UsageException(ErrorMessages.ParameterWithoutValue(name));
            var value = Decode(pair[(equals + 1)..], $"parameter {name}");
            switch (name)
            {
                case "host": builder.Host = value; break;
                case "port": builder.Port = ParsePort(value); break;
                case "user": builder.Username = value; break;
                case "password": builder.Password = value; break;
                case "dbname": builder.Database = value; break;
                default: Set(builder, name, value); break;
            }
        }
    }

    private static void Set(NpgsqlConnectionStringBuilder builder, string name, string value)
    {
        var keyword = Parameters.GetValueOrDefault(name, name);
        // libpq spells SSL modes verify-ca and verify-full; Npgsql's enum names have no hyphen.
        if (name == "sslmode") value = value.Replace("-", "", StringComparison.Ordinal);
        // ContainsKey answers whether Npgsql knows the keyword, set or not.
        if (!builder.ContainsKey(keyword)) throw new UsageException(ErrorMessages.UnknownParameter(name));
        try
        {
            builder[keyword] = value;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException or OverflowException)
        {
            throw new UsageException(ErrorMessages.BadParameter(name, value));
        }
    }

    private static int ParsePort(string text) =>
        text.Length is > 0 and <= 5 && text.All(char.IsAsciiDigit)
            && int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) is var port and >= 1 and <= 65535
            ? port
            : throw new UsageException(ErrorMessages.BadPort(text));

    /// <summary>Percent-decodes as UTF-8; a % without two hex digits is an error, as in libpq.</summary>
    private static string Decode(string text, string part)
    {
        for (var i = text.IndexOf('%', StringComparison.Ordinal); i >= 0; i = text.IndexOf('%', i + 1))
        {
            if (i + 2 >= text.Length || !char.IsAsciiHexDigit(text[i + 1]) || !char.IsAsciiHexDigit(text[i + 2]))
                throw new UsageException(ErrorMessages.BadPercent(part));
        }
        return Uri.UnescapeDataString(text);
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
