using System.Text;
using Exposure.Core.Holdings;
using Exposure.Core.Reporting;

namespace Exposure.Pipeline.Output;

/// <summary>
/// Keeps a run's unmatched and excluded holdings out of memory: written to two binary files as the files are read,
/// read back in order by every renderer that lists them. Far cheaper to write and read than CSV; the CSV renderer
/// writes <c>unmatched.csv</c> and <c>excluded.csv</c> from it like any other output.
/// </summary>
internal sealed class ScreenedOutSpill : ScreenedOutRows, IDisposable
{
    private readonly string _unmatchedPath;
    private readonly string _excludedPath;
    private BinaryWriter? _unmatched;
    private BinaryWriter? _excluded;

    public ScreenedOutSpill(string folder)
    {
        _unmatchedPath = Path.Combine(folder, "unmatched.bin");
        _excludedPath = Path.Combine(folder, "excluded.bin");
        _unmatched = Open(_unmatchedPath);
        _excluded = Open(_excludedPath);
    }

    public override bool Available => true;

    public void Add(string fundId, HoldingRow row, RowState state, string reason)
    {
        var w = (state == RowState.Excluded ? _excluded : _unmatched) ?? throw new InvalidOperationException("the screened-out rows are closed for writing");
        w.Write(fundId);
        w.Write(row.Source.File);
        w.Write(row.Source.Line);
        w.Write(reason);
        Text(w, row.Name);
        Text(w, row.Ticker);
        Text(w, row.ExchangeText);
        Text(w, row.Isin);
        Text(w, row.Cusip);
        Text(w, row.Sedol);
        Text(w, row.AssetClass);
        Text(w, row.Currency);
        Number(w, row.MarketValue);
        Number(w, row.WeightPercent);
    }

    /// <summary>Ends writing; the rows can then be read back, as often as renderers need.</summary>
    public void Complete()
    {
        _unmatched?.Dispose();
        _excluded?.Dispose();
        _unmatched = _excluded = null;
    }

    public override IEnumerable<ScreenedOutLine> Unmatched() => Read(_unmatchedPath, RowState.Unmatched);

    public override IEnumerable<ScreenedOutLine> Excluded() => Read(_excludedPath, RowState.Excluded);

    private IEnumerable<ScreenedOutLine> Read(string path, RowState state)
    {
        if (_unmatched is not null) throw new InvalidOperationException("the screened-out rows are still being written");
        using var r = new BinaryReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan), Encoding.UTF8);
        var length = r.BaseStream.Length;
        while (r.BaseStream.Position < length)
        {
            yield return new ScreenedOutLine(
                r.ReadString(), r.ReadString(), r.ReadInt32(), state, r.ReadString(),
                Text(r), Text(r), Text(r), Text(r), Text(r), Text(r), Text(r), Text(r), Number(r), Number(r));
        }
    }

    private static BinaryWriter Open(string path) =>
        new(new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16), Encoding.UTF8);

    private static void Text(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null) w.Write(value);
    }

    private static string? Text(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    private static void Number(BinaryWriter w, decimal? value)
    {
        w.Write(value.HasValue);
        if (value is { } v) w.Write(v);
    }

    private static decimal? Number(BinaryReader r) => r.ReadBoolean() ? r.ReadDecimal() : null;

    public void Dispose() => Complete();
}
