using System.Data;
using System.Globalization;

namespace CodeBrief.Dossier.Queries;

/// <summary>Reads warehouse cells: decimals are stored as invariant text, blanks mean "not in the file".</summary>
internal static class Cells
{
    public static string Text(IDataRecord r, string column)
    {
        var i = r.GetOrdinal(column);
        return r.IsDBNull(i) ? "" : Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture)?.Trim() ?? "";
    }

    public static string? TextOrNull(IDataRecord r, string column)
    {
        var s = Text(r, column);
        return s.Length == 0 ? null : s;
    }

    public static decimal? Decimal(IDataRecord r, string column)
    {
        var s = Text(r, column);
        return s.Length == 0 ? null : decimal.Parse(s, NumberStyles.Number, CultureInfo.InvariantCulture);
    }

    public static long Long(IDataRecord r, string column) => Convert.ToInt64(r.GetValue(r.GetOrdinal(column)), CultureInfo.InvariantCulture);

    public static int? Int(IDataRecord r, string column)
    {
        var i = r.GetOrdinal(column);
        return r.IsDBNull(i) ? null : Convert.ToInt32(r.GetValue(i), CultureInfo.InvariantCulture);
    }
}
