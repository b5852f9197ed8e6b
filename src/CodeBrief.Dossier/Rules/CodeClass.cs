namespace CodeBrief.Dossier.Rules;

/// <summary>The code classes the modifier rule table is organised by, in the order the table tries them.</summary>
public static class CodeClass
{
    /// <summary>Evaluation and management services (CPT 99202-99499).</summary>
    public const string EvaluationAndManagement = "E/M";

    /// <summary>Procedures with a global surgical period.</summary>
    public const string GlobalSurgery = "Global surgery";

    /// <summary>Codes an NCCI PTP edit lets a modifier bypass.</summary>
    public const string DistinctService = "Distinct procedural service";

    /// <summary>Codes whose PFS row has a bilateral surgery indicator.</summary>
    public const string Bilateral = "Bilateral";

    /// <summary>Codes whose PFS row allows assistants, co-surgeons or a surgical team.</summary>
    public const string Surgeons = "Assistant, co- and team surgery";

    /// <summary>Codes the PFS multiple procedure rule reduces.</summary>
    public const string MultipleProcedure = "Multiple procedures";

    /// <summary>Codes with professional and technical components priced on their own PFS rows.</summary>
    public const string Components = "Professional/technical component";

    /// <summary>Anesthesia services (CPT 00100-01999).</summary>
    public const string Anesthesia = "Anesthesia";

    /// <summary>Drugs billed under HCPCS J codes.</summary>
    public const string Drugs = "Drugs";

    /// <summary>Durable medical equipment.</summary>
    public const string Dme = "DME";

    /// <summary>Clinical laboratory tests.</summary>
    public const string Laboratory = "Laboratory";

    /// <summary>Every class, in table order.</summary>
    public static readonly IReadOnlyList<string> All =
        [EvaluationAndManagement, GlobalSurgery, DistinctService, Bilateral, Surgeons, MultipleProcedure, Components, Anesthesia, Drugs, Dme, Laboratory];
}
