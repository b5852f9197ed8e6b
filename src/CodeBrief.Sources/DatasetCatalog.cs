using CodeBrief.Core.Errors;

namespace CodeBrief.Sources;

/// <summary>
/// The public reference datasets CodeBrief knows, with the publisher's download URLs for one release of each.
/// </summary>
/// <remarks>
/// The URLs point at the releases that match the offline mirror (<c>shared/data</c>): CY2025 RVU25D, CLFS 2025 Q2,
/// HCPCS October 2025, ICD-10-CM FY2026, NUCC 25.1, ZIP-to-locality 2025 Q4, NCCI 2026 Q2, DMEPOS January 2026 (and April 2025)
/// with the 2026 Q1 rural ZIP codes. CMS renames its files every
/// quarter: a dataset with a <see cref="DatasetInfo.Feed"/> has its newest release found on the publisher's listing page
/// at fetch time (<see cref="ReleaseDiscovery"/>), and these URLs are the fallback when the page cannot be read. NCCI PTP and MUE files sit behind an AMA licence
/// page on cms.gov; their direct links are the ones public scripts use and may need the licence accepted first.
/// </remarks>
public static class DatasetCatalog
{
    private const string CmsPublicDomain = "U.S. Government work (CMS), public domain.";
    private const string CmsWithCpt = "CMS data, public domain; CPT codes and descriptors in it are © American Medical Association.";
    private static readonly Uri PfsPage = new("https://www.cms.gov/medicare/payment/fee-schedules/physician/pfs-relative-value-files");
    private static readonly Uri Rvu25D = new("https://www.cms.gov/files/zip/rvu25d.zip");
    private static readonly Uri HcpcsOct2025 = new("https://www.cms.gov/files/zip/october-2025-alpha-numeric-hcpcs-file.zip");
    private const string NcciPages = "https://www.cms.gov/medicare/coding-billing/national-correct-coding-initiative-ncci-edits/";
    private const string CmsZip = "https://www.cms.gov/files/zip/";
    private static readonly Uri DmeposPage = new("https://www.cms.gov/medicare/payment/fee-schedules/dmepos/dmepos-fee-schedule");
    private static readonly Uri ClfsPage = new("https://www.cms.gov/medicare/payment/fee-schedules/clinical-laboratory-fee-schedule-clfs/files");
    private static readonly Uri OppsAddendaPage = new("https://www.cms.gov/medicare/payment/prospective-payment-systems/hospital-outpatient-pps/quarterly-addenda-updates");
    private static readonly Uri AscAddendaPage = new("https://www.cms.gov/medicare/payment/prospective-payment-systems/ambulatory-surgical-center-asc/asc-payment-rates-addenda");
    private static readonly Uri AspPage = new("https://www.cms.gov/medicare/payment/part-b-drugs/asp-pricing-files");
    private static readonly Uri CoverageApiPage = new("https://api.coverage.cms.gov/docs/");
    private static readonly Uri DataCmsPage = new("https://data.cms.gov/provider-summary-by-type-of-service/medicare-physician-other-practitioners");
    private static readonly Uri AnesthesiaPage = new("https://www.cms.gov/medicare/payment/fee-schedules/physician/anesthesiologists-center");

    // Listing pages and the links on them that are releases (ReleaseDiscovery reads each link's release with ReleaseDate).
    private static readonly ReleaseFeed RvuFeed = new(PfsPage, @"rvu\d{2}[a-d]");
    private static readonly ReleaseFeed ClfsFeed = new(ClfsPage, @"\d{2}clabq[1-4]");
    private static readonly ReleaseFeed OppsFeed = new(OppsAddendaPage, @"addendum[-_\s]*b(?![a-z])");
    private static readonly ReleaseFeed AscFeed = new(AscAddendaPage, @"asc[-_\s].*(payment|rate|addend)");
    private static readonly ReleaseFeed AspFeed = new(AspPage, @"asp[-_\s]*pricing[-_\s]*file");
    private static readonly ReleaseFeed AnesthesiaFeed = new(AnesthesiaPage, @"anesthesia[-_\s]*base[-_\s]*units");

