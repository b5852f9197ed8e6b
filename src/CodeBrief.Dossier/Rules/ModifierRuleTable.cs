namespace CodeBrief.Dossier.Rules;

/// <summary>
/// The modifier rule table: which modifiers a code's loaded data calls for, as data. Each row names its code class, its
/// modifiers, its condition, when to use them in CodeBrief's own words, and its basis. File-backed rows cite a loaded row (a
/// PFS indicator, the HCPCS Level II modifier file, the CLFS, the DMEPOS fee schedule, an NCCI edit); CPT Level I modifiers,
/// whose wording is AMA text no loaded file holds, cite a CMS manual chapter and section and are labelled editorial.
/// </summary>
/// <remarks>Manual citations are to the Medicare Claims Processing Manual (Pub. 100-04) and the NCCI Policy Manual for
/// Medicare Services, as CMS numbers their chapters and sections.</remarks>
public static class ModifierRuleTable
{
    private const string Pub = "Medicare Claims Processing Manual (Pub. 100-04)";
    private const string Ncci = "NCCI Policy Manual for Medicare Services, chapter I, section E (modifiers and modifier indicators)";
    private const string ModifierFile = "HCPCS Level II modifier file, the modifier's row";

    private static readonly string[] PostOpDays = ["010", "090"];

