using System.Globalization;
using System.Text;
using CodeBrief.Warehouse.Tic;

namespace CodeBrief.Warehouse.Lake;

/// <summary>
/// Where the lake's files lie: one folder per table (<c>rates</c>, <c>rate_dims</c>, <c>group_sets</c>, <c>provider_groups</c>), each laid out as
/// Hive partitions <c>payer=…/network=…/month=YYYY-MM/</c> holding one <c>&lt;source-sha256&gt;.parquet</c> per source file.
/// </summary>
/// <remarks>
/// Partition values are percent-encoded as Hive and Spark write them (every byte outside letters, digits, space, <c>-</c>,
/// <c>_</c> and <c>.</c>), so a payer label with <c>/</c> or <c>=</c> stays one folder; DuckDB, Spark and Trino decode them.
/// Files are staged under <c>.staging/</c> and renamed into place, so a reader never sees half a file.
/// </remarks>
internal sealed class LakeLayout(string root)
{
    /// <summary>The table of negotiated rates, one row per distinct price.</summary>
    public const string Rates = "rates";

    /// <summary>The text of each rate's combination (code type, class, setting, places of service, modifiers, negotiated type, expiration).</summary>
    public const string RateDims = "rate_dims";

    /// <summary>Provider-group sets: which groups each rate's <c>provider_group_set</c> names.</summary>
    public const string GroupSets = "group_sets";

    /// <summary>Provider groups: one row per group and NPI, with the group's TIN.</summary>
    public const string ProviderGroups = "provider_groups";

    /// <summary>The tables, in the order a file's parts are published (rates last, so a rate's groups are in place before it).</summary>
    public static readonly string[] Tables = [RateDims, GroupSets, ProviderGroups, Rates];

    /// <summary>The lake's root folder (absolute).</summary>
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>Where ingests stage their files: each removes its own folder when it ends; a killed process leaves its folder, which no reader looks at.</summary>
    public string Staging => Path.Combine(Root, ".staging");

    /// <summary>The folder of <paramref name="table"/>'s partition <paramref name="partition"/>.</summary>
    public string Folder(string table, LakePartition partition) => Path.Combine(Root, table,
        "payer=" + Escape(partition.Payer), "network=" + Escape(partition.Network), "month=" + Escape(partition.Month));

    /// <summary>The file of source <paramref name="sha"/> in <paramref name="table"/>'s partition <paramref name="partition"/>.</summary>
    public string FileOf(string table, LakePartition partition, string sha) => Path.Combine(Folder(table, partition), sha + ".parquet");

    /// <summary>Every file of source <paramref name="sha"/> in <paramref name="table"/>, whatever its partition.</summary>
    public IEnumerable<string> FilesOf(string table, string sha)
    {
        var folder = Path.Combine(Root, table);
        return Directory.Exists(folder) ? Directory.EnumerateFiles(folder, sha + ".parquet", SearchOption.AllDirectories) : [];
    }

    /// <summary>The files of <paramref name="table"/> whose source is one of <paramref name="shas"/>.</summary>
    public List<string> FilesOf(string table, IEnumerable<string> shas)
    {
        var wanted = shas.Select(s => s + ".parquet").ToHashSet(StringComparer.Ordinal);
        var folder = Path.Combine(Root, table);
        if (!Directory.Exists(folder) || wanted.Count == 0) return [];
        return [.. Directory.EnumerateFiles(folder, "*.parquet", SearchOption.AllDirectories)
            .Where(f => wanted.Contains(Path.GetFileName(f))).Order(StringComparer.Ordinal)];
    }

    /// <summary>A partition value as a folder name (percent-encoded UTF-8).</summary>
    public static string Escape(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is ' ' or '-' or '_' or '.') text.Append(c);
            else text.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        // "." and ".." would name the folder itself or its parent.
        return text.ToString() is "." or ".." ? text.ToString().Replace(".", "%2E", StringComparison.Ordinal) : text.ToString();
    }

    /// <summary>A path as a DuckDB string literal.</summary>
    public static string Literal(string path) => "'" + path.Replace("'", "''", StringComparison.Ordinal) + "'";
}
