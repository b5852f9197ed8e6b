namespace CodeBrief.Ingest.Hcpcs;

/// <summary>0-based column indexes of the ANWEB header cells the readers use, resolved by name from the header row.</summary>
internal sealed class HcpcsColumns
{
    /// <summary>Resolves every index; <paramref name="header"/> must hold <see cref="HcpcsWorkbook.RequiredColumns"/>.</summary>
    public HcpcsColumns(IReadOnlyDictionary<string, int> header)
    {
        Hcpc = header["HCPC"];
        RecId = header["RECID"];
        LongDesc = header["LONG DESCRIPTION"];
        ShortDesc = header["SHORT DESCRIPTION"];
        Price = Numbered(header, "PRICE", 4);
        MultPi = header["MULT_PI"];
        Statute = header["STATUTE"];
        LabCert = Numbered(header, "LABCERT", 8);
        Xref = Numbered(header, "XREF", 5);
        Coverage = header["COV"];
        Betos = header["BETOS"];
        Tos = Numbered(header, "TOS", 5);
        AddDate = header["ADD DT"];
        EffDate = header["ACT EFF DT"];
        TermDate = header["TERM DT"];
        ActionCode = header["ACTION CD"];
    }

    public int Hcpc { get; }
    public int RecId { get; }
    public int LongDesc { get; }
    public int ShortDesc { get; }
    public int[] Price { get; }
    public int MultPi { get; }
    public int Statute { get; }
    public int[] LabCert { get; }
    public int[] Xref { get; }
    public int Coverage { get; }
    public int Betos { get; }
    public int[] Tos { get; }
    public int AddDate { get; }
    public int EffDate { get; }
    public int TermDate { get; }
    public int ActionCode { get; }

    private static int[] Numbered(IReadOnlyDictionary<string, int> header, string prefix, int count)
    {
        var indexes = new int[count];
        for (var i = 0; i < count; i++)
            indexes[i] = header[prefix + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)];
        return indexes;
    }
}
