namespace CodeBrief.Warehouse.Tests;

/// <summary>A temporary CodeBrief home folder, deleted after the test.</summary>
public sealed class TempHome : IDisposable
{
    public TempHome() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "codebrief-wh-" + Guid.NewGuid().ToString("N"));

    public string Files => System.IO.Path.Combine(Path, "files");

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}
