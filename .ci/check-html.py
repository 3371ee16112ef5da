#!/usr/bin/env python3
"""Checks a run's exposure-report.html with Python's own HTML parser: nothing loaded from elsewhere, one h1, a section
per company (for a market of funds, per company of its table of companies held by the most funds), every link within
the page leading somewhere, and every figure marked on the page equal to the same run's JSON."""
import json
import re
import sys
from decimal import Decimal
from html.parser import HTMLParser

out_dir = sys.argv[1]
report = json.load(open(f"{out_dir}/exposure-report.json", encoding="utf-8"), parse_float=Decimal)
html = open(f"{out_dir}/exposure-report.html", encoding="utf-8").read()


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems, self.figures, self.ids, self.h1 = [], [], set(), 0
        self.policy, self.scripts, self.open_figure = None, 0, None
        self.anchors = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "h1":
            self.h1 += 1
        if tag == "script":
            self.scripts += 1
        if tag in ("link", "img", "iframe", "object", "embed", "base", "form", "video", "audio") or "src" in a:
            self.problems.append(f"<{tag}> loads or embeds something: {attrs}")
        if any(k.startswith("on") for k in a):
            self.problems.append(f"<{tag}> has an event handler attribute")
        href = a.get("href")
        if href is not None and href.startswith("#"):
            self.anchors.append(href[1:])
        if href is not None and not (href.startswith("#") or href.startswith("https://") or href.startswith("http://")):
            self.problems.append(f"link to '{href}'")
        if tag == "meta" and a.get("http-equiv") == "Content-Security-Policy":
            self.policy = a.get("content")
        if tag == "data" and "data-figure" in a:
            self.open_figure = [a["data-figure"], a.get("value", ""), ""]

    def handle_data(self, data):
        if self.open_figure is not None:
            self.open_figure[2] += data

    def handle_endtag(self, tag):
        if tag == "data" and self.open_figure is not None:
            self.figures.append(tuple(self.open_figure))
            self.open_figure = None


def find(root, path):
    node = root
    for part in path.split("."):
        name, *indexes = re.split(r"\[|\]\[|\]", part)
        node = node[name]
        for i in (x for x in indexes if x != ""):
            node = node[int(i)]
    return node


page = Page()
page.feed(html)
problems = page.problems
if page.h1 != 1:
    problems.append(f"{page.h1} h1 elements")
if page.scripts != 1:
    problems.append(f"{page.scripts} script elements")
if not page.policy or not page.policy.startswith("default-src 'none'"):
    problems.append(f"content security policy is {page.policy!r}")
# A market (MarketLayout: funds from filings, or more than 100 funds without a scheme) profiles the companies of its
# table of companies held by the most funds (the first 25), and a few more; any other report, every company held.
market = report.get("market")
if market is not None:
    profiled = [c["companyId"] for c in market["companies"] if c["funds"] > 0][:25]
elif report.get("portfolio") is None and len(report["funds"]) > 100:
    profiled = [c["id"] for c in report["companies"]][:25]
else:
    profiled = [c["id"] for c in report["companies"]]
for company in profiled:
    if "company-" + company not in page.ids:
        problems.append(f"no section #company-{company}")
for anchor in page.anchors:
    if anchor not in page.ids:
        problems.append(f"a link leads to #{anchor}, which is not on the page")
checked = 0
for path, value, text in page.figures:
    try:
        expected = find(report, path)
    except (KeyError, IndexError, TypeError):
        problems.append(f"{path}: not in the JSON")
        continue
    if expected is None:
        if value != "":
            problems.append(f"{path}: JSON null, page {value}")
    elif Decimal(value) != Decimal(str(expected)):
        problems.append(f"{path}: JSON {expected}, page {value} ({text})")
    checked += 1
if checked < 100:
    problems.append(f"only {checked} figures are marked on the page")

if problems:
    print("\n".join(problems[:40]), file=sys.stderr)
    sys.exit(1)
sections = sum(1 for c in report["companies"] if "company-" + c["id"] in page.ids)
print(f"html: {checked} figures equal the JSON, {sections} company sections of {len(report['companies'])} companies held, nothing loaded from elsewhere")
