"""The README's examples table is true: every `=FORMULA` | result row is
recalculated in real Calc and must show that result (to the decimals the
README prints, or the error it names), and every function of the
catalogue has at least one example there.
Usage: /usr/bin/python3 tests/e2e/test_readme.py build/epa-addin-VERSION.oxt
"""
import os
import re
import sys

import catalogue
import fods
from harness import BUILD, ROOT, Results, cell_outcome, oxt_arg
from office import Office

ROW = re.compile(r"^\| `(=[^`]+)` \| ([^|]+?) \|$")


def examples():
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        return [(m.group(1), m.group(2)) for m in map(ROW.match, f.read().splitlines()) if m]


def matches(outcome, shown):
    if shown.startswith("Err:"):
        return outcome == ("err", int(shown[4:]))
    if outcome[0] != "num":
        return False
    decimals = len(shown.split(".")[1]) if "." in shown else 0
    return abs(outcome[1] - float(shown)) <= 0.5 * 10 ** -decimals


def main():
    res = Results("readme")
    rows = examples()
    # A function without an example is undocumented (or the table was not
    # found at all).
    for name in catalogue.names():
        res.check(any(re.search(r"\b%s\(" % name, f) for f, _shown in rows),
                  "catalogue row %s: no example in the README examples table" % name)
    sheet = fods.Sheet("README")
    for i, (formula, _shown) in enumerate(rows):
        sheet.put(i, 0, fods.Formula(formula.replace("; ", ";")))
    path = os.path.join(BUILD, "readme.fods")
    oxt = oxt_arg()
    fods.write(path, [sheet])
    with Office(oxt) as office:
        doc = office.load(path)
        doc.calculateAll()
        sh = doc.Sheets.getByIndex(0)
        for i, (formula, shown) in enumerate(rows):
            out = cell_outcome(sh.getCellByPosition(0, i))
            res.check(matches(out, shown), "README says %s gives %s; Calc gives %r" % (formula, shown, out))
        doc.close(True)
    return res.finish()


if __name__ == "__main__":
    sys.exit(main())
