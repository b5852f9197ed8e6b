using CodeBrief.Brief.Model;

namespace CodeBrief.Render;

/// <summary>Turns a brief into one output format. Implementations are deterministic: same brief, same bytes.</summary>
public interface IBriefRenderer
{
    /// <summary>Format name as the CLI spells it (<c>md</c>, <c>html</c>, <c>json</c>).</summary>
    string Format { get; }

    /// <summary>File extension with its dot.</summary>
    string Extension { get; }

    /// <summary>Renders the brief.</summary>
    string Render(BriefDocument brief);
}
