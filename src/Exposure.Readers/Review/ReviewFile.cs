using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Exposure.Core;
using Exposure.Core.Inputs;
using Exposure.Core.Review;
using Exposure.Readers.Csv;
using Exposure.Readers.Text;

namespace Exposure.Readers.Review;

/// <summary>
/// Review decisions as CSV (docs/review.md). The same columns serve the candidates file a run writes and the
/// append-only decisions log a person keeps: rows whose <c>decision</c> is blank are candidates not yet decided.
/// </summary>
public static class ReviewFile
{
    public static readonly string[] DecisionColumns = ["decision", "reviewer", "decided_on", "reason", "company_id", "isin", "mic", "ticker", "name"];

    /// <summary>
    /// What the reviewer saw of the finding (<see cref="DecisionSeen"/>): optional, after <see cref="DecisionColumns"/>. A log
    /// written before them keeps working, and a decision without them is applied on its key alone.
    /// </summary>
    public static readonly string[] SeenColumns = ["holding_names", "sedol", "cusip", "rule", "state"];

    /// <summary>The decided rows of a file; a row with a decision but a missing or malformed field stops with file, line and reason.</summary>
    public static IReadOnlyList<ReviewDecision> Load(string path, string displayName) =>
        Load(new InputSource(path, displayName, "review decisions"), out _);

    /// <summary>The decided rows of a file, hashing it as it is read; <paramref name="lines"/> is its number of physical lines.</summary>
    /// <remarks>
    /// The file may have been saved again by a spreadsheet program: separated by semicolons (or tabs, or vertical bars) as
    /// it saves in a locale that writes decimal commas, with a byte-order mark, with CRLF line ends. Its delimiter is found
    /// by its header, as a holdings file's is (<see cref="HeaderDelimiter"/>).
    /// </remarks>
    public static IReadOnlyList<ReviewDecision> Load(InputSource source, out int lines) => Load(source, out lines, out _, out _);

    /// <inheritdoc cref="Load(InputSource, out int)"/>
    /// <param name="delimiter">The character between the file's fields.</param>
    /// <param name="seenColumns">The file has the columns of what the reviewer saw (<see cref="SeenColumns"/>), or no header yet.</param>
    private static IReadOnlyList<ReviewDecision> Load(InputSource source, out int lines, out char delimiter, out bool seenColumns)
    {
        var displayName = source.DisplayName;
        lines = 0;
        seenColumns = true;
        if (!File.Exists(source.Path)) throw new DataException(displayName, null, "file not found");
        // Read in the encoding found as a holdings file's is: a file a spreadsheet saved as "CSV" on Windows is Windows-1252.
        var text = HeaderDelimiter.Detect(new StringReader(BoundedText.ReadAll(source, InputLimits.DecisionsBytes, "a review decisions file")), Known(DecisionColumns), out delimiter);
        using var csv = new GuardedCsvReader(text, displayName, delimiter);
        if (!csv.ReadHeader()) return [];
        var headers = csv.HeaderRecord ?? [];
        foreach (var column in DecisionColumns)
            if (!headers.Contains(column)) throw new DataException(displayName, 1, $"missing column '{column}'");

        // What the reviewer saw is optional, and a line written by hand may stop after the decision's own columns.
        csv.FieldsRequired = DecisionColumns.Max(c => Array.IndexOf(headers, c)) + 1;
        var result = new List<ReviewDecision>();
        seenColumns = SeenColumns.All(headers.Contains);
        var withSeen = SeenColumns.Any(headers.Contains);
        while (csv.Read())
        {
            var line = csv.Line;
            string? Field(string c) => headers.Contains(c) && csv.GetField(c)?.Trim() is { Length: > 0 } v ? v : null;
            var verdictText = Field("decision");
            if (verdictText is null) continue;

            DataException Bad(string problem) => new(displayName, line, problem);
            var verdict = verdictText.ToLowerInvariant() switch
            {
                "accept" or "accepted" => ReviewVerdict.Accept,
                "reject" or "rejected" => ReviewVerdict.Reject,
                _ => throw Bad($"decision '{verdictText}' is neither accept nor reject"),
            };
            var reviewer = Field("reviewer") ?? throw Bad("reviewer is empty: say who decided");
            var dateText = Field("decided_on") ?? throw Bad("decided_on is empty: say when (YYYY-MM-DD)");
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                throw Bad($"decided_on '{dateText}' is not a date written YYYY-MM-DD");
            if (date > LatestToday(TimeProvider.System))
                throw Bad($"decided_on {dateText} is after today: a decision is dated the day it was made");
            var reason = Field("reason") ?? throw Bad("reason is empty: say why");
            var company = Field("company_id") ?? throw Bad("company_id is empty");
            var isin = Field("isin")?.ToUpperInvariant();
            var mic = Field("mic")?.ToUpperInvariant();
            var ticker = Field("ticker")?.ToUpperInvariant();
            var name = Field("name") ?? "";
            if (isin is null && mic is null && name.Length == 0) throw Bad("no isin, mic or name: the decision identifies no security");
            if (mic is not null && ticker is null) throw Bad("mic is given without a ticker");
            var seen = withSeen ? Seen(Field) : null;
            result.Add(new ReviewDecision(verdict, reviewer, date, reason, company, isin, mic, ticker, name, displayName, line) { Seen = seen });
        }
        lines = csv.Lines;
        return result;
    }

