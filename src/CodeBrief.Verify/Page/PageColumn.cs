namespace CodeBrief.Verify.Page;

/// <summary>One column of a page table: its header text and what the header says it holds.</summary>
/// <param name="Header">Header text as written.</param>
/// <param name="Role">What the column holds.</param>
/// <param name="CodeSet">For <see cref="ColumnRole.Code"/> columns, the code set; otherwise null.</param>
public sealed record PageColumn(string Header, ColumnRole Role, CodeSet? CodeSet)
{
    /// <summary>True for a bare <c>Code</c> header: the set of each cell is read from the code's shape.</summary>
    public bool IsGeneric => Header.Trim().Equals("Code", StringComparison.OrdinalIgnoreCase) || Header.Trim().Equals("Codes", StringComparison.OrdinalIgnoreCase);

    /// <summary>Classifies a header: <c>Modifier</c>, <c>Taxonomy Code</c>, <c>ICD-10 Code</c>, <c>CPT Code</c>, <c>Description</c> …</summary>
    public static PageColumn FromHeader(string header)
    {
        var h = header.Trim().ToUpperInvariant();
        if (ForeignSet(h) is { } foreign) return new(header, ColumnRole.Code, foreign);
        if (h.Contains("MODIFIER", StringComparison.Ordinal) && !h.Contains("DESCRIPTION", StringComparison.Ordinal))
            return new(header, ColumnRole.Code, Page.CodeSet.Modifier);
        if (h.Contains("TAXONOMY", StringComparison.Ordinal))
            return new(header, ColumnRole.Code, Page.CodeSet.Taxonomy);
        if (h.Contains("ICD", StringComparison.Ordinal) || (h.Contains("DIAGNOS", StringComparison.Ordinal) && h.Contains("CODE", StringComparison.Ordinal)))
            return new(header, ColumnRole.Code, Page.CodeSet.Icd10Cm);
        if (h.Contains("CPT", StringComparison.Ordinal) || h.Contains("HCPCS", StringComparison.Ordinal) || h.Contains("PROCEDURE CODE", StringComparison.Ordinal)
            || h is "CODE" or "CODES" or "BILLING CODE")
            return new(header, ColumnRole.Code, Page.CodeSet.Procedure);
        if (h.Contains("RELATIONSHIP", StringComparison.Ordinal) || h.Contains("RELATION", StringComparison.Ordinal))
            return new(header, ColumnRole.Relationship, null);
        if (h.Contains("DESCRIPT", StringComparison.Ordinal) || h.Contains("SPECIALTY", StringComparison.Ordinal) || h.Contains("MEANING", StringComparison.Ordinal)
            || h == "NAME" || h == "CLASS" || h.Contains("CLASSIFICATION", StringComparison.Ordinal) || h.Contains("DIAGNOSIS", StringComparison.Ordinal)
            || h is "TEST" or "TEST NAME" or "SERVICE" or "LEVEL" or "PROCEDURE" or "DEFINITION" or "TERM" or "ITEM" or "DEVICE" or "CONDITION" or "PROVIDER TYPE")
            return new(header, ColumnRole.Description, null);
        if (h.Contains("PAYER", StringComparison.Ordinal) || h.Contains("PLAN", StringComparison.Ordinal))
            return new(header, ColumnRole.Payer, null);
        if (h.Contains("RATE", StringComparison.Ordinal) || h.Contains("AMOUNT", StringComparison.Ordinal) || h.Contains("FEE", StringComparison.Ordinal)
            || h.Contains("PAYMENT", StringComparison.Ordinal) || h.Contains("PRICE", StringComparison.Ordinal) || h.Contains("ALLOWED", StringComparison.Ordinal)
            || h.Contains('$', StringComparison.Ordinal) || h.Contains("NATIONAL", StringComparison.Ordinal) || h.Contains("MEDICARE", StringComparison.Ordinal)
            || h.Contains("REIMBURSE", StringComparison.Ordinal) || h.Contains("LIMIT", StringComparison.Ordinal) || h.Contains("LOCALIT", StringComparison.Ordinal)
            || h.Contains("COST", StringComparison.Ordinal) || h.Contains("CHARGE", StringComparison.Ordinal))
            return new(header, ColumnRole.Amount, null);
        return new(header, ColumnRole.Other, null);
    }

    /// <summary>
    /// The code system a header or heading names that no loaded source holds (place of service, LOINC, SNOMED CT, NDC,
    /// revenue codes, DAW, ICD-9-CM), or null. Its codes are listed as not verifiable, never read as CPT.
    /// </summary>
    internal static CodeSet? ForeignSet(string upper)
    {
        var h = " " + upper.Replace('-', ' ').Replace('/', ' ').Replace('(', ' ').Replace(')', ' ') + " ";
        if (h.Contains(" POS ", StringComparison.Ordinal) || h.Contains("PLACE OF SERVICE", StringComparison.Ordinal)) return Page.CodeSet.PlaceOfService;
        if (h.Contains("LOINC", StringComparison.Ordinal)) return Page.CodeSet.Loinc;
        if (h.Contains("SNOMED", StringComparison.Ordinal) || h.Contains(" SCTID", StringComparison.Ordinal)) return Page.CodeSet.Snomed;
        if (h.Contains(" NDC", StringComparison.Ordinal) || h.Contains("NATIONAL DRUG CODE", StringComparison.Ordinal)) return Page.CodeSet.Ndc;
        if (h.Contains("REVENUE", StringComparison.Ordinal) || h.Contains(" REV CODE", StringComparison.Ordinal)) return Page.CodeSet.Revenue;
        if (h.Contains(" DAW ", StringComparison.Ordinal) || h.Contains("DISPENSE AS WRITTEN", StringComparison.Ordinal)) return Page.CodeSet.Daw;
        // "ICD-9 code" alone; a header naming both ("ICD-10-CM (ICD-9-CM)") holds ICD-10-CM codes with their old equivalents beside them.
        if ((h.Contains("ICD 9", StringComparison.Ordinal) || h.Contains("ICD9", StringComparison.Ordinal)) && !h.Contains("ICD 10", StringComparison.Ordinal) && !h.Contains("ICD10", StringComparison.Ordinal)) return Page.CodeSet.Icd9Cm;
        return null;
    }
}
