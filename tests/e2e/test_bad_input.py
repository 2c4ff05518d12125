"""Bad-input matrix in real Calc: the add-in must never lie or crash.

First the shared bad-input matrix (tests/e2e/matrix.py, which the Wine
driver and the XLL host use too: every function's good call, each argument
bad, empty, left out in place and padded, fewer arguments), typed as
literals.  Then, for every function and every argument position (read from
the catalogue, build/catalogue.json, so a new function or argument cannot
escape the matrix), each probe value below is passed in three ways:
  literal  typed into the formula:          =EPAPREV(-99997;23.14;5.6;3.45)
  cell     a reference to a cell holding it: =EPAPREV(Values.A7;23.14;...)
  range    an array formula over the column of all probe values, once with
           the other arguments single values and once with them ranges too
plus per-function structure cases (extra arguments, ranges of different
sizes and shapes, 2-D ranges, inline arrays, error cells inside ranges,
range lists).

Every case has one expected outcome: the number oracle.py computes from
addin/model/MODEL.md, Err:502 where the add-in must reject the input, or
the error Calc itself produces before the add-in is called (CALC_FACTS).
A plausible number where an error is due fails the case.  soffice must
survive the whole matrix.

Usage: /usr/bin/python3 tests/e2e/test_bad_input.py build/epa-addin-VERSION.oxt
"""
import collections
import math
import os
import sys
import time

import catalogue
import fods
import matrix
import oracle
from harness import BUILD, Results, cell_outcome, oxt_arg
from office import Office
from sheets import column_letters as _col
from versions import calc_reads_subnormal_literal

# ---- what Calc decides before the add-in sees an argument -----------------
# Observed in LibreOffice 7.4 and asserted by the cases that carry them; the
# README documents them.
NA, DIV0, NUM, PARAM, STRING_OVERFLOW, ILLEGAL = 32767, 532, 503, 504, 513, 502
CALC_FACTS = {
    "error-arg": "an error value as argument (NA(), 1/0, a cell holding #N/A or #DIV/0!) "
                 "gives that same error; the add-in is not called",
    "overflow": "an expression that overflows (1E+308*10) gives #NUM! (Err:503) before the call",
    "error-in-range": "an error cell inside an input range gives Err:504 for the whole array "
                      "(not the cell's own error); the add-in is not called",
    "extra-args": "more arguments than the function has gives Err:504",
    "long-literal": "a string literal of 10,000 characters typed in a formula gives Err:513 "
                    "(string overflow; Calc's limit is below 1,023); the same text from a cell "
                    "or REPT() reaches the add-in",
    "subnormal-literal": "a subnormal number typed in a formula (5E-324) is refused by Calc "
                         "with Err:502 in 7.4 and 25.2 and read as that number in 26.8 "
                         "(tests/e2e/versions.py); the same value in a cell reaches the add-in "
                         "as a number in every version",
    "empty-cell": "a reference to a single empty cell arrives as the number 0, for required "
                  "([][]any) and optional (any) arguments alike, so it is accepted wherever 0 "
                  "is (wwb pct, adults, scenario 0 ...) and rejected where 0 is not real "
                  "(oad, per 100k)",
    "empty-in-range": "an empty cell inside a range, and a 1x1 range of an empty cell, "
                      "arrive as empty: that element is Err:502",
    "boolean": "TRUE/FALSE (TRUE(), boolean cells, also inside ranges) arrive as 1/0: "
               "numbers, so TRUE is scenario 1, coverage 1 (rejected), progress 1 ...",
    "omitted": "an empty argument in the middle (=F(a;;c)) gives Err:502 for a required "
               "argument; too few arguments for the required ones (=F(a), =F()) give Err:504 "
               "from Calc itself; a left-out optional argument takes its default",
    "range-list": "a range list (A1:A2~A4:A5) as argument gives Err:504",
    "plain-cell-array": "a range argument in a formula that is not an array formula "
                        "shows the array's first element",
}
facts_seen = collections.Counter()


# ---- probe values -----------------------------------------------------------
class Value:
    """One probe value: what the add-in should see, how to type it in a
    formula (expr) and how to hold it in a cell (cell: static value, None
    for an empty cell, or a fods.Formula)."""
    def __init__(self, label, sees, expr, cell, literal_fact=None):
        self.label, self.sees, self.expr, self.cell = label, sees, expr, cell
        self.literal_fact = literal_fact  # (fact, outcome) when Calc decides the literal form


