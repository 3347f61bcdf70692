#!/usr/bin/env python3
"""Scores a blind set against a JSON report of `consistency check`.

A blind set is a folder of articles with a manifest.tsv (file, kind, words, fact, note: kind is
`error` for a planted error, `true` for a true look-alike; `words` occurs once in its file) and an
articles.tsv (file, correct: yes/no). A planted error is caught when an error- or warning-severity
finding overlaps its words; a look-alike is falsely flagged when one does. An info finding is a
note to a reviewer, counted apart. A correct article is flagged when it gets any error or warning.

usage: score-blind.py SET_FOLDER REPORT.json [--misses]
"""
import csv
import json
import os
import sys


def load_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def main():
    if len(sys.argv) < 3:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    folder, report_path = sys.argv[1], sys.argv[2]
    show = "--misses" in sys.argv
    rows = load_tsv(os.path.join(folder, "manifest.tsv"))
    articles = load_tsv(os.path.join(folder, "articles.tsv"))
    with open(report_path, encoding="utf-8") as f:
        report = json.load(f)

    by_file = {}
    for finding in report["findings"]:
        by_file.setdefault(os.path.basename(finding["path"]), []).append(finding)

    def overlapping(file, words):
        with open(os.path.join(folder, file), encoding="utf-8-sig") as f:
            text = f.read().replace("\r\n", "\n")
        start = text.find(words)
        if start < 0:
            raise SystemExit(f"{file}: words not found: {words!r}")
        end = start + len(words)
        hits = []
        for finding in by_file.get(file, []):
            s = finding["offset"]["start"]
            e = s + max(1, finding["offset"]["length"])
            if s < end and e > start:
                hits.append(finding)
        return hits

    errors = caught = noted = 0
    trues = flagged = 0
    lines = []
    for row in rows:
        hits = overlapping(row["file"], row["words"])
        strong = [h for h in hits if h["severity"] in ("error", "warning")]
        if row["kind"] == "error":
            errors += 1
            if strong:
                caught += 1
            else:
                noted += 1 if hits else 0
                lines.append(f"MISS  {row['file']}: {row['words']!r} [{row['fact']}] {row['note']}"
                             + (f"  (info only: {hits[0]['ruleId']})" if hits else ""))
        else:
            trues += 1
            if strong:
                flagged += 1
                lines.append(f"FALSE {row['file']}: {row['words']!r} [{row['fact']}] by "
                             + ", ".join(f"{h['ruleId']} {h['severity']}: {h['message']}" for h in strong))

    correct = [a["file"] for a in articles if a["correct"].strip().lower() == "yes"]
    correct_flagged = []
    for file in correct:
        strong = [h for h in by_file.get(file, []) if h["severity"] in ("error", "warning")]
        if strong:
            correct_flagged.append(file)
            for h in strong:
                lines.append(f"CORRECT-FLAGGED {file}: {h['words']!r} {h['ruleId']} {h['severity']}: {h['message']}")

    # Error and warning findings that overlap no manifest row: unplanned, to be read by hand.
    matched = set()
    for row in rows:
        for h in overlapping(row["file"], row["words"]):
            matched.add(id(h))
    others = [f for fs in by_file.values() for f in fs if id(f) not in matched and f["severity"] in ("error", "warning")]
    for f in others:
        lines.append(f"OTHER {os.path.basename(f['path'])}: {f['words']!r} {f['ruleId']} {f['severity']}: {f['message']}")
    print(f"articles: {len(articles)} ({len(correct)} correct)")
    print(f"recall: {caught}/{errors} = {100.0 * caught / max(1, errors):.1f}% (info only on {noted} more)")
    print(f"look-alikes flagged: {flagged}/{trues} = {100.0 * flagged / max(1, trues):.1f}%")
    print(f"correct articles flagged: {len(correct_flagged)}/{len(correct)}")
    print(f"other error/warning findings (on no manifest row): {len(others)}")
    if show:
        for line in lines:
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
