using CodeBrief.Warehouse;

namespace CodeBrief.Analytics.Changes;

/// <summary>How one dataset's rows of a code are compared between versions: which rows, under which keys, which fields.</summary>
/// <remarks>One implementation per dataset, registered in <see cref="VersionChanges.Projections"/>. Both versions are read with
/// the same projection from the two stores, so a field is printed the same way before and after.</remarks>
public interface IChangeProjection
{
    /// <summary>Catalogue id of the dataset (<c>pfs-rvu</c>).</summary>
    string Dataset { get; }

    /// <summary>What the dataset is, for people (<c>Physician Fee Schedule RVUs</c>).</summary>
    string Label { get; }

    /// <summary>The rows of <paramref name="code"/> in the version <paramref name="store"/> reads, keys distinct.</summary>
    IReadOnlyList<ComparableRow> Rows(IReferenceStore store, string code);
}
