"""The table functions' cases for the XLL's stand-in host
(tests/xll/gen_cases.py writes them into build/xll/cases.h): CBS's real
KWB 2023 download for Utrecht (tools/data, read by tools/kwb.py) passed as
Excel passes a range (xltypeMulti; an empty cell xltypeNil), whole and as
a spoilt excerpt, with the tables the oracle says (tests/e2e/region_tables.py);
then the errors of the whole call.

A case is (label, function row, argument grids, expected) as gen_cases.py
writes it: a grid is [[cell]] (1 x 1: one value, not a range), a cell in
the oracle's argument form (("num", x), ("text", s), ("empty",),
("omitted",), ("err", code)); expected a table of cells, or one error.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "tools"))

import kwb  # noqa: E402
import region_tables as tables  # noqa: E402

NBSP = "\u00a0"
MISSING = ("omitted",)


def utrecht_2023():
    return kwb.read_xlsx(os.path.join(ROOT, "tools", "data", "cbs-kwb-2023-utrecht.xlsx"))


def spoilt(paste):
    """The first 60 rows as users spoil them: a benefit count CBS hides
    ('.'), a code in lower case behind a no-break space, a row pasted twice
    with another count, an empty row in between."""
    head = paste[0]
    ci, wb, inh = head.index("gwb_code_10"), head.index("a_soz_wb"), head.index("a_inw")
    rows = [list(r) for r in paste[:61]]
    buurten = [i for i, r in enumerate(rows) if str(r[ci]).startswith("BU")]
    rows[buurten[0]][wb] = "."
    rows[buurten[1]][ci] = NBSP + rows[buurten[1]][ci].lower()
    twice = list(rows[buurten[2]])
    twice[inh] = twice[inh] + 1 if isinstance(twice[inh], float) else twice[inh]
    rows.insert(buurten[3], twice)
    rows.insert(buurten[4], [""] * len(head))
    return rows


def grid(cells_rows):
    """Rows of pasted cells as an Excel range's values."""
    def cell(c):
        if c == "":
            return ("empty",)
        return ("text", c) if isinstance(c, str) else ("num", float(c))
    return [[cell(c) for c in row] for row in cells_rows]


def one(a):
    return [[a]]


def cases(catalogue, value, xlerr):
    """value: the #VALUE! expectation; xlerr: Excel's error codes by name."""
    rows_fn, areas_fn, gems_fn, tot_fn = (catalogue.function(n) for n in
                                          ("EPAREGIONROWS", "EPAREGIONAREAS", "EPAREGIONGEMEENTEN",
                                           "EPAREGIONTOTALS"))
    u23 = utrecht_2023()
    spoilt60 = spoilt(u23)
    out = []

    def three(label, paste, listed, list_arg, options, message=None):
        """The four functions on one paste; options: [(level, factor,
        first_row) as oracle arguments]; list_arg: the list's grid."""
        level, factor, first = options
        lv = "wijk" if level == MISSING else level[1].strip()
        fc = 0.7 if factor == MISSING else factor[1]
        args = [grid(paste), list_arg, one(level), one(factor), one(first)]
        out.append((label, rows_fn, args, tables.rows_table(paste, listed, lv, fc)))
        out.append((label, areas_fn, args, tables.areas_table(paste, listed, lv, fc)))
        out.append((label, gems_fn, args[:4], tables.gemeenten_table(paste, listed, lv, fc)))
        out.append((label, tot_fn, args, tables.totals_table(paste, listed, lv, fc, message)))

    three("Utrecht KWB 2023, every option left out", u23, (), one(MISSING), (MISSING, MISSING, MISSING),
          "volledig: 10 gebieden van 1 gemeente")
    listed = [["GM0344"], [355.0], [""], [""]]
    three("Utrecht KWB 2023, list GM0344 and 355 in a range of 4 with 2 empty cells", u23, listed,
          grid(listed), (("text", "wijk"), ("num", 0.7), ("num", 2.0)))
    three("the first 60 rows spoilt, at buurt level, factor 0.5, first row 5", spoilt60, (), one(MISSING),
          (("text", " buurt\t"), ("num", 0.5), ("num", 5.0)))
    empties = [[""], [""], [""]]
    three("Utrecht KWB 2023, the list an empty range of 3 (as if left out, 3 gemeente rows)", u23, empties,
          grid(empties), (MISSING, MISSING, MISSING))

    # Errors of the whole call: one Excel error, never a table.
    paste = grid(u23)
    good = [paste, one(MISSING), one(("text", "wijk")), one(("num", 0.7)), one(("num", 2.0))]

    def bad(label, i, arg, want=value, fns=(rows_fn, areas_fn, gems_fn, tot_fn)):
        for fn in fns:
            if i < len(fn["params"]):
                args = good[:len(fn["params"])]
                args[i] = arg
                out.append((label, fn, args, want))

    bad("the paste left out", 0, one(MISSING))
    bad("level \"gemeente\"", 2, one(("text", "gemeente")))
    bad("level an empty cell (not left out)", 2, one(("empty",)))
    bad("level a range of two cells", 2, [[("text", "wijk")], [("text", "buurt")]])
    bad("factor 2", 3, one(("num", 2.0)))
    bad("factor #N/A, passed on", 3, one(("err", xlerr["#N/A"])), ("err", xlerr["#N/A"]))
    bad("first row 0", 4, one(("num", 0.0)))
    bad("a header alone has no row to show", 0, grid(u23[:1]), value, (rows_fn, areas_fn))
    return out
