namespace CodeBrief.Warehouse.Postgres;

/// <summary>Table and column names are spliced into SQL: accept only plain names, and quote them.</summary>
internal static class PostgresIdentifier
{
    // PostgreSQL truncates longer names to NAMEDATALEN - 1 bytes, so two long names could silently become one.
    private const int MaxLength = 63;

    public static bool IsPlain(string name)
    {
        if (name.Length is 0 or > MaxLength || char.IsAsciiDigit(name[0])) return false;
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_') return false;
        }
        return true;
    }

    /// <summary>The name in double quotes; <paramref name="what"/> ("table", "column") names it in the error.</summary>
    public static string Quote(string name, string what) =>
        IsPlain(name) ? $"\"{name}\"" : throw new ArgumentException(ErrorMessages.BadIdentifier(what, name), nameof(name));
}
