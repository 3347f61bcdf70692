using Consistency.Cli;

JitProfile.StartFor(args);
return ConsistencyApp.Run(args, CliHost.FromConsole());
