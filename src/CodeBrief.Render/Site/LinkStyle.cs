namespace CodeBrief.Render.Site;

/// <summary>How site pages address each other: the server's routes, or file names that work from a plain file server and from disk.</summary>
public enum LinkStyle
{
    /// <summary>Routes of <c>codebrief serve</c>: <c>codes/86320</c>, <c>search?q=…</c>.</summary>
    Served,
    /// <summary>Files of <c>publish --site</c>: <c>codes/86320.html</c>, <c>search.html?q=…</c>.</summary>
    Static,
}
