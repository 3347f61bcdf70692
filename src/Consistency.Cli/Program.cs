using Consistency.Cli;

return ConsistencyApp.Run(args, CliHost.FromConsole());
