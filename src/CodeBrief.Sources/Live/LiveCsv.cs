using System.Text;

namespace CodeBrief.Sources.Live;

/// <summary>
/// Writes fetched rows as a CSV file in the publisher's column names, so the one reader of that layout loads it, with two
/// provenance columns the readers pass over: <c>endpoint</c> (the URL the row came from) and <c>retrieved_at</c>.
/// </summary>
public static class LiveCsv
{
    /// <summary>The provenance column naming the URL of each row.</summary>
    public const string EndpointColumn = "endpoint";

    /// <summary>The provenance column giving when each row was fetched.</summary>
    public const string RetrievedColumn = "retrieved_at";

    /// <summary>Writes the rows of <paramref name="responses"/> to <paramref name="path"/> with <paramref name="columns"/> then the
    /// two provenance columns; CRLF line ends and every field quoted, as the MCD export writes them.</summary>
    public static void Write(string path, IReadOnlyList<string> columns, IEnumerable<LiveResponse> responses)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(responses);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\r\n" };
        writer.WriteLine(string.Join(',', columns.Append(EndpointColumn).Append(RetrievedColumn).Select(Quote)));
        foreach (var response in responses)
            foreach (var row in response.Rows)
                writer.WriteLine(string.Join(',', columns.Select(c => row.TryGetValue(c, out var v) ? v : "")
                    .Append(response.Endpoint).Append(response.RetrievedAt).Select(Quote)));
    }

    // Embedded line breaks (the contractor names of the article report carry one) are kept inside the quotes.
    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
