using Consistency.Cli;

JitProfile.StartFor(args);
var host = CliHost.FromConsole();
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
