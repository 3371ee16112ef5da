using System.Buffers;
using System.Globalization;
using System.Text;
using Exposure.Core.Holdings;
using Exposure.Core.Text;

namespace Exposure.Core.Reporting;

/// <summary>
/// Writes <c>unmatched.csv</c> or <c>excluded.csv</c> (<see cref="ScreenedOutCsv"/>): the byte-order mark and the
/// header, then a line per holding, its text guarded against spreadsheet formulas (<see cref="FormulaGuard.ForCsv"/>)
/// and quoted where it holds a comma, quote or line break or starts or ends with a space, its numbers in the invariant
/// culture. The UTF-8 is made straight into a buffer of bytes, with no string per field: it is the one output with a
/// line per holding, the hot path of a large run.
/// </summary>
public sealed class ScreenedOutCsvWriter : IDisposable
{
    private static readonly SearchValues<char> Quoted = SearchValues.Create(",\"\r\n");

    private readonly Stream _output;
    private readonly bool _leaveOpen;
    private byte[] _buffer = new byte[1 << 16];
    private int _used;

    public ScreenedOutCsvWriter(Stream output, bool leaveOpen = false)
    {
        _output = output;
        _leaveOpen = leaveOpen;
        Put(Encoding.UTF8.Preamble);
        Put(string.Join(',', ScreenedOutCsv.Columns));
        Put((byte)'\n');
    }

    public void Write(ScreenedOutLine row) =>
        Write(row.FundId, row.File, row.Line, row.State, row.Reason, row.Name, row.Ticker, row.Exchange, row.Isin, row.Cusip, row.Sedol,
            row.AssetClass, row.Currency, row.MarketValue, row.WeightPercentInFile);

    /// <param name="file">The holdings file's name as reports publish it.</param>
    public void Write(string fundId, string file, HoldingRow row, RowState state, string reason) =>
        Write(fundId, file, row.Source.Line, state, reason, row.Name, row.Ticker, row.ExchangeText, row.Isin, row.Cusip, row.Sedol,
            row.AssetClass, row.Currency, row.MarketValue, row.WeightPercent);

    private void Write(string fundId, string file, int line, RowState state, string reason, string? name, string? ticker,
        string? exchange, string? isin, string? cusip, string? sedol, string? assetClass, string? currency, decimal? value, decimal? weight)
    {
        Field(fundId, guard: false);
        Field(file, guard: true);
        Number(line);
        Put((byte)',');
        Field(Wording.Code(state), guard: false);
        Field(reason, guard: true);
        Field(name, guard: true);
        Field(ticker, guard: true);
        Field(exchange, guard: true);
        Field(isin, guard: true);
        Field(cusip, guard: true);
        Field(sedol, guard: true);
        Field(assetClass, guard: true);
        Field(currency, guard: true);
        if (value is { } v) Number(v);
        Put((byte)',');
        if (weight is { } w) Number(w);
        Put((byte)'\n');
    }

    /// <summary>A text field and the comma after it; null and empty text write nothing.</summary>
    /// <param name="guard">Text from an input file: an apostrophe goes before it where <see cref="FormulaGuard.ForCsv"/> puts one.</param>
    private void Field(string? value, bool guard)
    {
        if (!string.IsNullOrEmpty(value))
        {
            var apostrophe = guard && (FormulaGuard.NeedsProtection(value) || value[0] == '\'');
            var quoted = value.AsSpan().ContainsAny(Quoted) || (!apostrophe && value[0] == ' ') || value[^1] == ' ';
            // At most three bytes a character (a doubled quote is two), the apostrophe and two quotes.
            Room(checked(value.Length * 3 + 3));
            if (quoted) _buffer[_used++] = (byte)'"';
            if (apostrophe) _buffer[_used++] = (byte)'\'';
            if (quoted)
            {
                var rest = value.AsSpan();
                for (var q = rest.IndexOf('"'); q >= 0; q = rest.IndexOf('"'))
                {
                    Encode(rest[..q]);
                    _buffer[_used++] = (byte)'"';
                    _buffer[_used++] = (byte)'"';
                    rest = rest[(q + 1)..];
                }
                Encode(rest);
                _buffer[_used++] = (byte)'"';
            }
            else
            {
                Encode(value);
            }
        }
        Put((byte)',');
    }

    private void Encode(ReadOnlySpan<char> text) => _used += Encoding.UTF8.GetBytes(text, _buffer.AsSpan(_used));

    /// <summary>A decimal in one form, as every CSV file writes it (<see cref="PlainDecimal"/>).</summary>
    private void Number(decimal value)
    {
        Room(PlainDecimal.MaxLength);
        if (!PlainDecimal.TryFormat(value, _buffer.AsSpan(_used), out var written))
            throw new InvalidOperationException("a number longer than a decimal's longest text");
        _used += written;
    }

    private void Number(int value)
    {
        Room(16);
        value.TryFormat(_buffer.AsSpan(_used), out var written, default, CultureInfo.InvariantCulture);
        _used += written;
    }

    private void Put(byte value)
    {
        Room(1);
        _buffer[_used++] = value;
    }

    private void Put(ReadOnlySpan<byte> bytes)
    {
        Room(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_used));
        _used += bytes.Length;
    }

    private void Put(string ascii)
    {
        Room(ascii.Length * 3);
        Encode(ascii);
    }

    /// <summary>Makes room for <paramref name="bytes"/> more, writing out what the buffer holds; a field longer than the buffer is written through a larger one.</summary>
    private void Room(int bytes)
    {
        if (_used + bytes <= _buffer.Length) return;
        Flush();
        if (bytes > _buffer.Length) _buffer = new byte[bytes];
    }

    /// <summary>Writes out what the buffer holds.</summary>
    public void Flush()
    {
        if (_used == 0) return;
        _output.Write(_buffer, 0, _used);
        _used = 0;
    }

    public void Dispose()
    {
        Flush();
        if (!_leaveOpen) _output.Dispose();
    }
}
