using System.CommandLine;
using System.Globalization;
using CodeBrief.Core;
using CodeBrief.Core.Codes;
using CodeBrief.Core.Errors;
using CodeBrief.Dossier;
using CodeBrief.Dossier.Reference;
using CodeBrief.Warehouse;

namespace CodeBrief.Cli.Commands;

/// <summary><c>codebrief code CODE [--json]</c>: every loaded fact about one CPT/HCPCS code, ICD-10-CM code, taxonomy code or modifier.</summary>
public static class CodeCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(GlobalOptions globals, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var code = new Argument<string>("CODE") { Description = "CPT/HCPCS code, ICD-10-CM code, NUCC taxonomy code or modifier" };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var location = new LocationOptions();
        var command = new Command("code", "Show every loaded fact about one code, with the source of each") { code, json };
        location.AddTo(command);
        command.SetAction((parse, ct) =>
        {
            var place = location.Read(parse);
            using var warehouse = BriefWarehouse.Open(globals.ResolveTarget(parse), error, parse.GetValue(globals.Verbose), ct);
            var text = parse.GetValue(code) ?? "";
            var asJson = parse.GetValue(json);
            output.Write(Describe(warehouse, text, asJson, place));
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    /// <summary>The text or JSON description of a code; throws <see cref="UsageException"/> when no loaded set has it.</summary>
    internal static string Describe(IWarehouse warehouse, string text, bool asJson, LocationQuery? place = null)
    {
        var trimmed = text.Trim().ToUpperInvariant();
        var lookup = new ReferenceLookup(warehouse.Reference);
        if (place is not null && !HcpcsCode.TryParse(trimmed, out _))
            throw new UsageException($"--zip and --locality price a CPT/HCPCS code; \"{text.Trim()}\" is not one.");
        if (TaxonomyCode.TryParse(trimmed, out var taxonomy))
        {
            var entry = lookup.Taxonomy(taxonomy) ?? throw new UsageException($"Taxonomy code {taxonomy} is not in the loaded NUCC file.");
            return asJson ? CodeBriefJson.Serialize(new { kind = "taxonomy", entry }) + "\n"
                : $"{entry.Code}  NUCC taxonomy\n  Grouping:       {entry.Grouping}\n  Classification: {entry.Classification}\n"
                  + $"  Specialization: {(entry.Specialization.Length > 0 ? entry.Specialization : "(none)")}\n  Display name:   {entry.DisplayName}\n"
                  + $"  Section:        {entry.Section}\n  Source:         {entry.Source}\n";
        }
        if (ModifierCode.TryParse(trimmed, out var modifier))
        {
            var entry = lookup.Modifier(modifier) ?? throw new UsageException($"Modifier {modifier} is in no loaded modifier list, PFS or CLFS row.");
            return asJson ? CodeBriefJson.Serialize(new { kind = "modifier", entry }) + "\n"
                : $"{entry.Code}  modifier\n  Description: {entry.LongDescription ?? (modifier.IsCpt ? ModifierRules.CptDescriptorNotBundled : Core.Provenance.NotAvailable.Text)}\n"
                  + $"  Source:      {(entry.Source?.ToString() ?? "(not in the loaded HCPCS modifier list)")}\n"
                  + $"  PFS rows with it: {entry.PfsRows.ToString(CultureInfo.InvariantCulture)}; CLFS rows with it: {entry.ClfsRows.ToString(CultureInfo.InvariantCulture)}\n";
        }
        var builder = new DossierBuilder(warehouse);
        if (HcpcsCode.TryParse(trimmed, out var procedure) && (builder.Exists(procedure.Value) || !IcdCode.TryParse(trimmed, out _)))
        {
            var dossier = builder.Build(procedure.Value, place);
            return asJson ? CodeBriefJson.Serialize(new { kind = "procedure", dossier, locality_amounts = LocalityRows(dossier) }) + "\n"
                : CodeText.Format(dossier);
        }
        if (IcdCode.TryParse(trimmed, out var icd))
        {
            var entry = lookup.Icd(icd) ?? throw new UsageException($"ICD-10-CM code {icd.Display} is not in the loaded ICD-10-CM file.");
            // The row keeps the code without its dot, as the file and the warehouse do; people read it with the dot.
            entry = entry with { Code = icd.Display };
            return asJson ? CodeBriefJson.Serialize(new { kind = "icd10cm", entry }) + "\n"
                : $"{entry.Code}  ICD-10-CM\n  Description: {entry.Description}\n  Billable:    {(entry.Billable ? "yes" : "no")}\n  Source:      {entry.Source}\n";
        }
        throw new UsageException($"\"{text}\" is not a CPT/HCPCS code, ICD-10-CM code, NUCC taxonomy code or modifier.");
    }

    private static List<object> LocalityRows(CodeDossier d) =>
        d.Pfs.SelectMany(p => p.Pricing.Localities.Select(l => (object)new
        {
            modifier = p.Modifier, mac = l.Locality.Mac, locality = l.Locality.Locality, name = l.Locality.Name,
            nonfacility = l.NonFacility.Amount, facility = l.Facility.Amount, gpci_row = l.Locality.Source.Row,
        })).ToList();
}
