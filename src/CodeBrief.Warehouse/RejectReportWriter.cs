using System.Globalization;
using CodeBrief.Core.Errors;

namespace CodeBrief.Warehouse;

/// <summary>
/// Writes <c>reports/rejects-&lt;dataset&gt;-&lt;sha8&gt;.csv</c> (<c>row,kind,message</c>): to a temp file while the
/// load runs, renamed into place only when the load commits, so a rolled-back load leaves no report behind.
/// </summary>
internal sealed class RejectReportWriter : IDisposable
{
    private readonly string _final;
    private readonly string _temp;
    private StreamWriter? _writer;

    public RejectReportWriter(string finalPath)
    {
        _final = finalPath;
        _temp = Path.Combine(Path.GetDirectoryName(finalPath) ?? ".", "." + Path.GetFileName(finalPath) + "." + Guid.NewGuid().ToString("N") + ".tmp");
    }

    public long Count { get; private set; }

    public void Add(long row, InputFormatException problem)
    {
        if (_writer is null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_temp) ?? ".");
            _writer = new StreamWriter(_temp, append: false, new System.Text.UTF8Encoding(false));
            _writer.WriteLine("row,kind,message");
        }
        _writer.Write(row.ToString(CultureInfo.InvariantCulture));
        _writer.Write(',');
        _writer.Write(problem.Kind.ToString());
        _writer.Write(',');
        _writer.WriteLine(Escape(problem.Message));
        Count++;
    }

    /// <summary>Moves the report into place; returns its path, or null when nothing was rejected.</summary>
    public string? Commit()
    {
        if (_writer is null) return null;
        _writer.Dispose();
        _writer = null;
        File.Move(_temp, _final, overwrite: true);
        return _final;
    }

    public void Dispose()
    {
        _writer?.Dispose();
        if (File.Exists(_temp)) File.Delete(_temp);
    }

    private static string Escape(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