    /// <summary>The rows, in the order the table tries them.</summary>
    public static readonly IReadOnlyList<ModifierRule> Rules =
    [
        // E/M
        new("EM-25", CodeClass.EvaluationAndManagement, ["25"], new InFamily("Evaluation and Management"),
            "A visit on the same day as a procedure or other service by the same practitioner, when the visit's work stands apart from the usual care before and after that procedure.",
            RuleBasis.CmsManual, $"{Pub}, chapter 12, section 30.6.6.B"),
        new("EM-57", CodeClass.EvaluationAndManagement, ["57"], new InFamily("Evaluation and Management"),
            "The visit, on the day of or the day before a procedure with a 90-day global period, at which the decision to operate was made.",
            RuleBasis.CmsManual, $"{Pub}, chapter 12, section 30.6.6.C"),
        new("EM-24", CodeClass.EvaluationAndManagement, ["24"], new InFamily("Evaluation and Management"),
            "A visit by the surgeon during a procedure's postoperative period for a problem that has nothing to do with that procedure.",
            RuleBasis.CmsManual, $"{Pub}, chapter 12, section 30.6.6.A"),
        new("EM-FS", CodeClass.EvaluationAndManagement, ["FS"], new InFamily("Evaluation and Management"),
            "A visit in a facility setting shared by a physician and a non-physician practitioner of the same group; the one who furnished the substantive portion bills it.",
            RuleBasis.HcpcsModifierFile, $"{ModifierFile}; {Pub}, chapter 12, section 30.6.18"),
        new("EM-GC", CodeClass.EvaluationAndManagement, ["GC"], new InFamily("Evaluation and Management"),
            "A service furnished in part by a resident under the direction of a teaching physician.",
            RuleBasis.HcpcsModifierFile, $"{ModifierFile}; {Pub}, chapter 12, section 100.1.1"),

        // Global surgery
        new("GS-58", CodeClass.GlobalSurgery, ["58"], new PfsGlobalDays(PostOpDays),
            "A planned (staged) or more extensive procedure, or therapy after a diagnostic procedure, by the same practitioner during this code's postoperative period; it starts a new global period.",
            RuleBasis.CmsManual, $"{Pub}, chapter 12, section 40.2"),
        new("GS-78", CodeClass.GlobalSurgery, ["78"], new PfsGlobalDays(PostOpDays),
            "Back to the operating or procedure room, not planned, by the same practitioner to treat a complication of this procedure within its postoperative period; paid at the intra-operative share.",
            RuleBasis.CmsManual, $"{Pub}, chapter 12, section 40.2"),
        new("GS-79", CodeClass.GlobalSurgery, ["79"], new PfsGlobalDays(PostOpDays),
            "A procedure by the same practitioner during this code's postoperative period that is unrelated to it.",
            RuleBasis.CmsManual, $"{Pub}, chapter 12, section 40.2"),
        new("GS-54", CodeClass.GlobalSurgery, ["54"], new PfsGlobalDays(PostOpDays),
            "The surgeon bills the operation without the postoperative care, which another practitioner has formally agreed to take over; paid at the PFS pre- and intra-operative shares.",
            RuleBasis.CmsManual, $"{Pub}, chapter 12, section 40.2"),
        new("GS-55", CodeClass.GlobalSurgery, ["55"], new PfsGlobalDays(PostOpDays),
            "A practitioner other than the surgeon bills the postoperative care only, after a formal transfer of care; paid at the PFS postoperative share.",
            RuleBasis.CmsManual, $"{Pub}, chapter 12, section 40.2"),
        new("GS-56", CodeClass.GlobalSurgery, ["56"], new PfsGlobalDays(PostOpDays),
            "A practitioner other than the surgeon bills the preoperative care only; paid at the PFS preoperative share.",
            RuleBasis.CmsManual, $"{Pub}, chapter 12, section 40.2"),
        new("GS-76", CodeClass.GlobalSurgery, ["76"], new PfsGlobalDays(["000", .. PostOpDays]),
            "The same procedure repeated by the same practitioner on the same day.",
            RuleBasis.CmsManual, $"{Pub}, chapter 12, section 40.2"),
        new("GS-77", CodeClass.GlobalSurgery, ["77"], new PfsGlobalDays(["000", .. PostOpDays]),
            "The same procedure repeated on the same day by a different practitioner.",
            RuleBasis.CmsManual, $"{Pub}, chapter 12, section 40.2"),

        // Distinct procedural services
        new("DS-59", CodeClass.DistinctService, ["59"], new PtpBypassable(),
            "A service distinct from the other code of an NCCI PTP pair that allows a modifier (different session, site, lesion or injury), when no X modifier describes the reason better.",
            RuleBasis.NcciEdit, $"NCCI PTP edit with modifier indicator 1; {Ncci}"),
        new("DS-X", CodeClass.DistinctService, ["XE", "XS", "XP", "XU"], new PtpBypassable(),
            "The specific alternatives to 59 for a PTP pair that allows a modifier: separate encounter (XE), separate structure (XS), separate practitioner (XP), or a service that does not overlap the main one (XU).",
            RuleBasis.HcpcsModifierFile, $"{ModifierFile}; NCCI PTP edit with modifier indicator 1; {Ncci}"),

        // Bilateral
        new("BI-50", CodeClass.Bilateral, ["50"], new PfsIndicatorCalls("BILAT SURG"),
            "The procedure was done on both sides at the same session; billed once with 50, and the bilateral indicator sets the payment.",
            RuleBasis.PfsIndicator, $"PFS RVU file, BILAT SURG; {Pub}, chapter 12, section 40.7"),
        new("BI-LTRT", CodeClass.Bilateral, ["LT", "RT"], new PfsIndicatorCalls("BILAT SURG", JudgeAs: "50"),
            "Names the side: a procedure done on one side only, or each side on its own line where the contractor asks for LT and RT instead of 50 (indicator 3 codes are priced per side).",
            RuleBasis.PfsIndicator, $"PFS RVU file, BILAT SURG; {ModifierFile}"),

        // Assistant, co- and team surgery
        new("SU-80", CodeClass.Surgeons, ["80"], new PfsIndicatorCalls("ASST SURG"),
            "A physician assisted the surgeon throughout the procedure.",
            RuleBasis.PfsIndicator, $"PFS RVU file, ASST SURG; {Pub}, chapter 12, section 20.4.3"),
        new("SU-81", CodeClass.Surgeons, ["81"], new PfsIndicatorCalls("ASST SURG"),
            "A physician assisted for only part of the procedure.",
            RuleBasis.PfsIndicator, $"PFS RVU file, ASST SURG; {Pub}, chapter 12, section 20.4.3"),
        new("SU-82", CodeClass.Surgeons, ["82"], new PfsIndicatorCalls("ASST SURG"),
            "A physician assisted in a teaching hospital because no qualified resident was available.",
            RuleBasis.PfsIndicator, $"PFS RVU file, ASST SURG; {Pub}, chapter 12, section 20.4.3"),
        new("SU-AS", CodeClass.Surgeons, ["AS"], new PfsIndicatorCalls("ASST SURG"),
            "A physician assistant, nurse practitioner or clinical nurse specialist assisted at the surgery.",
            RuleBasis.PfsIndicator, $"PFS RVU file, ASST SURG; {ModifierFile}"),
        new("SU-62", CodeClass.Surgeons, ["62"], new PfsIndicatorCalls("CO SURG"),
            "Two surgeons, usually of different specialties, each performed a distinct part of the procedure; each bills the code with 62.",
            RuleBasis.PfsIndicator, $"PFS RVU file, CO SURG; {Pub}, chapter 12, section 40.8"),
        new("SU-66", CodeClass.Surgeons, ["66"], new PfsIndicatorCalls("TEAM SURG"),
            "A team of surgeons performed a complex procedure together; each bills the code with 66.",
            RuleBasis.PfsIndicator, $"PFS RVU file, TEAM SURG; {Pub}, chapter 12, section 40.8"),

        // Multiple procedures
        new("MP-51", CodeClass.MultipleProcedure, ["51"], new PfsIndicatorCalls("MULT PROC").And(new NotAddOn()),
            "The second and later procedures of one session when the multiple procedure reduction applies; never on an add-on code.",
            RuleBasis.PfsIndicator, $"PFS RVU file, MULT PROC; NCCI add-on code edits; {Pub}, chapter 12, section 40.6"),

        // Professional and technical components
        new("PC-26", CodeClass.Components, ["26"], new PfsComponentRow(),
            "The professional component only: the interpretation and report, when another party bills the technical part.",
            RuleBasis.PfsIndicator, "PFS RVU file, PCTC IND and the code's row with modifier 26"),
        new("PC-TC", CodeClass.Components, ["TC"], new PfsComponentRow(),
            "The technical component only: equipment, staff and supplies, when another practitioner interprets.",
            RuleBasis.PfsIndicator, $"PFS RVU file, PCTC IND and the code's row with modifier TC; {ModifierFile}"),

        // Anesthesia
        new("AN-AA", CodeClass.Anesthesia, ["AA"], new InFamily("Anesthesia"),
            "The anesthesiologist furnished the anesthesia personally.",
            RuleBasis.HcpcsModifierFile, $"{ModifierFile}; {Pub}, chapter 12, section 50"),
        new("AN-QK", CodeClass.Anesthesia, ["QK"], new InFamily("Anesthesia"),
            "The anesthesiologist medically directed two to four concurrent cases.",
            RuleBasis.HcpcsModifierFile, $"{ModifierFile}; {Pub}, chapter 12, section 50"),
        new("AN-QY", CodeClass.Anesthesia, ["QY"], new InFamily("Anesthesia"),
            "The anesthesiologist medically directed one nurse anesthetist.",
            RuleBasis.HcpcsModifierFile, $"{ModifierFile}; {Pub}, chapter 12, section 50"),
        new("AN-AD", CodeClass.Anesthesia, ["AD"], new InFamily("Anesthesia"),
            "The anesthesiologist supervised more than four concurrent cases (medical supervision, not direction).",
            RuleBasis.HcpcsModifierFile, $"{ModifierFile}; {Pub}, chapter 12, section 50"),
        new("AN-QX", CodeClass.Anesthesia, ["QX"], new InFamily("Anesthesia"),
            "The nurse anesthetist's claim for a case an anesthesiologist medically directed.",
            RuleBasis.HcpcsModifierFile, $"{ModifierFile}; {Pub}, chapter 12, section 140"),
        new("AN-QZ", CodeClass.Anesthesia, ["QZ"], new InFamily("Anesthesia"),
            "The nurse anesthetist's claim for a case without medical direction by a physician.",
            RuleBasis.HcpcsModifierFile, $"{ModifierFile}; {Pub}, chapter 12, section 140"),
        new("AN-MAC", CodeClass.Anesthesia, ["QS", "G8", "G9"], new InFamily("Anesthesia"),
            "Monitored anesthesia care: QS for the service, G8 for a deep, complex or markedly invasive case, G9 for a patient with a severe cardiopulmonary history.",
            RuleBasis.HcpcsModifierFile, $"{ModifierFile}; {Pub}, chapter 12, section 50"),
        new("AN-P", CodeClass.Anesthesia, ["P1", "P2", "P3", "P4", "P5", "P6"], new InFamily("Anesthesia"),
            "The patient's physical status class, from a healthy patient (P1) to a brain-dead organ donor (P6); Medicare adds no units for it.",
            RuleBasis.HcpcsModifierFile, $"{ModifierFile}; {Pub}, chapter 12, section 50"),
        new("AN-23", CodeClass.Anesthesia, ["23"], new InFamily("Anesthesia"),
            "General anesthesia for a procedure that usually needs none or only local anesthesia, because of the patient's circumstances.",
            RuleBasis.CmsManual, $"{Pub}, chapter 12, section 50"),

        // Drugs
        new("DR-JW", CodeClass.Drugs, ["JW"], new LevelIICategory('J'),
            "The part of a single-dose vial or package that was discarded and given to no patient, on its own claim line.",
            RuleBasis.HcpcsModifierFile, $"{ModifierFile}; {Pub}, chapter 17, section 40"),
        new("DR-JZ", CodeClass.Drugs, ["JZ"], new LevelIICategory('J'),
            "Nothing of a single-dose vial or package was discarded: the claim states there was no waste.",
            RuleBasis.HcpcsModifierFile, $"{ModifierFile}; {Pub}, chapter 17, section 40"),

        // DME
        .. DmeRules.Rules,

        // Laboratory
        new("LB-90", CodeClass.Laboratory, ["90"], new OnClfs(),
            "The test was sent to an outside (reference) laboratory and the referring laboratory bills it.",
            RuleBasis.CmsManual, $"{Pub}, chapter 16, section 40.1"),
        new("LB-91", CodeClass.Laboratory, ["91"], new OnClfs(),
            "The same test repeated on the same day to obtain another result, not to confirm or rerun a failed test.",
            RuleBasis.CmsManual, $"{Pub}, chapter 16"),
        new("LB-QW", CodeClass.Laboratory, ["QW"], new ClfsWithModifier(),
            "The test was performed under a CLIA certificate of waiver; only codes the CLFS lists with QW.",
            RuleBasis.Clfs, $"CLFS row of the code with modifier QW; {ModifierFile}"),
        new("LB-92", CodeClass.Laboratory, ["92"], new ClfsWithModifier(),
            "The test was run on an alternative platform (a kit or portable system); only codes the CLFS lists with 92.",
            RuleBasis.Clfs, "CLFS row of the code with modifier 92"),
    ];
}