def number(x):
    expr = repr(x).replace("e+", "E+").replace("e-", "E-")
    fact = None
    if x != 0 and abs(x) < 2.2250738585072014e-308:
        fact = ("subnormal-literal", ("err", ILLEGAL))
    return Value("number %r" % x, ("num", x), expr, x, fact)


def quoted(s):
    return '"%s"' % s.replace('"', '""')


def text(s, label=None):
    label = label or "text %r" % (s if len(s) <= 40 else s[:20] + "...(%d)" % len(s))
    return Value(label, ("text", s) if s else ("empty",), quoted(s), s)


def text_expr(s, expr, label):
    """A text built by a Calc expression (long or with control characters)."""
    return Value(label, ("text", s), expr, fods.Formula("=" + expr))


NUMBERS = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 2.5, 3.0, 5.0, 6.0, 1.0000001, 24.0, 25.0, 0.25,
           0.2500001, 0.95, 95.0, 96.0, 0.9999, 1.0001, 99.9999, 100.0, 100.0001, -0.0001,
           42.5, 42.5000001, 1000.0, 1000.0001, 99999.9999, 100000.0, 100000.0001, 1e9, 1e9 + 1,
           1e15, 1.0001e15, 1e308, -1e308, 1.7976931348623157e308, 1e-300, -1e-300, 5e-324,
           -99997.0, -99995.0, -99996.0, -99998.0, 123456789.123, 1e-9, 1200.0, 23.14, 3917.0]

NAMES = [
    # generic text where a number belongs, and numbers as text
    "abc", " ", "1200", "23,14", "23.14", "-1", "0", "1", "2", "3", " 1 ", "1.0", "01", "-0",
    "_-2", "2-", "n.b.", "#N/A", "TRUE", "=1", "1E+308", 'bw"',
    # side / bound
    "LOW", " laag ", "Hoog", "--high--", "h_i_g_h", "hi gh", "lowest", "mid", "MIDDEN",
    "middle", "Mid_", "middel",
    # scenario
    "huidig", "CURRENT", " Intensivering ", "wijk", "integrated", "wijk-", "scenario 1",
    "intensified ambulatory care", "- huidig",
    # category
    "klinisch", "KLINISCH", "Klinisch ", "kliniek", "clinical", "BW", "b w", "beschermd-wonen",
    "Beschermd___Wonen", "sheltered housing", "ambulant epa", "Ambulant-EPA", "ambulantepa",
    "ambulant overig", "ambulatory_other", "totaal", "TOTAL", "total budget",
    # capacity item
    "fact_teams", "FACT teams", "factteams", "fact-fte", "fte_fact", "fact_clients",
    "fact_cliënten", "FACT_CLIËNTEN", "fact_clie\u0308nten", "neighborhood_centers",
    "Neighbourhood Centres", "wijkcentra", "beds", "bedden", "bed", "short stay beds",
    "bw_places", "peer_fte", "ervaringsdeskundigen", "iht_fte",
    # unicode look-alikes, emoji, right-to-left, invisible characters
    "klínisch", "\U0001F3E5", "\U0001F600 beds", "\u05e7\u05dc\u05d9\u05e0\u05d9",
    "\u0633\u0631\u064a\u0631\u064a", "\u202eklinisch", "klinisch\u200b", "\ufeffbeds",
    "\uff4b\uff4c\uff49\uff4e\uff49\uff53\uff43\uff48", "KL\u0130N\u0130SCH", "\u212alinisch",
    "klinisch\u00a0", "\u00a0bw", "\u4e34\u5e8a", "h\u0131gh",
    # the 64-byte limit: valid after normalisation, but one byte too long is no name
    "klinisch" + "_" * 56, "klinisch" + "_" * 57, "fact_cliënten" + " " * 50,
    "fact_cliënten" + " " * 51, "x" * 65, "x" * 300,
]


