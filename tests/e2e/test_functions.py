"""End-to-end tests in real headless LibreOffice.

Installs the built .oxt into a throwaway profile, loads generated workbooks
from files, recalculates and checks values and error codes:
  - every case of cases.py (every function, every error path);
  - the range form against per-row formulas (ranges.py);
  - that soffice is still alive at the end.
Usage: /usr/bin/python3 tests/e2e/test_functions.py build/epa-addin-VERSION.oxt
"""
import os
import sys

import cases as case_table
import fods
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
    heads = ["oad", "single_pct", "wwb_pct", "ao_pct", "adults", "actual", "urbanity", "predicted"]
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


def check_ranges(office, res):
    path = os.path.join(BUILD, "ranges.fods")
    build_ranges_workbook(path)
    doc = office.load(path)
    doc.calculateAll()
    sh = doc.Sheets.getByIndex(0)
    col = 8
    n = len(ranges.ROWS)
    errors_seen = 0
    for name, _per_row, _array in ranges.FUNCTIONS:
        values = 0
        for r in range(n):
            row = ranges.FIRST - 1 + r
            single = cell_outcome(sh.getCellByPosition(col, row))
            array = cell_outcome(sh.getCellByPosition(col + 1, row))
            if r == ranges.EMPTY_ROW and single != array:
                # Calc passes an empty single cell as 0 but an empty cell
                # inside a range as empty: the range form rejects it.
                res.check(array == ("err", 502), "%s empty-cell row: range gives %r" % (name, array))
            else:
                res.check(single == array, "%s row %d: per-row %r, range %r" % (name, row + 1, single, array))
            values += single[0] == "num"
            errors_seen += single[0] == "err"
        # Every function must produce numbers for the good rows, not only errors.
        res.check(values >= 5, "%s: only %d numeric rows" % (name, values))
        col += 2
    # Bad rows give Err:502 in that row only: EPAPREV rows 6-9 are bad.
    prev = [cell_outcome(sh.getCellByPosition(9, ranges.FIRST - 1 + r)) for r in range(n)]
    res.check([o[0] for o in prev] == ["num"] * 5 + ["err"] * 4 + ["num"],
              "EPAPREV range: bad rows must be exactly rows 7-10: %r" % prev)
    res.check(all(o == ("err", 502) for o in prev[5:9]), "bad rows show Err:502: %r" % prev[5:9])
    res.check(abs(prev[0][1] - case_table.WORKED) < 1e-12, "range row 1 is the worked example")
    for i, (label, formula, _rows, code) in enumerate(ranges.SHAPE_CASES):
        out = cell_outcome(sh.getCellByPosition(1, ranges.SHAPE_ROW + i))
        if code:
            res.check(out == ("err", code), "%s: %r" % (label, out))
        else:
            res.check(out[0] == "num", "%s: %r" % (label, out))
    doc.close(True)
    print("ranges: %d functions x %d rows compared, %d error rows" % (len(ranges.FUNCTIONS), n, errors_seen))


def main():
    res = Results("functions")
    with Office(oxt_arg()) as office:
        check_cases(office, res)
        check_ranges(office, res)
        res.check(office.alive(), "soffice survived the suite")
    return res.finish()


if __name__ == "__main__":
    sys.exit(main())
