using System.Globalization;
using System.Text;
using CodeBrief.Warehouse;
using CodeBrief.Warehouse.Sqlite;
using Microsoft.Data.Sqlite;

namespace CodeBrief.Testing;

/// <summary>
/// A warehouse holding a few dozen REAL rows: PFS, CLFS, ICD-10-CM and GPCI rows are read from the shared data
/// files by their line number (so no AMA text is stored in the repository); HCPCS, AOC and NUCC rows are copied by hand from
/// the published workbooks/CSV with their sheet row or line. The one synthetic table is the diagnosis crosswalk (the mirror
/// has none), flagged is_synthetic. It is a temporary SQLite file opened through the real engine; tests reshape it with
/// <see cref="Exec(string, ValueTuple{string, object}[])"/> on a second connection.
/// </summary>
internal sealed class FixtureWarehouse : IDisposable
{
    private readonly string _folder;
    private readonly SqliteConnection _c;

    private FixtureWarehouse(string folder, SqliteWarehouse warehouse, SqliteConnection connection)
    {
        _folder = folder;
        Warehouse = warehouse;
        _c = connection;
    }

    /// <summary>The warehouse the stages read.</summary>
    public SqliteWarehouse Warehouse { get; }

    public const long PfsSource = 1, GpciSource = 2, ClfsSource = 3, HcpcsSource = 4, AocSource = 5, NuccSource = 6, IcdSource = 7, CrosswalkSource = 8, PtpSource = 9;

    /// <summary>PPRRVU2025_Oct.csv lines: 0688T-0690T, 45378, 70450, 82310-82340, 83789, 83835, 83950/1, 86317-86334, 99202, 99213, 99291/2, G2211.</summary>
    public static readonly int[] PfsLines = [674, 675, 676, 677, 678, 679, 680, 5357, 5358, 7598, 7599, 7600, 9934, 9935, 9936, 9937, 10130, 10132, 10153, 10154, 10455, 10457, 10458, 10459, 10460, 10465, 10466, 12801, 12807, 12835, 12836, 15241];

    /// <summary>CLFS 2025 Q2V1.csv lines: 82310-82340 (+QW), 83789, 83835, 83950/1, 85025 (+QW), 86317-86334, G0103.</summary>
    public static readonly int[] ClfsLines = [1006, 1007, 1008, 1009, 1010, 1011, 1228, 1230, 1253, 1254, 1410, 1411, 1557, 1560, 1561, 1567, 2065];

    /// <summary>icd10cm-codes-2026.txt lines: C50911, D472, D8989, E119, E785, E8809, I10.</summary>
    public static readonly int[] IcdLines = [1507, 2754, 3117, 3511, 3963, 4053, 9026];

