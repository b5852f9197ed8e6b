namespace CodeBrief.Ingest.Hcpcs;

/// <summary>The record types (<c>RECID</c>) of the HCPCS Level II alpha-numeric file that CodeBrief loads.</summary>
public enum HcpcsRecord
{
    /// <summary><c>RECID</c> 3: a HCPCS Level II procedure or supply code.</summary>
    Code = 3,

    /// <summary><c>RECID</c> 7: a HCPCS Level II modifier (right-justified in the <c>HCPC</c> column).</summary>
    Modifier = 7,
}
