using CodeBrief.Ingest.NcciAoc;
using CodeBrief.Ingest.NcciPtp;

namespace CodeBrief.Verify.Checks;

/// <summary>The active NCCI edits (no deletion date) a check asks about, picked from the store's rows of one code.</summary>
internal static class NcciEdits
{
    /// <summary>Active add-on edits where <paramref name="addOn"/> is the add-on code, by primary code.</summary>
    public static IEnumerable<AddOnEditRow> PrimariesOf(VerifyContext c, string addOn) =>
        c.Reference.AddOns(addOn).Where(e => e.AddOnCode == addOn && IsActive(e.DeletionDate));

    /// <summary>Active add-on edits where <paramref name="primary"/> is the primary code, by add-on code.</summary>
    public static IEnumerable<AddOnEditRow> AddOnsOf(VerifyContext c, string primary) =>
        c.Reference.AddOns(primary).Where(e => e.PrimaryCode == primary && IsActive(e.DeletionDate));

    /// <summary>Active PTP edits between the subject and <paramref name="other"/>, in either column order, by setting.</summary>
    public static IEnumerable<PtpEditRow> WithSubject(VerifyContext c, string other) =>
        c.SubjectPtp.Where(e => ((e.Column1 == c.Subject && e.Column2 == other) || (e.Column1 == other && e.Column2 == c.Subject)) && IsActive(e.DeletionDate));

    private static bool IsActive(string? deletionDate) => string.IsNullOrWhiteSpace(deletionDate);
}
