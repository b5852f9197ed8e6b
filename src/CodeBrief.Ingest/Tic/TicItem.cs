namespace CodeBrief.Ingest.Tic;

/// <summary>One <c>in_network</c> item: a billing code and how it is paid.</summary>
/// <remarks>The reader reuses one instance per item; copy what must outlive <see cref="ITicSink.OnRate"/>.</remarks>
public sealed class TicItem
{
    /// <summary>0-based index of the item in <c>in_network</c> (the fact's row in its <c>SourceRef</c>).</summary>
    public int Index { get; internal set; }

    /// <summary>The billing code(s) as normalised: upper case, one entry per code of a multi-code string.</summary>
    public List<string> Codes { get; } = [];

    /// <summary>The <c>billing_code</c> text exactly as the file gives it.</summary>
    public string BillingCode { get; internal set; } = "";

    /// <summary><c>billing_code_type</c>, upper case (<c>CPT</c>, <c>HCPCS</c>, <c>CSTM-ALL</c>, …).</summary>
    public string BillingCodeType { get; internal set; } = "";

    /// <summary><c>billing_code_type_version</c>; null when missing.</summary>
    public string? BillingCodeTypeVersion { get; internal set; }

    /// <summary><c>name</c>; null when missing.</summary>
    public string? Name { get; internal set; }

    /// <summary><c>description</c>; null when missing.</summary>
    public string? Description { get; internal set; }

    /// <summary>The arrangement; bundle and capitation never enter fee-for-service statistics.</summary>
    public TicArrangement Arrangement { get; internal set; }

    internal void Reset(int index)
    {
        Index = index;
        Codes.Clear();
        BillingCode = "";
        BillingCodeType = "";
        BillingCodeTypeVersion = null;
        Name = null;
        Description = null;
        Arrangement = TicArrangement.FeeForService;
    }
}
