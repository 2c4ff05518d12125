"""Function Wizard texts in English and Dutch, as Calc serves them.

For an English UI and for a Dutch UI reached in both ways a user has
(LANG=nl_NL.UTF-8 in the environment, which soffice reads even when the
C library has no such locale; or the UI language set in the profile,
org.openoffice.Office.Linguistic/General/UILocale = nl), reads
com.sun.star.sheet.FunctionDescriptions and requires for every add-in
function: the description, category and every argument's name and
description in that language, as addin/catalogue.c writes them into
CalcAddIns.xcu, none of them empty.  The built-in SUM proves which UI
language Calc really runs in (SOM in Dutch).
Usage: /usr/bin/python3 tests/e2e/test_wizard.py build/epa-addin-VERSION.oxt
"""
import sys

import catalogue
from harness import Results, function_descriptions, oxt_arg, xcu_catalogue
from office import Office
from workbook import seed_ui_locale

# com.sun.star.sheet.FunctionCategory
CATEGORY = {"Database": 1, "Date&Time": 2, "Financial": 3, "Information": 4, "Logical": 5,
            "Mathematical": 6, "Matrix": 7, "Statistical": 8, "Spreadsheet": 9, "Text": 10, "Add-In": 11}


def check(office, res, label, xcu_lang, sum_name):
    cat = xcu_catalogue(xcu_lang)
    seen = function_descriptions(office)
    res.check(sum_name in seen, "%s: built-in SUM is not called %s: the UI language is not what we asked for"
              % (label, sum_name))
    res.check(sorted(cat) == sorted(catalogue.names()), "%s: functions in CalcAddIns.xcu %r, in the catalogue %r"
              % (label, sorted(cat), sorted(catalogue.names())))
    n_args = 0
    for name, want in sorted(cat.items()):
        e = seen.get(name)
        if not res.check(e is not None, "%s: FunctionDescriptions lacks %s" % (label, name)):
            continue
        res.check(bool(want["desc"]) and e["Description"] == want["desc"],
                  "%s: %s description %r, want %r" % (label, name, e["Description"], want["desc"]))
        res.check(e["Category"] == CATEGORY.get(want["category"]),
                  "%s: %s category %r, want %s" % (label, name, e["Category"], want["category"]))
        args = e["Arguments"]
        res.check(len(args) == len(want["params"]), "%s: %s has %d arguments" % (label, name, len(args)))
        for a, (pname, pdesc) in zip(args, want["params"]):
            n_args += 1
            res.check(bool(pname) and bool(pdesc) and a.Name == pname and a.Description == pdesc,
                      "%s: %s argument %r / %r, want %r / %r" % (label, name, a.Name, a.Description, pname, pdesc))
    print("%s: %d functions, %d arguments checked (EPAPREV: %s)" % (
        label, len(cat), n_args, seen.get("EPAPREV", {}).get("Description", "")[:60]))
    return {n: (seen[n]["Description"], [a.Description for a in seen[n]["Arguments"]]) for n in cat if n in seen}


def main():
    res = Results("wizard")
    oxt = oxt_arg()
    with Office(oxt, lang="en_US.UTF-8") as office:
        english = check(office, res, "English UI", "en-US", "SUM")
    with Office(oxt, lang="nl_NL.UTF-8") as office:
        dutch = check(office, res, "Dutch UI (LANG)", "nl", "SOM")
    office = Office(oxt, lang="en_US.UTF-8")
    try:
        office._prepare()
        office.install(oxt)
        seed_ui_locale(office, "nl")
        office.launch()
        check(office, res, "Dutch UI (profile setting)", "nl", "SOM")
    finally:
        office.cleanup()
    # The two languages must really differ (no English fallback in Dutch).
    for name, (desc, args) in english.items():
        res.check(dutch.get(name, (None,))[0] != desc, "%s: the Dutch description is the English one" % name)
    return res.finish()


if __name__ == "__main__":
    sys.exit(main())
