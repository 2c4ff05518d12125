"""The range form: one array formula per column against per-row formulas.

ROWS are PC4-like areas, some of them bad on purpose (suppressed data,
text, an empty cell, a fraction in a percentage column).  For the
functions of CALLS the sheet holds a per-row formula column and an array
formula over the same rows; the test requires every element of both to be
what oracle.py computes for that row (values and error codes alike), so a
bad row must fail in that row only.
"""

# oad, single, wwb, ao, adults, actual, urbanity class, predicted
ROWS = [
    (1200, 23.14, 5.6, 3.45, 3917, 15.2, 3, 14.988166),
    (3100, 48.0, 9.1, 6.2, 12040, 31.0, 1, 26.0),
    (1800, 35.5, 4.0, 5.1, 8200, 50.0, 2, 17.6),
    (700, 28.0, 2.2, 4.4, 5100, 9.0, 4, 12.3),
    (150, 22.0, 0.8, 3.9, 1900, 7.5, 5, 8.6),
    (-99997, 30.0, 3.0, 4.0, -99997, -99997, -99997, 12.0),   # CBS suppression code
    (2600, "n.b.", 3.0, 4.0, 2000, 12.0, 2.5, "n.b."),    # text; a class that is no integer
    (2600, 30.0, None, 4.0, 2000, 12.0, 1, None),         # empty cell
    (1000, 0.31, 0.05, 0.04, 2500, 14.0, 0, -1),          # fractions typed as percent; class 0
    (500, 100.0, 0.0, 0.0, 0, 42.5, 4, 0.0),              # extremes that are valid
]
EMPTY_ROW = 7                   # index in ROWS of the row with an empty cell
FIRST = 2                       # data starts in row 2 (row 1 holds headers)
LAST = FIRST + len(ROWS) - 1
COLS = "ABCDEFGH"               # inputs as in ROWS
SHAPE_ROW = LAST + 2            # 0-based sheet row of the first SHAPE_CASE


def rng(col):
    return "%s%d:%s%d" % (col, FIRST, col, LAST)


# Each function's arguments: a column letter (the row's cell, or the whole
# column as a range) or a constant typed into the formula.
CALLS = [
    ("EPAPREV", ["A", "B", "C", "D"]),
    ("EPACOUNT", ["A", "B", "C", "D", "E"]),
    ("EPAURBANITY", ["A"]),
    ("EPAPREVCLASS", ["G", "B", "C", "D"]),
    ("EPABAND", ["F", 75, "high"]),
    ("EPADEVIATION", ["F", "H"]),
    ("EPAINSTITUTIONAL", ["F"]),
    ("EPAPOPULATION", ["E", 0.2]),
]


def _formula(name, args, col_ref):
    def arg(a):
        if isinstance(a, str) and a in COLS:
            return col_ref(a)
        return '"%s"' % a if isinstance(a, str) else repr(a)
    return "=%s(%s)" % (name, ";".join(map(arg, args)))


# (name, per-row formula with {r} for the row, array formula over all rows)
FUNCTIONS = [(name, _formula(name, args, lambda c: c + "{r}"), _formula(name, args, rng)) for name, args in CALLS]


def sees(name, row, in_range):
    """The arguments the add-in receives for ROWS[row] (oracle.py's form):
    an empty cell is the number 0 on its own but empty inside a range."""
    out = []
    for a in dict(CALLS)[name]:
        if isinstance(a, str) and a in COLS:
            v = ROWS[row][COLS.index(a)]
            if v is None:
                out.append(("empty",) if in_range else ("num", 0.0))
            elif isinstance(v, str):
                out.append(("text", v))
            else:
                out.append(("num", float(v)))
        else:
            out.append(("text", a) if isinstance(a, str) else ("num", float(a)))
    return out


# Whole-array outcomes: (label, formula, rows, expected error code or None).
SHAPE_CASES = [
    ("ranges of different sizes", "=EPAPREV(A2:A11;B2:B10;C2:C11;D2:D11)", 1, 502),
    ("two-column range in one argument", "=EPAURBANITY(A2:B11)", 1, None),
]
