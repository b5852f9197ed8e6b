using System.CommandLine;
using System.Globalization;
using CodeBrief.Core.Codes;
using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Tic.Synthetic;

namespace CodeBrief.Cli.Commands;

/// <summary><c>codebrief synth --payer NAME --codes LIST --size N --schema 1.x|2.x --out FILE</c>: writes a synthetic in-network file and its exact-answer sidecar.</summary>
public static class SynthCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(GlobalOptions globals, TextWriter output, TextWriter error)
    {
        var payer = new Option<string>("--payer") { Description = "Payer name (labelled synthetic in the file)", Required = true };
        var codes = new Option<string>("--codes") { Description = "CPT/HCPCS codes to price, separated by commas or spaces", Required = true };
        var size = new Option<string>("--size") { Description = "Approximate JSON size: bytes, or with K/M/G suffix (e.g. 1G)", DefaultValueFactory = _ => "10M" };
        var schema = new Option<string>("--schema") { Description = "1.x or 2.x", DefaultValueFactory = _ => "2.x" };
        var seed = new Option<int>("--seed") { Description = "RNG seed", DefaultValueFactory = _ => 20260101 };
        var outFile = new Option<FileInfo>("--out") { Description = "Output file (.json or .json.gz); the sidecar is OUT.answers.json", Required = true };
        var command = new Command("synth", "Write a synthetic Transparency-in-Coverage in-network file with exact answers") { payer, codes, size, schema, seed, outFile };
        command.SetAction((parse, ct) =>
        {
            var major = parse.GetValue(schema) switch
            {
                "1.x" or "1" => 1,
                "2.x" or "2" => 2,
                var other => throw new UsageException($"--schema must be 1.x or 2.x, not \"{other}\"."),
            };
            var codeList = CodeList.Parse(parse.GetValue(codes)!).Select(c => c.Value).ToList(); // required option
            if (codeList.Count == 0) throw new UsageException("--codes lists no code.");
            var path = parse.GetValue(outFile)!.FullName; // required option
            var answers = TicSynthesizer.Write(new SynthOptions(parse.GetValue(payer)!, codeList, ParseSize(parse.GetValue(size)!), major, parse.GetValue(seed)), path);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"SYNTHETIC file {path}: {answers.Items:N0} items, {answers.NegotiatedRates:N0} rates, {answers.NegotiatedPrices:N0} prices, {answers.JsonBytes:N0} bytes of JSON; answers in {path}.answers.json"));
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static long ParseSize(string text)
    {
        var t = text.Trim().ToUpperInvariant();
        long unit = 1;
        if (t.EndsWith('K')) unit = 1L << 10;
        else if (t.EndsWith('M')) unit = 1L << 20;
        else if (t.EndsWith('G')) unit = 1L << 30;
        if (unit > 1) t = t[..^1];
        if (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || n <= 0)
            throw new UsageException($"--size must be a positive size such as 500M or 1G, not \"{text}\".");
        return (long)(n * unit);
    }
}
