using System.CommandLine;
using Exposure.Readers.Reference;

namespace Exposure.Cli.Commands;

/// <summary><c>exposure reference check</c>: validates a flagged-company list folder before anyone screens against it.</summary>
public static class ReferenceCommand
{
    public static Command Create(CommandContext context)
    {
        var folder = new Option<string>("--reference")
        {
            Description = "The list folder to check (companies.csv, names.csv, allegations.csv, identifier_sources.csv, exchanges.csv, exchange_aliases.csv, VERSION). Default: the bundled reference-data.",
            HelpName = "folder",
        };
        var check = new Command("check", "Check every rule the list must keep (check digits, ids, parents, a source for every allegation and identifier) and print what it holds.") { folder };
        check.SetAction(parse =>
        {
            var path = Path.GetFullPath(parse.GetValue(folder) ?? BundledData.ReferenceFolder);
            var data = ReferenceDataLoader.Load(path);
            var byBasis = data.Companies.GroupBy(c => Core.Reporting.Wording.Code(c.Basis)).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Count()} {g.Key}");
            context.Output.WriteLine($"{path}: version {data.Version}, valid{(IsBuiltIn(path) ? " (the list built into this program)" : "")}");
            context.Output.WriteLine($"  {data.Companies.Count} companies ({string.Join(", ", byBasis)}), {data.Names.Count} names, " +
                $"{data.Allegations.Count} allegations, {data.IdentifierSources.Count} identifier sources, {data.Exchanges.All.Count} exchanges");
            context.Output.WriteLine($"  {data.Companies.Count(c => c.ReviewNote.Length > 0)} companies carry a review note: read them before publishing");
            return ExitCodes.Ok;
        });
        return new Command("reference", "Work with the flagged-company list.") { check };
    }

    private static bool IsBuiltIn(string path) => string.Equals(
        Path.TrimEndingDirectorySeparator(path),
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(BundledData.ReferenceFolder)),
        OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
