using System.CommandLine;

namespace CodeBrief.Cli;

/// <summary>Options every command accepts: where the warehouse lives, where the offline mirror is, how much to print.</summary>
public sealed class GlobalOptions
{
    /// <summary><c>--home DIR</c>: the CodeBrief home folder (warehouse, fetched files, reports). Default: <c>CODEBRIEF_HOME</c>, else a per-user data folder.</summary>
    public Option<DirectoryInfo?> Home { get; } = new("--home") { Description = "CodeBrief home folder (default: $CODEBRIEF_HOME, else ~/.local/share/codebrief)", Recursive = true };

    /// <summary><c>--store URL</c>: the warehouse (a PostgreSQL URL or a SQLite path). Default: <c>CODEBRIEF_STORE</c>, else <c>&lt;home&gt;/warehouse.db</c>.</summary>
    public Option<string?> Store { get; } = new("--store") { Description = "Warehouse store: postgres://user@host:port/db, an Npgsql connection string, or a SQLite file (default: $CODEBRIEF_STORE, else <home>/warehouse.db)", Recursive = true };

    /// <summary><c>--lake DIR</c>: the rate lake (Parquet files of negotiated rates). Default: <c>CODEBRIEF_LAKE</c>, else <c>&lt;home&gt;/lake</c>.</summary>
    public Option<DirectoryInfo?> Lake { get; } = new("--lake") { Description = "Rate lake folder: Parquet files of payer rates that ingest writes and benchmarks read (default: $CODEBRIEF_LAKE, else <home>/lake)", Recursive = true };

    /// <summary><c>--verbose</c>: print stack traces for internal errors.</summary>
    public Option<bool> Verbose { get; } = new("--verbose") { Description = "Print stack traces and extra detail", Recursive = true };

    /// <summary>Adds the options to the root command.</summary>
    public void AddTo(Command root)
    {
        root.Options.Add(Home);
        root.Options.Add(Store);
        root.Options.Add(Lake);
        root.Options.Add(Verbose);
    }

    /// <summary>The home folder for this invocation, created if missing.</summary>
    public string ResolveHome(ParseResult parse)
    {
        var path = parse.GetValue(Home)?.FullName
                   ?? Environment.GetEnvironmentVariable("CODEBRIEF_HOME")
                   ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "codebrief");
        Directory.CreateDirectory(path);
        return Path.GetFullPath(path);
    }

    /// <summary>The warehouse of this invocation: <c>--store</c>, else <c>CODEBRIEF_STORE</c>, else the home's SQLite file.</summary>
    /// <exception cref="Core.Errors.UsageException">The store text is malformed.</exception>
    public Warehouse.StoreLocation ResolveStore(ParseResult parse, string home) =>
        Warehouse.StoreLocation.Resolve(parse.GetValue(Store) ?? Environment.GetEnvironmentVariable("CODEBRIEF_STORE"), home);

    /// <summary>The home and store of this invocation.</summary>
    public WarehouseTarget ResolveTarget(ParseResult parse)
    {
        var home = ResolveHome(parse);
        var lake = parse.GetValue(Lake)?.FullName ?? Environment.GetEnvironmentVariable("CODEBRIEF_LAKE");
        return new WarehouseTarget(home, ResolveStore(parse, home), string.IsNullOrWhiteSpace(lake) ? null : Path.GetFullPath(lake));
    }
}
