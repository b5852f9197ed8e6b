using System.Globalization;
using CodeBrief.Core.Errors;
using ExcelDataReader;

namespace CodeBrief.Ingest.Workbook;

/// <summary>
/// Reads the first sheet of an .xlsx workbook row by row, as text cells, through ExcelDataReader.
/// </summary>
/// <remarks>
/// ExcelDataReader streams the sheet XML (only the shared-string table is held in memory). Row numbers are 1-based sheet
/// rows and column indexes 0-based, so <see cref="CellName(int)"/> gives the <c>Sheet!C14</c> text messages print.
/// Not thread safe; one instance reads one workbook once.
/// </remarks>
internal sealed class WorkbookSheet : IDisposable
{
    private readonly Stream _stream;
    private readonly IExcelDataReader _reader;

    static WorkbookSheet()
    {
        // ExcelDataReader decodes legacy code pages even for .xlsx; .NET Core ships them only through this provider.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
    }

    private WorkbookSheet(string path, Stream stream, IExcelDataReader reader)
    {
        Path = path;
        _stream = stream;
        _reader = reader;
        SheetName = reader.Name ?? "Sheet1";
    }

    /// <summary>The workbook's path.</summary>
    public string Path { get; }

    /// <summary>The name of the sheet being read.</summary>
    public string SheetName { get; }

    /// <summary>The 1-based sheet row of the current row; 0 before the first <see cref="Read"/>.</summary>
    public long Row { get; private set; }

    /// <summary>Number of cells in the current row.</summary>
    public int FieldCount => _reader.FieldCount;

    /// <summary>Opens the workbook; throws <see cref="SourceUnavailableException"/> when it is missing and
    /// <see cref="InputFormatException"/> when it is no workbook.</summary>
    public static WorkbookSheet Open(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        if (!File.Exists(path))
            throw new SourceUnavailableException(name, $"{name}: the file does not exist ({path}).");
        var stream = File.OpenRead(path);
        try
        {
            var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
            return new WorkbookSheet(path, stream, reader);
        }
        catch (Exception e) when (e is ExcelDataReader.Exceptions.ExcelReaderException or InvalidDataException or System.Xml.XmlException)
        {
            stream.Dispose();
            throw new InputFormatException(name, InputErrorKind.UnknownFormat, "The file is not a readable .xlsx workbook",
                fix: "Load the workbook as published (an .xlsx file).", inner: e);
        }
    }

    /// <summary>Moves to the next row of the sheet; false at the end.</summary>
    public bool Read()
    {
        bool more;
        try
        {
            more = _reader.Read();
        }
        catch (Exception e) when (e is ExcelDataReader.Exceptions.ExcelReaderException or InvalidDataException or System.Xml.XmlException)
        {
            throw new InputFormatException(System.IO.Path.GetFileName(Path), InputErrorKind.Truncated,
                "The workbook's sheet could not be read to its end", new InputLocation(Cell: $"{SheetName}!A{Row + 1}"), inner: e);
        }
        if (more) Row++;
        return more;
    }

    /// <summary>The cell text at <paramref name="column"/> (0-based), trimmed; null when the cell is empty or absent.</summary>
    /// <remarks>Numbers are written in invariant culture without exponent (a cell holding 20250930 gives "20250930").</remarks>
    public string? Text(int column)
    {
        if (column < 0 || column >= _reader.FieldCount) return null;
        var text = _reader.GetValue(column) switch
        {
            null => null,
            string s => s,
            double d => d.ToString("0.###############", CultureInfo.InvariantCulture),
            DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            bool b => b ? "TRUE" : "FALSE",
            var other => Convert.ToString(other, CultureInfo.InvariantCulture),
        };
        if (text is null) return null;
        text = text.Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>Column indexes (0-based) of the current row's non-empty cells, keyed by their text compared ignoring case.</summary>
    public Dictionary<string, int> HeaderIndex()
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < FieldCount; i++)
            if (Text(i) is { } name) index.TryAdd(name, i);
        return index;
    }

    /// <summary>The <c>Sheet!C14</c> name of a cell in the current row.</summary>
    public string CellName(int column) => CellName(SheetName, column, Row);

    /// <summary>The <c>Sheet!C14</c> name of a cell; <paramref name="column"/> is 0-based, <paramref name="row"/> 1-based.</summary>
    public static string CellName(string sheet, int column, long row)
    {
        Span<char> letters = stackalloc char[4];
        var at = letters.Length;
        var n = column + 1;
        while (n > 0 && at > 0)
        {
            n--;
            letters[--at] = (char)('A' + (n % 26));
            n /= 26;
        }
        return string.Create(CultureInfo.InvariantCulture, $"{sheet}!{letters[at..]}{row}");
    }

    /// <summary>Closes the workbook.</summary>
    public void Dispose()
    {
        _reader.Dispose();
        _stream.Dispose();
    }
}
