using System.Text.Json;
using System.Text.Json.Serialization;
using CodeBrief.Core.Errors;

namespace CodeBrief.Sources.Payers;

/// <summary>
/// The payers CodeBrief knows with their table-of-contents entry points: <c>Payers/payers.json</c> shipped inside
/// CodeBrief, extended by a <c>payers.json</c> of the same shape in the home (new payers are added; a payer of the same
/// name gains the home file's entry points, listed first).
/// </summary>
public sealed class PayerDirectory
{
    /// <summary>The file name of the home's extension.</summary>
    public const string HomeFileName = "payers.json";

    private const string Resource = "CodeBrief.Sources.Payers.payers.json";

    private PayerDirectory(IReadOnlyList<Payer> payers) => Payers = payers;

    /// <summary>Every payer, in the shipped file's order, then the home's additions.</summary>
    public IReadOnlyList<Payer> Payers { get; }

    /// <summary>The shipped list, extended by <c>HOME/payers.json</c> when <paramref name="home"/> holds one.</summary>
    /// <exception cref="InputFormatException">The home's file is not a payer list.</exception>
    public static PayerDirectory Load(string? home)
    {
        using var stream = typeof(PayerDirectory).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The resource {Resource} is missing from the build.");
        var payers = Parse(stream, "payers.json (shipped)").ToList();
        var extra = home is null ? null : Path.Combine(home, HomeFileName);
        if (extra is not null && File.Exists(extra))
        {
            using var file = File.OpenRead(extra);
            foreach (var payer in Parse(file, extra))
            {
                var at = payers.FindIndex(p => p.Name.Equals(payer.Name, StringComparison.OrdinalIgnoreCase));
                if (at < 0)
                {
                    payers.Add(payer);
                    continue;
                }
                var old = payers[at];
                var points = payer.EntryPoints.Concat(old.EntryPoints.Where(o => !payer.EntryPoints.Any(n => n.Url == o.Url))).ToList();
                payers[at] = old with
                {
                    Family = payer.Family ?? old.Family,
                    Aliases = [.. (old.Aliases ?? []).Concat(payer.Aliases ?? []).Distinct(StringComparer.OrdinalIgnoreCase)],
                    EntryPoints = points,
                };
            }
        }
        return new PayerDirectory(payers);
    }

    /// <summary>
    /// The payer <paramref name="name"/> names: by name or alias, else the one payer whose name or alias contains it.
    /// </summary>
    /// <exception cref="UsageException">No payer, or several, match.</exception>
    public Payer Find(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var exact = Payers.Where(p => p.IsNamed(name.Trim())).ToList();
        if (exact.Count == 1) return exact[0];
        var partial = Payers.Where(p => p.Mentions(name.Trim())).ToList();
        if (partial.Count == 1) return partial[0];
        if (partial.Count == 0)
            throw new UsageException($"No known payer is named \"{name}\". `codebrief payers` lists them; add one in {HomeFileName} in the home, or pass --toc URL.");
        throw new UsageException($"\"{name}\" matches {partial.Count} payers: {string.Join("; ", partial.Take(8).Select(p => p.Name))}{(partial.Count > 8 ? "; …" : "")}. Give the full name.");
    }

    private static IEnumerable<Payer> Parse(Stream stream, string name)
    {
        PayerFile? file;
        try
        {
            file = JsonSerializer.Deserialize<PayerFile>(stream);
        }
        catch (JsonException e)
        {
            throw new InputFormatException(name, InputErrorKind.MalformedJson, $"expected a payer list ({{\"payers\": [...]}}), found malformed JSON: {e.Message}",
                new InputLocation(JsonPath: e.Path ?? "$", Line: e.LineNumber + 1));
        }
        foreach (var payer in file?.Payers ?? [])
        {
            if (string.IsNullOrWhiteSpace(payer.Name) || payer.EntryPoints is null || payer.EntryPoints.Any(e => string.IsNullOrWhiteSpace(e.Url) || string.IsNullOrWhiteSpace(e.Kind)))
                throw new InputFormatException(name, InputErrorKind.MissingField, "expected every payer to have a name and entry points with a kind and a url",
                    new InputLocation(JsonPath: "$.payers"));
            yield return payer;
        }
    }

    private sealed record PayerFile([property: JsonPropertyName("payers")] IReadOnlyList<Payer>? Payers);
}
