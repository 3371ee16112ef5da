using Exposure.Core;
using Exposure.Core.Reference;
using Exposure.Lists.Model;

namespace Exposure.Lists.Import;

/// <summary>
/// The US Consolidated Screening List as CSV (29 columns with a header): <c>source</c> names the list an entry is on
/// (the Commerce Entity List, OFAC's SDN list, ...); <c>ids</c> holds <c>;</c>-separated <c>VALUE, TYPE</c> pairs
/// (<c>XS1233275194, ISIN</c>). Entities only: individuals, vessels and aircraft are not imported.
/// </summary>
internal static class CslReader
{
    public const string Url = "https://www.trade.gov/consolidated-screening-list";

    private static readonly string[] CompanyIds = ["ISIN", "Legal Entity Number", "Unified Social Credit Code", "Equity Ticker", "Registration", "Business Number", "Company Number"];

    public static ImportedList Read(string path, string displayName, ImportOptions options, ExchangeDirectory exchanges)
    {
        var log = new ProblemLog(displayName);
        var programs = options.Programs is { Count: > 0 } p ? p : null;
        var entries = new List<ListEntry>();
        var leftOut = new LeftOutCounts();
        foreach (var (line, row) in CsvTable.Rows(path, displayName))
        {
            var type = row["type"];
            if (type is not null && !type.Equals("Entity", StringComparison.OrdinalIgnoreCase))
            {
                leftOut.AddType(type);
                continue;
            }
            var source = row["source"];
            if (programs is not null && (source is null || !programs.Any(x => source.Contains(x, StringComparison.OrdinalIgnoreCase))))
            {
                leftOut.AddFiltered("--program", "entry", "entries");
                continue;
            }
            var name = row["name"] ?? throw new DataException(displayName, line, "the row has no name");
            // The Entity List and other non-OFAC sources leave `type` empty, for people as for companies: such a row is a
            // company only when it reads as one.
            if (type is null && !LooksLikeOrganisation(row, name))
            {
                log.Add(line, $"'{name}' has no type and no sign of an organisation (a legal-form word such as Co., Ltd., Corporation, Institute, University, or a company identifier): it looks like a person; left out");
                leftOut.Add("untyped entry that looks like a person", "untyped entries that look like people", LeftOutCounts.LooksLikeAPerson);
                continue;
            }
            var isins = new List<string>();
            string? lei = null, uscc = null;
            var listings = new List<Listing>();
            foreach (var pair in ListText.Split(row["ids"]))
            {
                var comma = pair.LastIndexOf(',');
                if (comma <= 0) continue;
                var value = pair[..comma].Trim();
                var kind = pair[(comma + 1)..].Trim();
                if (kind.Equals("ISIN", StringComparison.OrdinalIgnoreCase)) isins.Add(value);
                else if (kind.StartsWith("Legal Entity Number", StringComparison.OrdinalIgnoreCase)) lei ??= value;
                else if (kind.StartsWith("Unified Social Credit Code", StringComparison.OrdinalIgnoreCase)) uscc ??= value;
                else if (kind.Equals("Equity Ticker", StringComparison.OrdinalIgnoreCase))
                {
                    var bits = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (bits.Length == 2 && BloombergExchanges.Mic(bits[1], bits[0]) is { } mic && exchanges.ByMic(mic) is not null)
                        listings.Add(new Listing(mic, bits[0]));
                    else log.Add(line, $"equity ticker '{value}' of '{name}' names no single exchange Exposure knows: reported and not used");
                }
            }
            var countries = ListText.Split(row["addresses"]).Select(a => a.Split(',').Last().Trim()).Select(Countries.Code).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            var notice = row["federal_register_notice"];
            entries.Add(new ListEntry
            {
                Line = line,
                EntryId = row["_id"] ?? row["entity_number"] ?? ListText.Slug(name),
                Name = name,
                Aliases = ListText.Aliases(name, ListText.Split(row["alt_names"]).Select(ListAlias.Trading)),
                Isins = EntryChecks.Isins(isins, log, line, name),
                Lei = EntryChecks.Lei(lei, log, line, name),
                Listings = listings,
                Uscc = uscc,
                Countries = countries,
                Program = string.Join("; ", new[] { source, row["programs"] }.OfType<string>()),
                Category = ExportControl.IsList(source) ? AllegationCategories.ExportControl : AllegationCategories.Sanctioned,
                Reason = notice is null ? null : $"Federal Register notice {notice}" + (row["license_requirement"] is { } req ? $"; licence requirement: {req}" : ""),
                AsWritten = row["remarks"],
                SourceUrl = Http(row["source_list_url"]) ?? Http(row["source_information_url"]),
                SourceTitle = source,
                Date = ListText.Date(row["start_date"]),
                // The CSL compiles other lists: the entry is listed on the list its source names, as the CSL reports it.
                Statement = source is null ? null
                    : $"Listed on {source.Split(" - ")[0].Trim()}" + (ListText.Date(row["start_date"]) is { } listedOn ? $" ({listedOn})" : "")
                      + ", per the US Consolidated Screening List" + (row["programs"] is { } programsText ? $", under {programsText}" : ""),
            });
        }
        var provenance = new ListProvenance(
            options.Name ?? "US Consolidated Screening List",
            ListFormats.Csl,
            displayName,
            options.Date ?? FileFacts.ModifiedDate(path),
            ListFiles.Sha256(path),
            options.Licence ?? "US government work (public domain)",
            options.SourceUrl ?? Url,
            options.SourceTitle ?? "Consolidated Screening List",
            options.Publisher ?? "US Department of Commerce, International Trade Administration",
            options.SourceKind ?? SourceKinds.Official,
            FileDateStated: options.Date is not null);
        return new ImportedList(provenance, entries, log.Problems, leftOut);
    }

    /// <summary>
    /// An untyped row is an organisation's when its name or an alternate name holds a legal-form or organisation word
    /// (<see cref="OrganisationSignals"/>) or it gives a company identifier (ISIN, LEI, USCC, an equity ticker, a
    /// registration number), and it gives no date or place of birth.
    /// </summary>
    private static bool LooksLikeOrganisation(CsvRow row, string name)
    {
        if (row["dates_of_birth"] is not null || row["places_of_birth"] is not null) return false;
        if (OrganisationSignals.InName(name) || ListText.Split(row["alt_names"]).Any(OrganisationSignals.InName)) return true;
        return ListText.Split(row["ids"]).Any(pair => CompanyIds.Any(id => pair.Contains(id, StringComparison.OrdinalIgnoreCase)));
    }

    private static string? Http(string? url) =>
        url is not null && Uri.TryCreate(url.Split(';')[0].Trim(), UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttps || u.Scheme == Uri.UriSchemeHttp)
            ? u.ToString() : null;
}
