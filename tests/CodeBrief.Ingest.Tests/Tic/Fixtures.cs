namespace CodeBrief.Ingest.Tests.Tic;

/// <summary>Small hand-made in-network files with the quirks real files have.</summary>
internal static class Fixtures
{
    /// <summary>
    /// provider_references after in_network, an upper-case NPI key, a multi-code billing_code, CSTM-ALL, a percentage,
    /// a US-format date, an empty date, and billing_code after negotiated_rates.
    /// </summary>
    public const string Quirky = """
    {
      "reporting_entity_name": "Quirky Health",
      "reporting_entity_type": "health insurance issuer",
      "version": "1.3.1",
      "in_network": [
        {
          "negotiation_arrangement": "ffs",
          "name": "Office visit",
          "billing_code_type": "CPT",
          "billing_code_type_version": "2025",
          "billing_code": "99213",
          "description": "office visit",
          "negotiated_rates": [
            {
              "provider_references": [7],
              "negotiated_prices": [
                {
                  "negotiated_type": "negotiated",
                  "negotiated_rate": 150.00,
                  "expiration_date": "12/31/2025",
                  "service_code": ["11", "02"],
                  "billing_class": "professional"
                },
                {
                  "negotiated_type": "percentage",
                  "negotiated_rate": 40.5,
                  "expiration_date": "",
                  "billing_class": "institutional"
                }
              ]
            }
          ]
        },
        {
          "negotiation_arrangement": "ffs",
          "name": "Visits",
          "billing_code_type": "CPT",
          "billing_code_type_version": "2025",
          "negotiated_rates": [
            { "provider_references": [7], "negotiated_prices": [ { "negotiated_type": "negotiated", "negotiated_rate": 99.5, "expiration_date": "9999-12-31", "billing_class": "professional", "billing_code_modifier": ["26"] } ] }
          ],
          "billing_code": "99213,99214",
          "description": "visits"
        },
        {
          "negotiation_arrangement": "ffs",
          "name": "All services",
          "billing_code_type": "CSTM-ALL",
          "billing_code_type_version": "2025",
          "billing_code": "CSTM-ALL",
          "description": "all",
          "negotiated_rates": [
            { "provider_references": [7], "negotiated_prices": [ { "negotiated_type": "fee schedule", "negotiated_rate": 12, "expiration_date": "2026-01-31", "billing_class": "both" } ] }
          ]
        }
      ],
      "provider_references": [
        { "provider_group_id": 7, "provider_groups": [ { "NPI": [1234567893], "tin": { "type": "ein", "value": "12-3456789" } } ] },
        { "provider_group_id": 8, "provider_groups": [ { "npi": [1111111111], "tin": { "type": "ein", "value": "98-7654321" } } ] }
      ],
      "last_updated_on": "2025-01-01"
    }
    """;
}
