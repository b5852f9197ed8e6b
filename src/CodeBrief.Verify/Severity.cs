namespace CodeBrief.Verify;

/// <summary>How serious a finding is. Ordered so that sorting descending puts errors first.</summary>
public enum Severity
{
    /// <summary>Worth knowing; the page is not wrong.</summary>
    Info = 0,
    /// <summary>Probably wrong or not supported by the loaded data.</summary>
    Warning = 1,
    /// <summary>Established as wrong from a loaded source row.</summary>
    Error = 2,
}
