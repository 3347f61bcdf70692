namespace Consistency.Cli;

/// <summary>
/// The report could not be written where it was going (standard output on a full disk, a closed
/// pipe): a failure of the destination, exit code 2, not a defect of the tool (exit 3).
/// </summary>
public sealed class ReportWriteException : IOException
{
    public ReportWriteException()
    {
    }

    public ReportWriteException(string message)
        : base(message)
    {
    }

    public ReportWriteException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
