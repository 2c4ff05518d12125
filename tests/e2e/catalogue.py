"""The function catalogue as the build exports it (build/catalogue.json,
made by `make build/catalogue.json` from addin/catalogue.c).

Every Python list of functions and parameters is derived from here, so a
new catalogue row reaches the formula writer, the oracle's checks, the
bad-input matrix and the Function Wizard test without editing them.
"""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PATH = os.path.join(ROOT, "build", "catalogue.json")

_cache = None


def load():
    """[{"name", "method", "category", "result", "help_nl", "help_excel_nl",
    "params": [{"name", "kind", "optional", "default", "display_en",
    "display_nl", "help_nl"}]}] in catalogue order (help_excel_nl: the
    shorter Dutch help Excel shows, or None when help_nl fits)."""
    global _cache
    if _cache is None:
        if not os.path.exists(PATH):
            raise SystemExit("%s is missing: run `make build/catalogue.json` first" % PATH)
        with open(PATH, encoding="utf-8") as f:
            _cache = json.load(f)["functions"]
    return _cache


def elements():
    """Rows of the element functions (a number per call, repeated per
    element of ranges): what the oracle, the case tables and the bad-input
    matrix cover."""
    return [fn for fn in load() if fn["result"] != "table"]


def tables():
    """Rows of the table functions (a whole pasted block in, a table of
    texts and numbers out; addin/table.h): tests/e2e/test_region_functions.py
    and the property test of tests/fast/ cover them."""
    return [fn for fn in load() if fn["result"] == "table"]


def names():
    """Function names users type, in catalogue order."""
    return [fn["name"] for fn in load()]


def functions(rows=None):
    """[(name, [parameter IDL names])] in catalogue order (of rows, default
    every row)."""
    return [(fn["name"], [p["name"] for p in fn["params"]]) for fn in (load() if rows is None else rows)]


def function(name):
    return next(fn for fn in load() if fn["name"] == name)