def probe_values():
    vals = [number(x) for x in NUMBERS]
    vals += [text(s) for s in NAMES]
    vals += [
        text("", "empty text"),
        Value("TRUE", ("num", 1.0), "TRUE()", True),
        Value("FALSE", ("num", 0.0), "FALSE()", False),
        text_expr("x" * 10000, 'REPT("x";10000)', "10,000 x"),
        text_expr("klinisch" + " " * 9992, '"klinisch"&REPT(" ";9992)', "klinisch + 9,992 spaces"),
        text_expr("\U0001F600" * 5000, 'REPT(UNICHAR(128512);5000)', "5,000 emoji (10,000 UTF-16 units)"),
        text_expr("bw\0", '"bw"&UNICHAR(0)', "bw + NUL"),
        text_expr("beds\0junk", '"beds"&UNICHAR(0)&"junk"', "beds + NUL + junk"),
        text_expr("bw\ud800", '"bw"&UNICHAR(55296)', "bw + lone surrogate"),
        text_expr("\udc00klinisch", 'UNICHAR(56320)&"klinisch"', "lone low surrogate + klinisch"),
        text_expr("klinisch\t", '"klinisch"&CHAR(9)', "klinisch + tab"),
        text_expr("be\nds", '"be"&CHAR(10)&"ds"', "be newline ds"),
    ]
    # No literal: only a cell can be empty.
    vals.append(Value("empty cell", ("num", 0.0), None, None))
    return vals


# Calc's errors typed as an argument: (label, literal, cell formula, error).
ERROR_ARGS = [("NA()", "NA()", NA), ("1/0", "1/0", DIV0)]


# Good arguments (oracle.ARGUMENTS): the row every case starts from (each is
# valid, so any error is due to the probed argument).
def good_expr(param):
    v = oracle.ARGUMENTS[param].good
    return quoted(v) if isinstance(v, str) else number(v).expr


def good_sees(param):
    v = oracle.ARGUMENTS[param].good
    return ("text", v) if isinstance(v, str) else ("num", v)


def call(fn, exprs):
    return "=%s(%s)" % (fn, ";".join(exprs))


def literal(arg):
    """An oracle argument (matrix.py) as Calc source: a number, a text (its
    control characters through UNICHAR, which a string literal cannot
    hold), the empty text for empty, nothing for left out."""
    if arg[0] == "num":
        return number(arg[1]).expr
    if arg[0] == "empty":
        return '""'
    if arg[0] == "omitted":
        return ""
    parts, run = [], ""
    for ch in arg[1]:
        if ord(ch) < 0x20:
            parts += [quoted(run)] if run else []
            parts.append("UNICHAR(%d)" % ord(ch))
            run = ""
        else:
            run += ch
    parts += [quoted(run)] if run or not parts else []
    return "&".join(parts)


def matrix_case(m, case):
    """One case of the shared matrix as a formula, with what Calc shows:
    the oracle's outcome, or Err:504 where Calc refuses a call with fewer
    arguments than the required ones (=F(a), =F())."""
    fn, params = case.fn["name"], case.fn["params"]
    exprs = [literal(a) for a in case.args]
    if case.form == "fewer":
        exprs = exprs[:next(i for i, a in enumerate(case.args) if a == ("omitted",))]
    too_few = case.form == "fewer" or (case.form == "omitted" and len(params) == 1)
    exp = oracle.evaluate(fn, case.args)
    if too_few and matrix.required_left_out(case):
        exp = ("err", PARAM)
    fact = "omitted" if case.form in ("omitted", "fewer") else None
    m.single("%s matrix: %s" % (fn, case.label), call(fn, exprs), exp, fact)


# ---- building the workbook ---------------------------------------------------
class Matrix:
    def __init__(self):
        self.cases = []     # (label, sheet, col, row, expected, fact)
        self.cases_sheet = fods.Sheet("Cases")
        self.ranges_sheet = fods.Sheet("Ranges")
        self.next_row = 0
        self.next_col = 0

    def single(self, label, formula, expected, fact=None):
        self.cases_sheet.put(self.next_row, 0, fods.Formula(formula))
        self.cases.append((label, 0, 0, self.next_row, expected, fact))
        self.next_row += 1

    def array(self, label, formula, expected_grid, fact=None):
        """expected_grid: rows of expected outcomes (the array's shape)."""
        rows, cols = len(expected_grid), len(expected_grid[0])
        col = self.next_col
        self.ranges_sheet.put(0, col, fods.Formula(formula, rows=rows, cols=cols))
        for r, line in enumerate(expected_grid):
            for c, exp in enumerate(line):
                self.cases.append(("%s [%d,%d]" % (label, r, c), 1, col + c, r, exp, fact))
        self.next_col += cols + 1


