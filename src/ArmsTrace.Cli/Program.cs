using ArmsTrace.Cli.Commands;

return CommandLineApp.Run(args);
