using CodeBrief.Core.Errors;

namespace CodeBrief.Verify.Page;

/// <summary>Reads a page file in whichever of the supported forms it is: HTML, Markdown or plain text with pipe tables.</summary>
public static class PageReader
{
    /// <summary>Reads and parses <paramref name="path"/>.</summary>
    /// <exception cref="SourceUnavailableException">The file does not exist (the CLI exits with 3, as for any missing file).</exception>
    /// <exception cref="UsageException">The path names something that cannot be read as a page (the CLI exits with 2).</exception>
    public static PageDocument Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new SourceUnavailableException(path, $"{path}: no such page. Give the path of a Markdown, HTML or text file.", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"{path}: cannot read the page ({ex.Message.TrimEnd('.')}). Give the path of a Markdown, HTML or text file.");
        }
        return Parse(Path.GetFileName(path), text);
    }

    /// <summary>The page files a path names: a file itself, or a folder's Markdown, HTML and text files (not its subfolders'), in name order.</summary>
    /// <exception cref="UsageException">A folder holds no page file.</exception>
    public static IReadOnlyList<string> PagesIn(string path)
    {
        if (!Directory.Exists(path)) return [path];
        var pages = Directory.EnumerateFiles(path).Where(f => PageExtensions.Contains(Path.GetExtension(f))).Order(StringComparer.Ordinal).ToList();
        if (pages.Count == 0) throw new UsageException($"{path}: the folder holds no page ({string.Join(", ", PageExtensions)}).");
        return pages;
    }

    private static readonly HashSet<string> PageExtensions = new([".md", ".markdown", ".html", ".htm", ".txt"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Parses page text, choosing the HTML parser when the text is markup.</summary>
    public static PageDocument Parse(string file, string text) =>
        LooksLikeHtml(file, text) ? HtmlPageParser.Parse(file, text) : TextPageParser.Parse(file, text);

    private static bool LooksLikeHtml(string file, string text)
    {
        if (file.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)) return true;
        var head = text.AsSpan().TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }
}
