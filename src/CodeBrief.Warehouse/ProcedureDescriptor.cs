using CodeBrief.Core.Provenance;

namespace CodeBrief.Warehouse;

/// <summary>One descriptor of a procedure code as one loaded file prints it, for indexing descriptors across every code.</summary>
/// <param name="Code">The code.</param>
/// <param name="Kind">Which descriptor it is: <see cref="Pfs"/>, <see cref="ClfsShort"/>, <see cref="ClfsLong"/>, <see cref="HcpcsLong"/> or <see cref="HcpcsShort"/>.</param>
/// <param name="Text">The descriptor, verbatim.</param>
/// <param name="Source">The row.</param>
public sealed record ProcedureDescriptor(string Code, string Kind, string Text, SourceRef Source)
{
    /// <summary>The PFS RVU file's descriptor of the code's global row.</summary>
    public const string Pfs = "pfs";

    /// <summary>The CLFS short descriptor (SHORTDESC).</summary>
    public const string ClfsShort = "clfs-short";

    /// <summary>The CLFS plain-language long descriptor (LONGDESC), which names the test family in lay words.</summary>
    public const string ClfsLong = "clfs-long";

    /// <summary>The HCPCS Level II short descriptor.</summary>
    public const string HcpcsShort = "hcpcs-short";

    /// <summary>The HCPCS Level II long descriptor.</summary>
    public const string HcpcsLong = "hcpcs-long";
}
