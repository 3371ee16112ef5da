using System.CommandLine;

namespace Exposure.Cli.Commands;

/// <summary><c>exposure help [command…]</c>: the same text as <c>--help</c>, for the program or any command.</summary>
public static class HelpCommand
{
    public static Command Create(RootCommand root, InvocationConfiguration config)
    {
        var path = new Argument<string[]>("command")
        {
            Description = "The command to explain, e.g. report, or list import. Without it, the program's commands.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var help = new Command("help", "Explain a command and its options, e.g. 'exposure help report'.") { path };
        help.SetAction(parse =>
        {
            var words = parse.GetValue(path) ?? [];
            Command command = root;
            foreach (var word in words)
            {
                command = command.Subcommands.FirstOrDefault(c => c.Name == word || c.Aliases.Contains(word))
                    ?? throw new UsageException(command == root ? $"unknown command '{word}'" : $"'{command.Name}' has no command '{word}'");
            }

            return root.Parse([.. words, "--help"]).Invoke(config);
        });
        return help;
    }
}
