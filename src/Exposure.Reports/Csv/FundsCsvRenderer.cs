using System.Globalization;
using Exposure.Core.Portfolio;
using Exposure.Core.Reporting;

namespace Exposure.Reports.Csv;

/// <summary>
/// One line per fund: value, flagged, related and review exposure, and lines by state; whether the totals count it and,
/// for a market's earlier report, which report counts in its place; for a fund from a filing, its registrant, CIK and series id;
/// then how many flagged derivatives' notionals are left out of the flagged notional, and why; last, for the last report
/// of a market's fund with no report in the latest data set, that data set; then short derivatives' notional and count, apart;
/// and whether the flagged value and weight and the related value are lower bounds; last, the rows whose stated weight
/// could not be read. A value that is unknown is an empty cell, never 0.
/// </summary>
public sealed class FundsCsvRenderer : IReportRenderer
{
    public static readonly string[] Columns =
    [
        "fund_id", "fund_name", "as_of", "currency", "file", "fund_value", "fund_value_basis", "flagged_value", "flagged_weight",
        "related_value", "related_weight", "review_value", "review_weight", "companies_flagged", "lines_total", "lines_not_a_holding",
        "lines_rejected", "lines_excluded", "lines_unmatched", "lines_matched", "lines_related", "lines_needs_review",
        "weight_basis", "values_unknown", "weights_in_file_sum_percent",
        "flagged_in_shares", "flagged_in_bonds", "flagged_in_other", "flagged_derivative_notional", "flagged_derivatives",
        "flagged_short_value", "flagged_short_positions",
        "accession_number", "counted", "superseded_by", "superseded_by_fund_id", "fund_label", "registrant", "cik", "series_id",
        "flagged_derivative_notionals_in_other_currency", "flagged_derivative_notionals_unknown", "no_later_report_in",
        "flagged_short_derivative_notional", "flagged_short_derivatives", "flagged_value_bound", "flagged_weight_bound",
        "related_value_bound", "weights_unreadable",
    ];

    public string Format => "csv";
    public string FileName => "funds.csv";

    public void Render(ExposureReport report, Stream output)
    {
        using var csv = CsvFiles.Open(output);
        csv.Header(Columns);
        foreach (var f in report.Funds)
        {
            csv.WriteField(f.Id);
            csv.Text(f.Name);
            csv.WriteField(f.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
            csv.Text(f.Currency);
            csv.Text(f.SourceFile);
            csv.Number(f.FundValue);
            csv.WriteField(Wording.Code(f.FundValueBasis));
            csv.Number(f.FlaggedValue);
            csv.Fraction(f.FlaggedWeight);
            csv.Number(f.RelatedValue);
            csv.Fraction(f.RelatedWeight);
            csv.Number(f.ReviewValue);
            csv.Fraction(f.ReviewWeight);
            csv.WriteField(f.CompaniesFlagged);
            var l = f.Lines;
            foreach (var n in new[] { l.Total, l.NotAHolding, l.Rejected, l.Excluded, l.Unmatched, l.Matched, l.Related, l.NeedsReview })
                csv.WriteField(n);
            csv.WriteField(Wording.Code(f.WeightBasis));
            csv.WriteField(f.ValuesUnknown.Rows);
            csv.Number(f.WeightCheck.StatedSumPercent);
            // No split (a constituent list, which gives weights, not money): the amounts are empty, never 0.
            var split = f.FlaggedByInstrument;
            csv.Number(split?.Shares);
            csv.Number(split?.Bonds);
            csv.Number(split?.Other);
            csv.Number(split?.DerivativeNotional);
            csv.WriteField(split?.DerivativeRows ?? 0);
            csv.Number(split is null ? null : split.ShortRows == 0 ? 0 : split.ShortValue);
            csv.WriteField(split?.ShortRows ?? 0);
            // A market's earlier report is listed with its figures but not counted: the report counted in its place says so.
            csv.Text(f.AccessionNumber);
            csv.WriteField(f.Counted ? "true" : "false");
            csv.Text(f.SupersededBy?.AccessionNumber);
            csv.WriteField(f.SupersededBy?.FundId ?? "");
            // Who filed the fund, so that two funds of one name from different registrants are told apart.
            csv.Text(f.DisplayName);
            csv.Text(f.Registrant);
            csv.Text(f.Cik);
            csv.Text(f.SeriesId);
            // Why flagged_derivative_notional leaves derivatives out, or is empty: notionals in another currency are never
            // added to the fund's, and one not given is unknown; with none in the fund's currency, the notional is unknown.
            csv.WriteField(split?.NotionalInOtherCurrency ?? 0);
            csv.WriteField(split?.NotionalUnknown ?? 0);
            // Why a market's report that no other report supersedes is not counted: its fund has no report in the latest data set.
            csv.Text(f.NoLaterReportIn);
            // Short derivatives apart: their notional is never added to flagged_derivative_notional.
            csv.Number(split?.ShortNotional);
            csv.WriteField(split?.ShortDerivatives ?? 0);
            // How the flagged value and weight and the related value read: "at-least" where they leave out holdings of
            // unknown value, as every other output says beside them; empty where the figure is unknown.
            csv.Reading(f.FlaggedValue, f.FlaggedValueAtLeast ? Bound.AtLeast : Bound.Exact);
            csv.Reading(f.FlaggedWeight, f.ValuesUnknown.MatchedOutOfWeight > 0 ? Bound.AtLeast : Bound.Exact);
            csv.Reading(f.RelatedValue, f.RelatedValueAtLeast ? Bound.AtLeast : Bound.Exact);
            // Rows whose stated weight could not be read: not in weights_in_file_sum_percent.
            csv.WriteField(f.WeightCheck.WeightsUnreadable);
            csv.NextRecord();
        }
    }
}
