using System.CommandLine;
using Exposure.Lists.Model;

namespace Exposure.Cli.Commands;

/// <summary>The options that describe a list file being imported: its name, source, licence, and filters.</summary>
public sealed class ListImportOptions
{
    private readonly Option<string> _name = new("--name") { Description = "The list's name as reports show it (default: from the file, or the format's usual name).", HelpName = "text" };
    private readonly Option<string> _sourceUrl = new("--source-url") { Description = "Where the list is published: cited by every entry that names no source of its own (a spreadsheet can say it in a '# source: URL' line).", HelpName = "url" };
    private readonly Option<string> _sourceTitle = new("--source-title") { Description = "The title of that source.", HelpName = "text" };
    private readonly Option<string> _publisher = new("--publisher") { Description = "Who publishes the list.", HelpName = "text" };
    private readonly Option<string> _licence = new("--licence") { Description = "The licence the list is published under (stated in every report that uses it).", HelpName = "text" };
    private readonly Option<string> _date = new("--date") { Description = "The list's date (YYYY-MM-DD), where the file does not state it; default: the file's modification date.", HelpName = "date" };
    private readonly Option<string> _sourceKind = new("--source-kind") { Description = $"What kind of source the list is: {string.Join(", ", Core.Reference.SourceKinds.All)}.", HelpName = "kind" };
    private readonly Option<string> _format = new("--format", "-f") { Description = $"Read the file as this format instead of detecting it: {string.Join(", ", ListFormats.All)}.", HelpName = "format" };
    private readonly Option<string[]> _datasets = new("--dataset") { Description = "OpenSanctions: keep only entities in this dataset (repeatable), e.g. us_dhs_uflpa.", HelpName = "name", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string[]> _topics = new("--topic") { Description = "OpenSanctions: keep only entities with this topic (repeatable), e.g. sanction.", HelpName = "topic", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string[]> _programs = new("--program") { Description = "OFAC, CSL, OpenSanctions: keep only entries under this program or source list (repeatable), e.g. CMIC-EO13959.", HelpName = "code", AllowMultipleArgumentsPerToken = true };

    public void AddTo(Command command)
    {
        foreach (var o in new Option[] { _name, _sourceUrl, _sourceTitle, _publisher, _licence, _date, _sourceKind, _format, _datasets, _topics, _programs })
            command.Options.Add(o);
    }

    public ImportOptions From(ParseResult parse) => new(
        parse.GetValue(_name),
        parse.GetValue(_sourceUrl),
        parse.GetValue(_sourceTitle),
        parse.GetValue(_publisher),
        parse.GetValue(_licence),
        parse.GetValue(_date),
        parse.GetValue(_sourceKind),
        parse.GetValue(_format),
        parse.GetValue(_datasets),
        parse.GetValue(_topics),
        parse.GetValue(_programs));
}
