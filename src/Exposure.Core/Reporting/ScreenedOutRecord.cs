using Exposure.Core.Holdings;

namespace Exposure.Core.Reporting;

/// <summary>
/// One screened-out row as it is read back, its text given as spans that hold only until the next row is read: for a
/// renderer that copies each row's values as they come (millions of rows, with no string made per field). The values
/// are those of the <see cref="ScreenedOutLine"/> the row reads as.
/// </summary>
public abstract class ScreenedOutRecord
{
    public abstract ReadOnlySpan<char> FundId { get; }

    public abstract ReadOnlySpan<char> File { get; }

    public abstract int Line { get; }

    public abstract RowState State { get; }

    public abstract ReadOnlySpan<char> Reason { get; }

    /// <summary>The row's text in <paramref name="column"/>; false when it has none (null, unknown).</summary>
    public abstract bool TryText(ScreenedOutText column, out ReadOnlySpan<char> value);

    public abstract decimal? MarketValue { get; }

    public abstract decimal? WeightPercentInFile { get; }

    /// <summary>A line held as such, given as a record: the one object is reused for every line (<see cref="Of"/>).</summary>
    internal sealed class OfLine : ScreenedOutRecord
    {
        private ScreenedOutLine _line = null!;

        public OfLine Of(ScreenedOutLine line)
        {
            _line = line;
            return this;
        }

        public override ReadOnlySpan<char> FundId => _line.FundId;
        public override ReadOnlySpan<char> File => _line.File;
        public override int Line => _line.Line;
        public override RowState State => _line.State;
        public override ReadOnlySpan<char> Reason => _line.Reason;
        public override decimal? MarketValue => _line.MarketValue;
        public override decimal? WeightPercentInFile => _line.WeightPercentInFile;

        public override bool TryText(ScreenedOutText column, out ReadOnlySpan<char> value)
        {
            var text = column switch
            {
                ScreenedOutText.Name => _line.Name,
                ScreenedOutText.Ticker => _line.Ticker,
                ScreenedOutText.Exchange => _line.Exchange,
                ScreenedOutText.Isin => _line.Isin,
                ScreenedOutText.Cusip => _line.Cusip,
                ScreenedOutText.Sedol => _line.Sedol,
                ScreenedOutText.AssetClass => _line.AssetClass,
                ScreenedOutText.Currency => _line.Currency,
                _ => throw new ArgumentOutOfRangeException(nameof(column)),
            };
            value = text;
            return text is not null;
        }
    }
}

/// <summary>The text columns of a screened-out row that may have no value (<see cref="ScreenedOutRecord.TryText"/>), in the order of <c>unmatched.csv</c>.</summary>
public enum ScreenedOutText
{
    Name,
    Ticker,
    Exchange,
    Isin,
    Cusip,
    Sedol,
    AssetClass,
    Currency,
}
