namespace CodeBrief.Warehouse;

/// <summary>The sentences the warehouse projects put in exceptions, in one place (engines use them too).</summary>
public static class ErrorMessages
{
    /// <summary>The fix for a truncated or empty file.</summary>
    public const string FetchAgain = "Fetch the file again: codebrief data fetch.";

    /// <summary>A file to load does not exist.</summary>
    public static string FileMissing(string path) =>
        $"{path} does not exist. Fetch the reference files first: codebrief data fetch --mirror DIR.";

    /// <summary>A file without data rows.</summary>
    public static string NoRows(string dataset) =>
        $"the file holds no data rows, so nothing was loaded and the current {dataset} data is kept";

    /// <summary>A file whose every row was rejected.</summary>
    public static string AllRejected(string dataset, long rows) =>
        $"all {rows} data rows were rejected, so nothing was loaded and the current {dataset} data is kept";

    /// <summary>No warehouse at the store a read-only command opened.</summary>
    public static string NoWarehouse(string store) =>
        $"No warehouse at {store}: run `codebrief data load` first (it fetches and loads the public files), or pass --home or --store.";

    /// <summary>A read-only command found a warehouse of an older schema version.</summary>
    public static string OlderSchema(string store, int found, int current) =>
        $"The warehouse at {store} has schema version {found}; this CodeBrief reads version {current}. Run `codebrief data load` once to upgrade it (in one transaction; no data is lost).";

    /// <summary>The warehouse was written by a newer CodeBrief.</summary>
    public static string NewerSchema(string store, int found, int current) =>
        $"The warehouse at {store} has schema version {found}, newer than the version {current} this CodeBrief knows. Update CodeBrief, or point --store or --home at another warehouse.";

    /// <summary>The store text is neither a PostgreSQL URL nor a SQLite path.</summary>
    public static string BadStore(string text) =>
        $"\"{text}\" is not a store. Use postgres://user@host:port/database, an Npgsql connection string (Host=…;Database=…), sqlite:PATH, or a path ending in .db.";

    /// <summary>The first rejected row, appended to an all-rejected message.</summary>
    public static string FirstReject(string message) => $"First rejected row: {message}";

    /// <summary>More rows rejected than the dataset allows.</summary>
    public static string TooManyRejects(string file, string dataset, long rejected, long seen, decimal max) =>
        $"{file}: {rejected:N0} of {seen:N0} rows were rejected ({Percent(rejected, seen)}), more than the {max:P0} a {dataset} file may lose, "
        + "so nothing was loaded and the current data is kept. See the reject report of an earlier lenient load, fix or fetch the file again, "
        + "or load it on purpose with --accept-rejects.";

    /// <summary>A file of the current name and version with other bytes.</summary>
    public static string SameVersionChanged(string file, string dataset, string version, string currentSha) =>
        $"{file}: the current {dataset} data is a file of this name and version {version} with other content (SHA-256 {currentSha[..12]}…), "
        + "so nothing was loaded and the current data is kept. A publisher that republishes a version changes its name or version; "
        + "if this file is the right one, load it with --replace-same-version.";

    /// <summary>A new version with noticeably fewer rows or keys than the current one.</summary>
    public static string Shrink(string file, string dataset, long rows, long oldRows, long lostKeys, long oldKeys, string key, string oldFile, decimal max) =>
        $"{file}: {rows:N0} rows against {oldRows:N0} in the current {dataset} file {oldFile}, and {lostKeys:N0} of its {oldKeys:N0} "
        + $"distinct {key} values ({Percent(lostKeys, oldKeys)}) would be gone; a new version may lose at most {max:P0}. "
        + "Nothing was loaded and the current data is kept. A cut download looks like this: fetch the file again; "
        + "if the new version really is smaller, load it with --accept-shrink.";

    private static string Percent(long part, long whole) =>
        whole == 0 ? "0%" : (part / (decimal)whole).ToString("P1", System.Globalization.CultureInfo.InvariantCulture);
}
