using System.Globalization;
using System.Text;
using CodeBrief.Brief.Model;

namespace CodeBrief.Render.Markdown;

/// <summary>Renders a brief as one Markdown document.</summary>
public sealed class MarkdownBriefRenderer : IBriefRenderer
{
    /// <inheritdoc />
    public string Format => "md";

    /// <inheritdoc />
    public string Extension => ".md";

    /// <inheritdoc />
    public string Render(BriefDocument brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var sb = new StringBuilder();
        sb.Append("# ").Append(MarkdownText.Escape(Title(brief))).Append("\n\n");
        sb.Append(MarkdownText.Escape(Subtitle(brief))).Append("\n\n");
        foreach (var section in brief.Sections)
            sb.Append("## ").Append(MarkdownText.Escape(section.Title)).Append("\n\n").Append(MarkdownText.SectionBody(section)).Append('\n');
        return sb.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>The title line shared by every format.</summary>
    public static string Title(BriefDocument brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        return brief.DescriptorSource is null ? $"{brief.Code}: {brief.CodeType}" : $"{brief.Code}: {brief.Descriptor}";
    }

    /// <summary>The line under the title: code type, generation date, and the licence note.</summary>
    public static string Subtitle(BriefDocument brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        return $"{brief.CodeType} code brief. Generated on {brief.GeneratedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} by CodeBrief from the loaded files listed under Sources; "
               + "every fact names its file and row.";
    }
}
