namespace Consistency.Cli;

/// <summary>What the process tells its caller.</summary>
public static class ExitCodes
{
    /// <summary>No error-severity finding.</summary>
    public const int Clean = 0;

    /// <summary>At least one error-severity finding.</summary>
    public const int ErrorsFound = 1;

    /// <summary>Bad usage, unreadable input, broken configuration, or a report that cannot be written.</summary>
    public const int UsageOrInput = 2;

    /// <summary>A defect of the tool or no memory left: nothing in the report can be trusted, and it is not a finding.</summary>
    public const int InternalError = 3;
}
