using CodeBrief.Core.Codes;
using CodeBrief.Core.Errors;
using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Tabular;

namespace CodeBrief.Ingest.AnesthesiaBaseUnits;

/// <summary>
/// Reads CMS's "Anesthesia Base Units by CPT Code" file, published yearly with the Physician Fee Schedule on the PFS
/// relative value files page and the Anesthesiologists Center page (for example
/// <c>https://www.cms.gov/files/zip/2022-anesthesia-base-units-cpt-code.zip</c>; the 2013 edition was a CSV).
/// </summary>
/// <remarks>
/// Layout followed: the 2022 edition (zip holding one .xlsx; the 2013 edition a .csv): title rows, then a header row and
/// one row per code with two columns, the CPT code and its base units. No descriptor column (CPT text is AMA's). The
/// title rows and the two-column shape are as the file is read by public scripts that download it (three rows above the
/// data); the header names are matched loosely (<c>CPT Code</c> or <c>Code</c>; a cell containing <c>Base Unit</c>)
/// because the exact spelling was not available to check. A row whose code is not an anesthesia code (00100 to 01999,
/// <see cref="HcpcsCode.IsAnesthesia"/>) means the file is not this table: it is a file-level error naming the line, and
/// nothing of the file loads.
/// </remarks>
internal static class AnesthesiaBaseUnitsReader
{
    /// <summary>The layout: header within the first 10 rows.</summary>
    public static TitledLayout Layout { get; } = new("anesthesia base units", 10,
        row => (ColumnSpec.Named("CPT Code").Matches(row.Cell(0)) || ColumnSpec.Named("Code").Matches(row.Cell(0)))
            && row.Cells.Skip(1).Any(IsBaseUnitHeader),
        [
            new ColumnSpec("CPT Code", c => ColumnSpec.Named("CPT Code").Matches(c) || ColumnSpec.Named("Code").Matches(c)),
            new ColumnSpec("Base Units", IsBaseUnitHeader),
        ],
        "Load the anesthesia base units file as CMS publishes it (the .xlsx or .csv in its zip).");

    private static bool IsBaseUnitHeader(string cell) => cell.Contains("base unit", StringComparison.OrdinalIgnoreCase);

    /// <summary>Streams the code rows.</summary>
    /// <exception cref="InputFormatException">No header, or a row whose code is not an anesthesia code.</exception>
    public static IEnumerable<RowResult<AnesthesiaBaseUnitRow>> Read(string path, Func<SourceRef> origin, CancellationToken cancellationToken) =>
        TitledTable.Read(path, Layout, origin, (row, at, p) =>
        {
            var raw = row.Cell(at[0]);
            // CMS drops the leading zeros of the numeric codes in its spreadsheets (100 for 00100).
            var text = raw.Length is > 0 and < 5 && raw.All(char.IsAsciiDigit) ? raw.PadLeft(5, '0') : raw;
            if (HcpcsCode.TryParse(text, out var code) && !code.IsAnesthesia)
                throw new InputFormatException(Path.GetFileName(path), InputErrorKind.MalformedValue,
                    "expected an anesthesia code (00100 to 01999) in every row of the anesthesia base units file",
                    row.Location(at[0]), found: InputFormatException.Quote(raw),
                    fix: "Load the anesthesia base units file as CMS publishes it; nothing of this file was loaded.");
            var units = TitledTable.Amount(p, row.Cell(at[1]), required: true);
            return new AnesthesiaBaseUnitRow(p.Code(text, null, null) ?? "", units ?? 0, p.Source);
        }, cancellationToken);

    /// <summary>The year in the title or the file name (<c>2025</c>), else the file name.</summary>
    public static string ReadVersion(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var year = System.Text.RegularExpressions.Regex.Match(name + "\n" + TitledTable.Preamble(path, Layout), @"(?<!\d)(20\d{2})(?!\d)");
        return year.Success ? year.Groups[1].Value : name;
    }
}
