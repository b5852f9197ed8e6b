using CodeBrief.Analytics.Medicare;
using CodeBrief.Brief;
using CodeBrief.Core;
using CodeBrief.Core.Codes;
using CodeBrief.Dossier;
using CodeBrief.Dossier.Facts;
using CodeBrief.Render.Html;
using CodeBrief.Render.Json;
using CodeBrief.Render.Site;
using CodeBrief.Warehouse;
using CodeBrief.Web.Data;

namespace CodeBrief.Web.Briefs;

/// <summary>
/// Builds the site content of one code with the same stages as <c>codebrief brief</c>: dossier, brief document, the shared
/// HTML and JSON renderers. The web adds only the page shell, the payer chart drawn from the dossier's rate summaries, and
/// links to the dossier's related codes.
/// </summary>
/// <remarks>Not thread-safe: <see cref="DossierBuilder"/> shares the warehouse's one connection; callers serialise (see <see cref="BriefCache"/>).</remarks>
public sealed class BriefComposer
{
    private static readonly HtmlBriefRenderer Html = new();
    private static readonly JsonBriefRenderer Json = new();
    private readonly DossierBuilder _dossiers;
    private readonly TimeProvider _clock;

    /// <summary>Creates a composer over an open warehouse (the caller keeps it open while composing, and disposes it).</summary>
    public BriefComposer(IWarehouse warehouse, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        _dossiers = new DossierBuilder(warehouse);
        _clock = clock;
    }

    /// <summary>Every code the loaded code sets hold, sorted.</summary>
    public IReadOnlyList<string> AllCodes() => _dossiers.AllCodes();

    /// <summary>The content for <paramref name="code"/>, priced in <paramref name="place"/> as well when given; null when no loaded code set has it.</summary>
    /// <exception cref="Core.Errors.UsageException">The place is not in the loaded files.</exception>
    public BriefContent? Compose(HcpcsCode code, LocationQuery? place = null)
    {
        if (!_dossiers.Exists(code.Value)) return null;
        var dossier = _dossiers.Build(code.Value, place);
        var brief = BriefBuilder.Build(dossier, DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime));
        var related = dossier.RelatedCodes
            .Where(r => HcpcsCode.TryParse(r.Code, out _) && _dossiers.Exists(r.Code))
            .Select(r => new CodeHit(r.Code, r.Descriptor, r.Relationship))
            .ToList();
        var title = brief.Descriptor.Length > 80 ? $"{code.Value} {brief.Descriptor[..79]}…" : $"{code.Value} {brief.Descriptor}";
        return new BriefContent(code.Value, title, BriefHtmlBody.Extract(Html.Render(brief)), Json.Render(brief),
            CodeBriefJson.Serialize(new { code = code.Value, medicare_reference = MedicareReference(dossier)?.Amount, payers = dossier.Payers }),
            Chart(dossier), related)
        {
            PayerCharts = PayerCharts(dossier),
        };
    }

    /// <summary>One chart per payer with dollar rates, each row a stratum labelled in words, the Medicare reference on each.</summary>
    public static IReadOnlyList<RateChart> PayerCharts(CodeDossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var medicare = MedicareReference(dossier);
        return dossier.Payers.Where(p => p.IsDollarPerService).GroupBy(p => p.Payer, StringComparer.Ordinal)
            .Select((g, i) => new RateChart(dossier.Code,
                g.Select(p => new RateDistribution(StratumLabel(p), p.P10, p.P25, p.Median, p.P75, p.P90, p.N,
                    string.Join("; ", p.Sources.Select(s => s.ToString()).Distinct(StringComparer.Ordinal)))).ToList(),
                medicare?.Amount.Dollars, medicare?.Label ?? "")
            {
                Title = $"Negotiated rates for {dossier.Code}: {BriefBuilder.PayerLabel(g.First())}, by stratum",
                Id = $"rate-chart-{dossier.Code}-{i + 1}",
                RowHeader = "Stratum",
            }).ToList();
    }

    /// <summary>A stratum as a chart label: billing, place and modifier in short words (the table beside it spells them out).</summary>
    public static string StratumLabel(PayerRateSummary p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var billing = p.BillingClass switch { "both" => "prof. and inst.", var b => b };
        var place = p.PlaceOfService switch { "non-facility" => "office", "facility" => "facility", "mixed" => "mixed places", _ => "place not stated" };
        var modifier = p.ModifierGroup switch { "global" => "global", "26" => "mod 26", "TC" => "mod TC", _ => "other mod" };
        var type = p.NegotiatedType == "negotiated" ? "" : " · " + p.NegotiatedType;
        return $"{billing} · {place} · {modifier}{type}";
    }

    /// <summary>The payer chart of a dossier, or null when it has no payer rates.</summary>
    public static RateChart? Chart(CodeDossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        if (dossier.Payers.Count == 0) return null;
        // Percentage and per-diem rates are not dollars per service: they never share an axis with Medicare.
        var rows = dossier.Payers.Where(p => p.IsDollarPerService)
            .Select(p => new RateDistribution(Label(p), p.P10, p.P25, p.Median, p.P75, p.P90, p.N,
                string.Join("; ", p.Sources.Select(s => s.ToString()).Distinct(StringComparer.Ordinal)))).ToList();
        if (rows.Count == 0) return null;
        var medicare = MedicareReference(dossier);
        return new RateChart(dossier.Code, rows, medicare?.Amount.Dollars, medicare?.Label ?? "");
    }

    // The CLFS national limit for lab codes, else the PFS national non-facility amount of the global row, each with its row.
    private static (Money Amount, string Label)? MedicareReference(CodeDossier dossier)
    {
        if (dossier.ClfsPrimary is { NationalLimit: { } limit } clfs) return (limit, $"CLFS national limit, {clfs.Source}");
        var global = dossier.Pfs.FirstOrDefault(p => p.Modifier.Length == 0);
        if (global?.Pricing.NonFacilityNational.Amount is { } amount) return (amount, $"PFS national non-facility amount, {global.Row.Source}");
        return null;
    }

    // Synthetic payers' names already end in "(synthetic)" (see PayerRateSummary.Payer).
    private static string Label(PayerRateSummary p) => $"{p.Payer} ({p.BillingClass}, {p.PlaceOfService}, modifier {p.ModifierGroup})";
}
