"""The artefacts derived from the catalogue agree with it, row by row.

addin/catalogue.c is the one description of every function.  The build
derives three files from it: build/catalogue.json (what the Python tests
read), build/XEpaFunctions.idl (the UNO interface) and
build/oxt/CalcAddIns.xcu (the Function Wizard texts).  This test requires,
for every catalogue row, that the IDL and the xcu declare the same function
with the same parameters in the same order (IDL type `any` for an optional
parameter, `sequence< sequence< any > >` for a required one), and that the
oracle (oracle.py) has exactly one model operation per row and knows every
parameter with the kind, optional flag and default MODEL.md gives it, and
that the case table (cases.py) calls every function for a number and for
an error.  Every failure names the catalogue row.  Needs no soffice.

Usage: /usr/bin/python3 tests/fast/test_catalogue_artefacts.py
"""
import os
import re
import sys

# The test's own model, oracle and catalogue reader live with the end-to-end
# suite; these checks use them without an office.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "e2e"))
import xml.etree.ElementTree as ET

import cases as case_table  # noqa: E402
import catalogue  # noqa: E402
import oracle  # noqa: E402
from harness import ROOT, Results  # noqa: E402

IDL = os.path.join(ROOT, "build", "XEpaFunctions.idl")
XCU = os.path.join(ROOT, "build", "oxt", "CalcAddIns.xcu")
REQUIRED_TYPE = "sequence<sequence<any>>"   # spaces removed
OPTIONAL_TYPE = "any"

_METHOD = re.compile(r"^\s*([\w:<>\s]+?)\s+(\w+)\s*\(([^)]*)\)[^;(]*(?:\([^)]*\))?\s*;", re.M)
_PARAM = re.compile(r"^\s*\[in\]\s*(.+?)\s+(\w+)\s*$")


def idl_methods(text):
    """{method: [(type without spaces, name)]} of the interface."""
    out = {}
    for _ret, method, args in _METHOD.findall(text):
        params = []
        for a in filter(None, (x.strip() for x in args.split(","))):
            m = _PARAM.match(a)
            params.append((re.sub(r"\s+", "", m.group(1)), m.group(2)) if m else (None, a))
        out[method] = params
    return out


OOR = "{http://openoffice.org/2001/registry}"
LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def xcu_functions(path):
    """{node name (method): {"display": {lang: text}, "category": text,
    "params": [(node name, {lang: display name})]}}."""
    def texts(node, prop):
        for p in node.findall("prop"):
            if p.get(OOR + "name") == prop:
                return {v.get(LANG): v.text for v in p.findall("value")}
        return {}

    funcs = ET.parse(path).getroot().find("node/node/node")
    out = {}
    for fn in funcs:
        params = fn.find("node")
        out[fn.get(OOR + "name")] = {
            "display": texts(fn, "DisplayName"), "category": texts(fn, "Category").get(None),
            "params": [(p.get(OOR + "name"), texts(p, "DisplayName")) for p in (params if params is not None else [])]}
    return out


def check_idl(rows, idl, res):
    for fn in rows:
        row = "catalogue row %s" % fn["name"]
        params = idl.get(fn["method"])
        if not res.check(params is not None, "%s: no method %s in %s" % (row, fn["method"], IDL)):
            continue
        want = [p["name"] for p in fn["params"]]
        res.check([n for _t, n in params] == want, "%s: IDL parameters %r, catalogue %r"
                  % (row, [n for _t, n in params], want))
        for p, (t, n) in zip(fn["params"], params):
            expected = OPTIONAL_TYPE if p["optional"] else REQUIRED_TYPE
            res.check(t == expected, "%s, parameter %s: IDL type %s, but it is %s" % (
                row, n, t, "optional" if p["optional"] else "required"))
    for extra in sorted(set(idl) - {fn["method"] for fn in rows}):
        res.check(False, "IDL method %s has no catalogue row" % extra)


