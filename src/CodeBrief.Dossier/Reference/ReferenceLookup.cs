using CodeBrief.Core.Codes;
using CodeBrief.Ingest.Icd10cm;
using CodeBrief.Ingest.Nucc;
using CodeBrief.Warehouse;

namespace CodeBrief.Dossier.Reference;

/// <summary>Looks up an ICD-10-CM code, a NUCC taxonomy code or a modifier in the warehouse.</summary>
/// <param name="store">The loaded code sets.</param>
public sealed class ReferenceLookup(IReferenceStore store)
{
    /// <summary>The ICD-10-CM row, or null when the loaded file lacks the code.</summary>
    public IcdRow? Icd(IcdCode code) => store.Icd(code.Value);

    /// <summary>The NUCC row, or null when the loaded file lacks the code.</summary>
    public NuccRow? Taxonomy(TaxonomyCode code) => store.Taxonomy(code.Value);

    /// <summary>The modifier entry, or null when neither the modifier list nor any PFS/CLFS row has it.</summary>
    public ModifierEntry? Modifier(ModifierCode code)
    {
        var use = store.ModifierUse(code.Value);
        if (store.Modifier(code.Value) is { } row)
            return new ModifierEntry(code.Value, row.LongDescription, row.ShortDescription, row.Source, use.PfsRows, use.ClfsRows);
        return use.Any ? new ModifierEntry(code.Value, null, null, null, use.PfsRows, use.ClfsRows) : null;
    }
}