    /// <summary>Today somewhere on Earth (up to a day ahead of UTC): no decision is dated after it.</summary>
    public static DateOnly LatestToday(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(14));

    /// <summary>What a line says the reviewer saw, or null where it says nothing of it.</summary>
    private static DecisionSeen? Seen(Func<string, string?> field)
    {
        var seen = new DecisionSeen(
            DecisionSeen.Split(field("holding_names")),
            DecisionSeen.Split(field("sedol")).Select(s => s.ToUpperInvariant()).ToList(),
            DecisionSeen.Split(field("cusip")).Select(s => s.ToUpperInvariant()).ToList(),
            field("rule"),
            field("state"));
        return seen.IsEmpty ? null : seen;
    }

    /// <summary>The columns a run's decisions template and candidates file give each finding by.</summary>
    private static readonly string[] FindingColumns = ["finding_id", "company_id", "isin", "mic", "ticker", "name"];

    /// <summary>How many of a header's columns are among <paramref name="columns"/>.</summary>
    private static Func<string[], int> Known(string[] columns) => header => header.Count(h => columns.Contains(h.Trim(), StringComparer.Ordinal));

    /// <summary>
    /// The findings a run listed in <c>decisions-template.csv</c> (or <c>review-candidates.csv</c>), by id, decided or
    /// not. A row whose <c>finding_id</c> does not belong to its company and security stops with file, line and reason.
    /// </summary>
    public static IReadOnlyList<FindingRow> LoadFindings(string path, string displayName)
    {
        if (!File.Exists(path)) throw new DataException(displayName, null, "file not found");
        var text = HeaderDelimiter.Detect(new StringReader(BoundedText.ReadAll(new InputSource(path, displayName, "findings"), InputLimits.DecisionsBytes, "a decisions template")),
            Known(FindingColumns), out var delimiter);
        using var csv = new CsvReader(text, new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = false, Delimiter = delimiter.ToString() });
        if (!csv.Read()) return [];
        csv.ReadHeader();
        var headers = csv.HeaderRecord ?? [];
        var last = csv.Parser.RawRow;
        foreach (var column in FindingColumns)
            if (!headers.Contains(column)) throw new DataException(displayName, last, $"missing column '{column}': not a decisions template written by 'exposure report'");

