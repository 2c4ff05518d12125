"""Workbooks that use the functions survive .ods and .xlsx in real Calc.

Two workbooks: a small one with every function (one array formula too),
loaded from a .fods, and the Dutch planning template.  Each is
recalculated, saved as .ods and as .xlsx (Calc Office Open XML), closed,
reopened and recalculated again: every formula cell must give the same
value or error as before, and the formulas must still call the add-in.
The script prints the function name Calc writes into the .xlsx.

Per version and extension (tests/e2e/versions.py, the version asked from
the running office): with a CompatibilityName (EPAPREV) in CalcAddIns.xcu,
LibreOffice 25.2 writes that bare name into the .xlsx and 7.4 the
programmatic name NL.EPAPLANNING.CALC.EPAADDIN.EPAPREV(...); 7.4 reads a
bare EPAPREV(...) as #NAME?.  packaging/gen_xcu.c therefore sets no
CompatibilityName: both versions then write and read the programmatic
name.  The round trip Calc -> .xlsx -> Calc works; Excel cannot compute
these cells (it has no such functions).  Across versions:
tests/office/cross_versions.py.
Usage: /usr/bin/python3 tests/e2e/test_files.py build/epa-addin-VERSION.oxt
"""
import os
import re
import shutil
import sys
import zipfile

import uno

import fods
from harness import BUILD, Results, cell_outcome, formula_outcomes, oxt_arg, same
from office import Office, emulated_office, props
from versions import PROGRAMMATIC, has_compatibility_names, label as version_label, xlsx_reads_compatibility_name, \
    xlsx_writes_compatibility_name
from workbook import error_cells, layout, new_planning

FORMULAS = [
    "=EPAPREV(1200;23.14;5.6;3.45)",
    "=EPACOUNT(B2;23.14;5.6;3.45;3917)",
    "=EPAURBANITY(B2)",
    "=EPAPREVCLASS(3;23.14;5.6;3.45)",
    '=EPABAND(A2;75;"laag")',
    "=EPADEVIATION(20;A2)",
    "=IF(EPAINSTITUTIONAL(50);1;0)",
    "=EPAPOPULATION(216000;0.23)",
    "=GGZBUDGET(250000)",
    '=SCENARIOSHARE("wijk";"ambulant epa";0.4)',
    '=SCENARIOBUDGET(A10;"intensivering";"klinisch")',
    '=SCENARIOCAPACITY(1;"bedden";250000;"hoog")',
    "=A2*2",
    '=SCENARIOCAPACITY(2;"fte_iht";250000)',        # undefined in scenario 2: Err:502
]
FILTERS = (("ods", "calc8"), ("xlsx", "Calc Office Open XML"))


def small_workbook(path):
    sh = fods.Sheet("Blad1")
    sh.put(0, 0, "formule")
    sh.put(1, 1, 1200)
    for i, f in enumerate(FORMULAS, start=1):
        sh.put(i, 0, fods.Formula(f))
    sh.put(1, 3, 300)
    sh.put(2, 3, 1200)
    sh.put(3, 3, 3000)
    sh.put(1, 4, fods.Formula("=EPAURBANITY(D2:D4)", rows=3))
    fods.write(path, [sh])


def xlsx_function_names(path):
    names = set()
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if n.startswith("xl/worksheets/sheet"):
                names.update(re.findall(r"[A-Za-z_.]*EPA[A-Z]+(?=\()|[A-Za-z_.]*SCENARIO[A-Z]+(?=\()|"
                                        r"[A-Za-z_.]*GGZBUDGET(?=\()", z.read(n).decode("utf-8")))
    return names


