using CodeBrief.Core.Provenance;

namespace CodeBrief.Brief.Model;

/// <summary>A table cell: its text and the sources of the facts in it.</summary>
/// <param name="Text">Plain text.</param>
/// <param name="Sources">Sources of the cell's facts (empty for labels).</param>
public sealed record BriefCell(string Text, IReadOnlyList<SourceRef> Sources)
{
    /// <summary>A label cell without sources.</summary>
    public static BriefCell Label(string text) => new(text, []);

    /// <summary>A cell holding one sourced fact.</summary>
    public static BriefCell Fact(string text, SourceRef source) => new(text, [source]);

    /// <summary>A cell that cites its source (the Source column): Markdown and HTML print it as citation marks.</summary>
    public static BriefCell SourceOf(SourceRef source) => new(source.ToString(), [source]);
}