class PerVersion:
    """An expected outcome that depends on the office version (known only
    once the office runs): choose(version) gives it."""
    def __init__(self, choose):
        self.choose = choose


def range_sees(v):
    """What the add-in sees for v as an element of a range."""
    if v.cell is None:
        return ("empty",)
    return v.sees


def cell_fact(v):
    return "empty-cell" if v.cell is None else ("boolean" if isinstance(v.cell, bool) else None)


def build(functions, values, good_sheet, n):
    m = Matrix()
    good_cols = {}
    used = {p for _fn, params in functions for p in params}
    names = [p for p in oracle.ARGUMENTS if p in used]
    for i, p in enumerate(names):
        col = _col(i)
        good_cols[p] = col
        for r in range(n):
            good_sheet.put(r, i, oracle.ARGUMENTS[p].good)
        # below them a good value over a bad one, for a range whose first
        # element differs from the rest
        good_sheet.put(n, i, oracle.ARGUMENTS[p].good)
        good_sheet.put(n + 1, i, "?x")
    for fn, params in functions:
        goods = [good_expr(p) for p in params]
        base = [good_sees(p) for p in params]
        for case in matrix.function_cases(catalogue.function(fn)):
            matrix_case(m, case)
        for pos, param in enumerate(params):
            def with_arg(expr, sees=None):
                exprs = goods[:pos] + [expr] + goods[pos + 1:]
                args = base[:pos] + [sees] + base[pos + 1:] if sees else None
                return call(fn, exprs), (oracle.evaluate(fn, args) if sees else None)

            where = "%s arg %d (%s)" % (fn, pos + 1, param)
            for k, v in enumerate(values):
                # literal
                if v.expr is not None:
                    formula, exp = with_arg(v.expr, v.sees)
                    fact = None
                    if v.literal_fact:
                        fact, refused = v.literal_fact
                        if fact == "subnormal-literal":     # what the add-in computes from it, or Calc's error
                            exp = PerVersion(lambda version, read=exp, refused=refused:
                                             read if calc_reads_subnormal_literal(version) else refused)
                        else:
                            exp = refused
                    elif v.expr in ("TRUE()", "FALSE()"):
                        fact = "boolean"
                    m.single("%s literal %s" % (where, v.label), formula, exp, fact)
                # cell reference
                formula, exp = with_arg("[$Values.A%d]" % (k + 1), v.sees)
                m.single("%s cell %s" % (where, v.label), formula, exp, cell_fact(v))
            # range, other arguments single values
            col_ref = "[$Values.A1:.A%d]" % n
            formula, _ = with_arg(col_ref)
            grid = [[oracle.evaluate(fn, base[:pos] + [range_sees(v)] + base[pos + 1:])] for v in values]
            m.array("%s range of probes" % where, formula, grid)
            # range, every argument a range
            exprs = ["[$Good.%s1:.%s%d]" % (good_cols[p], good_cols[p], n) for p in params]
            exprs[pos] = col_ref
            m.array("%s all ranges" % where, call(fn, exprs), grid)
            # Calc's own errors as argument, literal and in a cell
            for label, expr, code in ERROR_ARGS:
                formula, _ = with_arg(expr)
                m.single("%s literal %s" % (where, label), formula, ("err", code), "error-arg")
            for r, (label, _expr, code) in enumerate(ERROR_ARGS):
                formula, _ = with_arg("[$Values.B%d]" % (r + 1))
                m.single("%s cell holding %s" % (where, label), formula, ("err", code), "error-arg")
            formula, _ = with_arg("1E+308*10")
            m.single("%s overflowing expression" % where, formula, ("err", NUM), "overflow")
            # an error cell inside a range: the whole array is Err:504
            for ecol in ("C", "D"):
                formula, _ = with_arg("[$Values.%s1:.%s3]" % (ecol, ecol))
                m.array("%s range with error cell %s" % (where, ecol), formula,
                        [[("err", PARAM)]] * 3, "error-in-range")
            # the raw 10,000-character literal
            formula, _ = with_arg(quoted("x" * 10000))
            m.single("%s literal of 10,000 chars" % where, formula, ("err", STRING_OVERFLOW), "long-literal")
            # a 1x1 range; a 1x1 range of an empty cell
            formula, exp = with_arg("[$Good.%s1:.%s1]" % (good_cols[param], good_cols[param]), base[pos])
            m.single("%s 1x1 range" % where, formula, exp)
            empty_row = next(k for k, v in enumerate(values) if v.cell is None) + 1
            formula, exp = with_arg("[$Values.A%d:.A%d]" % (empty_row, empty_row), ("empty",))
            m.single("%s 1x1 range of an empty cell" % where, formula, exp, "empty-in-range")
            # a range in a plain (non-array) formula shows the first element;
            # as an array formula the same range gives both
            gc = good_cols[param]
            good_then_bad = "[$Good.%s%d:.%s%d]" % (gc, n + 1, gc, n + 2)
            bad = oracle.evaluate(fn, base[:pos] + [("text", "?x")] + base[pos + 1:])
            formula, exp = with_arg(good_then_bad, base[pos])
            m.single("%s range in a plain cell" % where, formula, exp, "plain-cell-array")
            m.array("%s good over bad" % where, formula, [[exp], [bad]])
            # a 2-D range: this parameter's good column beside a neighbour's
            # (whatever that holds for this parameter), so rows and columns
            # must not be mixed up
            i = names.index(param)
            pair = names[i:i + 2] if i + 1 < len(names) else names[i - 1:i + 1]
            formula, _ = with_arg("[$Good.%s1:.%s2]" % (good_cols[pair[0]], good_cols[pair[1]]))
            line = [oracle.evaluate(fn, base[:pos] + [good_sees(q)] + base[pos + 1:]) for q in pair]
            m.array("%s 2x2 range" % where, formula, [line] * 2)
            # inline arrays: a column with a text element, and a range list
            good = goods[pos]
            formula, _ = with_arg("{%s|%s|\"?x\"}" % (good, good))
            m.array("%s inline column" % where, formula, [[oracle.evaluate(fn, base)]] * 2 + [[bad]])
            formula, _ = with_arg("[$Good.%s1:.%s2]~[$Good.%s3:.%s4]" % (gc, gc, gc, gc))
            m.single("%s range list" % where, formula, ("err", PARAM), "range-list")
        # extra arguments
        m.single("%s one extra argument" % fn, call(fn, goods + ["1"]), ("err", PARAM), "extra-args")
        m.single("%s two extra text arguments" % fn, call(fn, goods + ['"x"', '"y"']), ("err", PARAM),
                 "extra-args")
        # shapes: 2-D ranges, different sizes, row against column
        cols = [good_cols[p] for p in params]
        two_rows = ["[$Good.%s1:.%s2]" % (c, c) for c in cols]
        # every argument a 2x2 block (inline arrays: Good holds each
        # parameter in one column only)
        blocks = ["{%s;%s|%s;%s}" % ((g,) * 4) for g in goods]
        m.array("%s every argument 2x2" % fn, call(fn, blocks), [[oracle.evaluate(fn, base)] * 2] * 2)
        if len(params) == 1:
            continue
        sizes = list(two_rows)
        sizes[0] = "[$Good.%s1:.%s3]" % (cols[0], cols[0])
        m.array("%s ranges of 3 and 2 rows" % fn, call(fn, sizes), [[oracle.ERR]] * 3)
        shapes = ["{%s|%s|%s}" % ((g,) * 3) for g in goods]
        shapes[1] = "{%s;%s;%s}" % ((goods[1],) * 3)
        m.array("%s column against row" % fn, call(fn, shapes), [[oracle.ERR] * 3] * 3)
        mixed = [g for g in goods]
        mixed[0] = "{%s|%s}" % (goods[0], goods[0])
        mixed[-1] = "[$Good.%s1:.%s3]" % (cols[-1], cols[-1])
        m.array("%s inline 2 rows against range of 3" % fn, call(fn, mixed), [[oracle.ERR]] * 3)
    return m


