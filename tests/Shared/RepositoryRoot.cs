namespace CodeBrief.Testing;

/// <summary>The repository folder, found by walking up from the test binary to <c>CodeBrief.slnx</c>.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Locate();

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "CodeBrief.slnx"))) return dir.FullName;
        throw new DirectoryNotFoundException("CodeBrief.slnx not found above the test binary.");
    }
}
