"""Pasting CBS KWB rows into the template's CBS-gegevens sheet, in real Calc.

  - Utrecht KWB 2024 (benefit counts still "."): every wijk shows the status
    "onbekend (CBS)", no number, no error; the totals leave them out and count
    them; the capacity still uses the known inhabitants;
  - Utrecht 2023 with one count replaced by "." as CBS suppresses it: that
    row is left out, the totals are those of the other nine wijken;
  - the 2023 columns in another order, with an extra column in front and the
    gemeente row first: the same predictions per wijk;
  - a missing column: the sheet says which, the rows say "kolom ontbreekt".
Expected values are computed here from the KWB counts (tools/data/*.csv)
with MODEL.md's formula.
Usage: /usr/bin/python3 tests/e2e/test_cbs_paste.py build/epa-addin-VERSION.oxt
"""
import sys

import uno

from harness import Results, oxt_arg
from office import Office, props
from test_template import check_areas, num, text
from workbook import close, error_cells, installed_template, kwb_rows, layout as L, paste_kwb


def table(rows, order=None):
    names = order or list(rows[0].keys())
    return names, [[r.get(n, "") for n in names] for r in rows]


def check_2024(doc, res):
    rows = kwb_rows(2024)
    paste_kwb(doc, *table(rows))
    res.check(not error_cells(doc), "2024: error cells %r" % error_cells(doc)[:3])
    tot = check_areas(doc, res, rows, "Utrecht 2024")
    res.check(tot["n"] == 0 and tot["unknown"] == 10, "2024: no wijk computed, 10 unknown: %r" % tot)
    geb, reg = doc.Sheets.getByName("Gebieden"), doc.Sheets.getByName("Regio")
    res.check(text(geb, "%s%d" % (L.S_VAL, L.S_POP)) == "", "2024: no population estimate")
    inh = sum(float(r["a_inw"]) for r in rows if r["recs"] == "Wijk")
    res.check(close(num(reg, "B%d" % L.U_INHAB), inh), "2024: Regio uses the known inhabitants %r" % inh)
    res.check(close(num(reg, "B%d" % L.CAP_ROW["bedden"]), 100 * inh / 1e5), "2024: capacity still computed")
    res.check(text(reg, "B%d" % L.R_VAR_FACTOR) == "", "2024: no variant without an estimate")


def check_suppressed(doc, res):
    rows = [dict(r) for r in kwb_rows(2023)]
    hit = next(r for r in rows if r["regio"] == "Wijk 03 Overvecht")
    hit["a_soz_ao"] = "."
    paste_kwb(doc, *table(rows))
    res.check(not error_cells(doc), "one '.': error cells %r" % error_cells(doc)[:3])
    tot = check_areas(doc, res, rows, "2023 with one '.'")
    res.check(tot["n"] == 9 and tot["unknown"] == 1, "one '.': 9 computed, 1 unknown: %r" % tot)


def check_order(doc, res):
    rows = kwb_rows(2023)
    names = list(reversed(list(rows[0].keys())))
    extended = [dict(r, a_extra="x") for r in rows]
    gm_first = sorted(extended, key=lambda r: r["recs"] != "Gemeente")
    paste_kwb(doc, *table(gm_first, ["a_extra"] + names))
    res.check(not error_cells(doc), "reordered: error cells %r" % error_cells(doc)[:3])
    cbs = doc.Sheets.getByName("CBS-gegevens")
    found = [num(cbs, "C%d" % (L.COLS_FIRST + i)) for i in range(len(L.KWB))]
    want = [2 + names.index(k) for k in L.KWB_NAMES]
    res.check(found == want, "reordered: columns found at %r, pasted at %r" % (found, want))
    tot = check_areas(doc, res, gm_first, "2023 reordered")
    res.check(tot["n"] == 10, "reordered: 10 wijken computed")


def check_missing(doc, res):
    rows = kwb_rows(2023)
    names = [n for n in rows[0] if n != "a_soz_wb"]
    paste_kwb(doc, *table(rows, names))
    res.check(not error_cells(doc), "missing column: error cells %r" % error_cells(doc)[:3])
    cbs, geb = doc.Sheets.getByName("CBS-gegevens"), doc.Sheets.getByName("Gebieden")
    r = L.COLS_FIRST + L.KWB_NAMES.index("a_soz_wb")
    res.check(text(cbs, "D%d" % r) == "ontbreekt", "missing column: status %r" % text(cbs, "D%d" % r))
    statuses = {text(geb, "%s%d" % (L.GCOL["status"], L.FIRST_AREA + i)) for i in range(len(rows))}
    res.check(statuses == {L.STATUS_COLUMN, L.STATUS_MUNI}, "missing column: row statuses %r" % statuses)


def main():
    res = Results("cbs paste")
    with Office(oxt_arg(), lang="nl_NL.UTF-8") as office:
        doc = office.desktop.loadComponentFromURL(uno.systemPathToFileUrl(installed_template(office)), "_blank", 0,
                                                  props(Hidden=True, AsTemplate=True))
        doc.calculateAll()
        check_2024(doc, res)
        check_suppressed(doc, res)
        check_order(doc, res)
        check_missing(doc, res)
        doc.close(True)
        res.check(office.alive(), "soffice survived")
    return res.finish()


if __name__ == "__main__":
    sys.exit(main())