def main():
    res = Results("bad_input")
    functions = catalogue.functions(catalogue.elements())
    # The oracle must know every row before any case means anything.
    if not all([res.check(ok, what) for ok, what in oracle.check_catalogue()]):
        return res.finish()
    values = probe_values()
    n = len(values)
    vsheet = fods.Sheet("Values")
    for k, v in enumerate(values):
        vsheet.put(k, 0, v.cell)
        vsheet.put(k, 4, fods.Formula("=LEN([.A%d])" % (k + 1)))
    for r, (_label, expr, _code) in enumerate(ERROR_ARGS):
        vsheet.put(r, 1, fods.Formula("=" + expr))
    # C and D: a good number, an error cell, a good number.
    for col, (_label, expr, _code) in zip((2, 3), ERROR_ARGS):
        vsheet.put(0, col, 1.0)
        vsheet.put(1, col, fods.Formula("=" + expr))
        vsheet.put(2, col, 2.0)
    gsheet = fods.Sheet("Good")
    m = build(functions, values, gsheet, n)
    path = os.path.join(BUILD, "bad_input.fods")
    fods.write(path, [m.cases_sheet, m.ranges_sheet, vsheet, gsheet])

    t0 = time.time()
    with Office(oxt_arg()) as office:
        t1 = time.time()
        doc = office.load(path)
        doc.calculateAll()
        t2 = time.time()
        sheets = doc.Sheets
        check_values(sheets.getByName("Values"), values, res)
        by_code = collections.Counter()
        targets = [sheets.getByIndex(0), sheets.getByIndex(1)]
        version = office.version()
        for label, sheet, col, row, expected, fact in m.cases:
            if isinstance(expected, PerVersion):
                expected = expected.choose(version)
            out = cell_outcome(targets[sheet].getCellByPosition(col, row))
            by_code[out[0] if out[0] == "num" else "Err:%d" % out[1]] += 1
            if res.check(matches(out, expected), "%s: got %r, expected %r" % (label, out, expected)) and fact:
                facts_seen[fact] += 1
        t3 = time.time()
        doc.close(True)
        res.check(office.alive(), "soffice survived the matrix")
    print("timing: start %.1f s, load+calc %.1f s, read %.1f s" % (t1 - t0, t2 - t1, t3 - t2))
    print("bad-input matrix: %d functions, %d probe values, %d cases (%d single-value formulas, "
          "%d array elements)" % (len(functions), n, len(m.cases), m.next_row, len(m.cases) - m.next_row))
    print("outcomes: " + ", ".join("%s %d" % kv for kv in sorted(by_code.items())))
    for fact, count in sorted(facts_seen.items()):
        print("calc fact (%d cases): %s" % (count, CALC_FACTS[fact]))
    res.check(set(facts_seen) == set(CALC_FACTS), "facts never exercised: %r" % (set(CALC_FACTS) - set(facts_seen)))
    return res.finish()


