"""The model document and the tests' transcription of it agree.

addin/model/MODEL.md is what users and contributors read; model.py is what
every Python test computes with.  This test reads the document's tables
(coefficients, intercepts and class limits, deviation bands, spending
shares, capacity norms, accepted names) and requires model.py to hold the
same numbers and names, so neither can change without the other.  Needs
no soffice.

Usage: /usr/bin/python3 tests/fast/test_model_document.py
"""
import os
import re
import sys

# The test's own model, oracle and catalogue reader live with the end-to-end
# suite; these checks use them without an office.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "e2e"))

import model  # noqa: E402
from harness import ROOT, Results  # noqa: E402

DOC = os.path.join(ROOT, "addin", "model", "MODEL.md")


def sections(text):
    """{"1.2": [table rows as lists of cells]} for every ### section."""
    out, current = {}, None
    for line in text.splitlines():
        m = re.match(r"^###\s+(\d+\.\d+)\s", line)
        if m:
            current = out.setdefault(m.group(1), [])
        elif current is not None and line.startswith("|") and not re.match(r"^\|[-| ]+\|$", line):
            current.append([c.strip() for c in line.strip("|").split("|")])
    return out


def num(cell):
    """'−7.8' / '+0.6' / '38' / '6.6667' -> float (Unicode minus too)."""
    return float(cell.replace("\u2212", "-").replace("+", "").replace(",", "").split()[0])


def norm_cell(cell):
    """'400–500' -> (400, 500); '2' -> (2, 2); '–' -> None."""
    if cell in ("\u2013", "-"):
        return None
    parts = re.split(r"\u2013|(?<=\d)-(?=\d)", cell)
    return (num(parts[0]), num(parts[-1]))


def main():
    res = Results("model document")
    with open(DOC, encoding="utf-8") as f:
        doc = sections(f.read())

    # 1.1 coefficients
    coef = {row[0]: row[2] for row in doc["1.1"][1:] if row[2]}
    for sym, value in (("S", model.COEF_SINGLE), ("W", model.COEF_WWB), ("A", model.COEF_AO)):
        res.check(sym in coef and num(coef[sym]) == value, "MODEL.md 1.1 coefficient of %s %r, model.py %r"
                  % (sym, coef.get(sym), value))

    # 1.2 intercepts and the lowest OAD of each class
    rows = doc["1.2"][1:]
    res.check(len(rows) == len(model.INTERCEPT), "MODEL.md 1.2 has %d classes" % len(rows))
    floors = dict(model.CLASS_FLOOR)
    for row in rows:
        cls = int(row[2])
        res.check(num(row[4]) == model.INTERCEPT.get(cls), "MODEL.md 1.2 class %d intercept %s, model.py %r"
                  % (cls, row[4], model.INTERCEPT.get(cls)))
        m = re.search(r"(\d+)\s*\u2264\s*OAD|OAD\s*\u2265\s*(\d+)", row[0])
        low = float(m.group(1) or m.group(2)) if m else None
        res.check(low == floors.get(cls), "MODEL.md 1.2 class %d starts at %r, model.py %r"
                  % (cls, low, floors.get(cls)))

    # 1.5 deviation bands
    bands = {int(num(r[0])): (num(r[1]), num(r[2])) for r in doc["1.5"][1:]}
    res.check(bands == model.BANDS, "MODEL.md 1.5 bands %r, model.py %r" % (bands, model.BANDS))

    # 2.2 spending shares (rows in the order clinical, BW, amb. EPA, amb. other, total)
    keys = list(model.SHARES) + ["total"]
    rows = doc["2.2"][1:]
    res.check(len(rows) == len(keys), "MODEL.md 2.2 has %d categories" % len(rows))
    for key, row in zip(keys, rows):
        got = tuple(num(c) for c in row[1:4])
        want = model.SHARES.get(key, (100, 100, 100))
        res.check(got == tuple(map(float, want)), "MODEL.md 2.2 %s %r, model.py %r" % (key, got, want))
        res.check(row[0].lower().startswith(key), "MODEL.md 2.2 row %r is not %s" % (row[0], key))

    # 2.4 capacity norms, the table "as numbers" (the one keyed by item)
    rows = [r for r in doc["2.4"] if r[0] in model.CAPACITY]
    res.check(sorted(r[0] for r in rows) == sorted(model.CAPACITY),
              "MODEL.md 2.4 items %r" % sorted(r[0] for r in rows))
    for row in rows:
        for s in range(3):
            got, want = norm_cell(row[1 + s]), model.CAPACITY[row[0]][s]
            ok = (got is None and want is None) or (
                got is not None and want is not None and all(abs(g - w) <= 5e-5 for g, w in zip(got, want)))
            res.check(ok, "MODEL.md 2.4 %s scenario %d %r, model.py %r" % (row[0], s, row[1 + s], want))

    # 4.2 accepted names
    tables = {"side": model.SIDES, "bound": model.BOUNDS, "scenario": model.SCENARIOS,
              "category": model.CATEGORIES, "item": model.ITEMS}
    seen, arg = {k: set() for k in tables}, None
    for row in doc["4.2"][1:]:
        if row[0]:
            arg = row[0].split()[0]
        names = re.findall(r"`([^`]+)`", row[2])
        if arg in seen:
            seen[arg].update(model.normalise(n) for n in names)
    for arg, table in tables.items():
        res.check(seen[arg] == set(table), "MODEL.md 4.2 %s names: only in the document %r, only in model.py %r"
                  % (arg, sorted(seen[arg] - set(table)), sorted(set(table) - seen[arg])))
    return res.finish()


if __name__ == "__main__":
    sys.exit(main())
