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
    geb, reg = doc.Sheets.getByName("Gebieden"), doc.Sheets.getByName("Regio")
    print("EPA-planning (voorbeeldwaarden, geen echte statistiek)")
    print()
    row = "%-5s %-13s %9s %7s %11s %9s %10s %10s"
    print(row % ("PC4", "gebied", "voorspeld", "aantal", "band 75%", "werkelijk", "afwijking", "instelling"))
    for r in range(L.FIRST_AREA, L.LAST_AREA + 1):
        print(row % (
            shown(geb, "A%d" % r), shown(geb, "B%d" % r), shown(geb, "J%d" % r), shown(geb, "K%d" % r),
            shown(geb, "L%d" % r) + "-" + shown(geb, "M%d" % r), shown(geb, "H%d" % r),
            shown(geb, "N%d" % r), shown(geb, "O%d" % r)))
    t = L.TOTAL_ROW
    print(row % ("", "Totaal regio", shown(geb, "J%d" % t), shown(geb, "K%d" % t), "", shown(geb, "H%d" % t), "", ""))
    print()
    for r in range(L.SUMMARY_ROW + 1, L.SUMMARY_ROW + 7):
        print("  %-62s %8s" % (shown(geb, "A%d" % r), shown(geb, "H%d" % r)))
    print()
    print("Regio: %s, %s inwoners, GGZ-budget %s per jaar" % (
        shown(reg, "B%d" % L.R_NAME), shown(reg, "B%d" % L.R_INHAB), shown(reg, "B%d" % L.R_BUDGET)))
    row = "  %-16s %14s %14s %14s"
    print(row % ("budget", "huidig", "scenario 1", "scenario 2"))
    for r in range(L.R_BUD_HEAD + 1, L.R_BUD_HEAD + 6):
        print(row % tuple(shown(reg, "%s%d" % (c, r)) for c in "ABCD"))
    print()
    cap = "  %-38s %10s %10s %10s"
    print(cap % ("capaciteit (grens: %s)" % shown(reg, "B%d" % L.R_BOUND), "huidig", "scenario 1", "scenario 2"))
    for r in range(L.R_CAP_HEAD + 1, L.R_CAP_HEAD + len(L.CAPACITY) + 1):
        print(cap % tuple(shown(reg, "%s%d" % (c, r)) for c in "ABCD"))
    p = L.R_PATH_HEAD
    print()
    print("  transitiepad naar '%s', ambulant EPA per jaar:" % shown(reg, "B%d" % L.R_TARGET))
    print("  " + ", ".join("%s %s" % (shown(reg, "%s%d" % (c, p)), shown(reg, "%s%d" % (c, p + 4)))
                           for c in "BCDEFG"))


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
