using CodeBrief.Core.Provenance;

namespace CodeBrief.Warehouse.Tests;

/// <summary>
/// The reference and catalog stores over the mirror's real files, on every engine: the same rows, in the same order,
/// with the same provenance.
/// </summary>
public abstract class ReferenceQueriesContract<TStore>(LoadedReference<TStore> loaded) : IClassFixture<LoadedReference<TStore>>
    where TStore : StoreUnderTest, new()
{
    private readonly IReferenceStore _reference = loaded.Warehouse.Reference;
    private readonly ICodeCatalog _catalog = loaded.Warehouse.Catalog;

    [Fact]
    public void ProcedureCodes_AllLoadedCodeSets_DistinctValidAndOrdinal()
    {
        var codes = _reference.ProcedureCodes();

        codes.ShouldBe(codes.Order(StringComparer.Ordinal).Distinct());
        codes.ShouldContain("86320");
        codes.ShouldContain("82331");
        codes.ShouldContain("G0008");
        codes.ShouldContain("0689T");
        codes.Count.ShouldBeGreaterThan(16_000);
    }

    [Fact]
    public void ZipLocality_94105_SanFranciscoCarrierAndLocalityWithItsLine()
    {
        var row = _reference.ZipLocality("94105").ShouldNotBeNull();

        (row.State, row.Mac, row.Locality, row.Plus4Flag, row.YearQuarter).ShouldBe(("CA", "01112", "05", "0", "20254"));
        (row.Source.File, row.Source.Row).ShouldBe(("ZIP5_OCT2025.txt", 4035L));
        _reference.ZipLocality("00000").ShouldBeNull();
    }

    [Fact]
    public void Pfs_86320_GlobalRowThen26WithTypedValuesAndRows()
    {
        var rows = _reference.Pfs("86320");

        rows.Select(r => (r.Modifier, r.Status, r.Source.Row)).ShouldBe([("", "X", 10457L), ("26", "A", 10458L)]);
        var pc = rows[1];
        (pc.WorkRvu, pc.NonFacilityPeRvu, pc.NonFacilityNotApplicable, pc.MalpracticeRvu, pc.NonFacilityTotal, pc.PctcIndicator, pc.GlobalDays)
            .ShouldBe((0.37m, 0.15m, false, 0.01m, 0.53m, "6", "XXX"));
        pc.ConversionFactor.ShouldBe(32.3465m);
        (pc.Source.Dataset, pc.Source.File, pc.Source.Row).ShouldBe(("pfs-rvu", "PPRRVU2025_Oct.csv", 10458L));
    }

    [Fact]
    public void Clfs_82331_NationalLimitFromItsLine()
    {
        var row = _reference.Clfs("82331").ShouldHaveSingleItem();

        (row.Modifier, row.Indicator, row.Rate).ShouldBe(("", "N", 13.34m));
        row.NationalLimit.ShouldBe(new Core.Money(13.34m));
        row.Source.ShouldBe(new SourceRef("clfs", "CLFS 2025 Q2V1.csv", "2025Q2V1", 1010));
    }

    [Fact]
    public void Localities_GpciFile_EveryLocalityInFileOrder()
    {
        var localities = _reference.Localities();

        localities.Count.ShouldBe(109);
        var first = localities[0];
        (first.Mac, first.State, first.Locality, first.Name, first.Work, first.PracticeExpense).ShouldBe(("10112", "AL", "00", "ALABAMA", 1m, 0.869m));
        localities.Select(l => l.Source.Row).ShouldBe(localities.Select(l => l.Source.Row).Order());
    }

    [Fact]
    public void OppsCaps_74261_EveryModifierAndLocalityByModifierThenRow()
    {
        var rows = _reference.OppsCaps("74261");

        // OPPSCAP_Oct.csv: 115 carrier/locality rows each for the global row and TC (26 is not capped).
        rows.Count.ShouldBe(230);
        rows.Select(r => r.Modifier).Distinct().ShouldBe(["", "TC"]);
        rows.Where(r => r.Modifier == "TC").Select(r => r.Source.Row).ShouldBe(rows.Where(r => r.Modifier == "TC").Select(r => r.Source.Row).Order());
        var sf = rows.Single(r => r.Modifier == "TC" && r.Mac == "01112" && r.Locality == "05");
        (sf.ProcedureStatus, sf.FacilityPrice, sf.NonFacilityPrice).ShouldBe(("A", 150.69m, 150.69m));
        sf.Source.ShouldBe(new SourceRef("pfs-opps-cap", "OPPSCAP_Oct.csv", "OPPSCAP_Oct", 5752));
        _reference.OppsCaps("99213").ShouldBeEmpty();
    }

    [Fact]
    public void Hcpcs_LevelIICode_RowWithDescriptorsAndSource()
    {
        var row = _reference.Hcpcs("G0008").ShouldNotBeNull();

        row.LongDescription.ShouldNotBeEmpty();
        row.Source.Dataset.ShouldBe("hcpcs");
        _reference.Hcpcs("99213").ShouldBeNull(); // CPT codes are not in the Level II file
        _reference.CodesWithTerminationDate().ShouldNotBeEmpty();
    }

    [Fact]
    public void Modifier_LevelIIModifierAndItsUseInTheFeeSchedules()
    {
        var qw = _reference.Modifier("QW").ShouldNotBeNull();

        qw.Description.ShouldNotBeNullOrEmpty();
        _reference.ModifierUse("QW").ClfsRows.ShouldBeGreaterThan(0);
        _reference.ModifierUse("26").PfsRows.ShouldBeGreaterThan(1000);
        _reference.Modifier("26").ShouldBeNull(); // CPT modifiers are AMA text, never loaded
    }

    [Fact]
    public void Icd_CodeAndBillableChildren_InCodeOrder()
    {
        var e119 = _reference.Icd("E119").ShouldNotBeNull();

        e119.Billable.ShouldBeTrue();
        e119.Description.ShouldStartWith("Type 2 diabetes mellitus without complications");
        _reference.IcdBillableChildren("E11", 3).Select(r => r.Code).ShouldBe(["E1100", "E1101", "E1110"]);
        _reference.IcdBillableChildCount("E11").ShouldBe(87);
        _reference.IcdBillableChildCount("E1_").ShouldBe(0); // LIKE wildcards in the prefix match themselves only
    }

    [Fact]
    public void Taxonomy_ByCodeNameAndClassification()
    {
        _reference.Taxonomy("207L00000X").ShouldNotBeNull().Classification.ShouldBe("Anesthesiology");
        _reference.TaxonomiesNamed("cardiovascular disease").Select(t => t.Code).ShouldContain("207RC0000X");
        _reference.TaxonomiesOfClassification("Internal Medicine").Count.ShouldBeGreaterThan(10);
        _reference.TaxonomyGroupingOfPrefix("207").ShouldBe("Allopathic & Osteopathic Physicians");
    }

    [Fact]
    public void Ncci_AddOnPtpAndMue_RowsOfEitherSide()
    {
        var addOns = _reference.AddOns("99292");
        addOns.ShouldNotBeEmpty();
        addOns.ShouldAllBe(a => a.AddOnCode == "99292" || a.PrimaryCode == "99292");

        var ptp = _reference.Ptp("36000");
        ptp.Select(p => (p.Column1, p.Column2, p.ModifierIndicator)).ShouldContain(("99291", "36000", "0"));
        _reference.Ptp("93005").ShouldHaveSingleItem().DeletionDate.ShouldNotBeNull();

        _reference.Mue("99213").ShouldHaveSingleItem().Value.ShouldBe(1);
    }

    [Fact]
    public void Catalog_PrefixWordsAndAll_FirstRankPerCodeFirst()
    {
        var prefix = _catalog.WithPrefix("8633", 20);
        prefix.ShouldNotBeEmpty();
        prefix.ShouldAllBe(d => d.Code.StartsWith("8633", StringComparison.Ordinal));
        prefix.Select(d => (d.Code, d.Rank)).ShouldBe(prefix.Select(d => (d.Code, d.Rank)).OrderBy(p => p.Code, StringComparer.Ordinal).ThenBy(p => p.Rank));

        var words = _catalog.WithWords(["SERUM", "immunoelectrophoresis"], 20);
        words.Select(d => d.Code).ShouldContain("86320");

        _catalog.WithWords(["immuno_lectrophoresis"], 5).ShouldBeEmpty(); // _ in a word is a character, not a wildcard
        _catalog.WithWords(["100%"], 5).ShouldAllBe(d => d.Text.Contains("100%", StringComparison.Ordinal));
        var all = _catalog.All();
        all.Select(d => d.Code).Distinct().Count().ShouldBeGreaterThan(16_000);
        all.Select(d => d.Code).ShouldBe(all.Select(d => d.Code).Order(StringComparer.Ordinal));
        _catalog.TaxonomiesWithWords(["anesthesiology"], 50).Select(t => t.Code).ShouldContain("207L00000X");
    }

    [Fact]
    public void ProcedureDescriptors_EveryKindOfEveryCode_OrderedByCodeKindRow()
    {
        var all = _reference.ProcedureDescriptors();

        all.Select(d => (d.Code, d.Kind)).ShouldBe(all.Select(d => (d.Code, d.Kind)).OrderBy(p => p.Code, StringComparer.Ordinal).ThenBy(p => p.Kind, StringComparer.Ordinal));
        var of86320 = all.Where(d => d.Code == "86320").ToList();
        of86320.Select(d => (d.Kind, d.Text, d.Source.Row)).ShouldBe([
            (ProcedureDescriptor.ClfsLong, "Immunologic analysis technique on serum", 1560L),
            (ProcedureDescriptor.ClfsShort, "Serum immunoelectrophoresis", 1560L),
            (ProcedureDescriptor.Pfs, "Serum immunoelectrophoresis", 10457L),
        ]);
        all.Where(d => d.Code == "J1100" && d.Kind == ProcedureDescriptor.HcpcsLong).ShouldHaveSingleItem().Text
            .ShouldBe("Injection, dexamethasone sodium phosphate, 1 mg");
        all.ShouldContain(d => d.Code == "J1100" && d.Kind == ProcedureDescriptor.HcpcsShort);
    }

    [Fact]
    public void PfsGlobalRows_OneGlobalRowPerCode_StatusAndPctc()
    {
        var rows = _reference.PfsGlobalRows();

        rows.Select(r => r.Code).ShouldBeUnique();
        var ecg = rows.Where(r => r.Code is "93000" or "93005" or "93010").Select(r => (r.Code, r.Pctc)).ToList();
        ecg.ShouldBe([("93000", "4"), ("93005", "3"), ("93010", "2")]);
        var prolonged = rows.Single(r => r.Code == "99418");
        (prolonged.Status, prolonged.Source.Dataset).ShouldBe(("I", "pfs-rvu"));
        rows.Single(r => r.Code == "86320").Source.Row.ShouldBe(10457);
    }
}
