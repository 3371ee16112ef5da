#!/usr/bin/env python3
"""Compares a run's matches.csv and unmatched.csv with an expected-matches table for one input file."""
import csv
import os
import sys

out_dir, input_path, golden = sys.argv[1], sys.argv[2], sys.argv[3]
# Reports name an input by its file name alone, never the folder it was read from.
input_name = os.path.basename(input_path)

def rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))

findings = {(int(r["line"]), r["state"], r["company_id"]) for r in rows(f"{out_dir}/matches.csv") if r["file"] == input_name}
unmatched = {int(r["line"]) for r in rows(f"{out_dir}/unmatched.csv") if r["file"] == input_name}
expected = [(int(r["line"]), r["state"], r["company_id"], r["name"]) for r in rows(golden)]

problems = []
expected_findings = {(l, s, c) for l, s, c, _ in expected if s != "unmatched"}
for line, state, company, name in expected:
    if state == "unmatched" and line not in unmatched:
        problems.append(f"line {line} ({name}) should be unmatched")
    if state != "unmatched" and (line, state, company) not in findings:
        problems.append(f"line {line} ({name}) should be {state} {company}")
for f in sorted(findings - expected_findings):
    problems.append(f"line {f[0]} is {f[1]} {f[2]}, which the golden table does not list")

if problems:
    print(f"{input_name}: {len(problems)} differences from {golden}")
    for p in problems:
        print("  " + p)
    sys.exit(1)
print(f"{input_name}: {len(expected_findings)} findings and {len(expected) - len(expected_findings)} look-alikes as expected")
