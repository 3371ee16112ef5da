#!/usr/bin/env python3
"""Checks a run's PDF and workbook with tools the project did not write: pdftotext, pdffonts, qpdf, openpyxl."""
import json
import subprocess
import sys

out_dir = sys.argv[1]
report = json.load(open(f"{out_dir}/exposure-report.json", encoding="utf-8"))
pdf = f"{out_dir}/exposure-report.pdf"
problems = []

text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
summary = report["summary"]
if summary["currency"]:
    flagged = f"{summary['currency']} {round(summary['flaggedValue']):,}"
    screened = f"{summary['currency']} {round(summary['valueScreened']):,}"
    for figure in (flagged, screened):
        if figure not in text:
            problems.append(f"pdftotext does not find the headline figure '{figure}'")
share = f"{summary['flaggedShare'] * 100:.3f}%"
if share not in text:
    problems.append(f"pdftotext does not find the flagged share '{share}'")
native = [c["nameNative"] for c in report["companies"] if c.get("nameNative")]
if not native:
    problems.append("the report holds no company with a Chinese name to look for")
elif native[0] not in text.replace(" ", ""):
    problems.append(f"pdftotext does not find the Chinese name '{native[0]}'")
for c in report["companies"]:
    if c["nameEn"] not in text.replace("\n", " ") and c["nameEn"][:25] not in text:
        problems.append(f"pdftotext does not find company '{c['nameEn']}'")

fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
if not fonts:
    problems.append("pdffonts lists no fonts")
for line in fonts:
    cols = line.split()
    # name type encoding emb sub uni object ID: 'emb' is the 5th field from the end
    if cols[-5] != "yes":
        problems.append(f"font not embedded: {line}")

qpdf = subprocess.run(["qpdf", "--check", pdf], capture_output=True, text=True)
if qpdf.returncode not in (0, 3):
    problems.append(f"qpdf --check exit {qpdf.returncode}: {qpdf.stdout[-300:]} {qpdf.stderr[-300:]}")

check = subprocess.run(["/usr/bin/python3", "-c", """
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb['Funds']
header = [c.value for c in ws[1]]
row = [c.value for c in ws[2]]
value = row[header.index('Fund value')]
weight = row[header.index('Flagged weight')]
assert isinstance(value, (int, float)), f'Fund value is {type(value).__name__}, not a number'
assert isinstance(weight, (int, float)), f'Flagged weight is {type(weight).__name__}, not a number'
assert ws['D2'].number_format != 'General', 'money has no number format'
print(value, weight)
""", f"{out_dir}/exposure-report.xlsx"], capture_output=True, text=True)
if check.returncode != 0:
    problems.append(f"openpyxl: {check.stderr.strip().splitlines()[-1] if check.stderr.strip() else check.stdout}")
else:
    value = float(check.stdout.split()[0])
    if abs(value - report["funds"][0]["fundValue"]) > 0.01:
        problems.append(f"workbook fund value {value} differs from the JSON's {report['funds'][0]['fundValue']}")

if problems:
    print(f"{out_dir}: {len(problems)} problems")
    for p in problems:
        print("  " + p)
    sys.exit(1)
print(f"{out_dir}: PDF text, fonts, qpdf and workbook checks passed ({len(fonts)} fonts embedded)")
