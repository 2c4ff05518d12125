"""Helpers on an open Calc document, shared by the demo, the template
generator and the end-to-end tests."""
import os

import uno

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TEMPLATE_SRC = os.path.join(ROOT, "packaging", "templates", "EPA-planning", "epa-planning.ots")
TEMPLATE_REL = "EPA-planning/epa-planning.ots"      # below the extension's templates/ folder
FORMULA = 16                                         # com.sun.star.sheet.CellFlags.FORMULA
FORMULA_ERROR = 4                                    # com.sun.star.sheet.FormulaResult.ERROR


def huge_range_probe(office):
    """A new Calc document for formulas over huge ranges of Sheet1: two OAD
    numbers in Sheet1.A1:B1, the rest empty; returns (doc, Sheet2.A1), the
    cell to put the formula in."""
    doc = office.new_calc()
    doc.Sheets.insertNewByName("Sheet2", 1)
    first = doc.Sheets.getByIndex(0)
    first.getCellByPosition(0, 0).setValue(1200)
    first.getCellByPosition(1, 0).setValue(3000)
    return doc, doc.Sheets.getByIndex(1).getCellByPosition(0, 0)


def column_index(letters):
    """'A' -> 0, 'AB' -> 27."""
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def column_letters(index):
    """0 -> 'A', 27 -> 'AB' (the inverse of column_index)."""
    s = ""
    n = index + 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def error_cells(doc):
    """[(sheet, cell, error code)] of every formula cell of doc in error."""
    out = []
    sheets = doc.Sheets
    for i in range(sheets.getCount()):
        sh = sheets.getByIndex(i)
        cur = sh.createCursor()
        cur.gotoEndOfUsedArea(False)
        end = cur.RangeAddress
        # only the cells whose result is an error (FormulaResult.ERROR), so
        # that a sheet of 20,000 formula rows is not read cell by cell
        found = sh.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow).queryFormulaCells(FORMULA_ERROR)
        for rng in found.RangeAddresses:
            for r in range(rng.StartRow, rng.EndRow + 1):
                for c in range(rng.StartColumn, rng.EndColumn + 1):
                    cell = sh.getCellByPosition(c, r)
                    if cell.getError():
                        out.append((sh.Name, cell.AbsoluteName, cell.getError()))
    return out


def formula_cells(sheet, max_rows=None):
    """Every formula cell of a sheet, or of its first max_rows rows."""
    cur = sheet.createCursor()
    cur.gotoEndOfUsedArea(False)
    end = cur.RangeAddress
    last = end.EndRow if max_rows is None else min(end.EndRow, max_rows - 1)
    found = sheet.getCellRangeByPosition(0, 0, end.EndColumn, last).queryContentCells(FORMULA)
    out = []
    for rng in found.RangeAddresses:
        for r in range(rng.StartRow, rng.EndRow + 1):
            for c in range(rng.StartColumn, rng.EndColumn + 1):
                out.append(sheet.getCellByPosition(c, r))
    return out


def installed_template(office):
    """File path of the template inside the installed extension, from the
    Template path setting that the extension's Paths.xcu adds (None if absent)."""
    ps = office.service("com.sun.star.util.PathSettings")
    ext = [u for u in ps.Template_internal if "uno_packages" in u]
    if not ext:
        return None
    expander = office.ctx.getValueByName("/singletons/com.sun.star.util.theMacroExpander")
    url = ext[0]
    if url.startswith("vnd.sun.star.expand:"):
        url = expander.expandMacros(url[len("vnd.sun.star.expand:"):])
    return uno.fileUrlToSystemPath(url + "/" + TEMPLATE_REL)
