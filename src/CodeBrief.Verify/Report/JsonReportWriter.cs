using System.Buffers;
using System.Text;
using System.Text.Json;
using CodeBrief.Core;

namespace CodeBrief.Verify.Report;

/// <summary>
/// Writes the JSON contract of issue 6: <c>subject</c>, <c>findings[]</c> {severity, line, token, kind, message,
/// evidence[], suggestion} and <c>checked[]</c>. One page gives one object; several pages give an array of them.
/// The names are stable: consumers (the CI gate) depend on them.
/// </summary>
public static class JsonReportWriter
{
    /// <summary>Writes <paramref name="reports"/> to <paramref name="stream"/> (UTF-8, indented).</summary>
    public static void Write(Stream stream, IReadOnlyList<VerificationReport> reports)
    {
        using var json = new Utf8JsonWriter(stream, CodeBriefJson.FileWriter);
        if (reports.Count == 1) WriteOne(json, reports[0]);
        else
        {
            json.WriteStartArray();
            foreach (var r in reports) WriteOne(json, r);
            json.WriteEndArray();
        }
    }

    /// <summary>
    /// Writes <paramref name="reports"/> to <paramref name="writer"/> page by page: the JSON of 20,000 briefs' reports is some
    /// gigabytes as one string, while one page's is a few kilobytes.
    /// </summary>
    public static void Write(TextWriter writer, IReadOnlyList<VerificationReport> reports)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(reports);
        var buffer = new ArrayBufferWriter<byte>();
        using var json = new Utf8JsonWriter(buffer, CodeBriefJson.FileWriter);
        void Drain()
        {
            json.Flush();
            writer.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
            buffer.ResetWrittenCount();
        }
        if (reports.Count == 1) WriteOne(json, reports[0]);
        else
        {
            json.WriteStartArray();
            foreach (var r in reports)
            {
                WriteOne(json, r);
                Drain();
            }
            json.WriteEndArray();
        }
        Drain();
        writer.WriteLine();
    }

    /// <summary>The JSON text for <paramref name="reports"/>.</summary>
    public static string ToJson(IReadOnlyList<VerificationReport> reports)
    {
        using var stream = new MemoryStream();
        Write(stream, reports);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteOne(Utf8JsonWriter json, VerificationReport report)
    {
        json.WriteStartObject();
        json.WriteString("file", report.File);
        if (report.Subject is null) json.WriteNull("subject");
        else json.WriteString("subject", report.Subject);
        json.WriteStartObject("summary");
        json.WriteNumber("errors", report.Findings.Count(f => f.Severity == Severity.Error));
        json.WriteNumber("warnings", report.Findings.Count(f => f.Severity == Severity.Warning));
        json.WriteNumber("info", report.Findings.Count(f => f.Severity == Severity.Info));
        json.WriteNumber("checked", report.Checked.Count);
        json.WriteEndObject();
        json.WriteStartArray("findings");
        foreach (var f in report.Findings)
        {
            json.WriteStartObject();
            json.WriteString("severity", SeverityName(f.Severity));
            json.WriteNumber("line", f.Line);
            json.WriteString("token", f.Token);
            json.WriteString("kind", f.Kind);
            json.WriteString("message", f.Message);
            json.WriteStartArray("evidence");
            foreach (var e in f.Evidence)
            {
                json.WriteStartObject();
                json.WriteString("dataset", e.Source.Dataset);
                json.WriteString("file", e.Source.File);
                json.WriteString("version", e.Source.Version);
                json.WriteNumber("row", e.Source.Row);
                json.WriteString("detail", e.Detail);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            if (f.Suggestion is null) json.WriteNull("suggestion");
            else json.WriteString("suggestion", f.Suggestion);
            if (f.Replacement is not null) json.WriteString("replacement", f.Replacement);
            json.WriteString("section", f.Section);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("checked");
        foreach (var t in report.Checked)
        {
            json.WriteStartObject();
            json.WriteNumber("line", t.Line);
            json.WriteString("token", t.Token);
            json.WriteString("code_set", t.CodeSet);
            json.WriteString("verdict", t.Verdict);
            if (t.Note is null) json.WriteNull("note");
            else json.WriteString("note", t.Note);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The contract's severity names: error, warning, info.</summary>
    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
