"""A workbook opened in a Calc without the extension, then with it again.

Made with the extension: a small workbook with every function and a
planning workbook from the template, as .ods and .xlsx.  Opened in a second
profile without the extension, every formula that calls the add-in (and
every formula that uses such a cell) shows #NAME? (Err:525) once Calc
recalculates; right after opening, a cell may still show the value saved in
the file.  The script prints what a user sees (PDF of the sheet as opened).
Saving the workbook there keeps the formulas.  After installing the
extension into that profile and restarting, the original and the re-saved
files compute the same values as before.
Usage: /usr/bin/python3 tests/e2e/test_no_extension.py build/epa-addin-VERSION.oxt
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

import uno

import fods
from harness import Results, formula_outcomes, oxt_arg, same
from office import Office, emulated_office, props
from test_files import FORMULAS
from versions import MISSING_OPERATOR, PROGRAMMATIC, error_test_catches_unknown_function, has_compatibility_names, \
    label as version_label, xlsx_writes_compatibility_name
from workbook import layout, new_planning

NAME_ERROR = 525                       # #NAME?


def calls_addin(formula):
    return PROGRAMMATIC in formula.upper()


BARE = re.compile(r"(?<![\w.])(EPA[A-Z]+|SCENARIO[A-Z]+|GGZBUDGET)\(")


def keeps_name(formula, name, version):
    """Without the extension Calc keeps the name the file has: in .ods the
    programmatic name; in .xlsx the programmatic name from 7.4 and the
    CompatibilityName (EPAPREV) from 25.2 (tests/e2e/versions.py)."""
    if name.endswith(".xlsx") and xlsx_writes_compatibility_name(version, has_compatibility_names(sys.argv[1])):
        return PROGRAMMATIC not in formula.upper() and bool(BARE.search(formula.upper()))
    return calls_addin(formula)


def make_files(oxt, share, res):
    """Saves the workbooks with the extension; returns {file: snapshot}."""
    expected = {}
    src = os.path.join(share, "functions.fods")
    sh = fods.Sheet("Blad1")
    sh.put(1, 1, 1200)
    for i, f in enumerate(FORMULAS, start=1):
        sh.put(i, 0, fods.Formula(f))
    fods.write(src, [sh])
    with Office(oxt) as office:
        docs = [("functions", office.load(src))]
        if emulated_office():
            res.skip("the planning workbook without the extension: not under qemu-user (the native offices do it)")
        else:
            docs.append(("planning", new_planning(office)))
        for name, doc in docs:
            doc.calculateAll()
            snap = formula_outcomes(doc)
            for ext, flt in (("ods", "calc8"), ("xlsx", "Calc Office Open XML")):
                tmp = os.path.join(office.dir, "%s.%s" % (name, ext))
                doc.storeToURL(uno.systemPathToFileUrl(tmp), props(FilterName=flt))
                shutil.copy(tmp, share)
                os.chmod(os.path.join(share, os.path.basename(tmp)), 0o644)
                expected["%s.%s" % (name, ext)] = snap
            doc.close(True)
    return expected


def shown_as_opened(office, doc):
    """Text of the first sheet as Calc paints it right after opening (PDF)."""
    pdf = os.path.join(office.dir, "shown.pdf")
    doc.storeToURL(uno.systemPathToFileUrl(pdf), props(FilterName="calc_pdf_Export"))
    if not shutil.which("pdftotext"):
        return ""
    return subprocess.run(["pdftotext", "-layout", "-l", "1", pdf, "-"], capture_output=True,
                          text=True).stdout


def without_extension(office, res, share, expected):
    for name, snap in sorted(expected.items()):
        doc = office.load(os.path.join(share, name))
        opened = formula_outcomes(doc)
        text = shown_as_opened(office, doc)
        checks = [k for k, (_o, f) in snap.items() if "ISERROR(" in f.upper() and calls_addin(f)]
        addin = [k for k, (_o, f) in snap.items() if calls_addin(f) and k not in checks]
        stale = sum(1 for k in addin if k in opened and same(opened[k][0], snap[k][0]))
        named = sum(1 for k in addin if k in opened and opened[k][0] == ("err", NAME_ERROR))
        res.check(stale + named == len(addin), "%s as opened: cells neither saved value nor #NAME?" % name)
        version = office.version()
        warned = [k for k in checks if opened[k][0] == ("text", layout.ADDIN_MISSING)]
        if error_test_catches_unknown_function(version):
            res.check(warned == checks, "%s as opened: the add-in check cells do not warn: %r" % (
                name, [(k, opened[k][0]) for k in checks]))
        else:   # 26.8: ISERROR(unknown function) is Err:509 (tests/e2e/versions.py)
            res.check(all(opened[k][0] == ("err", MISSING_OPERATOR) for k in checks),
                      "%s as opened in %s: the add-in check cells are not Err:509: %r" % (
                          name, version_label(version), [(k, opened[k][0]) for k in checks]))
        doc.calculateAll()
        after = formula_outcomes(doc)
        # IF(H11="";"";EPADEVIATION(...)) never calls the missing function when H11 is empty.
        wrong = [k for k in addin if after.get(k, (None,))[0] != ("err", NAME_ERROR)
                 and not (snap[k][0] == ("text", "") == after.get(k, (None,))[0])]
        res.check(not wrong, "%s after recalculation without the extension: %r" % (
            name, [(k, after.get(k)) for k in wrong[:3]]))
        lost = [(k, after[k][1]) for k in addin if k in after and not keeps_name(after[k][1], name, version)]
        res.check(not lost, "%s in %s: the formulas lost the add-in name: %r" % (name, version_label(version), lost[:3]))
        named_after = sum(1 for k in addin if after.get(k, (None,))[0] == ("err", NAME_ERROR))
        print("without the extension, %s: %d add-in cells; as opened %d show the saved value, %d #NAME?, "
              "%d warning cells warn (printed first sheet: %d x #NAME?, %d x 'LET OP'); "
              "after recalculation %d #NAME?" % (
                  name, len(addin), stale, named, len(warned), text.count("#NAME?"), text.count("LET OP"),
                  named_after))
        if name == "functions.ods":
            tmp = os.path.join(office.dir, "resaved.ods")
            doc.storeToURL(uno.systemPathToFileUrl(tmp), props(FilterName="calc8"))
            shutil.copy(tmp, share)
            with zipfile.ZipFile(tmp) as z:
                content = z.read("content.xml").decode("utf-8")
            res.check("nl.epaplanning.calc.epaaddin.epaprev(" in content.lower(),
                      "re-saved without the extension: the formula lost the add-in name")
            expected["resaved.ods"] = snap
        doc.close(True)


def with_extension_again(office, res, share, expected):
    for name, snap in sorted(expected.items()):
        doc = office.load(os.path.join(share, name))
        doc.calculateAll()
        after = formula_outcomes(doc)
        doc.close(True)
        bad = [k for k in snap if not same(after.get(k, ((None,), ""))[0], snap[k][0])]
        res.check(not bad, "%s with the extension installed again: %r" % (
            name, [(k, snap[k][0], after.get(k)) for k in bad[:3]]))
        print("after installing the extension: %s computes again (%d formula cells as before)" % (
            name, len(snap) - len(bad)))


def main():
    res = Results("no extension")
    oxt = oxt_arg()
    share = tempfile.mkdtemp(prefix="epa-share-")
    os.chmod(share, 0o777)
    try:
        expected = make_files(oxt, share, res)
        office = Office(None)
        try:
            office.start()
            res.check(office.alive(), "soffice without the extension")
            without_extension(office, res, share, expected)
            office.stop()
            office.install(oxt)                  # into the same profile, then restart
            office.launch()
            with_extension_again(office, res, share, expected)
            res.check(office.alive(), "soffice survived")
        finally:
            office.cleanup()
    finally:
        shutil.rmtree(share, ignore_errors=True)
    return res.finish()


if __name__ == "__main__":
    sys.exit(main())
