"""Shared pieces of the end-to-end test scripts (tests/e2e/test_*.py).

Each script takes the .oxt path as its only argument, prints one line per
failure and ends with '<name>: N passed, N failed'; tests/run-e2e runs them
all and adds the totals.
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

    def check(self, ok, what):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print("FAIL:", what)
        return ok

    def finish(self):
        print("%s: %d passed, %d failed" % (self.name, self.passed, self.failed))
        return 0 if self.failed == 0 else 1


def cell_outcome(cell):
    """('err', code) or ('num', value) of a cell after recalculation."""
    err = cell.getError()
    if err:
        return ("err", err)
    return ("num", cell.getValue())


def formula_outcomes(doc):
    """{(sheet, cell): (outcome, formula)} of every formula cell; an outcome
    is ("num", value), ("text", string) or ("err", code)."""
    from sheets import formula_cells
    out = {}
    for i in range(doc.Sheets.getCount()):
        sh = doc.Sheets.getByIndex(i)
        for cell in formula_cells(sh):
            o = cell_outcome(cell)
            if o[0] == "num" and cell.FormulaResultType2 == 2:      # FormulaResult.STRING
                o = ("text", cell.String)
            out[(sh.Name, cell.AbsoluteName)] = (o, cell.getFormula())
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
