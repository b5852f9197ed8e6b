using CodeBrief.Warehouse;

namespace CodeBrief.Cli.Commands;

/// <summary>Opens the warehouse the brief commands read, read-only, loading the public data first on a fresh store.</summary>
internal static class BriefWarehouse
{
    /// <summary>Opens the warehouse of <paramref name="target"/> read-only, fetching and loading the reference data first on a fresh store.</summary>
    public static IWarehouse Open(WarehouseTarget target, TextWriter error, bool verbose, CancellationToken cancellationToken)
    {
        // Commands run synchronously; the fetch is the one asynchronous step and has no context to deadlock on.
        DataCommand.EnsureLoadedAsync(target, verbose, error, cancellationToken).GetAwaiter().GetResult();
        return target.Open(WarehouseAccess.ReadOnly);
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
