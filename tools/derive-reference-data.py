#!/usr/bin/env python3
"""Derives reference-data/ from the curated tables in the shared reference material (../shared/reference).

Changes made in deriving, and nothing else:
- exchanges are written as ISO 10383 MICs (SZSE->XSHE, SSE->XSHG, HKEX->XHKG, TWSE->XTAI, NYSE->XNYS) in
  companies.csv listings and in the ticker rows of identifier_sources.csv; local codes are kept as written;
- a company whose allegations rest only on secondary kinds of source (no official list or notice, no report itself)
  gets a caveat saying which kinds support it, appended to its review_note.

usage: tools/derive-reference-data.py SHARED_REFERENCE_FOLDER OUT_FOLDER
"""
import csv
import sys
from pathlib import Path

MICS = {"SZSE": "XSHE", "SSE": "XSHG", "HKEX": "XHKG", "TWSE": "XTAI", "NYSE": "XNYS"}
PRIMARY = {"official", "report"}
WORDS = {
    "statement": "coalition statement",
    "legal-bulletin": "law-firm bulletin",
    "trade-press": "trade press",
    "news": "news",
    "press-release-wire": "press-release wire",
    "copy-of-official-file": "a third party's copy of an official file",
}


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        return reader.fieldnames, list(reader)


def write(path, fields, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def mic(listing):
    exchange, _, code = listing.partition(":")
    return f"{MICS.get(exchange, exchange)}:{code}"


def main(source, out):
    source, out = Path(source), Path(out)
    fields, companies = read(source / "companies.csv")
    _, allegations = read(source / "allegations.csv")
    kinds = {}
    for a in allegations:
        kinds.setdefault(a["company_id"], []).append(a["source_kind"])
    for c in companies:
        c["listings"] = ";".join(mic(l) for l in c["listings"].split(";") if l)
        own = kinds.get(c["id"], [])
        if own and not PRIMARY.intersection(own):
            seen = []
            for k in own:
                if WORDS[k] not in seen:
                    seen.append(WORDS[k])
            caveat = ("rests on secondary sources only (" + ", ".join(seen) + "); the "
                      + ("official file itself" if "copy-of-official-file" in own else "list or report they cite")
                      + " was not read")
            c["review_note"] = f"{c['review_note']}; {caveat}" if c["review_note"] else caveat
    write(out / "companies.csv", fields, companies)

    fields, sources = read(source / "identifier_sources.csv")
    for s in sources:
        if s["field"] == "ticker":
            s["value"] = mic(s["value"])
    write(out / "identifier_sources.csv", fields, sources)

    for name in ("names.csv", "allegations.csv"):
        fields, rows = read(source / name)
        write(out / name, fields, rows)


if __name__ == "__main__":
    main(*sys.argv[1:3])