    /// <summary>Creates the fixture warehouse in a temporary folder.</summary>
    public static FixtureWarehouse Open()
    {
        var folder = Path.Combine(Path.GetTempPath(), "codebrief-fixture-" + Guid.NewGuid().ToString("N"));
        var warehouse = SqliteWarehouse.Open(Path.Combine(folder, "warehouse.db"), WarehouseAccess.ReadWrite, Path.Combine(folder, "reports"));
        var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "warehouse.db"), Pooling = false }.ToString());
        c.Open();
        Sources(c);
        Pfs(c);
        Gpci(c);
        Clfs(c);
        Hcpcs(c);
        Aoc(c);
        Nucc(c);
        Icd(c);
        Crosswalk(c);
        return new FixtureWarehouse(folder, warehouse, c);
    }

    /// <summary>Copies the fixture warehouse to <paramref name="path"/> (a home's <c>warehouse.db</c>).</summary>
    public void CopyTo(string path)
    {
        using var file = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        file.Open();
        _c.BackupDatabase(file);
    }

    /// <summary>Runs one statement on the fixture warehouse (tests use it to reshape the warehouse).</summary>
    public void Exec(string sql, params (string Name, object? Value)[] parameters) => Exec(_c, sql, parameters);

    /// <summary>Closes both connections and deletes the folder.</summary>
    public void Dispose()
    {
        Warehouse.Dispose();
        _c.Dispose();
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }

    /// <summary>Adds one NCCI PTP pair (synthetic source: the mirror has no PTP file) to exercise the 59/X{EPSU} rule.</summary>
    public void AddPtp(string column1, string column2, string modifierIndicator)
    {
        var c = _c;
        Exec(c, "INSERT OR IGNORE INTO sources (id, dataset, publisher, file_name, version, sha256, rows_loaded, rows_rejected, loaded_at, status, is_synthetic) VALUES (9,'ncci-ptp','CMS','fixture-ptp.txt','fixture','0',1,0,'2026-01-01T00:00:00Z','current',1)");
        Exec(c, "INSERT INTO ncci_ptp VALUES ($a,$b,'practitioner','*','20250101',NULL,$m,'Misuse of column two code with column one code',9,7)",
            ("$a", column1), ("$b", column2), ("$m", modifierIndicator));
    }

    private static void Sources(SqliteConnection c)
    {
        const string at = "2026-11-01T00:00:00Z";
        Exec(c, $"""
            INSERT INTO sources (id, dataset, publisher, file_name, version, sha256, rows_loaded, rows_rejected, loaded_at, status, is_synthetic) VALUES
            (1,'pfs-rvu','CMS','PPRRVU2025_Oct.csv','RVU25D','8af460f38bf982b79b07269fbc8b7256a8ef3bd3aa025a9c5cb71c1e52523c56',19090,0,'{at}','current',0),
            (2,'pfs-gpci','CMS','GPCI2025.csv','RVU25D','fc106f49547d0821db8fc33eee4f532d4a90e41110976659f80ac9e3a438f26e',109,0,'{at}','current',0),
            (3,'clfs','CMS','CLFS 2025 Q2V1.csv','2025Q2V1','53103c146d26e5078fbfb3a563ccc09a217da94b250b9b5700f2e940af801948',2105,0,'{at}','current',0),
            (4,'hcpcs','CMS','HCPC2025_OCT_ANWEB.xlsx','2025-10','6fcd04186caa69af047915d16426a05ba20e49c3eba2367f472a94b534f9be52',8846,0,'{at}','current',0),
            (5,'ncci-aoc','CMS','AOC_V2026Q2-MCR.xlsx','V2026Q2','870a84912f91f8e8fdfa1acd01f076cfb1473ba10c98861fc18d040ce3fbdac6',9000,0,'{at}','current',0),
            (6,'nucc','NUCC','nucc_taxonomy_251.csv','25.1','f824bb50c01b721be2277eeef222b0aeb5839de07a82b25ef292df1753695a0f',883,0,'{at}','current',0),
            (7,'icd10cm','CDC','icd10cm-codes-2026.txt','FY2026','a7e2a77e4627ed55c8afe2b8a7ae22efcbab6b6b162d96cf145213772c1246ba',74719,0,'{at}','current',0),
            (8,'dx-crosswalk','test fixture','fixture-crosswalk.csv','fixture','0',3,0,'{at}','current',1)
            """);
    }

    private static void Pfs(SqliteConnection c)
    {
        var lines = Lines(SharedData.Path("medicare_pfs", "PPRRVU2025_Oct.csv"), PfsLines, Encoding.ASCII);
        foreach (var (line, text) in lines)
        {
            var f = text.Split(',');
            var p = new List<(string, object?)>();
            for (var i = 0; i < 31; i++) p.Add(($"$f{i}", i < f.Length ? f[i].Trim() : ""));
            p.Add(("$row", line));
            Exec(c, "INSERT INTO pfs_rvu VALUES (" + string.Join(",", Enumerable.Range(0, 31).Select(i => $"$f{i}")) + ",1,$row)", [.. p]);
        }
    }

    private static void Gpci(SqliteConnection c)
    {
        var path = SharedData.Path("medicare_pfs", "GPCI2025.csv");
        var n = 0;
        foreach (var text in File.ReadLines(path, Encoding.ASCII))
        {
            n++;
            var f = SplitCsv(text).ToArray(); // some locality names are quoted and contain commas
            if (f.Length < 7 || !f[0].Trim().All(char.IsAsciiDigit) || f[0].Trim().Length == 0) continue;
            Exec(c, "INSERT INTO pfs_gpci VALUES ($mac,$st,$loc,$name,$pw,$pe,$mp,2,$row)",
                ("$mac", f[0].Trim()), ("$st", f[1].Trim()), ("$loc", f[2].Trim()), ("$name", f[3].Trim()),
                ("$pw", f[4].Trim()), ("$pe", f[5].Trim()), ("$mp", f[6].Trim()), ("$row", n));
        }
    }

    private static void Clfs(SqliteConnection c)
    {
        // The file is Windows-1252; the chosen data lines are ASCII, so Latin-1 reads them identically.
        foreach (var (line, text) in Lines(SharedData.Path("clfs", "CLFS 2025 Q2V1.csv"), ClfsLines, Encoding.Latin1))
        {
            var f = SplitCsv(text);
            var indicator = f[4];
            var rate = indicator == "L" ? null : decimal.Parse(f[5], CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
            Exec(c, "INSERT INTO clfs VALUES ($code,$mod,$year,$eff,$ind,$rate,$sd,$ld,$xd,3,$row)",
                ("$code", f[1]), ("$mod", f[2]), ("$year", f[0]), ("$eff", f[3]), ("$ind", indicator), ("$rate", rate),
                ("$sd", f[6]), ("$ld", f[7]), ("$xd", f[8]), ("$row", line));
        }
    }

    private static void Hcpcs(SqliteConnection c)
    {
        // HCPC2025_OCT_ANWEB.xlsx, sheet rows copied by hand (public domain HCPCS Level II text).
        Exec(c, """
            INSERT INTO hcpcs_codes (code, long_desc, short_desc, add_date, eff_date, term_date, action_cd, source_id, row) VALUES
            ('G0103','Prostate cancer screening; prostate specific antigen test (psa)','Psa screening','20000101','20070101',NULL,'N',4,2614),
            ('G2211','Visit complexity inherent to evaluation and management associated with medical care services that serve as the continuing focal point for all needed health care services and/or with medical care services that are part of ongoing care related to a patient''s single, serious condition or a complex condition.  (add-on code, list separately in addition to office/outpatient evaluation and management visit, new or established)','Complex e/m visit add on','20210101','20210101',NULL,'N',4,3122),
            ('J1885','Injection, ketorolac tromethamine, per 15 mg','Ketorolac tromethamine inj','19930101','20250101',NULL,'N',4,5065)
            """);
        Exec(c, """
            INSERT INTO modifiers (code, long_desc, short_desc, add_date, eff_date, term_date, source_id, row) VALUES
            ('AS','Physician assistant, nurse practitioner, or clinical nurse specialist services for assistant at surgery','Assistant at surgery service','19880101','19990101',NULL,4,26),
            ('LT','Left side (used to identify procedures performed on the left side of the body)','Left side','19840101','19970101',NULL,4,212),
            ('QW','Clia waived test','Clia waived test','19960101','19961001',NULL,4,275),
            ('RT','Right side (used to identify procedures performed on the right side of the body)','Right side','19840101','19970101',NULL,4,286),
            ('TC','Technical component; under certain circumstances, a charge may be made for the technical component alone;  under those circumstances the technical component charge is identified by adding modifier ''tc'' to the usual procedure number; technical component charges are institutional charges and not billed separately by physicians; however, portable x-ray suppliers only bill for technical component and should utilize modifier tc; the charge data from portable x-ray suppliers will then be used to build customary and prevailing profiles','Technical component','19840101','19970101',NULL,4,319),
            ('XE','Separate encounter, a service that is distinct because it occurred during a separate encounter','Separate encounter','20150101','20150101',NULL,4,378),
            ('XP','Separate practitioner, a service that is distinct because it was performed by a different practitioner','Separate practitioner','20150101','20150101',NULL,4,379),
            ('XS','Separate structure, a service that is distinct because it was performed on a separate organ/structure','Separate organ/structure','20150101','20150101',NULL,4,380),
            ('XU','Unusual non-overlapping service, the use of a service that is distinct because it does not overlap usual components of the main service','Unusual separate service','20150101','20150101',NULL,4,381)
            """);
    }

    private static void Aoc(SqliteConnection c) =>
        // AOC_V2026Q2-MCR.xlsx sheet rows (99203 is not among the fixture's code rows, like AOC codes newer than the loaded PFS); Julian dates converted (2013091 = 2013-04-01, 2024001 = 2024-01-01, 2024275 = 2024-10-01).
        Exec(c, """
            INSERT INTO ncci_addon VALUES
            ('99292','99291','1',NULL,NULL,'2013-04-01',NULL,NULL,5,8548),
            ('G2211','99202','1',NULL,NULL,'2024-10-01','2024-10-01',NULL,5,8970),
            ('G2211','99202','1',NULL,NULL,'2024-01-01',NULL,NULL,5,8971),
            ('G2211','99203','1',NULL,NULL,'2024-01-01',NULL,NULL,5,8973),
            ('G2211','99213','1',NULL,NULL,'2024-10-01','2024-10-01',NULL,5,8982),
            ('G2211','99213','1',NULL,NULL,'2024-01-01',NULL,NULL,5,8983)
            """);

    private static void Nucc(SqliteConnection c) =>
        // nucc_taxonomy_251.csv lines (record start); definitions omitted. 246Q00000X is deliberately left out so the
        // editorial mapping's check against the loaded NUCC file has an entry to drop.
        Exec(c, """
            INSERT INTO nucc_taxonomy (code, grouping, classification, specialization, display_name, section, source_id, row) VALUES
            ('207L00000X','Allopathic & Osteopathic Physicians','Anesthesiology','','Anesthesiology Physician','Individual',6,7),
            ('207P00000X','Allopathic & Osteopathic Physicians','Emergency Medicine','','Emergency Medicine Physician','Individual',6,23),
            ('207Q00000X','Allopathic & Osteopathic Physicians','Family Medicine','','Family Medicine Physician','Individual',6,30),
            ('207R00000X','Allopathic & Osteopathic Physicians','Internal Medicine','','Internal Medicine Physician','Individual',6,45),
            ('207RG0100X','Allopathic & Osteopathic Physicians','Internal Medicine','Gastroenterology','Gastroenterology Physician','Individual',6,57),
            ('207ZP0101X','Allopathic & Osteopathic Physicians','Pathology','Anatomic Pathology','Anatomic Pathology Physician','Individual',6,129),
            ('207ZP0102X','Allopathic & Osteopathic Physicians','Pathology','Anatomic Pathology & Clinical Pathology','Anatomic Pathology & Clinical Pathology Physician','Individual',6,130),
            ('207ZP0105X','Allopathic & Osteopathic Physicians','Pathology','Clinical Pathology/Laboratory Medicine','Clinical Pathology/Laboratory Medicine Physician','Individual',6,135),
            ('2085R0202X','Allopathic & Osteopathic Physicians','Radiology','Diagnostic Radiology','Diagnostic Radiology Physician','Individual',6,217),
            ('2085R0001X','Allopathic & Osteopathic Physicians','Radiology','Radiation Oncology','Radiation Oncology Physician','Individual',6,223),
            ('291U00000X','Laboratories','Clinical Medical Laboratory','','Clinical Medical Laboratory','Non-Individual',6,801)
            """);

    private static void Icd(SqliteConnection c)
    {
        foreach (var (line, text) in Lines(SharedData.Path("icd10cm", "icd10cm-codes-2026.txt"), IcdLines, Encoding.UTF8))
            Exec(c, "INSERT INTO icd10cm VALUES ($code,$d,1,7,$row)", ("$code", text[..8].Trim()), ("$d", text[8..].Trim()), ("$row", line));
    }

    private static void Crosswalk(SqliteConnection c) =>
        // Synthetic user crosswalk: two codes the ICD-10-CM file has and one it lacks (Z9999X), which the dossier must drop.
        Exec(c, "INSERT INTO diagnosis_crosswalk (code, icd10_code, source_id, row) VALUES ('86320','D472',8,2), ('86320','E8809',8,3), ('86320','Z9999X',8,4)");

    private static List<(int Line, string Text)> Lines(string path, int[] wanted, Encoding encoding)
    {
        var set = wanted.ToHashSet();
        var list = new List<(int, string)>();
        var n = 0;
        foreach (var text in File.ReadLines(path, encoding))
            if (set.Contains(++n)) list.Add((n, text));
        if (list.Count != wanted.Length) throw new InvalidOperationException($"{path}: expected lines {string.Join(",", wanted)}");
        return list;
    }

    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else sb.Append(ch);
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',') { fields.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(ch);
        }
        fields.Add(sb.ToString());
        return fields;
    }

    private static void Exec(SqliteConnection c, string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        cmd.ExecuteNonQuery();
    }
}
