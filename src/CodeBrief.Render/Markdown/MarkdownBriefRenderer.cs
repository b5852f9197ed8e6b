using System.Globalization;
using System.Text;
using CodeBrief.Brief.Model;
using CodeBrief.Render.Citations;

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
        var citations = BriefCitations.Of(brief);
        if (brief.DescriptorSource is { } ds) sb.Append("Descriptor as published: ").Append(MarkdownText.Escape(brief.Descriptor)).Append(' ')
            .Append(MarkdownText.Marks([ds], citations)).Append("\n\n");
        if (brief.DescriptorExpansion is { } expansion)
            sb.Append("Expansion: ").Append(MarkdownText.Escape(expansion)).Append(" (").Append(MarkdownText.Escape(ExpansionNote)).Append(")\n\n");
        sb.Append(MarkdownText.Escape(Subtitle(brief))).Append("\n\n");
        foreach (var section in brief.Sections)
            sb.Append("## ").Append(MarkdownText.Escape(section.Title)).Append("\n\n").Append(MarkdownText.SectionBody(section, citations)).Append('\n');
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
               + "every fact carries a numbered citation to its file and row.";
    }

    /// <summary>How a descriptor expansion is labelled wherever it is printed.</summary>
    public const string ExpansionNote = "CMS abbreviations written out word by word through CodeBrief's editorial abbreviation table; not CMS text";
}
