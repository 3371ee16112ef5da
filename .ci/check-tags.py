#!/usr/bin/env python3
"""Checks that a run's PDF is tagged, with tools the project did not write: pdfinfo says so; the structure tree read
from qpdf --json has the document's language, its title shown in the window, a heading for every bookmark in the
bookmarks' order and at their level, no heading level skipped, alternative text on every figure and header cells in
every table; marked content and text objects nest in every content stream; and pdftotext reads the headings in the
same order."""
import base64
import json
import re
import subprocess
import sys

out_dir = sys.argv[1]
pdf = f"{out_dir}/exposure-report.pdf"
report = json.load(open(f"{out_dir}/exposure-report.json", encoding="utf-8"))
problems = []

info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
if not re.search(r"^Tagged:\s+yes$", info, re.M):
    problems.append("pdfinfo does not say 'Tagged: yes'")

doc = json.loads(subprocess.run(["qpdf", "--json", "--json-key=qpdf", "--json-stream-data=inline", pdf], capture_output=True, text=True).stdout)
objects = doc["qpdf"][1]


def resolve(value):
    """An object's value (a stream's dictionary) for a reference such as '12 0 R'; other values as they are."""
    while isinstance(value, str) and re.fullmatch(r"\d+ \d+ R", value):
        entry = objects.get(f"obj:{value}", {})
        value = entry["stream"]["dict"] if "stream" in entry else entry.get("value")
    return value


def text(value):
    """A PDF text string as qpdf writes it in JSON ('u:...' for text, 'b:...' for bytes in hex)."""
    value = resolve(value)
    if isinstance(value, str) and value.startswith("u:"):
        return value[2:]
    if isinstance(value, str) and value.startswith("b:"):
        raw = bytes.fromhex(value[2:])
        return raw[2:].decode("utf-16-be") if raw.startswith(b"\xfe\xff") else raw.decode("latin-1")
    return value


def as_list(value):
    value = resolve(value) if not isinstance(value, list) else value
    return value if isinstance(value, list) else [] if value is None else [value]


catalog = resolve(objects["trailer"]["value"]["/Root"])
if resolve(catalog.get("/MarkInfo", {})).get("/Marked") is not True:
    problems.append("the catalog's /MarkInfo does not say /Marked true")
language = text(catalog.get("/Lang"))
if language != "en":
    problems.append(f"the document language is {language!r}, not 'en'")
if resolve(catalog.get("/ViewerPreferences", {})).get("/DisplayDocTitle") is not True:
    problems.append("/ViewerPreferences does not ask for /DisplayDocTitle")
title = text(resolve(objects["trailer"]["value"].get("/Info", {})).get("/Title"))
if not title:
    problems.append("the document has no title")

# The structure tree, depth first: (type, dictionary, depth, ancestors' types).
elements = []
root = resolve(catalog.get("/StructTreeRoot"))
if not isinstance(root, dict):
    problems.append("the catalog has no /StructTreeRoot")
else:
    def walk(kids, depth, ancestors):
        for kid in as_list(kids):
            node = resolve(kid)
            if isinstance(node, dict) and node.get("/Type", "/StructElem") == "/StructElem" and "/S" in node:
                kind = node["/S"][1:]
                elements.append((kind, node, depth, ancestors))
                walk(node.get("/K"), depth + 1, ancestors + [kind])
    walk(root.get("/K"), 0, [])

headings = [(int(kind[1]), text(node.get("/ActualText")) or "") for kind, node, _, _ in elements if re.fullmatch(r"H[1-6]", kind)]

# The bookmarks in order, with their levels; the first is the cover, whose heading is the document's title.
bookmarks = []


def outline(item, level):
    while item:
        node = resolve(item)
        bookmarks.append((level, text(node.get("/Title"))))
        outline(node.get("/First"), level + 1)
        item = node.get("/Next")


outline(resolve(catalog.get("/Outlines", {})).get("/First"), 1)
if not bookmarks:
    problems.append("the PDF has no bookmarks to compare the headings with")
top = [t for level, t in bookmarks if level == 1]
h1 = [t for level, t in headings if level == 1]
if len(h1) != len(top) or h1[1:] != top[1:]:
    problems.append(f"the H1 headings {h1} are not the top-level bookmarks {top} (the first being the cover's title)")
elif not title.startswith(h1[0]):
    problems.append(f"the first H1 '{h1[0]}' does not open the document title '{title}'")
position = 0
for level, name in bookmarks[1:]:
    found = next((i for i in range(position, len(headings)) if headings[i] == (level, name)), None)
    if found is None:
        problems.append(f"no H{level} '{name}' after heading {position} of the structure tree, where the bookmarks put one")
        break
    position = found + 1

