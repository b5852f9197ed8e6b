using System.Diagnostics;
using CodeBrief.Core.Errors;

namespace CodeBrief.Cli.Commands;

/// <summary>
/// Prints an HTML brief to PDF with headless Chromium (<c>chromium --headless --no-sandbox --print-to-pdf=FILE</c>); the
/// brief's print style sheet lays the page out. Chromium is found as <c>$CODEBRIEF_CHROMIUM</c>, else <c>chromium</c> or
/// <c>chromium-browser</c> on the PATH, else <c>/usr/bin/chromium</c>; when none exists the error says how to install it.
/// </summary>
public static class PdfPrinter
{
    /// <summary>How long Chromium may take to print one brief.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>Writes <paramref name="html"/> as a PDF to <paramref name="pdfPath"/> (through a temporary file, then moved into place).</summary>
    /// <exception cref="SourceUnavailableException">Chromium is not installed (exit code 3).</exception>
    /// <exception cref="IOException">Chromium failed or wrote no PDF.</exception>
    public static void Print(string html, string pdfPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        var chromium = Find() ?? throw new SourceUnavailableException("chromium",
            "brief --format pdf prints through headless Chromium, and no chromium was found (looked at $CODEBRIEF_CHROMIUM, chromium and "
            + "chromium-browser on the PATH, /usr/bin/chromium). Install it with `apt-get install -y chromium`, or use --format html and print from a browser.");
        var work = Directory.CreateTempSubdirectory("codebrief-pdf-");
        try
        {
            var page = Path.Combine(work.FullName, "brief.html");
            var temp = Path.Combine(work.FullName, "brief.pdf");
            File.WriteAllText(page, html);
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var arg in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                         "--no-pdf-header-footer", $"--user-data-dir={Path.Combine(work.FullName, "profile")}", $"--print-to-pdf={temp}", new Uri(page).AbsoluteUri])
                start.ArgumentList.Add(arg);
            using var process = Process.Start(start) ?? throw new IOException($"Could not start {chromium}.");
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new IOException($"{chromium} did not finish printing the PDF within {Timeout.TotalSeconds:0} seconds.");
            }
            if (process.ExitCode != 0 || !File.Exists(temp) || new FileInfo(temp).Length == 0)
                throw new IOException($"{chromium} exited with code {process.ExitCode} and wrote no PDF: {Last(stderr.Result)}");
            var full = Path.GetFullPath(pdfPath);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            try { work.Delete(recursive: true); } catch (IOException) { } // a leftover temp folder is harmless
        }
    }

    /// <summary>The Chromium executable to use, or null when none is installed.</summary>
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable("CODEBRIEF_CHROMIUM") is { Length: > 0 } env) return File.Exists(env) ? env : null;
        foreach (var name in (string[])["chromium", "chromium-browser"])
            foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
                if (File.Exists(Path.Combine(dir, name))) return Path.Combine(dir, name);
        return File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null;
    }

    private static string Last(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "(nothing on standard error)" : lines[^1];
    }
}
