"""`make demo`: the Dutch planning template, recalculated in real Calc.

Installs the built .oxt into a private profile (Office), starts Calc with a
Dutch UI, opens the template that ships in the extension as a new document,
recalculates it, refuses error cells, prints the region totals, the
scenario budgets and capacities, and exports the workbook to build/demo/epa-planning.pdf
(plus one PNG per page when pdftoppm is installed, to look at).
Usage: /usr/bin/python3 tools/demo.py build/epa-addin-VERSION.oxt
"""
import os
import shutil
import subprocess
import sys

import uno

import make_template as L
from office import Office, props
from sheets import ROOT, error_cells, installed_template

OUT = os.path.join(ROOT, "build", "demo")


def shown(sh, ref):
    return sh.getCellRangeByName(ref).String


def report(doc):
    geb, reg, inv = (doc.Sheets.getByName(n) for n in ("Gebieden", "Regio", "Inventarisatie"))
    g = L.GCOL
    print("EPA-planning: " + shown(geb, "A3"))
    print()
    row = "%-10s %-26s %-16s %6s %6s %5s %5s %8s %9s %6s %11s"
    print(row % ("code", "gebied", "status", "OAD", "S%", "W%", "A%", "volw.", "voorspeld", "aantal",
                 "band 75%"))
    for r in range(L.FIRST_AREA, L.LAST_AREA + 1):
        if not shown(geb, "%s%d" % (g["status"], r)):
            break                           # the list is packed: the region's areas, then empty rows
        band = shown(geb, "%s%d" % (g["low"], r))
        band = band and band + "-" + shown(geb, "%s%d" % (g["high"], r))
        print(row % tuple([shown(geb, "%s%d" % (g[k], r)) for k in
                           ("code", "name", "status", "oad", "single", "wwb", "ao", "adults", "prev", "count")]
                          + [band]))
    print()
    for t in (L.T_ALL, L.T_ACTUAL, L.T_NOINST, L.T_INST, L.T_UNKNOWN):
        print("  %-78s %3s gebieden, volw. %8s, voorspeld %5s per 1.000 (%6s), werkelijk %5s" % (
            shown(geb, "A%d" % t), shown(geb, "%s%d" % (g["status"], t)), shown(geb, "%s%d" % (g["adults"], t)),
            shown(geb, "%s%d" % (g["prev"], t)), shown(geb, "%s%d" % (g["count"], t)),
            shown(geb, "%s%d" % (g["actual"], t))))
    print()
    for r in range(L.S_HEAD + 1, L.S_INH_ALL + 1):
        print("  %-70s %8s" % (shown(geb, "A%d" % r), shown(geb, "%s%d" % (L.S_VAL, r))))
    print()
    for r in range(L.C_READ, L.C_COVER + 1):
        print("  %-66s %12s" % (shown(reg, "A%d" % r), shown(reg, "B%d" % r)))
    print()
    print("Regio: %s, %s inwoners, GGZ-budget %s per jaar" % (
        shown(reg, "B%d" % L.R_NAME), shown(reg, "B%d" % L.U_INHAB), shown(reg, "B%d" % L.U_BUDGET)))
    row = "  %-24s %14s %14s %14s"
    print(row % ("budget", "landelijk 2014", "scenario 1", "scenario 2"))
    for r in range(L.R_BUD_HEAD + 1, L.R_BUD_HEAD + 6):
        print(row % tuple(shown(reg, "%s%d" % (c, r)) for c in "ABCD"))
    print()
    cap = "  %-40s %10s %10s %10s"
    print(cap % ("capaciteit (grens: %s)" % shown(reg, "B%d" % L.U_BOUND), "2014", "scenario 1", "scenario 2"))
    for r in range(L.R_CAP_HEAD + 1, L.R_CAP_HEAD + len(L.CAPACITY) + 1):
        print(cap % tuple(shown(reg, "%s%d" % (c, r)) for c in "ABCD"))
    print()
    for key in L.LINK:
        r = L.L_ROW[key]
        print("  %-62s %8s %8s per 100.000" % (shown(reg, "A%d" % r), shown(reg, "B%d" % r), shown(reg, "C%d" % r)))
    print("  variant, factor %s:" % shown(reg, "B%d" % L.R_VAR_FACTOR))
    for r in range(L.R_VAR_HEAD + 1, L.R_VAR_HEAD + len(L.VARIANT) + 1):
        print(cap % tuple(shown(reg, "%s%d" % (c, r)) for c in "ABCD"))
    print()
    print("  transitiepad naar '%s':" % shown(reg, "B%d" % L.U_TARGET))
    for r in [L.R_PATH_HEAD] + list(range(L.PATH_FIRST_CAT, L.PATH_TOTAL + 1)) + \
            list(range(L.PATH_CAP_FIRST, L.PATH_CAP_FIRST + len(L.PATH_CAPACITY))):
        print("  %-34s" % shown(reg, "A%d" % r)[:34] + "".join("%15s" % shown(reg, "%s%d" % (c, r)) for c in "BCDEFG"))
    print()
    print("Inventarisatie: %d onderdelen van de checklist (leeg in het sjabloon)" % len(L.CHECKLIST))


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: %s build/epa-addin-VERSION.oxt" % sys.argv[0])
    os.makedirs(OUT, exist_ok=True)
    with Office(sys.argv[1], lang="nl_NL.UTF-8") as office:
        # The copy inside the installed extension, as File > New > Templates opens it.
        template = installed_template(office)
        if template is None or not os.path.exists(template):
            sys.exit("the extension did not install its template (Paths.xcu): %r" % template)
        print("template:", template)
        doc = office.desktop.loadComponentFromURL(uno.systemPathToFileUrl(template), "_blank", 0,
                                                  props(Hidden=True, AsTemplate=True))
        L.paste_example(doc)
        doc.calculateAll()
        errors = error_cells(doc)
        report(doc)
        pdf_tmp = os.path.join(office.dir, "epa-planning.pdf")
        doc.storeToURL(uno.systemPathToFileUrl(pdf_tmp), props(FilterName="calc_pdf_Export"))
        doc.close(True)
        pdf = os.path.join(OUT, "epa-planning.pdf")
        shutil.copy(pdf_tmp, pdf)
    print()
    print("PDF:", pdf)
    if shutil.which("pdftoppm"):
        for old in os.listdir(OUT):
            if old.endswith(".png"):
                os.remove(os.path.join(OUT, old))
        subprocess.run(["pdftoppm", "-png", "-r", "100", pdf, os.path.join(OUT, "epa-planning")], check=True)
        print("pages:", " ".join(sorted(f for f in os.listdir(OUT) if f.endswith(".png"))))
    if errors:
        for e in errors:
            print("ERROR CELL: %s.%s Err:%d" % e)
        return 1
    print("no error cells")
    return 0


if __name__ == "__main__":
    sys.exit(main())