# No heading skips a level (an H3 straight after an H1).
previous = 0
for level, name in headings:
    if level > previous + 1:
        problems.append(f"the heading '{name}' is H{level} after an H{previous}: a level is skipped")
    previous = level

# pdftotext reads the headings in the structure tree's order.
reading = re.sub(r"\s+", "", subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", pdf, "-"], capture_output=True, text=True, check=True).stdout)
at = 0
for level, name in headings:
    found = reading.find(re.sub(r"\s+", "", name), at)
    if found < 0:
        problems.append(f"pdftotext does not read the heading '{name}' where the structure tree puts it")
        break
    at = found

figures = [node for kind, node, _, _ in elements if kind == "Figure"]
for node in figures:
    if not (text(node.get("/Alt")) or "").strip():
        problems.append("a Figure has no alternative text")
tables = [i for i, (kind, _, _, _) in enumerate(elements) if kind == "Table"]
for i in tables:
    depth = elements[i][2]
    inside = []
    for kind, node, d, _ in elements[i + 1:]:
        if d <= depth:
            break
        inside.append((kind, node))
    header_cells = [node for kind, node in inside if kind == "TH"]
    if not header_cells:
        problems.append(f"table {tables.index(i) + 1} has no header cell (TH)")
    for node in header_cells:
        scopes = [resolve(a).get("/Scope") for a in as_list(node.get("/A")) if isinstance(resolve(a), dict)]
        if not any(s in ("/Column", "/Row") for s in scopes):
            problems.append(f"a header cell of table {tables.index(i) + 1} has no /Scope")
            break
for kind, node, _, ancestors in elements:
    if kind in ("TH", "TD") and (not ancestors or ancestors[-1] != "TR"):
        problems.append(f"a {kind} outside a TR")
        break
    if kind == "TR" and "Table" not in ancestors:
        problems.append("a TR outside a Table")
        break

# Marked content (BMC/BDC ... EMC) and text objects (BT ... ET) nest properly in every page's content (ISO 32000-1, 14.6).
token = re.compile(rb"<<|>>|<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\)|/[^\s/<>\[\]()]+|[\[\]]|[^\s/<>\[\]()]+")
page_refs = as_list(resolve(catalog["/Pages"]).get("/Kids"))
sequences = 0
for number, page in enumerate(page_refs, start=1):
    contents = resolve(page).get("/Contents")
    streams = contents if isinstance(contents, list) else [contents]
    data = b"".join(base64.b64decode(objects[f"obj:{ref}"]["stream"].get("data", "")) for ref in streams if f"obj:{ref}" in objects)
    if "/StructParents" not in resolve(page) and (b"BDC" in data):
        problems.append(f"page {number} has marked content but no /StructParents")
    stack = []
    for t in token.findall(data):
        if t in (b"BT", b"BDC", b"BMC"):
            stack.append(b"BT" if t == b"BT" else b"MC")
            sequences += t != b"BT"
        elif t in (b"ET", b"EMC"):
            expected = b"BT" if t == b"ET" else b"MC"
            if not stack or stack[-1] != expected:
                problems.append(f"page {number}: {t.decode()} closes {'nothing' if not stack else stack[-1].decode()}: marked content and text objects do not nest")
                break
            stack.pop()
    else:
        if stack:
            problems.append(f"page {number}: {len(stack)} marked-content sequences or text objects left open")

native = [c["nameNative"] for c in report["companies"] if c.get("nameNative")]
plain = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True, text=True, check=True).stdout
if native and native[0] in plain.replace(" ", ""):
    marked = [text(node.get("/Lang")) for kind, node, _, _ in elements if text(node.get("/Lang"))]
    if not any(lang in ("zh-Hans", "zh-Hant") for lang in marked):
        problems.append("Chinese names are drawn, but no element marks text as zh-Hans or zh-Hant")

if problems:
    print(f"{pdf}: {len(problems)} problems with its tags")
    for p in problems:
        print("  " + p)
    sys.exit(1)
counts = {k: sum(1 for e in elements if e[0] == k) for k in ("H1", "H2", "H3", "P", "L", "Table", "TH", "Figure", "Link")}
print(f"{pdf}: tagged, language {language}, title shown; {sequences} marked-content sequences nested; "
      f"{len(headings)} headings in the bookmarks' and pdftotext's order; "
      f"{len(figures)} figures with alternative text; {len(tables)} tables with header cells; "
      + ", ".join(f"{v} {k}" for k, v in counts.items()))
