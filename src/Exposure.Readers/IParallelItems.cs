using Exposure.Core.Holdings;

namespace Exposure.Readers;

/// <summary>
/// A reader's items that the reader can pass through a function on its own worker threads, as it reads them: the
/// results come back in the items' order, the same as if the function were applied to each item in turn on one thread.
/// A caller with per-item work that does not depend on the items before (making a holding of a row, screening a new
/// security ahead) gives it here so that it runs beside the parsing, on every core.
/// </summary>
public interface IParallelItems : IEnumerable<ReadItem>
{
    /// <summary>The items, each passed through <paramref name="prepare"/>, which must be safe to call on several threads at once.</summary>
    IEnumerable<T> Prepared<T>(Func<ReadItem, T> prepare);
}
