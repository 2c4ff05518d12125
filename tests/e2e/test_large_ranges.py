"""Huge ranges in real Calc (issue 13, docs/robustness.md "Large ranges").

A range-form result may have at most 16,777,216 cells (16 full columns,
EPA_RESULT_MAX_CELLS in addin/broadcast.h); a larger one is refused with
Err:502 before the add-in allocates it.  Checked on Sheet2 over Sheet1,
which holds two valid OAD numbers (A1 = 1200, B1 = 3000) and is otherwise
empty, so EPAURBANITY gives Err:502 for every other cell (README: an empty
OAD cell is an error):
  - a whole column, A:A (1,048,576 cells): 1,048,575 errors;
  - A1:P1048576 (16 full columns, the limit): 16,777,214 errors;
  - A1:Q1048576 (17 full columns): the whole formula is Err:502, so
    ISERROR counts 1, and EPAURBANITY alone shows Err:502;
  - the office is still alive.
soffice runs under a 6 GiB address-space limit, so that a regression
fails the test instead of exhausting the machine.  About 15 s and 1.5 GB.
Usage: /usr/bin/python3 tests/e2e/test_large_ranges.py build/epa-addin-VERSION.oxt
"""
import sys

from harness import Results, cell_outcome, oxt_arg
from office import Office
from sheets import huge_range_probe

AS_LIMIT = 6 << 30
ROWS = 1048576
MAX_CELLS = 16 * ROWS
URBANITY = "NL.EPAPLANNING.CALC.EPAADDIN.EPAURBANITY"


def main():
    res = Results("large ranges")
    office = Office(oxt_arg())
    try:
        # The limit is inherited by soffice; only start() runs under it.
        with Office.address_space_limit(AS_LIMIT):
            office.start()
        doc, cell = huge_range_probe(office)
        cases = [
            ("whole column A:A", "=SUMPRODUCT(ISERROR(%s($Sheet1.A:A)))" % URBANITY, ROWS - 1),
            ("16 full columns (the limit)",
             "=SUMPRODUCT(ISERROR(%s($Sheet1.A1:P1048576)))" % URBANITY, MAX_CELLS - 2),
            ("17 full columns: refused", "=SUMPRODUCT(ISERROR(%s($Sheet1.A1:Q1048576)))" % URBANITY, 1),
            ("17 full columns alone", "=%s($Sheet1.A1:Q1048576)" % URBANITY, ("err", 502)),
        ]
        for label, formula, expected in cases:
            try:
                cell.setFormula(formula)
                out = cell_outcome(cell)
            except Exception as e:  # soffice died
                res.check(False, "%s: %s: %s" % (label, formula, type(e).__name__))
                break
            want = expected if isinstance(expected, tuple) else ("num", float(expected))
            res.check(out == want, "%s: %s gave %r, expected %r" % (label, formula, out, want))
            cell.setFormula("")
        res.check(office.alive(), "soffice survived")
        try:
            doc.close(True)
        except Exception:
            pass
    finally:
        office.cleanup()
    return res.finish()


if __name__ == "__main__":
    sys.exit(main())
