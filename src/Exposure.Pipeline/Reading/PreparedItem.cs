using Exposure.Core.Holdings;

namespace Exposure.Pipeline.Reading;

/// <summary>An item read from a holdings file, with the holding made of it when it is a holding row.</summary>
internal readonly record struct PreparedItem(ReadItem Item, Holding? Holding);