    /// <summary>Every dataset, in the order <c>data status</c> lists them.</summary>
    public static IReadOnlyList<DatasetInfo> All { get; } =
    [
        new("nucc", "NUCC", "Health Care Provider Taxonomy code set", "25.1",
            "Free to use; NUCC asks that it be credited and not modified.",
            [new("https://www.nucc.org/images/stories/CSV/nucc_taxonomy_251.csv")],
            new("https://www.nucc.org/index.php/code-sets-mainmenu-41/provider-taxonomy-mainmenu-40/csv-mainmenu-57"),
            ["nucc_taxonomy*.csv"]),
        new("icd10cm", "CDC/NCHS", "ICD-10-CM code descriptions (billable codes)", "FY2026",
            "U.S. Government work (CDC/NCHS), public domain.",
            [new("https://ftp.cdc.gov/pub/Health_Statistics/NCHS/Publications/ICD10CM/2026/icd10cm-Code%20Descriptions-2026.zip")],
            null,
            ["icd10cm*codes*.txt"]),
        new("hcpcs", "CMS", "HCPCS Level II codes (alpha-numeric file)", "2025 October",
            CmsPublicDomain + " Level II only; no CPT content.",
            [HcpcsOct2025], null, ["HCPC*ANWEB*.xlsx"]),
        new("hcpcs-modifiers", "CMS", "HCPCS Level II modifiers (alpha-numeric file)", "2025 October",
            CmsPublicDomain + " Level II modifiers only; CPT modifiers are AMA text.",
            [HcpcsOct2025], null, ["HCPC*ANWEB*.xlsx"]),
        new("clfs", "CMS", "Clinical Laboratory Fee Schedule (national limits)", "2025 Q2",
            CmsWithCpt, [new(CmsZip + "25clabq2.zip")], ClfsPage, ["CLFS*.csv", "*CLAB*.csv"]) { Feed = ClfsFeed },
        new("pfs-rvu", "CMS", "Physician Fee Schedule relative value units", "RVU25D",
            CmsWithCpt, [Rvu25D], PfsPage, ["PPRRVU*.csv"]) { Feed = RvuFeed },
        new("pfs-gpci", "CMS", "PFS geographic practice cost indices by locality", "RVU25D",
            CmsPublicDomain, [Rvu25D], PfsPage, ["GPCI*.csv"]) { Feed = RvuFeed },
        new("pfs-locality", "CMS", "PFS localities and the counties they cover", "RVU25D",
            CmsPublicDomain, [Rvu25D], PfsPage, ["*LOCCO*.csv"]) { Feed = RvuFeed },
        new("pfs-anes", "CMS", "PFS anesthesia conversion factors by locality", "RVU25D",
            CmsPublicDomain, [Rvu25D], PfsPage, ["ANES*.csv"]) { Feed = RvuFeed },
        new("pfs-opps-cap", "CMS", "PFS OPPS payment caps by code and locality", "RVU25D",
            CmsWithCpt, [Rvu25D], PfsPage, ["OPPSCAP*.csv"]) { Feed = RvuFeed },
        new("zip-locality", "CMS", "ZIP code to carrier and PFS locality", "2025 Q4",
            CmsPublicDomain,
            [new(CmsZip + "zip-code-carrier-locality-file-revised-08/14/2025.zip")], null,
            ["ZIP5_*.txt"]),
        new("ncci-aoc", "CMS", "NCCI add-on code edits", "2026 Q2",
            CmsWithCpt, [], new(NcciPages + "medicare-ncci-add-code-edits"), ["AOC_V*.xlsx"]),
        new("ncci-ptp", "CMS", "NCCI procedure-to-procedure edits (practitioner and hospital)", "2026 Q2 (v321r0)",
            CmsWithCpt,
            [
                .. Enumerable.Range(1, 4).Select(part => new Uri($"{CmsZip}medicare-ncci-2026q2-practitioner-ptp-edits-ccipra-v321r0-f{part}.zip")),
                .. Enumerable.Range(1, 4).Select(part => new Uri($"{CmsZip}medicare-ncci-2026q2-hospital-ptp-edits-ccioph-v321r0-f{part}.zip")),
            ],
            new(NcciPages + "medicare-ncci-procedure-procedure-ptp-edits"),
            ["ccipra*.txt", "ccioph*.txt"]),
        new("ncci-mue", "CMS", "NCCI medically unlikely edits (practitioner, hospital, DME)", "2026 Q2",
            CmsWithCpt,
            [
                new(CmsZip + "medicare-ncci-2026-q2-practitioner-services-mue-table.zip"),
                new(CmsZip + "medicare-ncci-2026-q2-facility-outpatient-hospital-services-mue-table.zip"),
                new(CmsZip + "medicare-ncci-2026-q2-dme-supplier-services-mue-table.zip"),
            ],
            new(NcciPages + "medicare-ncci-medically-unlikely-edits-mues"),
            ["MCR_MUE_*.csv"]),
        // CMS publishes both inside a quarterly zip on the DMEPOS page, named per quarter (DMEPOS26_JAN.csv); every
        // quarter found is loaded, the newest current.
        new("dmepos", "CMS", "DMEPOS fee schedule (fees by state, rural and non-rural)", "2026 January",
            CmsPublicDomain + " HCPCS Level II only; no CPT content.", [], DmeposPage, ["DMEPOS*.csv"]),
        new("dmepos-rural-zip", "CMS", "DMEPOS rural ZIP codes", "2026 Q1",
            CmsPublicDomain, [], DmeposPage, ["*Rural*ZIP*.csv"]),
        // Payment systems beside the PFS and CLFS (issue 12). CMS renames these files every quarter and serves them from
        // listing pages, so they have no fixed URL: data fetch finds the newest release on the page (Feed).
        new("anes-base-units", "CMS", "Anesthesia base units by CPT code", "yearly",
            CmsWithCpt, [], AnesthesiaPage, ["*anes*base*unit*.csv", "*anes*base*unit*.xlsx"]) { Feed = AnesthesiaFeed },
        new("opps-addb", "CMS", "OPPS Addendum B: hospital outpatient payment by HCPCS code", "quarterly",
            CmsWithCpt, [], OppsAddendaPage, ["*Addendum*B*.csv", "*Addendum*B*.xlsx"]) { Feed = OppsFeed },
        new("asc", "CMS", "ASC Addenda AA and BB: ambulatory surgical center payment rates", "quarterly",
            CmsWithCpt, [], AscAddendaPage, ["*Addendum*AA*.csv", "*Addendum*AA*.xlsx", "*Addendum*BB*.csv", "*Addendum*BB*.xlsx", "*ASC*.csv", "*ASC*.xlsx"])
            { Feed = AscFeed },
        new("asp", "CMS", "ASP pricing file: Part B drug payment limits", "quarterly",
            CmsPublicDomain + " HCPCS Level II drug codes; CPT vaccine descriptors in it are AMA text.", [], AspPage,
            ["*ASP*Pricing*.csv", "*ASP*Pricing*.xlsx"]) { Feed = AspFeed },
    ];

