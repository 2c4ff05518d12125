"""Helpers shared by the template, demo and Calc citizenship scripts."""
import os
import sys

import uno

from harness import ROOT, xcu_catalogue  # noqa: F401  (re-exported for the scripts)

sys.path.insert(0, os.path.join(ROOT, "packaging"))
import make_template as layout  # noqa: E402,F401  (the template's cell layout)

TEMPLATE_SRC = os.path.join(ROOT, "packaging", "templates", "EPA-planning", "epa-planning.ots")
TEMPLATE_REL = "EPA-planning/epa-planning.ots"      # below the extension's templates/ folder
FORMULA = 16                                         # com.sun.star.sheet.CellFlags.FORMULA


def error_cells(doc):
    """[(sheet, cell, error code)] of every formula cell of doc in error."""
    out = []
    sheets = doc.Sheets
    for i in range(sheets.getCount()):
        sh = sheets.getByIndex(i)
        cur = sh.createCursor()
        cur.gotoEndOfUsedArea(False)
        end = cur.RangeAddress
        found = sh.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow).queryContentCells(FORMULA)
        for rng in found.RangeAddresses:
            for r in range(rng.StartRow, rng.EndRow + 1):
                for c in range(rng.StartColumn, rng.EndColumn + 1):
                    cell = sh.getCellByPosition(c, r)
                    if cell.getError():
                        out.append((sh.Name, cell.AbsoluteName, cell.getError()))
    return out


def formula_cells(sheet):
    """Every formula cell of a sheet."""
    cur = sheet.createCursor()
    cur.gotoEndOfUsedArea(False)
    end = cur.RangeAddress
    found = sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow).queryContentCells(FORMULA)
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


def seed_ui_locale(office, locale):
    """Sets the profile's UI language (Tools > Options > Language Settings >
    User interface) before soffice starts: org.openoffice.Office.Linguistic/
    General/UILocale in registrymodifications.xcu."""
    path = os.path.join(office.dir, "profile", "user", "registrymodifications.xcu")
    item = ('<item oor:path="/org.openoffice.Office.Linguistic/General">'
            '<prop oor:name="UILocale" oor:op="fuse"><value>%s</value></prop></item>\n' % locale)
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            text = f.read()
    else:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        text = ('<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
                'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
                '</oor:items>\n')
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace("</oor:items>", item + "</oor:items>"))
