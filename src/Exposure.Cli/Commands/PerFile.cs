using Exposure.Core.Holdings;
using Exposure.Pipeline;

namespace Exposure.Cli.Commands;

/// <summary>
/// The per-file options of <c>exposure report</c>: <c>--mapping</c>, <c>--fund-name</c>, <c>--as-of</c> and
/// <c>--sheet</c>, each <c>FILE=VALUE</c> for one holdings file or <c>VALUE</c> alone for every file (a name or a sheet
/// alone only when there is one file). FILE is a <c>--holdings</c> file as given, or its file name when that names one file. A value whose text before
/// the first <c>=</c> names no holdings file is a value for every file.
/// </summary>
internal static class PerFile
{
    public static IReadOnlyList<HoldingsInput> Inputs(
        IReadOnlyList<string> holdings, IReadOnlyList<string> mappings, IReadOnlyList<string> names, IReadOnlyList<string> dates, IReadOnlyList<string>? sheets = null)
    {
        var mapping = Values("--mapping", holdings, mappings, allowAll: true);
        var name = Values("--fund-name", holdings, names, allowAll: holdings.Count == 1);
        var asOf = Values("--as-of", holdings, dates, allowAll: true);
        var sheet = Values("--sheet", holdings, sheets ?? [], allowAll: holdings.Count == 1);
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

    /// <summary>The value for each holdings file (by its index): a value for one file wins over a value for every file.</summary>
    private static Dictionary<int, string> Values(string option, IReadOnlyList<string> holdings, IReadOnlyList<string> given, bool allowAll)
    {
        var result = new Dictionary<int, string>();
        string? forAll = null;
        foreach (var text in given)
        {
            var equals = text.IndexOf('=', StringComparison.Ordinal);
            var file = equals > 0 ? Find(holdings, text[..equals]) : null;
            if (file is { } index)
            {
                var value = text[(equals + 1)..].Trim();
                if (value.Length == 0) throw new UsageException($"{option} {text}: nothing is given after '='");
                if (result.TryGetValue(index, out var earlier) && earlier != value)
                    throw new UsageException($"{option}: {holdings[index]} is given twice ('{earlier}' and '{value}')");
                result[index] = value;
                continue;
            }
            if (equals > 0 && !allowAll)
                throw new UsageException($"{option} {text}: '{text[..equals]}' is not one of the --holdings files");
            if (!allowAll)
                throw new UsageException($"{option} {text}: with several --holdings files, say which file: {option} FILE=VALUE");
            if (text.Trim().Length == 0) throw new UsageException($"{option}: an empty value");
            if (forAll is not null && forAll != text) throw new UsageException($"{option}: two values for every file ('{forAll}' and '{text}'); say which file each is for: {option} FILE=VALUE");
            forAll = text.Trim();
        }
        if (forAll is not null)
            for (var i = 0; i < holdings.Count; i++) result.TryAdd(i, forAll);
        return result;
    }

    /// <summary>The holdings file a FILE names: as given, or by its file name when that names exactly one.</summary>
    private static int? Find(IReadOnlyList<string> holdings, string file)
    {
        for (var i = 0; i < holdings.Count; i++)
            if (string.Equals(holdings[i], file, StringComparison.Ordinal)) return i;
        var byName = Enumerable.Range(0, holdings.Count).Where(i => string.Equals(Path.GetFileName(holdings[i]), file, StringComparison.Ordinal)).ToList();
        if (byName.Count > 1) throw new UsageException($"'{file}' names several --holdings files; give the file as in --holdings");
        return byName.Count == 1 ? byName[0] : null;
    }
}
