using CodeBrief.Core.Errors;
using Microsoft.Data.Sqlite;

namespace CodeBrief.Cli.Commands;

/// <summary>Opens the warehouse the brief commands read, read-only, or says how to create it.</summary>
internal static class BriefWarehouse
{
    public static SqliteConnection Open(string home)
    {
        var path = Path.Combine(home, "warehouse.db");
        if (!File.Exists(path))
            throw new SourceUnavailableException("warehouse", $"No warehouse at {path}. Run `codebrief data fetch` and `codebrief data load` first.");
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>The brief date: <c>SOURCE_DATE_EPOCH</c> (reproducible builds) when set, else today's UTC date from the clock.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        if (long.TryParse(epoch, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var seconds))
            return DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime);
        return DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>Writes a file atomically: a temporary file beside it, then a rename.</summary>
    public static void WriteAtomic(string path, string text)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!); // a full path always has a directory
        var temp = full + "." + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".tmp";
        File.WriteAllText(temp, text, new System.Text.UTF8Encoding(false));
        File.Move(temp, full, overwrite: true);
    }
}
