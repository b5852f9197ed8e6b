namespace CodeBrief.Verify.Page;

/// <summary>What a table column holds, read from its header.</summary>
public enum ColumnRole
{
    /// <summary>Anything else (notes, when to use).</summary>
    Other,
    /// <summary>Codes of the set given by <see cref="PageColumn.CodeSet"/>.</summary>
    Code,
    /// <summary>The text that claims what the code means (description, specialty, meaning).</summary>
    Description,
    /// <summary>The claimed relationship of a related code to the subject.</summary>
    Relationship,
    /// <summary>Money amounts (rate, fee, payment).</summary>
    Amount,
    /// <summary>Which payer a row is about.</summary>
    Payer,
}
