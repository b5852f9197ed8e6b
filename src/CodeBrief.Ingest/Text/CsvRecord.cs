namespace CodeBrief.Ingest.Text;

/// <summary>
/// One CSV record: its fields (quotes removed, white space kept) and where each field sits.
/// </summary>
/// <param name="Line">1-based physical line the record starts on.</param>
/// <param name="Fields">The field values.</param>
/// <param name="Starts">1-based character column where each field starts (at its opening quote when quoted).</param>
/// <param name="Ends">1-based character column where each field ends, inclusive (0 for an empty field at column start).</param>
internal sealed record CsvRecord(long Line, string[] Fields, int[] Starts, int[] Ends)
{
    /// <summary>Number of fields.</summary>
    public int Count => Fields.Length;

    /// <summary>True when every field is empty or white space (the spacer rows CMS puts between groups).</summary>
    public bool IsBlank
    {
        get
        {
            foreach (var f in Fields)
                if (!string.IsNullOrWhiteSpace(f)) return false;
            return true;
        }
    }

    /// <summary>Field <paramref name="index"/> trimmed, or "" when the record is shorter.</summary>
    public string Trimmed(int index) => index < Fields.Length ? Fields[index].Trim() : "";
}
