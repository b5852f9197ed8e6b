using System.Reflection;
using System.Text;

namespace CodeBrief.Brief;

/// <summary>
/// Writes out the abbreviations of a CMS short descriptor word by word through CodeBrief's abbreviation table
/// (<c>Descriptors/descriptor-abbreviations.csv</c>, its source stated in the file): "Quan us tis charac w/o dx us" becomes
/// "quantitative ultrasound tissue characterization without diagnostic ultrasound". Briefs print the result labelled as an
/// expansion beside the descriptor as published, never in its place.
/// </summary>
public static class DescriptorExpander
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Table = new(Load);

    /// <summary>The abbreviation table: abbreviation (lower case) to its expansion.</summary>
    public static IReadOnlyDictionary<string, string> Abbreviations => Table.Value;

    /// <summary>The expansion of <paramref name="descriptor"/>, or null when it has no abbreviation the table knows.</summary>
    public static string? Expand(string descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        var expanded = false;
        var words = new List<string>();
        foreach (var token in descriptor.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var (word, trail) = SplitTrailing(token);
            var text = ExpandWord(word.ToLowerInvariant(), ref expanded);
            words.Add(text + trail);
        }
        return expanded ? string.Join(' ', words) : null;
    }

    private static string ExpandWord(string word, ref bool expanded)
    {
        if (Abbreviations.TryGetValue(word, out var full)) { expanded = true; return full; }
        // "w/dx" is "with" then the next abbreviation, written without a space.
        if (word.StartsWith("w/", StringComparison.Ordinal) && word.Length > 2)
        {
            expanded = true;
            return "with " + ExpandWord(word[2..], ref expanded);
        }
        return word;
    }

    // Punctuation after a word (",", ";") stays after its expansion.
    private static (string Word, string Trail) SplitTrailing(string token)
    {
        var end = token.Length;
        while (end > 0 && token[end - 1] is ',' or ';' or ':' or '.') end--;
        return (token[..end], token[end..]);
    }

    private static Dictionary<string, string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("CodeBrief.Brief.Descriptors.descriptor-abbreviations.csv")
            ?? throw new InvalidOperationException("The abbreviation table is not embedded in CodeBrief.Brief.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        var header = true;
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || line.Length == 0) continue;
            if (header) { header = false; continue; }
            var comma = line.IndexOf(',', StringComparison.Ordinal);
            if (comma <= 0) throw new InvalidOperationException($"descriptor-abbreviations.csv: line \"{line}\" is not abbreviation,expansion.");
            table.Add(line[..comma], line[(comma + 1)..]);
        }
        return table;
    }
}