        var result = new List<FindingRow>();
        while (csv.Read())
        {
            var line = last + 1;
            last = csv.Parser.RawRow;
            string? Field(string c) => headers.Contains(c) && csv.GetField(c)?.Trim() is { Length: > 0 } v ? v : null;
            var id = Field("finding_id") ?? throw new DataException(displayName, line, "finding_id is empty");
            var company = Field("company_id") ?? throw new DataException(displayName, line, "company_id is empty");
            var key = new DecisionKey(company, Field("isin")?.ToUpperInvariant(), Field("mic")?.ToUpperInvariant(), Field("ticker")?.ToUpperInvariant(), Field("name"));
            if (!string.Equals(key.Id, id, StringComparison.OrdinalIgnoreCase))
                throw new DataException(displayName, line, $"finding_id '{id}' does not belong to the company and security of its line (was the line edited?)");
            result.Add(new FindingRow(key.Id, key, Field("company_name"), Field("holding_name"), Field("state"), line) { Seen = Seen(Field) });
        }
        return result;
    }

    /// <summary>
    /// Appends the decided rows of <paramref name="candidatesPath"/> to the decisions log, creating it with a header
    /// if needed; existing lines are never rewritten, and a decision already in the log is not appended again.
    /// </summary>
    public static Recorded Record(string candidatesPath, string candidatesName, string decisionsPath) =>
        Append(Load(candidatesPath, candidatesName), decisionsPath);

    /// <summary>
    /// Appends <paramref name="decisions"/> to the log, creating it with a header if needed. A decision the log already
    /// holds (the same verdict, reviewer, date, reason, company and security) is not appended again, nor is one given twice.
    /// </summary>
    public static Recorded Append(IReadOnlyList<ReviewDecision> decisions, string decisionsPath)
    {
        var exists = File.Exists(decisionsPath) && new FileInfo(decisionsPath).Length > 0;
        // A log a spreadsheet saved again with semicolons is appended to with semicolons: one file, one delimiter.
        var delimiter = ',';
        var withSeen = true;
        var logged = new HashSet<string>(exists ? Load(new InputSource(decisionsPath, decisionsPath, "review decisions"), out _, out delimiter, out withSeen).Select(Identity) : [],
            StringComparer.Ordinal);
        var fresh = decisions.Where(d => logged.Add(Identity(d))).ToList();
        if (fresh.Count == 0) return new Recorded(0, decisions.Count);

        var needsNewLine = exists && !EndsWithNewLine(decisionsPath);
        using var stream = new FileStream(decisionsPath, FileMode.Append, FileAccess.Write);
        // A log a spreadsheet saved again in Windows-1252 (or UTF-16) is appended to in that encoding: one file, one encoding.
        var encoding = exists ? TextEncodings.Detect(decisionsPath).Encoding : new UTF8Encoding(false);
        using var writer = new StreamWriter(stream, encoding) { NewLine = "\n" };
        if (needsNewLine) writer.WriteLine();
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n", Delimiter = delimiter.ToString() });
        if (!exists)
        {
            foreach (var c in DecisionColumns.Concat(SeenColumns)) csv.WriteField(c);
            csv.NextRecord();
        }
        foreach (var d in fresh)
        {
            csv.WriteField(d.Verdict == ReviewVerdict.Accept ? "accept" : "reject");
            csv.WriteField(d.Reviewer);
            csv.WriteField(d.DecidedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            csv.WriteField(d.Reason);
            csv.WriteField(d.CompanyId);
            csv.WriteField(d.Isin ?? "");
            csv.WriteField(d.Mic ?? "");
            csv.WriteField(d.Ticker ?? "");
            csv.WriteField(d.Name);
            // A log begun before it recorded what the reviewer saw keeps its columns: lines already in it are never changed.
            if (withSeen)
            {
                csv.WriteField(DecisionSeen.Join(d.Seen?.HoldingNames ?? []));
                csv.WriteField(DecisionSeen.Join(d.Seen?.Sedols ?? []));
                csv.WriteField(DecisionSeen.Join(d.Seen?.Cusips ?? []));
                csv.WriteField(d.Seen?.Rule ?? "");
                csv.WriteField(d.Seen?.State ?? "");
            }
            csv.NextRecord();
        }
        return new Recorded(fresh.Count, decisions.Count - fresh.Count);
    }

    /// <summary>A decision as the log records it, without where it was read from.</summary>
    private static string Identity(ReviewDecision d) => string.Join('\u001F',
        d.Verdict, d.Reviewer, d.DecidedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.Reason, d.CompanyId,
        d.Isin ?? "", d.Mic ?? "", d.Ticker ?? "", d.Name);

    private static bool EndsWithNewLine(string path)
    {
        using var s = File.OpenRead(path);
        s.Seek(-1, SeekOrigin.End);
        return s.ReadByte() == '\n';
    }
}
