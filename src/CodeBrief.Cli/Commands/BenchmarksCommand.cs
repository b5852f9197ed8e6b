using System.CommandLine;
using System.Globalization;
using CodeBrief.Analytics.Benchmarks;
using CodeBrief.Core;
using CodeBrief.Core.Errors;
using CodeBrief.Core.Provenance;
using CodeBrief.Dossier;
using CodeBrief.Warehouse;

namespace CodeBrief.Cli.Commands;

/// <summary><c>codebrief benchmarks CODE [--json]</c>: commercial rate benchmarks for a code from the loaded TiC files.</summary>
public static class BenchmarksCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(GlobalOptions globals, TextWriter output, TextWriter error)
    {
        var code = new Argument<string>("CODE") { Description = "A CPT/HCPCS code" };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var command = new Command("benchmarks", "Per-payer commercial rate benchmarks for a code from loaded price-transparency files") { code, json };
        command.SetAction((parse, ct) =>
        {
            using var warehouse = globals.ResolveTarget(parse).Open(WarehouseAccess.ReadOnly);
            var c = parse.GetValue(code)!.Trim().ToUpperInvariant(); // required argument
            // The dossier stage computes the Medicare amounts (CLFS, PFS by setting and modifier) for briefs; the same call serves here.
            var benchmarks = new DossierBuilder(warehouse).Benchmarks(c);
            if (parse.GetValue(json))
            {
                output.WriteLine(CodeBriefJson.Serialize(new
                {
                    code = c,
                    percentile_method = BenchmarkCalculator.PercentileMethod,
                    outlier_rule = BenchmarkCalculator.OutlierRule,
                    confidence_rule = BenchmarkCalculator.ConfidenceRule,
                    benchmarks,
                }));
                return Task.FromResult(ExitCodes.Success);
            }
            if (benchmarks.Count == 0)
            {
                output.WriteLine($"{c}: payer rates — {NotAvailable.Text}.");
                return Task.FromResult(ExitCodes.Success);
            }
            output.WriteLine($"{c}: commercial rate benchmarks (fee-for-service; bundles and capitation excluded); raw figures are every rate, the rest after the outlier rule");
            output.WriteLine("payer | class | setting | place of service | modifier | type | raw n | raw min | raw p10 | raw median | raw p90 | raw max | outliers removed | n | groups | NPIs | TINs | min | p10 | p25 | median | p75 | p90 | max | % Medicare (median) | Medicare amount source | outlier rule applied | confidence");
            foreach (var b in benchmarks)
            {
                var s = b.Stratum;
                output.WriteLine(string.Join(" | ", b.Payer + (b.IsSynthetic && !b.Payer.Contains("synthetic", StringComparison.OrdinalIgnoreCase) ? " (synthetic)" : ""),
                    s.BillingClass, s.Setting, s.PlaceOfService, s.ModifierGroup, s.IsDollarPerService ? s.NegotiatedType : s.NegotiatedType + " (not dollars)",
                    I(b.Raw.N), M(b.Raw.Min), M(b.Raw.P10), M(b.Raw.Median), M(b.Raw.P90), M(b.Raw.Max),
                    I(b.OutliersRemoved), I(b.N), I(b.Groups), b.Npis is { } n ? I(n) : NotAvailable.Text, b.Tins is { } t ? I(t) : NotAvailable.Text,
                    M(b.Min), M(b.P10), M(b.P25), M(b.Median), M(b.P75), M(b.P90), M(b.Max),
                    b.MedianPercentOfMedicare is { } p ? p.ToString("0.0", CultureInfo.InvariantCulture) + "%" : NotAvailable.Text,
                    b.MedicareSource ?? NotAvailable.Text, b.OutlierRuleApplied, b.Confidence));
            }
            output.WriteLine(BenchmarkCalculator.PercentileMethod);
            output.WriteLine(BenchmarkCalculator.OutlierRule);
            output.WriteLine(BenchmarkCalculator.ConfidenceRule);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static string I(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string M(decimal d) => d.ToString("0.00", CultureInfo.InvariantCulture);
}
