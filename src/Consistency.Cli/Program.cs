using Consistency.Cli;

JitProfile.StartFor(args);
var host = CliHost.FromConsole();
try
{
    return ConsistencyApp.Run(args, host);
}
finally
{
    host.Flush();
}
