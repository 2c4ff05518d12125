"""End-to-end tests in real headless LibreOffice.

Installs the built .oxt into a throwaway profile, loads generated workbooks
from files, recalculates and checks values and error codes:
  - every case of cases.py (every function, every error path);
  - the range form and per-row formulas against the oracle (ranges.py);
  - that soffice is still alive at the end.
Usage: /usr/bin/python3 tests/e2e/test_functions.py build/epa-addin-VERSION.oxt
"""
import os
import sys

import cases as case_table
import fods
import model
import oracle
import ranges
from harness import BUILD, Results, cell_outcome, oxt_arg
from office import Office


def expected_matches(outcome, expected, tol):
    if isinstance(expected, str):
        return outcome == ("err", int(expected.split(":")[1]))
    if outcome[0] != "num":
        return False
    tol = 1e-9 * max(1.0, abs(expected)) if tol is None else tol
    return abs(outcome[1] - expected) <= tol


def build_cases_workbook(path, table):
    sh = fods.Sheet("Cases")
    for col, head in enumerate(("case", "formula", "result", "expected")):
        sh.put(0, col, head)
    for i, (label, formula, expected, _tol) in enumerate(table, start=1):
        sh.put(i, 0, label)
        sh.put(i, 1, formula)
        sh.put(i, 2, fods.Formula(formula))
        sh.put(i, 3, expected)
    fods.write(path, [sh])


def build_ranges_workbook(path):
    sh = fods.Sheet("Ranges")
    heads = ranges.HEADS
    for col, head in enumerate(heads):
        sh.put(0, col, head)
    for r, row in enumerate(ranges.ROWS, start=ranges.FIRST - 1):
        for c, v in enumerate(row):
            sh.put(r, c, v)
    n = len(ranges.ROWS)
    col = len(heads)
    for name, per_row, array in ranges.FUNCTIONS:
        sh.put(0, col, name + " per row")
        sh.put(0, col + 1, name + " range")
        for r in range(n):
            sh.put(ranges.FIRST - 1 + r, col, fods.Formula(per_row.format(r=ranges.FIRST + r)))
        sh.put(ranges.FIRST - 1, col + 1, fods.Formula(array, rows=n))
        col += 2
    for i, (label, formula, rows, _code) in enumerate(ranges.SHAPE_CASES):
        sh.put(ranges.SHAPE_ROW + i, 0, label)
        sh.put(ranges.SHAPE_ROW + i, 1, fods.Formula(formula, rows=max(rows, 1)))
    fods.write(path, [sh])


def check_cases(office, res):
    table = case_table.cases()
    path = os.path.join(BUILD, "cases.fods")
    build_cases_workbook(path, table)
    doc = office.load(path)
    doc.calculateAll()
    sheet = doc.Sheets.getByIndex(0)
    for i, (label, formula, expected, tol) in enumerate(table, start=1):
        out = cell_outcome(sheet.getCellByPosition(2, i))
        res.check(expected_matches(out, expected, tol),
                  "%s: %s gave %r, expected %r" % (label, formula, out, expected))
    doc.close(True)
    print("cases: %d formulas checked" % len(table))


def matches(outcome, expected):
    """outcome against the oracle's ("num", x) or ("err", code)."""
    if expected[0] == "err" or outcome[0] != "num":
        return outcome == expected
    return abs(outcome[1] - expected[1]) <= 1e-9 * max(1.0, abs(expected[1]))


def check_ranges(office, res):
    path = os.path.join(BUILD, "ranges.fods")
    build_ranges_workbook(path)
    doc = office.load(path)
    doc.calculateAll()
    sh = doc.Sheets.getByIndex(0)
    col = len(ranges.COLS)
    n = len(ranges.ROWS)
    errors_seen = 0
    for name, _per_row, _array in ranges.FUNCTIONS:
        for r in range(n):
            row = ranges.FIRST - 1 + r
            # Calc passes an empty single cell as 0 but an empty cell inside
            # a range as empty: the oracle knows both.
            for c, in_range, form in ((col, False, "per-row"), (col + 1, True, "range")):
                out = cell_outcome(sh.getCellByPosition(c, row))
                want = oracle.evaluate(name, ranges.sees(name, r, in_range))
                res.check(matches(out, want),
                          "%s row %d, %s formula: %r, expected %r" % (name, row + 1, form, out, want))
                errors_seen += out[0] == "err"
        # The rows must exercise both outcomes of every function, or a range
        # form that returns only errors (or never one) would pass.
        kinds = {oracle.evaluate(name, ranges.sees(name, r, True))[0] for r in range(n)}
        res.check(kinds == {"num", "err"}, "%s: ranges.ROWS give only %r" % (name, kinds))
        col += 2
    k = [name for name, _, _ in ranges.FUNCTIONS].index("EPAPREV")
    prev = cell_outcome(sh.getCellByPosition(len(ranges.COLS) + 2 * k + 1, ranges.FIRST - 1))
    res.check(prev[0] == "num" and abs(prev[1] - model.WORKED) < 1e-12,
              "range row 1 is the worked example: %r" % (prev,))
    for i, (label, formula, _rows, code) in enumerate(ranges.SHAPE_CASES):
        out = cell_outcome(sh.getCellByPosition(1, ranges.SHAPE_ROW + i))
        if code:
            res.check(out == ("err", code), "%s: %r" % (label, out))
        else:
            res.check(out[0] == "num", "%s: %r" % (label, out))
    doc.close(True)
    print("ranges: %d functions x %d rows compared with the oracle, %d error elements" % (
        len(ranges.FUNCTIONS), n, errors_seen))


def main():
    res = Results("functions")
    with Office(oxt_arg()) as office:
        check_cases(office, res)
        check_ranges(office, res)
        res.check(office.alive(), "soffice survived the suite")
    return res.finish()


if __name__ == "__main__":
    sys.exit(main())
