"""The range form: one array formula per column against per-row formulas.

ROWS are PC4-like areas, some of them bad on purpose (suppressed data,
text, an empty cell, a fraction in a percentage column).  For the
functions of CALLS the sheet holds a per-row formula column and an array
formula over the same rows; the test requires every element of both to be
what oracle.py computes for that row (values and error codes alike), so a
bad row must fail in that row only.
"""
import catalogue
import oracle

# oad, single, wwb, ao, adults, actual, urbanity class, predicted,
# inhabitants, scenario
ROWS = [
    (1200, 23.14, 5.6, 3.45, 3917, 15.2, 3, 14.988166, 250000, 0),
    (3100, 48.0, 9.1, 6.2, 12040, 31.0, 1, 26.0, 1200000, 1),
    (1800, 35.5, 4.0, 5.1, 8200, 50.0, 2, 17.6, 45000, 2),
    (700, 28.0, 2.2, 4.4, 5100, 9.0, 4, 12.3, 3917, "wijk"),
    (150, 22.0, 0.8, 3.9, 1900, 7.5, 5, 8.6, 0, "Intensivering "),
    (-99997, 30.0, 3.0, 4.0, -99997, -99997, -99997, 12.0, -99997, 3),   # CBS suppression code
    (2600, "n.b.", 3.0, 4.0, 2000, 12.0, 2.5, "n.b.", "n.b.", "n.b."),  # text; a class that is no integer
    (2600, 30.0, None, 4.0, 2000, 12.0, 1, None, None, None),          # empty cell
    (1000, 0.31, 0.05, 0.04, 2500, 14.0, 0, -1, 1.5, 1.5),             # fractions typed as percent; class 0
    (500, 100.0, 0.0, 0.0, 0, 42.5, 4, 0.0, 1e9, "huidig"),             # extremes that are valid
]
EMPTY_ROW = 7                   # index in ROWS of the row with an empty cell
FIRST = 2                       # data starts in row 2 (row 1 holds headers)
LAST = FIRST + len(ROWS) - 1
COLS = "ABCDEFGHIJ"             # inputs as in ROWS
HEADS = ["oad", "single_pct", "wwb_pct", "ao_pct", "adults", "actual", "urbanity", "predicted",
         "inhabitants", "scenario"]
SHAPE_ROW = LAST + 2            # 0-based sheet row of the first SHAPE_CASE


def rng(col):
    return "%s%d:%s%d" % (col, FIRST, col, LAST)


# The column of ROWS each parameter (by IDL name) takes its values from.
COLUMN_OF = {"oad": "A", "singlePct": "B", "wwbPct": "C", "aoPct": "D", "adults": "E",
             "actual": "F", "urbanity": "G", "predicted": "H", "inhabitants": "I",
             "inCare": "I", "totalBudget": "I", "scenario": "J"}


def _calls():
    """Every catalogue function: each parameter a column letter when ROWS
    has one for it, else the oracle's good value typed into the formula.
    A function with no column at all would not be tested in range form:
    that fails here, naming it."""
    out = []
    for name, params in catalogue.functions(catalogue.elements()):
        args = [COLUMN_OF.get(p, oracle.ARGUMENTS[p].good) for p in params]
        if not any(isinstance(a, str) and a in COLS for a in args):
            raise SystemExit("ranges.py: %s has no parameter with a column in ROWS (COLUMN_OF): "
                             "add one so its range form is tested" % name)
        out.append((name, args))
    return out


CALLS = _calls()


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
