namespace CodeBrief.Ingest.Tic;

/// <summary>A table-of-contents (index) file.</summary>
/// <param name="ReportingEntityName">Who published it.</param>
/// <param name="ReportingEntityType">Issuer, TPA, …</param>
/// <param name="LastUpdatedOn">ISO date; null when the file lacks it.</param>
/// <param name="Version">Schema version; null when the file lacks it.</param>
/// <param name="Structures">The reporting structures.</param>
public sealed record TableOfContents(string? ReportingEntityName, string? ReportingEntityType, string? LastUpdatedOn, string? Version,
    IReadOnlyList<TocStructure> Structures)
{
    /// <summary>
    /// The structures with at least one plan whose name or id contains <paramref name="plan"/>, and only their files whose
    /// description contains <paramref name="description"/> (both case-insensitive; null matches everything).
    /// </summary>
    public IReadOnlyList<TocStructure> Select(string? plan, string? description)
    {
        var result = new List<TocStructure>();
        foreach (var s in Structures)
        {
            if (plan is not null && !s.Plans.Any(p => Contains(p.PlanName, plan) || Contains(p.PlanId, plan))) continue;
            var files = s.Files.Where(f => description is null || Contains(f.Description, description)).ToList();
            if (files.Count > 0) result.Add(s with { Files = files });
        }
        return result;
    }

    private static bool Contains(string? text, string part) => text is not null && text.Contains(part, StringComparison.OrdinalIgnoreCase);
}
