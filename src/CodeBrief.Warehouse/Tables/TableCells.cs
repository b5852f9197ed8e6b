using System.Globalization;

namespace CodeBrief.Warehouse.Tables;

/// <summary>How typed row fields become the text cells the schema stores.</summary>
/// <remarks>The conversions give back exactly the text the readers produced when they yielded strings: .NET's decimal keeps
/// the scale it was parsed with (<c>0.50</c> prints <c>0.50</c>), so the stored bytes do not change.</remarks>
public static class TableCells
{
    /// <summary>The text, or NULL when it is null or empty (the records keep blank cells as empty strings).</summary>
    public static string? Text(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>A decimal as invariant text (<c>24.11</c>), or NULL.</summary>
    public static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>An integer as invariant text, or NULL.</summary>
    public static string? Integer(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>A flag as <c>1</c> or <c>0</c>.</summary>
    public static string Flag(bool value) => value ? "1" : "0";
}
