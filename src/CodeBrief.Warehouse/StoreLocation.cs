using CodeBrief.Core.Errors;

namespace CodeBrief.Warehouse;

/// <summary>
/// Where the warehouse lives: the embedded SQLite file under the home (the default), or a PostgreSQL server named by
/// <c>--store</c> or <c>CODEBRIEF_STORE</c>. Fetched files (<c>raw/</c>) and reject reports (<c>reports/</c>) stay under the
/// home either way.
/// </summary>
public sealed record StoreLocation
{
    private StoreLocation(StoreEngine engine, string target)
    {
        Engine = engine;
        Target = target;
    }

    /// <summary>Which engine serves the store.</summary>
    public StoreEngine Engine { get; }

    /// <summary>For SQLite the full path of the database file; for PostgreSQL the URL or connection string as given
    /// (it may hold a password: never print it, print the engine's display form).</summary>
    public string Target { get; }

    /// <summary>The SQLite file of a home folder.</summary>
    public static string SqliteFileIn(string home) => Path.Combine(Path.GetFullPath(home), "warehouse.db");

    /// <summary>
    /// The store the user named, or the home's SQLite file when <paramref name="store"/> is null or blank. Accepts
    /// <c>postgres://…</c>, <c>postgresql://…</c>, an Npgsql connection string (<c>Host=…;Database=…</c>), <c>sqlite:PATH</c>,
    /// or a path ending in <c>.db</c>.
    /// </summary>
    /// <exception cref="UsageException">The text is none of those forms.</exception>
    public static StoreLocation Resolve(string? store, string home)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(home);
        if (string.IsNullOrWhiteSpace(store)) return new StoreLocation(StoreEngine.Sqlite, SqliteFileIn(home));
        var text = store.Trim();
        if (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || text.Contains("host=", StringComparison.OrdinalIgnoreCase))
            return new StoreLocation(StoreEngine.Postgres, text);
        if (text.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase))
        {
            // sqlite:PATH, or the URL form sqlite:///absolute/path (an empty authority before the path).
            var path = text["sqlite:".Length..];
            if (path.StartsWith("//", StringComparison.Ordinal)) path = path[2..];
            if (path.Length == 0) throw new UsageException(ErrorMessages.BadStore(text));
            return new StoreLocation(StoreEngine.Sqlite, Path.GetFullPath(path));
        }
        if (text.EndsWith(".db", StringComparison.OrdinalIgnoreCase) && !text.Contains("://", StringComparison.Ordinal))
            return new StoreLocation(StoreEngine.Sqlite, Path.GetFullPath(text));
        throw new UsageException(ErrorMessages.BadStore(text));
    }
}
