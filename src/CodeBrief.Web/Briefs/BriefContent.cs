using CodeBrief.Render.Site;
using CodeBrief.Web.Data;

namespace CodeBrief.Web.Briefs;

/// <summary>Everything the site shows for one code, rendered once from the dossier and then cached.</summary>
/// <param name="Code">The code.</param>
/// <param name="Title">Page title: code and descriptor.</param>
/// <param name="BodyHtml">The HTML brief body from the shared renderer (no page shell).</param>
/// <param name="Json">The JSON brief.</param>
/// <param name="BenchmarksJson">The payer rate summaries of the code as JSON.</param>
/// <param name="Chart">The payer rate chart, or null when no payer rates are loaded for the code.</param>
/// <param name="Related">Related codes to link to, as the dossier lists them.</param>
public sealed record BriefContent(string Code, string Title, string BodyHtml, string Json, string BenchmarksJson, RateChart? Chart,
    IReadOnlyList<CodeHit> Related)
{
    /// <summary>One chart per payer with dollar rates, its rows labelled by stratum (the page's payer cards); empty when none.</summary>
    public IReadOnlyList<RateChart> PayerCharts { get; init; } = [];
}
