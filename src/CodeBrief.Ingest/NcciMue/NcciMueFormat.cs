using System.Globalization;
using System.Text.RegularExpressions;
using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Reference;

namespace CodeBrief.Ingest.NcciMue;

/// <summary>
/// Medicare NCCI medically unlikely edits, the CSV tables CMS publishes per quarter and setting
/// (<c>MCR_MUE_PractitionerServices_Eff_04-01-2026.csv</c>, <c>…OutpatientHospitalServices…</c>, <c>…DMESupplierServices…</c>),
/// read into <c>ncci_mue</c>.
/// </summary>
/// <remarks>The version is the effective date in the name as ISO <c>yyyy-MM-dd</c>; the setting comes from the header's
/// second column (<c>Practitioner Services MUE Values</c>) or, failing that, from the name.</remarks>
public sealed partial class NcciMueFormat : IReferenceFormat<MueRow>
{
    /// <inheritdoc/>
    public string Dataset => "ncci-mue";

    /// <inheritdoc/>
    public string Publisher => "CMS";

    /// <inheritdoc/>
    public bool Recognises(string path)
    {
        if (!path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || !File.Exists(path)) return false;
        try
        {
            using var csv = new ReferenceCsv(path);
            return NcciMueReader.FindHeader(csv) is not null;
        }
        catch (InputFormatException)
        {
            return false;
        }
    }

    /// <inheritdoc/>
    public string ReadVersion(string path)
    {
        var match = NamePattern().Match(Path.GetFileName(path));
        if (!match.Success || !DateOnly.TryParseExact(match.Groups["date"].Value.Replace('_', '-'), "MM-dd-yyyy",
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var effective))
            throw new InputFormatException(Path.GetFileName(path), InputErrorKind.UnknownFormat,
                "Expected a CMS file name such as MCR_MUE_PractitionerServices_Eff_04-01-2026.csv that carries the effective date",
                fix: "Keep the file name CMS published.");
        return effective.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <inheritdoc/>
    public IEnumerable<RowResult<MueRow>> Read(string path, CancellationToken cancellationToken) =>
        NcciMueReader.Read(path, ReferenceFile.Origin(this, path), cancellationToken);

    /// <summary><c>practitioner</c>, <c>hospital</c> or <c>dme</c> from a CMS MUE file name, or null.</summary>
    public static string? SettingFromName(string path) =>
        NcciMueReader.SettingFromText(Path.GetFileNameWithoutExtension(path));

    [GeneratedRegex(@"_Eff_(?<date>\d{2}[-_]\d{2}[-_]\d{4})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
