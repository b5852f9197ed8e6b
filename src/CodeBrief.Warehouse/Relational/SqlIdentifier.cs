namespace CodeBrief.Warehouse.Relational;

/// <summary>Table and column names come from format code, not users, but they are spliced into SQL: accept only plain names.</summary>
public static class SqlIdentifier
{
    public static void Check(string name)
    {
        var ok = name.Length > 0 && (char.IsAsciiLetterLower(name[0]) || name[0] == '_');
        foreach (var c in name) ok &= char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_';
        if (!ok) throw new InvalidOperationException($"\"{name}\" is not a plain lower-case SQL name; reference formats must name tables and columns of Warehouse/Schema.");
    }
}
