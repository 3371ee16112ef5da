using Exposure.Core.Holdings;

namespace Exposure.Pipeline.Reading;

/// <summary>
/// An item read from a holdings file, with the holding made of it when it is a holding row, and the fund of the
/// portfolio the holding is a holding in, when it is one (<see cref="Schemes.NestedFunds"/>).
/// </summary>
internal readonly record struct PreparedItem(ReadItem Item, Holding? Holding, string? NestedFund = null);
