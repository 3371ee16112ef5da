using Exposure.Core.Holdings;
using Exposure.Pipeline;

namespace Exposure.Cli.Commands;

/// <summary>
/// The per-file options of <c>exposure report</c>: <c>--mapping</c>, <c>--fund-name</c>, <c>--as-of</c> and
/// <c>--sheet</c>, each <c>FILE=VALUE</c> for one holdings file or <c>VALUE</c> alone for every file (a name or a sheet
/// alone only when there is one file). FILE is a <c>--holdings</c> file as given, or its file name when that names one file. A value whose text before
/// the first <c>=</c> names no holdings file is a value for every file. With <c>--portfolio</c>, <c>--sheet</c> takes the
/// same form, FILE being a file the portfolio file names, as it names it (relative to the portfolio file), or its file name.
/// </summary>
internal static class PerFile
{
    private static readonly FileSet HoldingsFiles = new("--holdings files", "as in --holdings");
    private static readonly FileSet PortfolioFiles = new("files the portfolio file names", "as the portfolio file names it");

    public static IReadOnlyList<HoldingsInput> Inputs(
        IReadOnlyList<string> holdings, IReadOnlyList<string> mappings, IReadOnlyList<string> names, IReadOnlyList<string> dates, IReadOnlyList<string>? sheets = null)
    {
        var mapping = Values("--mapping", HoldingsFiles, holdings, mappings, allowAll: true);
        var name = Values("--fund-name", HoldingsFiles, holdings, names, allowAll: holdings.Count == 1);
        var asOf = Values("--as-of", HoldingsFiles, holdings, dates, allowAll: true);
        var sheet = Values("--sheet", HoldingsFiles, holdings, sheets ?? [], allowAll: holdings.Count == 1);
        return holdings.Select((file, i) => new HoldingsInput(
                file,
                file,
                mapping.GetValueOrDefault(i),
                FundName: name.GetValueOrDefault(i),
                AsOf: asOf.GetValueOrDefault(i) is { } date ? ReportSettings.Date("--as-of", date) : null,
                GivenBy: MetadataOrigin.CommandLine,
                Sheet: sheet.GetValueOrDefault(i)))
            .ToList();
    }

    /// <summary>
    /// A portfolio's holdings inputs with the sheets <c>--sheet</c> chooses for its workbooks: <c>FILE=SHEET</c> for a file
    /// the portfolio names (every holding that names the file and no sheet of its own reads that sheet), <c>SHEET</c> alone
    /// when it names one file. A holding that names its sheet in the portfolio file reads that sheet; <c>--sheet</c> for a
    /// file whose every holding names its own sheet would change nothing, and is an error.
    /// </summary>
    public static IReadOnlyList<HoldingsInput> Sheets(IReadOnlyList<HoldingsInput> inputs, IReadOnlyList<string> sheets)
    {
        if (sheets.Count == 0) return inputs;
        var files = inputs.Select(i => i.DisplayName).Distinct(StringComparer.Ordinal).ToList();
        var sheet = Values("--sheet", PortfolioFiles, files, sheets, allowAll: files.Count == 1);
        foreach (var (index, value) in sheet)
            if (inputs.Where(i => i.DisplayName == files[index]).All(i => i.Sheet is not null))
                throw new UsageException($"--sheet {files[index]}={value}: every holding that names {files[index]} names its own sheet in the portfolio file ('sheet'), which is read");
        return inputs.Select(i => i.Sheet is null && sheet.TryGetValue(files.IndexOf(i.DisplayName), out var s) ? i with { Sheet = s } : i).ToList();
    }

    /// <summary>The value for each file (by its index): a value for one file wins over a value for every file.</summary>
    private static Dictionary<int, string> Values(string option, FileSet set, IReadOnlyList<string> files, IReadOnlyList<string> given, bool allowAll)
    {
        var result = new Dictionary<int, string>();
        string? forAll = null;
        foreach (var text in given)
        {
            var equals = text.IndexOf('=', StringComparison.Ordinal);
            var file = equals > 0 ? Find(set, files, text[..equals]) : null;
            if (file is { } index)
            {
                var value = text[(equals + 1)..].Trim();
                if (value.Length == 0) throw new UsageException($"{option} {text}: nothing is given after '='");
                if (result.TryGetValue(index, out var earlier) && earlier != value)
                    throw new UsageException($"{option}: {files[index]} is given twice ('{earlier}' and '{value}')");
                result[index] = value;
                continue;
            }
            if (equals > 0 && !allowAll)
                throw new UsageException($"{option} {text}: '{text[..equals]}' is not one of the {set.Word}");
            if (!allowAll)
                throw new UsageException($"{option} {text}: with several {set.Word}, say which file: {option} FILE=VALUE");
            if (text.Trim().Length == 0) throw new UsageException($"{option}: an empty value");
            if (forAll is not null && forAll != text) throw new UsageException($"{option}: two values for every file ('{forAll}' and '{text}'); say which file each is for: {option} FILE=VALUE");
            forAll = text.Trim();
        }
        if (forAll is not null)
            for (var i = 0; i < files.Count; i++) result.TryAdd(i, forAll);
        return result;
    }

    /// <summary>The file a FILE names: as given, or by its file name when that names exactly one.</summary>
    private static int? Find(FileSet set, IReadOnlyList<string> files, string file)
    {
        for (var i = 0; i < files.Count; i++)
            if (string.Equals(files[i], file, StringComparison.Ordinal)) return i;
        var byName = Enumerable.Range(0, files.Count).Where(i => string.Equals(Path.GetFileName(files[i]), file, StringComparison.Ordinal)).ToList();
        if (byName.Count > 1) throw new UsageException($"'{file}' names several {set.Word}; give the file {set.AsGiven}");
        return byName.Count == 1 ? byName[0] : null;
    }

    /// <summary>The files a FILE is one of, as messages name them, and how to give one of them in full.</summary>
    private sealed record FileSet(string Word, string AsGiven);
}