def check_xcu(rows, xcu, res):
    for fn in rows:
        row = "catalogue row %s" % fn["name"]
        x = xcu.get(fn["method"])
        if not res.check(x is not None, "%s: no function %s in %s" % (row, fn["method"], XCU)):
            continue
        res.check(x["display"].get("en-US") == fn["name"], "%s: xcu display name %r" % (row, x["display"]))
        res.check(bool(x["display"].get("nl")), "%s: xcu has no Dutch display name" % row)
        res.check(x["category"] == fn["category"], "%s: xcu category %r, catalogue %r"
                  % (row, x["category"], fn["category"]))
        want = [(p["name"], {"en-US": p["display_en"], "nl": p["display_nl"]}) for p in fn["params"]]
        res.check(x["params"] == want, "%s: xcu parameters %r, catalogue %r" % (row, x["params"], want))
    for extra in sorted(set(xcu) - {fn["method"] for fn in rows}):
        res.check(False, "xcu function %s has no catalogue row" % extra)


def check_rows(rows, res):
    """The catalogue itself: unique names, as users and files see them."""
    for key in ("name", "method"):
        seen = [fn[key] for fn in rows]
        for dup in sorted({v for v in seen if seen.count(v) > 1}):
            res.check(False, "catalogue rows share the %s %s" % (key, dup))
    for fn in rows:
        res.check(fn["method"] == fn["name"].lower(), "catalogue row %s: method %r is not the lower-case name "
                  "(ODF files store SERVICE.NAME)" % (fn["name"], fn["method"]))
        names = [p["name"] for p in fn["params"]]
        res.check(len(set(names)) == len(names), "catalogue row %s: parameter names repeat: %r" % (fn["name"], names))
        kinds = {p["kind"] for p in fn["params"]}
        allowed = {"paste", "list", "level", "number", "row"} if fn["result"] == "table" else \
            {"number", "count", "scenario", "category", "side", "item", "bound"}
        res.check(kinds <= allowed, "catalogue row %s: kinds %r" % (fn["name"], kinds))
        res.check((fn["labels"] is not None) == (fn["result"] == "table"),
                  "catalogue row %s: column labels exactly for a table function" % fn["name"])
        flags = [p["optional"] for p in fn["params"]]
        res.check(flags == sorted(flags), "catalogue row %s: a required parameter after an optional one"
                  % fn["name"])


def check_cases(rows, res):
    """cases.py (the end-to-end case table) calls every catalogue function
    at least once for a number and once for Err:502, so a new row without
    hand-written cases fails here, named."""
    table = case_table.cases()
    for fn in rows:
        if fn["result"] == "table":
            continue
        call = re.compile(r"\b%s\(" % re.escape(fn["name"]))
        outcomes = [expected for _label, formula, expected, _tol in table if call.search(formula)]
        res.check(any(not isinstance(e, str) for e in outcomes),
                  "catalogue row %s: no case in cases.py gives a number" % fn["name"])
        res.check(case_table.ERR in outcomes,
                  "catalogue row %s: no case in cases.py gives %s" % (fn["name"], case_table.ERR))


def check_tables(rows, res):
    """A table function has no case in cases.py (its argument is a whole
    pasted block): test_region_functions.py calls each in real Calc, for
    values and for Err:502."""
    path = os.path.join(ROOT, "tests", "e2e", "test_region_functions.py")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    for fn in rows:
        if fn["result"] == "table":
            res.check('"%s"' % fn["name"] in text, "catalogue row %s: not called by %s" % (fn["name"], path))


def main():
    res = Results("catalogue artefacts")
    rows = catalogue.load()
    res.check(len(rows) > 0, "catalogue.json lists no function")
    check_rows(rows, res)
    with open(IDL, encoding="utf-8") as f:
        check_idl(rows, idl_methods(f.read()), res)
    check_xcu(rows, xcu_functions(XCU), res)
    check_cases(rows, res)
    check_tables(rows, res)
    for ok, what in oracle.check_catalogue():
        res.check(ok, what)
    return res.finish()


if __name__ == "__main__":
    sys.exit(main())
