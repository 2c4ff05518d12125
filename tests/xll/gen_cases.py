#!/usr/bin/env python3
"""Writes build/xll/cases.h for the XLL's stand-in host (tests/xll/host.c):
the catalogue as the build exports it (build/catalogue.json) and the call
cases, each with the result Excel must show.

Expected values come from the oracle (tests/e2e/oracle.py, model.py), never
from the implementation.  The cases are
  - every direct call in tests/e2e/cases.py (the formulas users type), with
    left-out arguments passed as Excel passes them (xltypeMissing);
  - the shared bad-input matrix (tests/e2e/matrix.py: per function the good
    call, each argument bad, empty (an empty cell, xltypeNil), left out
    (xltypeMissing), names padded with pasted white space, fewer
    arguments);
  - what only Excel passes, per function: a boolean and an error value
    (and two, the first passed on), a column range with a bad element, a
    row range with an empty cell and an error, two ranges of one shape and
    of different shapes;
  - the table functions (catalogue.tables()): the cases of
    tests/xll/region_cases.py, real CBS pastes with the tables of the
    region oracle, and the errors of the whole call.
An element function without an oracle entry or without a case in cases.py,
a table function without a region case, or a function whose cases do not
show both a result and an error, stops the build naming it.

Excel's side (docs/excel.md): a rejected argument or a result the model
does not define is #VALUE!; a result beyond its plausible range is #NUM!;
an error value among the arguments is passed on (the first); an empty
cell and a boolean are rejected.
Usage: gen_cases.py OUTPUT
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "e2e"))

import cases as e2e_cases  # noqa: E402
import catalogue  # noqa: E402
import matrix  # noqa: E402
import oracle  # noqa: E402
import region_cases  # noqa: E402
from c_literal import Arrays, c_string  # noqa: E402

XLERR = {"#NULL!": 0, "#DIV/0!": 7, "#VALUE!": 15, "#REF!": 23, "#NAME?": 29, "#NUM!": 36, "#N/A": 42}
VALUE, NUM = ("err", XLERR["#VALUE!"]), ("err", XLERR["#NUM!"])
TOL = 1e-9

problems = []


def expect(fn, args):
    """What Excel must show for one element: ("num", x) or ("err", code).
    args: oracle arguments plus ("bool", b) and ("err", code)."""
    for a in args:
        if a[0] == "err":
            return a
    if any(a[0] == "bool" for a in args):
        return VALUE
    o = oracle.outcome(fn["name"], args)
    return {oracle.REJECTED: VALUE, oracle.OUT_OF_RANGE: NUM}.get(o, o)


def grid_expect(fn, grids):
    """Broadcast expect() over argument grids ([[arg]]: 1 x 1 repeats)."""
    big = [g for g in grids if (len(g), len(g[0])) != (1, 1)]
    if not big:
        return [[expect(fn, [g[0][0] for g in grids])]]
    rows, cols = len(big[0]), len(big[0][0])
    if any((len(g), len(g[0])) != (rows, cols) for g in big):
        return [[VALUE]]
    at = lambda g, r, c: g[0][0] if (len(g), len(g[0])) == (1, 1) else g[r][c]
    return [[expect(fn, [at(g, r, c) for g in grids]) for c in range(cols)] for r in range(rows)]


# ---- the direct calls of cases.py ------------------------------------------
CALL = re.compile(r'^=([A-Z]+)\(([^()]*)\)$')


def parse_args(text):
    if text.strip() == "":
        return []
    out = []
    for part in re.findall(r'"[^"]*"|[^;]+', text):
        if part.startswith('"'):
            out.append(("text", part[1:-1]))
        else:
            try:
                out.append(("num", float(part)))
            except ValueError:
                return None  # an expression: not a direct call
    return out


def from_cases_py():
    out = []
    for label, formula, expected, tol in e2e_cases.cases():
        match = CALL.match(formula)
        if not match:
            continue
        try:
            fn = catalogue.function(match.group(1))
        except StopIteration:
            problems.append("cases.py %r: %s is not in the catalogue" % (label, match.group(1)))
            continue
        args = parse_args(match.group(2))
        if args is None or len(args) > len(fn["params"]):
            continue
        args += [("omitted",)] * (len(fn["params"]) - len(args))
        got = expect(fn, args)
        if isinstance(expected, str):  # Err:502 (rejected), Err:504 (required left out)
            if got[0] != "err":
                problems.append("cases.py %r: Calc rejects it, the oracle gives %r" % (label, got))
        elif got[0] != "num" or abs(got[1] - expected) > max(tol or TOL, TOL) * max(1.0, abs(expected)):
            problems.append("cases.py %r: cases.py expects %r, the oracle gives %r" % (label, expected, got))
        out.append(("cases.py: " + label, fn, [[[a]] for a in args], got, tol))
    return out


# ---- the shared matrix, and what only Excel passes ---------------------------
def bad_value(p):
    """A value of the wrong type for the argument's kind, for an element of
    a range."""
    return ("num", 7.5) if p["kind"] != "number" else ("text", "x")


def from_matrix(fn):
    """fn's cases: the shared matrix as single values, then Excel's own."""
    name, params = fn["name"], fn["params"]
    good = [oracle.good_arg(p) for p in params]
    out = []

    def add(label, grids):
        exp = grid_expect(fn, grids)
        out.append(("%s: %s" % (name, label), fn, grids, exp if len(exp) * len(exp[0]) > 1 else exp[0][0], None))

    def single(args):
        return [[[a]] for a in args]

    def with_arg(i, v):
        return good[:i] + [v] + good[i + 1:]

    for case in matrix.function_cases(fn):
        add(case.label, single(case.args))
    add("a boolean", single(with_arg(0, ("bool", 1))))
    add("an error value", single(with_arg(0, ("err", XLERR["#DIV/0!"]))))
    if len(params) > 1:
        both = [("err", XLERR["#DIV/0!"])] + good[1:-1] + [("err", XLERR["#N/A"])]
        add("two error values, the first passed on", single(both))
    grids = single(good)
    grids[0] = [[good[0]], [bad_value(params[0])], [good[0]]]
    add("a column with a bad element", grids)
    grids = single(good)
    grids[-1] = [[good[-1], ("empty",), ("err", XLERR["#N/A"]), good[-1]]]
    add("a row with an empty cell and an error", grids)
    if len(params) > 1:
        grids = single(good)
        grids[0] = [[good[0]], [good[0]]]
        grids[1] = [[good[1]], [bad_value(params[1])]]
        add("two columns of one shape", grids)
        grids = list(grids)
        grids[1] = [[good[1]], [good[1]], [good[1]]]
        add("two columns of different shapes", grids)
    return out


def c_val(a):
    kind = a[0]
    if kind == "num":
        return "{ 'n', %r, NULL, 0 }" % a[1]
    if kind == "text":
        return "{ 's', 0, %s, 0 }" % c_string(a[1])
    if kind == "prefix":
        return "{ 'p', 0, %s, 0 }" % c_string(a[1])
    if kind == "empty":
        return "{ '0', 0, NULL, 0 }"
    if kind == "omitted":
        return "{ 'm', 0, NULL, 0 }"
    if kind == "bool":
        return "{ 'b', %d, NULL, 0 }" % a[1]
    if kind == "err":
        return "{ 'e', 0, NULL, %d }" % a[1]
    raise ValueError(a)


def main(path):
    for ok, message in oracle.check_catalogue():
        if not ok:
            problems.append(message)
    fns = catalogue.load()
    all_cases = []
    direct = from_cases_py() if not problems else []
    tables = [(label, fn, grids, exp, None) for label, fn, grids, exp in
              region_cases.cases(catalogue, VALUE, XLERR)] if not problems else []
    for fn in fns:
        if fn in catalogue.tables():
            mine = [c for c in tables if c[1] is fn]
            if not mine:
                problems.append("table function %s: no case in tests/xll/region_cases.py" % fn["name"])
        else:
            mine = [c for c in direct if c[1] is fn]
            if not mine:
                problems.append("catalogue function %s: no direct call in tests/e2e/cases.py" % fn["name"])
            mine += from_matrix(fn) if not problems else []
        outcomes = set()
        for c in mine:
            exp = c[3]
            for row in (exp if isinstance(exp, list) else [[exp]]):
                outcomes.update(e[0] for e in row)
        if mine and ("err" not in outcomes or outcomes == {"err"}):
            problems.append("catalogue function %s: its cases show only %s" % (fn["name"], outcomes))
        all_cases += mine
    if problems:
        for p in problems:
            print("gen_cases: " + p, file=sys.stderr)
        sys.exit(1)

    lines = ["/* Generated by tests/xll/gen_cases.py from build/catalogue.json, tests/e2e/cases.py,",
             " * tests/e2e/matrix.py and the oracle: do not edit. */", ""]
    lines.append("static const hfn catalogue_fns[] = {")
    for fn in fns:
        # Excel shows the shorter Excel help where the catalogue has one.
        help_text = fn["help_excel_nl"] or fn["help_nl"]
        lines.append("    { %s, %d, %s, %d, %s, { %s } }," % (
            c_string(fn["name"]), len(fn["params"]), c_string(",".join(p["display_nl"] for p in fn["params"])),
            sum(1 for p in fn["params"] if p["optional"]), c_string(help_text),
            ", ".join(c_string(p["help_nl"]) for p in fn["params"])))
    lines.append("};")
    entries = []
    arrays = Arrays(lines, "hval", "v")

    def array(values):
        return arrays(", ".join(c_val(a) for a in values))
    for k, (label, fn, grids, exp, tol) in enumerate(all_cases):
        names = [array([a for row in g for a in row]) for g in grids]
        ex = exp if isinstance(exp, list) else [[exp]]
        expect_name = array([a for row in ex for a in row])
        args = ", ".join("{ %d, %d, %s }" % (len(g) if len(g) * len(g[0]) > 1 else 0, len(g[0]), names[i])
                         for i, g in enumerate(grids))
        entries.append("    { %s, %s, %d, { %s }, %d, %d, %s, %r }," % (
            c_string(label), c_string(fn["name"]), len(grids), args or "{ 0, 0, NULL }",
            len(ex) if isinstance(exp, list) else 0, len(ex[0]), expect_name, max(tol or TOL, TOL)))
    lines.append("static const hcase cases[] = {")
    lines += entries
    lines.append("};")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("xll gen_cases: %d functions, %d cases (%d from cases.py, %d from the shared matrix, %d Excel's own, "
          "%d of the table functions)" % (
              len(fns), len(all_cases), len(direct), len(matrix.cases()),
              len(all_cases) - len(direct) - len(matrix.cases()) - len(tables), len(tables)))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: gen_cases.py OUTPUT")
    main(sys.argv[1])
