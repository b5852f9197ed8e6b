using System.CommandLine;
using CodeBrief.Brief;
using CodeBrief.Dossier;
using CodeBrief.Render;

namespace CodeBrief.Cli.Commands;

/// <summary><c>codebrief brief CODE [--format md|html|json|pdf] [--out FILE] [--zip ZIP5 | --locality CARRIER-LOCALITY]</c>: one code brief.</summary>
public static class BriefCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(GlobalOptions globals, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var code = new Argument<string>("CODE") { Description = "CPT or HCPCS code" };
        var format = new Option<string>("--format") { Description = "md, html, json or pdf (pdf prints the HTML brief with headless Chromium; without --out it writes CODE.pdf)", DefaultValueFactory = _ => "md" };
        var outFile = new Option<FileInfo?>("--out") { Description = "Write to this file (atomically) instead of standard output" };
        var location = new LocationOptions();
        var command = new Command("brief", "Render the brief of one code from the loaded data") { code, format, outFile };
        location.AddTo(command);
        command.SetAction((parse, ct) =>
        {
            var formatName = (parse.GetValue(format) ?? "md").Trim();
            var pdf = string.Equals(formatName, "pdf", StringComparison.OrdinalIgnoreCase);
            var renderer = Renderers.For(pdf ? "html" : formatName);
            var place = location.Read(parse);
            using var warehouse = BriefWarehouse.Open(globals.ResolveTarget(parse), error, parse.GetValue(globals.Verbose), ct);
            var dossier = new DossierBuilder(warehouse).Build(parse.GetValue(code) ?? "", place);
            var text = renderer.Render(BriefBuilder.Build(dossier, BriefWarehouse.Today(TimeProvider.System)));
            if (pdf)
            {
                var path = parse.GetValue(outFile)?.FullName ?? Path.GetFullPath(dossier.Code + ".pdf");
                PdfPrinter.Print(text, path, ct);
                error.WriteLine($"codebrief: wrote {path}");
            }
            else if (parse.GetValue(outFile) is { } file)
            {
                BriefWarehouse.WriteAtomic(file.FullName, text);
                error.WriteLine($"codebrief: wrote {file.FullName}");
            }
            else output.Write(text);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
