using System.Globalization;
using Exposure.Cli;
using Exposure.Cli.Terminal;

// The library writes every file with the invariant culture; the terminal output follows it, whatever the machine's.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;

return ExposureCli.Run(args, Console.Out, Console.Error, terminal: TerminalInfo.FromConsole());