    /// <summary>
    /// The datasets that <c>data fetch --live</c> writes from the CMS Coverage API and the data.cms.gov data API (see
    /// <see cref="Live.CoverageFetcher"/>, <see cref="Live.UtilizationFetcher"/>). They have no file download of their own
    /// here, so <c>data fetch</c> without <c>--live</c> and the mirror leave them alone; <c>data load</c> loads what was fetched.
    /// </summary>
    public static IReadOnlyList<DatasetInfo> Live { get; } =
    [
        new(CodeBrief.Sources.Live.CoverageFetcher.ArticleDataset, "CMS", "Local coverage articles: title, contractor, version, dates (Coverage API)", "live",
            CmsPublicDomain, [], CoverageApiPage, ["local-coverage-articles*.csv"]),
        new(CodeBrief.Sources.Live.CoverageFetcher.HcpcDataset, "CMS", "Coverage articles' CPT/HCPCS codes (Coverage API hcpc-code, licence required)", "live",
            CmsWithCpt, [], CoverageApiPage, ["article_x_hcpc_code*.csv"]),
        new(CodeBrief.Sources.Live.CoverageFetcher.CoveredDataset, "CMS", "Coverage articles' covered ICD-10-CM codes (Coverage API icd10-covered)", "live",
            CmsPublicDomain, [], CoverageApiPage, ["article_x_icd10_covered*.csv"]),
        new(CodeBrief.Sources.Live.CoverageFetcher.NoncoveredDataset, "CMS", "Coverage articles' non-covered ICD-10-CM codes (Coverage API icd10-noncovered)", "live",
            CmsPublicDomain, [], CoverageApiPage, ["article_x_icd10_noncovered*.csv"]),
        new(CodeBrief.Sources.Live.CoverageFetcher.CoveredGroupDataset, "CMS", "Coverage articles' covered ICD-10-CM group paragraphs (Coverage API icd10-covered-group)", "live",
            CmsPublicDomain, [], CoverageApiPage, ["article_x_icd10_covered_group*.csv"]),
        new(CodeBrief.Sources.Live.CoverageFetcher.ModifierDataset, "CMS", "Coverage articles' CPT/HCPCS modifiers (Coverage API hcpc-modifier, licence required)", "live",
            CmsWithCpt, [], CoverageApiPage, ["article_x_hcpc_modifier*.csv"]),
        new(CodeBrief.Sources.Live.UtilizationFetcher.GeoDataset, "CMS", "Medicare Physician & Other Practitioners by Geography and Service (data API)", "newest data year",
            CmsWithCpt, [], DataCmsPage, ["*Geography_and_Service*.csv", "MUP_PHY_*_Geo.csv"]),
        new(CodeBrief.Sources.Live.UtilizationFetcher.ProviderDataset, "CMS", "Medicare Physician & Other Practitioners by Provider and Service (data API, codes asked)", "newest data year",
            CmsWithCpt, [], DataCmsPage, ["*Provider_and_Service*.csv", "MUP_PHY_*_Prov_Svc.csv"]),
    ];

    /// <summary>The dataset with <paramref name="id"/> (case-insensitive), among <see cref="All"/> and <see cref="Live"/>, or null.</summary>
    public static DatasetInfo? Find(string id)
    {
        foreach (var dataset in All.Concat(Live))
            if (string.Equals(dataset.Id, id, StringComparison.OrdinalIgnoreCase)) return dataset;
        return null;
    }

    /// <summary>The datasets named in <paramref name="ids"/>, or all of them when it is null or empty.</summary>
    /// <exception cref="UsageException">An id is not in the catalogue.</exception>
    public static IReadOnlyList<DatasetInfo> Select(IReadOnlyCollection<string>? ids)
    {
        if (ids is null || ids.Count == 0) return All;
        var chosen = new List<DatasetInfo>(ids.Count);
        foreach (var id in ids)
        {
            var dataset = Find(id) ?? throw new UsageException(ErrorMessages.UnknownDataset(id, All.Select(d => d.Id)));
            if (!chosen.Contains(dataset)) chosen.Add(dataset);
        }
        return chosen;
    }
}
