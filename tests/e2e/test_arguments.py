"""Required and optional arguments as the Function Wizard shows them.

The Function Wizard (and the formula tooltip) take every argument from
com.sun.star.sheet.FunctionDescriptions: its Name, and IsOptional, which
makes the wizard label it "(optional)" / "(optioneel)" and show required
ones in bold.  For an English UI and a Dutch UI this script reads them in
the running office (run-e2e runs it in each LibreOffice version) and
requires, per argument of every function in build/catalogue.json:
 - IsOptional equals the catalogue's "optional" (Calc marks every IDL
   parameter of type `any` optional, so a required argument must have
   another type there);
 - the name is the catalogue's display name for that language, and has no
   '_' and no '~': the GTK3 wizard takes '_' for a mnemonic marker
   (single_pct shows as singlepct), and '~' is the mnemonic marker of
   LibreOffice's own dialog strings.
Usage: /usr/bin/python3 tests/e2e/test_arguments.py build/epa-addin-VERSION.oxt
"""
import sys

import catalogue
from harness import Results, function_descriptions, oxt_arg
from office import Office
from versions import label as version_label

def check(office, res, ui, lang, sum_name, functions):
    where = "%s, %s UI" % (version_label(office.version()), ui)
    seen = function_descriptions(office)
    res.check(sum_name in seen, "%s: built-in SUM is not called %s: not the UI language asked for" % (where, sum_name))
    n = wrong_optional = bad_names = 0
    for fn in functions:
        e = seen.get(fn["name"])
        if not res.check(e is not None, "%s: FunctionDescriptions lacks %s" % (where, fn["name"])):
            continue
        args = e["Arguments"]
        if not res.check(len(args) == len(fn["params"]), "%s: %s has %d arguments, the catalogue %d" % (
                where, fn["name"], len(args), len(fn["params"]))):
            continue
        for a, p in zip(args, fn["params"]):
            n += 1
            want = p["display_" + lang]
            res.check(a.Name == want, "%s: %s argument %r, the catalogue says %r" % (where, fn["name"], a.Name, want))
            if not res.check(bool(a.IsOptional) == bool(p["optional"]), "%s: %s(%s) IsOptional=%s, the catalogue: %s" % (
                    where, fn["name"], a.Name, a.IsOptional, "optional" if p["optional"] else "required")):
                wrong_optional += 1
            if not res.check("_" not in a.Name and "~" not in a.Name,
                             "%s: %s argument name %r has '_' or '~' (a mnemonic marker)" % (where, fn["name"], a.Name)):
                bad_names += 1
    print("%s: %d functions, %d arguments: %d with the wrong required/optional mark, %d names with '_' or '~'" % (
        where, len(functions), n, wrong_optional, bad_names))


def main():
    res = Results("arguments")
    oxt = oxt_arg()
    functions = catalogue.load()
    res.check(len(functions) >= 12, "only %d functions in %s" % (len(functions), catalogue.PATH))
    with Office(oxt, lang="en_US.UTF-8") as office:
        check(office, res, "English", "en", "SUM", functions)
    with Office(oxt, lang="nl_NL.UTF-8") as office:
        check(office, res, "Dutch", "nl", "SOM", functions)
    return res.finish()


if __name__ == "__main__":
    sys.exit(main())
