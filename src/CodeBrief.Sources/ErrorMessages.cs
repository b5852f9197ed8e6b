namespace CodeBrief.Sources;

/// <summary>The sentences Sources puts in exceptions and reports, in one place.</summary>
internal static class ErrorMessages
{
    public static string UnknownDataset(string id, IEnumerable<string> known) =>
        $"\"{id}\" is not a dataset CodeBrief knows. Use one of: {string.Join(", ", known)}.";

    public static string MirrorMissing(string root) =>
        $"The mirror folder {root} does not exist. Pass --mirror DIR (or set CODEBRIEF_MIRROR) with a folder that holds one subfolder per dataset, like shared/data.";

    public static string DownloadFailed(Uri url, string reason, string remedy) => $"Could not download {url}: {reason}. {remedy}";

    public const string OfflineRemedy = "If this machine is offline, copy the files from a mirror instead: codebrief data fetch --mirror DIR (or set CODEBRIEF_MIRROR).";

    public static string NothingRecognised(Uri url, string dataset) =>
        $"{url} was downloaded, but no file in it was recognised as {dataset}; the publisher may have changed the layout or the file names.";

    public static string NoDirectDownload(DatasetInfo dataset) =>
        $"{dataset.Id} has no direct download: get it from {dataset.LandingPage?.ToString() ?? dataset.Publisher} and fetch it with --mirror DIR.";
}