def round_trip(office, res, label, doc, work):
    doc.calculateAll()
    before = formula_outcomes(doc)
    errs = [k for k, (o, _f) in before.items() if o[0] == "err"]
    res.check(len(before) >= 10, "%s: only %d formula cells" % (label, len(before)))
    saved = {}
    for ext, flt in FILTERS:
        path = os.path.join(office.dir, "%s.%s" % (label, ext))
        doc.storeToURL(uno.systemPathToFileUrl(path), props(FilterName=flt))
        saved[ext] = path
        shutil.copy(path, work)
    doc.close(True)
    names = xlsx_function_names(saved["xlsx"])
    print("%s: %d formula cells (%d errors on purpose: %s); .xlsx calls %s" % (
        label, len(before), len(errs), ", ".join(k[1] for k in errs) or "none", ", ".join(sorted(names))))
    version = office.version()
    if xlsx_writes_compatibility_name(version, has_compatibility_names(sys.argv[1])):
        res.check(names and all("." not in n for n in names),
                  "%s: %s should write the CompatibilityName into the .xlsx, wrote %r" % (
                      label, version_label(version), sorted(names)))
    else:
        res.check(names and all(n.startswith(PROGRAMMATIC) for n in names),
                  "%s: %s should write the programmatic name into the .xlsx, wrote %r" % (
                      label, version_label(version), sorted(names)))
    for ext, path in saved.items():
        doc = office.load(path)
        loaded = formula_outcomes(doc)
        doc.calculateAll()
        after = formula_outcomes(doc)
        doc.close(True)
        res.check(set(after) == set(before), "%s.%s: formula cells %d, were %d" % (label, ext, len(after), len(before)))
        bad = [k for k in before if k in after and not same(after[k][0], before[k][0])]
        res.check(not bad, "%s.%s after recalculation: %r" % (
            label, ext, [(k, before[k][0], after[k][0]) for k in bad[:5]]))
        stale = [k for k in before if k in loaded and not same(loaded[k][0], before[k][0])]
        res.check(not stale, "%s.%s as loaded (cached results): %r" % (
            label, ext, [(k, before[k][0], loaded[k][0]) for k in stale[:5]]))
        lost = [k for k, (_o, f) in after.items() if PROGRAMMATIC in before[k][1].upper() and PROGRAMMATIC not in f.upper()]
        res.check(not lost, "%s.%s: formulas no longer call the add-in: %r" % (label, ext, lost[:3]))
    return before


def main():
    res = Results("files")
    oxt = oxt_arg()
    work = os.path.join(BUILD, "files")
    os.makedirs(work, exist_ok=True)
    src = os.path.join(BUILD, "files.fods")
    small_workbook(src)
    with Office(oxt) as office:
        doc = office.load(src)
        small = round_trip(office, res, "functions", doc, work)
        res.check(small[("Blad1", "$Blad1.$A$2")][0] == ("num", 14.988166), "worked example in the small workbook")
        res.check(small[("Blad1", "$Blad1.$A$15")][0] == ("err", 502), "undefined capacity stays Err:502")
        res.check(small[("Blad1", "$Blad1.$E$4")][0] == ("num", 1.0), "array formula survives")
        if emulated_office():
            res.skip("the planning workbook's round trip: not under qemu-user (the native offices do it)")
        else:
            doc = new_planning(office)
            layout.paste_example(doc)
            round_trip(office, res, "planning", doc, work)
            doc = office.load(os.path.join(work, "planning.xlsx"))
            doc.calculateAll()
            res.check(not error_cells(doc), "planning.xlsx has error cells: %r" % error_cells(doc)[:5])
            doc.close(True)
        check_compatibility_name(office, res, os.path.join(work, "functions.xlsx"))
        res.check(office.alive(), "soffice survived")
    return res.finish()


def check_compatibility_name(office, res, xlsx):
    """An .xlsx that calls the function by the bare name EPAPREV, as 25.2
    writes it for an extension with CompatibilityNames: 7.4 gives #NAME?;
    25.2 computes it only when the extension has CompatibilityNames."""
    bare = os.path.join(office.dir, "bare.xlsx")
    with zipfile.ZipFile(xlsx) as src, zipfile.ZipFile(bare, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                data = data.replace(PROGRAMMATIC.encode(), b"")
            dst.writestr(item, data)
    os.chmod(bare, 0o644)
    doc = office.load(bare)
    doc.calculateAll()
    cell = doc.Sheets.getByIndex(0).getCellRangeByName("A2")
    out = cell_outcome(cell)
    doc.close(True)
    version = office.version()
    compat = has_compatibility_names(sys.argv[1])
    want = ("num", 14.988166) if xlsx_reads_compatibility_name(version, compat) else ("err", 525)
    res.check(out == want, "bare EPAPREV( in .xlsx in %s: %r, want %r" % (version_label(version), out, want))
    print("%s: an .xlsx with a bare EPAPREV(...) reads back as: %s" % (version_label(version),
          "14.988166 (compatibility name understood)" if out[0] == "num" else
          "#NAME? (Err:525): that name is unknown in .xlsx" if out == ("err", 525) else repr(out)))


if __name__ == "__main__":
    sys.exit(main())