def matches(out, expected):
    if expected[0] == "err":
        return out == expected
    if out[0] != "num":
        return False
    return abs(out[1] - expected[1]) <= 1e-9 * max(1.0, abs(expected[1]))


def check_values(sheet, values, res):
    """Each probe reached its cell as intended, or the case proves nothing."""
    from com.sun.star.table.CellContentType import EMPTY, VALUE, TEXT, FORMULA
    for k, v in enumerate(values):
        cell = sheet.getCellByPosition(0, k)
        t = cell.getType()
        if v.cell is None:
            ok = t == EMPTY
        elif isinstance(v.cell, bool):
            ok = t == VALUE and cell.getValue() == float(v.cell)
        elif isinstance(v.cell, float):
            ok = t == VALUE and cell.getValue() == v.cell and math.copysign(1, cell.getValue()) == math.copysign(1, v.cell)
        elif isinstance(v.cell, str):
            ok = t == TEXT and cell.getString() == v.cell
        else:
            # A formula-built text: its length in code points (Calc's LEN, in
            # column E) must match.  Its text is read back only when it has no
            # lone surrogate: reading one over the UNO bridge kills the
            # Python connection (the bridge's UTF-8 conversion), not soffice.
            want = v.sees[1]
            ok = t == FORMULA and sheet.getCellByPosition(4, k).getValue() == len(want)
            if ok and not any(0xD800 <= ord(ch) <= 0xDFFF for ch in want):
                ok = cell.getString() == want
        res.check(ok, "probe cell A%d (%s) does not hold the intended value" % (k + 1, v.label))


if __name__ == "__main__":
    sys.exit(main())
