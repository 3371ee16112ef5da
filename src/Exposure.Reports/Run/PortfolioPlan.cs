using Exposure.Core.Portfolio;

namespace Exposure.Reports.Run;

/// <summary>A scheme to look through: its definition and exchange rates. Its files are the run's holdings inputs.</summary>
public sealed record PortfolioPlan(PortfolioDefinition Definition, FxRates Fx)
{
    /// <summary>The holdings inputs of the plan: every snapshot of every fund and mandate, in order.</summary>
    public IReadOnlyList<HoldingsInput> Inputs(string folder) =>
        Definition.Entries
            .SelectMany(e => e.Files.Select(f => new HoldingsInput(f, Path.GetRelativePath(folder, f), e.Mapping, e.Id, e.Name, e.Kind == EntryKind.Index)))
            .ToList();
}
