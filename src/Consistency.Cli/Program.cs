using Consistency.Cli;

JitProfile.StartFor(args);
CliHost host;
try
{
    host = CliHost.FromConsole();
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    // The working folder was removed or cannot be read: nothing can be named relative to it.
    Console.Error.WriteLine($"consistency: cannot use the working folder: {e.Message}");
    return ExitCodes.UsageOrInput;
}

try
{
    return ConsistencyApp.Run(args, host); // flushes standard output itself, so a full disk is exit 2
}
finally
{
    FlushQuietly(host);
}

// After Run has reported any failure, a second one while flushing must not turn into an abort.
static void FlushQuietly(CliHost host)
{
    try
    {
        host.Flush();
    }
    catch (IOException)
    {
        // already reported by Run
    }
}
