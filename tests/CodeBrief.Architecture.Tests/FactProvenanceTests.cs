using System.Reflection;
using CodeBrief.Core.Provenance;
using CodeBrief.Dossier;
using CodeBrief.Dossier.Facts;

namespace CodeBrief.Architecture.Tests;

/// <summary>
/// The one rule in code: every fact the dossier holds says where it came from. Each public record in the Dossier's
/// <c>Facts</c> namespace must expose a <see cref="SourceRef"/> (or a collection of them).
/// </summary>
public sealed class FactProvenanceTests
{
    private static readonly string FactsNamespace = typeof(TaxonomyFact).Namespace!; // a type in a namespace always has one

    public static TheoryData<string> FactRecords()
    {
        var data = new TheoryData<string>();
        foreach (var type in Records()) data.Add(type.FullName!); // a named public type has a full name
        return data;
    }

    [Theory]
    [MemberData(nameof(FactRecords))]
    public void FactRecord_HasSourceRefProperty(string typeName)
    {
        var type = typeof(CodeDossier).Assembly.GetType(typeName, throwOnError: true)!; // throwOnError: never null
        HasSourceRef(type).ShouldBeTrue($"{type.Name} is a fact without a SourceRef (or collection of SourceRef) property.");
    }

    [Fact]
    public void FactsNamespace_HoldsTheKnownFactRecords()
    {
        var names = Records().Select(t => t.Name).ToList();
        names.ShouldContain(nameof(TaxonomyFact));
        names.ShouldContain(nameof(DiagnosisFact));
        names.ShouldContain(nameof(UtilizationFact));
        names.ShouldContain(nameof(PfsEntry));
    }

    [Fact]
    public void HasSourceRef_RecordWithoutProvenance_IsFalse() => HasSourceRef(typeof(DossierSource)).ShouldBeFalse();

    private static IEnumerable<Type> Records() => typeof(CodeDossier).Assembly.GetExportedTypes()
        .Where(t => t.Namespace == FactsNamespace && IsRecord(t))
        .OrderBy(t => t.Name, StringComparer.Ordinal);

    /// <summary>Records compile to a class with a compiler-generated clone method, or a struct with a generated PrintMembers.</summary>
    private static bool IsRecord(Type type) =>
        type.GetMethod("<Clone>$") is not null
        || (type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.Instance | BindingFlags.NonPublic) is not null);

    private static bool HasSourceRef(Type type) =>
        type.GetProperties(BindingFlags.Instance | BindingFlags.Public).Any(p => IsSourceRefType(p.PropertyType));

    private static bool IsSourceRefType(Type type)
    {
        if (type == typeof(SourceRef) || Nullable.GetUnderlyingType(type) == typeof(SourceRef)) return true;
        return type != typeof(string) && type.GetInterfaces().Append(type)
            .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>) && IsSourceRefType(i.GetGenericArguments()[0]));
    }
}
