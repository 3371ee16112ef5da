#!/usr/bin/env python3
"""The exact join an analyst would write in pandas, to compare Exposure against: read every holdings file of a
synthetic universe (iShares downloads with preamble and footer, trimmed, re-saved, plain CSV), and join holdings to the
list by ISIN, by exchange and ticker, and by exact upper-cased name. No fuzzy names, no cut names, no review, no report:
it does less than `exposure report`, and writes only the matches.

usage: exact_join.py UNIVERSE_DIR OUT_CSV
"""
import csv
import io
import os
import sys
import time

import pandas as pd

HEADER_WORDS = ("name", "ticker", "isin")


def read_holdings(path):
    """The holdings table of one file: find the header line, read from there, stop at the first blank line."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        text = f.read()
    lines = text.splitlines(keepends=True)
    start = next(i for i, l in enumerate(lines[:100])
                 if sum(w in l.lower() for w in HEADER_WORDS) >= 2)
    end = next((i for i in range(start + 1, len(lines)) if not lines[i].strip().strip("\u00a0")), len(lines))
    df = pd.read_csv(io.StringIO("".join(lines[start:end])), dtype=str, keep_default_na=False)
    df.columns = [c.strip().lower() for c in df.columns]
    df["file"] = os.path.basename(path)
    df["line"] = range(start + 2, start + 2 + len(df))
    return df


def main():
    universe, out = sys.argv[1], sys.argv[2]
    t0 = time.perf_counter()
    ref = os.path.join(universe, "reference")
    companies = pd.read_csv(os.path.join(ref, "companies.csv"), dtype=str, keep_default_na=False)
    names = pd.read_csv(os.path.join(ref, "names.csv"), dtype=str, keep_default_na=False)
    aliases = pd.read_csv(os.path.join(ref, "exchange_aliases.csv"), dtype=str, keep_default_na=False)
    exchanges = pd.read_csv(os.path.join(ref, "exchanges.csv"), dtype=str, keep_default_na=False)

    mic_of = {a.strip().upper(): m for a, m in zip(aliases["alias"], aliases["mic"])}
    mic_of.update({m.upper(): m for m in exchanges["mic"]})
    mic_of.update({n.strip().upper(): m for n, m in zip(exchanges["name"], exchanges["mic"])})

    by_isin = companies.assign(isin=companies["isins"].str.split(";")).explode("isin")
    by_isin = by_isin[by_isin["isin"] != ""][["isin", "id"]]
    listings = companies.assign(listing=companies["listings"].str.split(";")).explode("listing")
    listings = listings[listings["listing"] != ""]
    listings[["mic", "ticker"]] = listings["listing"].str.split(":", n=1, expand=True)
    listings["ticker"] = listings["ticker"].str.lstrip("0")
    listings = listings[["mic", "ticker", "id"]]
    all_names = pd.concat([companies[["id", "name_en"]].rename(columns={"name_en": "name"}),
                           names[["company_id", "name"]].rename(columns={"company_id": "id"})])
    all_names["key"] = all_names["name"].str.upper().str.strip()
    all_names = all_names.drop_duplicates("key")[["key", "id"]]

    folder = os.path.join(universe, "holdings")
    frames = [read_holdings(os.path.join(folder, f)) for f in sorted(os.listdir(folder)) if f.endswith(".csv")]
    h = pd.concat(frames, ignore_index=True)
    for col in ("isin", "ticker", "exchange", "name", "market value"):
        if col not in h.columns:
            h[col] = ""
    h["market value"] = pd.to_numeric(h["market value"].str.replace(",", "", regex=False), errors="coerce")
    h["isin"] = h["isin"].str.strip().str.upper()
    h["ticker"] = h["ticker"].str.strip().str.upper().str.lstrip("0")
    h["mic"] = h["exchange"].str.strip().str.upper().map(mic_of)
    h["key"] = h["name"].str.upper().str.strip()

    m1 = h.merge(by_isin, on="isin", how="inner").assign(rule="isin")
    m2 = h.merge(listings, on=["mic", "ticker"], how="inner").assign(rule="ticker+exchange")
    m3 = h.merge(all_names, on="key", how="inner").assign(rule="name-exact")
    matches = pd.concat([m1, m2, m3]).drop_duplicates(["file", "line"])
    matches[["file", "line", "name", "isin", "ticker", "mic", "market value", "id", "rule"]].to_csv(out, index=False, quoting=csv.QUOTE_MINIMAL)
    elapsed = time.perf_counter() - t0
    print(f"pandas exact join: {len(h):,} rows, {len(matches):,} matches, {elapsed:.2f} s")
    print(f"cpu-seconds {time.process_time():.3f}")


if __name__ == "__main__":
    main()
