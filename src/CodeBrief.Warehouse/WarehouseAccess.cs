namespace CodeBrief.Warehouse;

/// <summary>How a command opens the warehouse.</summary>
public enum WarehouseAccess
{
    /// <summary>Reads only: nothing is created or migrated; a missing or older warehouse is an error naming the command that fixes it.</summary>
    ReadOnly,

    /// <summary>Loads data: creates the warehouse when missing and migrates an older schema in one transaction.</summary>
    ReadWrite,
}
