#!/usr/bin/env python3
"""Checks a run's exposure-report.html with Python's own HTML parser: nothing loaded from elsewhere, one h1, a section
per company, and every figure marked on the page equal to the same run's JSON."""
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
for company in report["companies"]:
    if "company-" + company["id"] not in page.ids:
        problems.append(f"no section #company-{company['id']}")
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
print(f"html: {checked} figures equal the JSON, {len(report['companies'])} company sections, nothing loaded from elsewhere")
