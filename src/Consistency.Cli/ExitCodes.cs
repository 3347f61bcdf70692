namespace Consistency.Cli;

/// <summary>What the process tells its caller.</summary>
public static class ExitCodes
{
    /// <summary>No error-severity finding.</summary>
    public const int Clean = 0;

    /// <summary>At least one error-severity finding.</summary>
    public const int ErrorsFound = 1;

    /// <summary>Bad usage, unreadable input or broken configuration.</summary>
    public const int UsageOrInput = 2;
}
