"""Shared pieces of the end-to-end test scripts (tests/e2e/test_*.py).

Each script takes the .oxt path as its only argument, prints one line per
failure and ends with '<name>: N passed, N failed', or with
'<name>: N passed, N failed, K skipped (reason; reason)' when it left
checks out; tests/run-e2e runs them all and adds the totals.
"""
import os
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILD = os.path.join(ROOT, "build", "e2e")
# The office driver and document helpers are user-facing tools (tools/).
sys.path.insert(0, os.path.join(ROOT, "tools"))


class Results:
    def __init__(self, name):
        self.name = name
        self.passed = self.failed = 0
        self.skips = []   # [(count, reason)], in the order they were skipped

    def check(self, ok, what):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print("FAIL:", what)
        return ok

    def skip(self, reason, count=1):
        """Records that `count` checks (or, count 1, the whole suite) were not
        run here, and why: the summary line and tests/run-e2e's closing line
        show it, so a left-out check is never read as a passed one."""
        print("SKIP:", reason)
        self.skips.append((count, reason))

    def summary(self):
        line = "%s: %d passed, %d failed" % (self.name, self.passed, self.failed)
        if self.skips:
            reasons = []
            for _count, reason in self.skips:
                if reason not in reasons:
                    reasons.append(reason)
            # One line: a newline in a reason would cut the summary line that
            # run-e2e looks for.
            line += ", %d skipped (%s)" % (sum(c for c, _r in self.skips),
                                           "; ".join(r.replace("\n", " ") for r in reasons))
        return line

    def finish(self):
        print(self.summary())
        return 0 if self.failed == 0 else 1


def cell_outcome(cell):
    """('err', code) or ('num', value) of a cell after recalculation."""
    err = cell.getError()
    if err:
        return ("err", err)
    return ("num", cell.getValue())


# Rows of each sheet a snapshot reads: the template's tables repeat one row's
# formulas down to 20,000 rows (reading them all over UNO takes an hour);
# their first rows, the example's 122 among them, stand for the rest.
SNAPSHOT_ROWS = 400


def formula_outcomes(doc):
    """{(sheet, cell): (outcome, formula)} of every formula cell in the first
    SNAPSHOT_ROWS rows of each sheet; an outcome is ("num", value),
    ("text", string) or ("err", code).  Read a block at a time (formulas and
    results in one call each, error codes only for the cells in error): one
    UNO call per cell made a snapshot of the planning workbook take a minute."""
    from sheets import FORMULA, FORMULA_ERROR, column_letters
    out = {}
    for i in range(doc.Sheets.getCount()):
        sh = doc.Sheets.getByIndex(i)
        prefix = sh.getCellByPosition(0, 0).AbsoluteName[:-len(".$A$1")]   # $Blad1 or $'CBS-gegevens'
        cur = sh.createCursor()
        cur.gotoEndOfUsedArea(False)
        end = cur.RangeAddress
        area = sh.getCellRangeByPosition(0, 0, end.EndColumn, min(end.EndRow, SNAPSHOT_ROWS - 1))
        errors = set()
        for a in area.queryFormulaCells(FORMULA_ERROR).RangeAddresses:
            errors.update((r, c) for r in range(a.StartRow, a.EndRow + 1) for c in range(a.StartColumn, a.EndColumn + 1))
        for a in area.queryContentCells(FORMULA).RangeAddresses:
            block = sh.getCellRangeByPosition(a.StartColumn, a.StartRow, a.EndColumn, a.EndRow)
            formulas, data = block.getFormulaArray(), block.getDataArray()
            for dr, (frow, vrow) in enumerate(zip(formulas, data)):
                r = a.StartRow + dr
                for dc, (f, v) in enumerate(zip(frow, vrow)):
                    c = a.StartColumn + dc
                    if (r, c) in errors:
                        o = ("err", sh.getCellByPosition(c, r).getError())
                    else:
                        o = ("text", v) if isinstance(v, str) else ("num", float(v))
                    out[(sh.Name, "%s.$%s$%d" % (prefix, column_letters(c), r + 1))] = (o, f)
    return out


def same(a, b):
    """Two outcomes agree: numbers to 1e-9 relative, anything else exactly."""
    if a[0] != b[0]:
        return False
    if a[0] == "num":
        return abs(a[1] - b[1]) <= 1e-9 * max(1.0, abs(b[1]))
    return a == b


def function_descriptions(office):
    """{function name: {property: value}} of com.sun.star.sheet.FunctionDescriptions,
    what the Function Wizard shows."""
    fd = office.service("com.sun.star.sheet.FunctionDescriptions")
    out = {}
    for i in range(fd.getCount()):
        e = {p.Name: p.Value for p in fd.getByIndex(i)}
        out[e["Name"]] = e
    return out


def oxt_arg():
    if len(sys.argv) != 2:
        sys.exit("usage: %s build/epa-addin-VERSION.oxt" % sys.argv[0])
    os.makedirs(BUILD, exist_ok=True)
    return sys.argv[1]


def xcu_catalogue(lang):
    """{display name: {"desc", "category", "params": [(display, desc)]}} from
    the generated CalcAddIns.xcu, in lang ("en-US" or "nl")."""
    ns = "{http://openoffice.org/2001/registry}"
    xml_lang = "{http://www.w3.org/XML/1998/namespace}lang"
    tree = ET.parse(os.path.join(ROOT, "build", "oxt", "CalcAddIns.xcu"))
    funcs = tree.getroot().find("node/node/node")

    def prop(node, name):
        for p in node.findall("prop"):
            if p.get(ns + "name") == name:
                values = p.findall("value")
                for v in values:
                    if v.get(xml_lang) == lang:
                        return v.text
                if len(values) == 1 and values[0].get(xml_lang) is None:
                    return values[0].text
        return None

    out = {}
    for fn in funcs:
        params = [(prop(p, "DisplayName"), prop(p, "Description")) for p in fn.find("node")]
        out[prop(fn, "DisplayName")] = {"desc": prop(fn, "Description"), "category": prop(fn, "Category"),
                                        "params": params}
    return out
