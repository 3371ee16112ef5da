using Exposure.Cli;

return ExposureCli.Run(args, Console.Out, Console.Error);
