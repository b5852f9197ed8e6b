namespace CodeBrief.Warehouse;

/// <summary>The sentences Warehouse puts in exceptions, in one place.</summary>
internal static class ErrorMessages
{
    public const string FetchAgain = "Fetch the file again: codebrief data fetch.";

    public static string FileMissing(string path) =>
        $"{path} does not exist. Fetch the reference files first: codebrief data fetch --mirror DIR.";

    public static string NoRows(string dataset) =>
        $"the file holds no data rows, so nothing was loaded and the current {dataset} data is kept";

    public static string AllRejected(string dataset, long rows) =>
        $"all {rows} data rows were rejected, so nothing was loaded and the current {dataset} data is kept";

    public static string NoWarehouse(string path) =>
        $"No warehouse at {path}: run `codebrief data fetch` and `codebrief data load` first, or pass --home.";

    public static string NoReferenceTables(string path) => $"{path} has no reference tables: run `codebrief data load` first.";

    public static string FirstReject(string message) => $"First rejected row: {message}";
}
