using CodeBrief.Core;
using CodeBrief.Ingest.Clfs;

namespace CodeBrief.Analytics.Medicare;

/// <summary>What the CLFS pays for a row: the one place that reads the indicator.</summary>
public static class ClfsPricing
{
    extension(ClfsRow row)
    {
        /// <summary>The national limitation amount, or null when the row has none (indicator L: priced locally; or no rate).</summary>
        public Money? NationalLimit => row.Indicator == "L" || row.Rate is null ? null : Cents.Round(row.Rate.Value);
    }
}
