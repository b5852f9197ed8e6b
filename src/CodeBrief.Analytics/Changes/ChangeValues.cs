using System.Globalization;
using CodeBrief.Core;

namespace CodeBrief.Analytics.Changes;

/// <summary>How compared values print, the same way in both versions so that only a real difference shows.</summary>
internal static class ChangeValues
{
    /// <summary>A quantity without trailing zeros (<c>3.28</c>, <c>0</c>), so <c>0.00</c> in one file and <c>0</c> in another agree; blank when absent.</summary>
    public static string Number(decimal? value) => value?.ToString("0.######", CultureInfo.InvariantCulture) ?? "";

    /// <summary>A dollar amount (<c>$1,234.56</c>); blank when absent.</summary>
    public static string Dollars(decimal? value) => value is { } v ? new Money(v).ToString() : "";

    /// <summary>Text, trimmed.</summary>
    public static string Text(string? value) => value?.Trim() ?? "";
}
