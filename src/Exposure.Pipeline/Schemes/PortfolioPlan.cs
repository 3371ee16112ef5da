using Exposure.Core.Inputs;
using Exposure.Core.Portfolio;
using Exposure.Readers.Portfolio;

namespace Exposure.Pipeline.Schemes;

/// <summary>A scheme to look through: its definition and exchange rates. Its files are the run's holdings inputs.</summary>
/// <param name="Folder">The portfolio file's folder, against which its file names are resolved.</param>
/// <param name="Files">The portfolio file and its exchange-rates file, each with its SHA-256.</param>
public sealed record PortfolioPlan(PortfolioDefinition Definition, FxRates Fx, string Folder, IReadOnlyList<InputFile> Files)
{
    /// <summary>Reads a portfolio file (docs/portfolio.md); problems are one-line errors naming file and line.</summary>
    public static PortfolioPlan Load(string path, string displayName)
    {
        var loaded = PortfolioFile.Read(path, displayName);
        return new PortfolioPlan(loaded.Definition, loaded.Fx, loaded.Folder, loaded.Files);
    }

    /// <summary>The holdings inputs of the plan: every snapshot of every fund and mandate, in order, each with the sheet its holding names.</summary>
    public IReadOnlyList<HoldingsInput> Inputs() =>
        Definition.Entries
            .SelectMany(e => e.Files.Select(f => new HoldingsInput(f, Path.GetRelativePath(Folder, f), e.Mapping, e.Id, e.Name, e.Kind == EntryKind.Index, Sheet: e.Sheet)))
            .ToList();
}
