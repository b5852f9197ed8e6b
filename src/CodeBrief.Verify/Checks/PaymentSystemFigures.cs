using System.Globalization;
using CodeBrief.Analytics.Medicare;
using CodeBrief.Core;

namespace CodeBrief.Verify.Checks;

/// <summary>
/// The OPPS, ASC and ASP figures of one code exactly as the brief prints them (<c>BriefBuilder.Outpatient</c>, from the rows
/// the dossier reads): Addendum B's payment rate with its APC and status indicator, each ASC Addendum AA/BB row's payment
/// rate with its payment indicator, and each ASP row's payment limit per dosage. A row without a figure says why, in the
/// indicator words the brief uses (<see cref="OutpatientIndicators"/>). No figure is derived: each is a loaded row's value.
/// </summary>
internal static class PaymentSystemFigures
{
    /// <summary>The payment systems with figures of their own.</summary>
    public enum System
    {
        /// <summary>Hospital outpatient prospective payment (OPPS Addendum B).</summary>
        Opps,
        /// <summary>Ambulatory surgical center payment (ASC Addenda AA and BB).</summary>
        Asc,
        /// <summary>Part B drug payment limit (ASP pricing file).</summary>
        Asp,
    }

    /// <summary>One loaded row's figure.</summary>
    /// <param name="Dollars">The payment rate or limit, or null when the row has none.</param>
    /// <param name="Label">What the figure is, in words ("the OPPS payment rate (APC 5522, status S)").</param>
    /// <param name="Describe">The figure and its label, or why the row has no figure, for a message.</param>
    /// <param name="Evidence">The row.</param>
    /// <param name="Dosage">The ASP row's dosage (<c>1 MG</c>); null for OPPS and ASC.</param>
    public sealed record Figure(decimal? Dollars, string Label, string Describe, Evidence Evidence, string? Dosage = null)
    {
        /// <summary>The figure as the brief prints it (ASP limits to the tenth of a cent).</summary>
        public string Text => Dollars is not { } d ? "none" : Dosage is null ? new Money(d).ToString() : "$" + d.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The figures of <paramref name="code"/> in <paramref name="system"/>'s loaded file.</summary>
    public static IReadOnlyList<Figure> Of(VerifyContext c, string code, System system) => system switch
    {
        System.Opps => [.. c.Reference.Opps(code).Select(r =>
        {
            var label = $"the OPPS payment rate (APC {r.Apc ?? "none"}, status indicator {r.StatusIndicator})";
            var evidence = new Evidence(r.Source, $"{r.Code} SI {r.StatusIndicator} APC {r.Apc ?? "none"} PAYMENT RATE {Dollars(r.PaymentRate)}");
            return r.PaymentRate is { } rate
                ? new Figure(rate, label, $"{new Money(rate)} as {label}", evidence)
                : new Figure(null, label, $"no OPPS payment rate (status indicator {r.StatusIndicator}: {OutpatientIndicators.OppsStatus(r.StatusIndicator)})", evidence);
        })],
        System.Asc => [.. c.Reference.Asc(code).Select(r =>
        {
            var label = $"the ASC payment rate (Addendum {r.Addendum}, payment indicator {r.PaymentIndicator})";
            var evidence = new Evidence(r.Source, $"{r.Code} ADDENDUM {r.Addendum} PI {r.PaymentIndicator} PAYMENT RATE {Dollars(r.PaymentRate)}");
            return r.PaymentRate is { } rate
                ? new Figure(rate, label, $"{new Money(rate)} as {label}", evidence)
                : new Figure(null, label, $"no ASC payment rate in Addendum {r.Addendum} (payment indicator {r.PaymentIndicator}: {OutpatientIndicators.AscPayment(r.PaymentIndicator)})", evidence);
        })],
        _ => [.. c.Reference.Asp(code).Select(r =>
        {
            var dosage = r.Dosage.Length > 0 ? r.Dosage : "dosage not stated";
            var label = $"the ASP payment limit per {dosage}";
            var limit = r.PaymentLimit?.ToString(CultureInfo.InvariantCulture);
            var evidence = new Evidence(r.Source, $"{r.Code} DOSAGE {dosage} PAYMENT LIMIT {limit ?? "blank"}");
            return r.PaymentLimit is { } l
                ? new Figure(l, label, $"${limit} as {label}", evidence, dosage)
                : new Figure(null, label, $"no ASP payment limit (the row for {dosage} is blank)", evidence, dosage);
        })],
    };

    /// <summary>The priced figures of the other two systems whose files are loaded, to say whose figure a wrong amount is.</summary>
    public static IEnumerable<Figure> Others(VerifyContext c, string code, System system) =>
        Enum.GetValues<System>().Where(s => s != system && c.IsLoaded(Dataset(s))).SelectMany(s => Of(c, code, s)).Where(f => f.Dollars is not null);

    /// <summary>The catalogue id of the system's dataset (<see cref="Datasets"/>).</summary>
    public static string Dataset(System system) => system switch
    {
        System.Opps => Datasets.OppsAddendumB,
        System.Asc => Datasets.AscAddenda,
        _ => Datasets.Asp,
    };

    /// <summary>What a page's amount of the system is, in words.</summary>
    public static string Name(System system) => system switch
    {
        System.Opps => "hospital outpatient (OPPS) payment rate",
        System.Asc => "ambulatory surgical center (ASC) payment rate",
        _ => "ASP drug payment limit",
    };

    /// <summary>The file that holds the system's figures.</summary>
    public static string FileName(System system) => system switch
    {
        System.Opps => "OPPS Addendum B",
        System.Asc => "ASC Addendum AA or BB",
        _ => "ASP pricing file",
    };

    private static string Dollars(decimal? amount) => amount is { } v ? new Money(v).ToString() : "blank";
}
