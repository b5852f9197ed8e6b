using CodeBrief.Analytics.Medicare;
using CodeBrief.Core.Codes;
using CodeBrief.Core.Provenance;
using CodeBrief.Dossier.Facts;
using CodeBrief.Ingest.AspPricing;
using CodeBrief.Ingest.PfsAnesthesia;

namespace CodeBrief.Dossier;

// The Medicare payment systems beside the PFS and CLFS: anesthesia, hospital outpatient (OPPS), ASC, Part B drugs (ASP).
public sealed partial class DossierBuilder
{
    private IReadOnlyList<PfsAnesthesiaRow>? _anesthesiaFactors;

    private IReadOnlyList<PfsAnesthesiaRow> AnesthesiaRows => _anesthesiaFactors ??= _reference.AnesthesiaConversionFactors();

    /// <summary>
    /// The anesthesia conversion factor of one locality, by carrier (MAC) and locality number (leading zeros optional);
    /// null when the loaded <c>ANES*.csv</c> has no such locality or none is loaded. For <c>--zip</c>/<c>--locality</c>.
    /// </summary>
    public AnesthesiaLocality? AnesthesiaFactorOf(string carrier, string locality) => AnesthesiaPricing.Locality(AnesthesiaRows, carrier, locality);

    /// <summary>The anesthesia fact of an anesthesia code; null for any other code.</summary>
    private AnesthesiaFact? ReadAnesthesia(HcpcsCode code) => code.IsAnesthesia
        ? new AnesthesiaFact(AnesthesiaPricing.Formula, _reference.AnesthesiaBaseUnits(code.Value).FirstOrDefault(), AnesthesiaPricing.Factors(AnesthesiaRows))
        : null;

    private List<OppsFact> ReadOpps(string code) =>
        [.. _reference.Opps(code).Select(r => new OppsFact(r, OutpatientIndicators.OppsStatus(r.StatusIndicator)))];

    private List<AscFact> ReadAsc(string code) =>
        [.. _reference.Asc(code).Select(r => new AscFact(r, OutpatientIndicators.AscPayment(r.PaymentIndicator)))];

    private List<AspPriceRow> ReadAsp(string code) => [.. _reference.Asp(code)];

    /// <summary>Every source the payment-system facts cite.</summary>
    private static IEnumerable<SourceRef> PaymentSystemSources(AnesthesiaFact? anesthesia, List<OppsFact> opps, List<AscFact> asc, List<AspPriceRow> asp)
    {
        foreach (var s in anesthesia?.Sources ?? []) yield return s;
        foreach (var o in opps) yield return o.Row.Source;
        if (opps.Count > 0) yield return OutpatientIndicators.OppsWording;
        foreach (var a in asc) yield return a.Row.Source;
        if (asc.Count > 0) yield return OutpatientIndicators.AscWording;
        foreach (var a in asp) yield return a.Source;
    }
}
