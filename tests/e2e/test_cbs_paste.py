"""Pasting CBS KWB downloads into the template's CBS-gegevens sheet, in real Calc.

  - Utrecht KWB 2024 as published (benefit counts still "."): every
    wijk is 'onbekend' with the columns named, no number, no error; the
    totals leave them out and count them; the capacity still uses the known
    inhabitants; no population estimate and no variant without one;
  - Utrecht 2023 with one count replaced by "." as CBS suppresses it: that
    wijk is unknown, the totals are those of the other nine;
  - the 2023 columns in another order, with an extra column in front: the
    same predictions per wijk;
  - a missing column: every row of the region names it, the totals say
    they are incomplete.
Each case starts from a new workbook made from the shipped template.
Expected values are computed here from the counts (workbook.model_of).
Usage: /usr/bin/python3 tests/e2e/test_cbs_paste.py build/epa-addin-VERSION.oxt
"""
import sys

from harness import Results, oxt_arg
from office import Office, emulated_office
from test_template import check_areas, num, text
from workbook import close, error_cells, kwb_table, layout as L, new_planning, paste_kwb


def named(doc, name):
    return doc.NamedRanges.getByName(name).ReferredCells.getCellByPosition(0, 0)


def pasted(office, head, rows):
    doc = new_planning(office)
    paste_kwb(doc, head, rows)
    return doc, [dict(zip(head, r)) for r in rows]


def check_2024(office, res):
    table = kwb_table(2024)
    doc, rows = pasted(office, table[0], table[1:])
    res.check(not error_cells(doc), "2024: error cells %r" % error_cells(doc)[:3])
    tot = check_areas(doc, res, rows, "Utrecht 2024")
    res.check(tot["n"] == 0 and tot["unknown"] == 10, "2024: no wijk computed, 10 unknown: %r" % tot)
    geb, reg = doc.Sheets.getByName("Gebieden"), doc.Sheets.getByName("Regio")
    status = text(geb, "%s%d" % (L.GCOL["status"], L.FIRST_AREA))
    res.check(status.startswith("onbekend: a_soz_wb is geen aantal"), "2024: the column is named: %r" % status)
    res.check(named(doc, "REGIO_VOLLEDIG").getValue() == 0 and
              named(doc, "REGIO_MELDING").String.startswith("onvolledig: geen gebied berekend; 10 gebieden onbekend"),
              "2024: the totals say they are incomplete: %r" % named(doc, "REGIO_MELDING").String)
    res.check(text(geb, "%s%d" % (L.S_VAL, L.S_POP)) == "", "2024: no population estimate")
    inh = sum(float(r["a_inw"]) for r in rows if r["gwb_code_10"].startswith("WK"))
    res.check(close(num(reg, "B%d" % L.U_INHAB), inh), "2024: Regio uses the known inhabitants %r" % inh)
    res.check(close(num(reg, "B%d" % L.CAP_ROW["bedden"]), 100 * inh / 1e5), "2024: capacity still computed")
    res.check(text(reg, "B%d" % L.R_VAR_FACTOR) == "", "2024: no variant without an estimate")
    doc.close(True)


def check_suppressed(office, res):
    table = [list(r) for r in kwb_table(2023)]
    head = table[0]
    hit = next(r for r in table[1:] if r[head.index("regio")] == "Wijk 03 Overvecht")
    hit[head.index("a_soz_ao")] = "."
    doc, rows = pasted(office, head, table[1:])
    res.check(not error_cells(doc), "one '.': error cells %r" % error_cells(doc)[:3])
    tot = check_areas(doc, res, rows, "2023 with one '.'")
    res.check(tot["n"] == 9 and tot["unknown"] == 1, "one '.': 9 computed, 1 unknown: %r" % tot)
    doc.close(True)


def check_order(office, res):
    table = kwb_table(2023)
    order = list(reversed(range(len(table[0]))))
    head = ["a_extra"] + [table[0][i] for i in order]
    rows = [["x"] + [r[i] for i in order] for r in table[1:]]
    doc, dicts = pasted(office, head, rows)
    res.check(not error_cells(doc), "reordered: error cells %r" % error_cells(doc)[:3])
    tot = check_areas(doc, res, dicts, "2023 reordered")
    res.check(tot["n"] == 10, "reordered: 10 wijken computed")
    doc.close(True)


def check_missing(office, res):
    table = kwb_table(2023)
    drop = table[0].index("a_soz_wb")
    head = table[0][:drop] + table[0][drop + 1:]
    doc, _rows = pasted(office, head, [r[:drop] + r[drop + 1:] for r in table[1:]])
    res.check(not error_cells(doc), "missing column: error cells %r" % error_cells(doc)[:3])
    geb = doc.Sheets.getByName("Gebieden")
    statuses = {text(geb, "%s%d" % (L.GCOL["status"], L.FIRST_AREA + i)) for i in range(10)}
    res.check(statuses == {"onbekend: kolom a_soz_wb ontbreekt in de kopregel"},
              "missing column: row statuses %r" % statuses)
    res.check(named(doc, "REGIO_VOLLEDIG").getValue() == 0, "missing column: not complete")
    doc.close(True)


def main():
    res = Results("cbs paste")
    if emulated_office():
        res.skip("the whole suite: left to the native offices (a planning workbook under qemu-user takes minutes)")
        return res.finish()
    with Office(oxt_arg(), lang="nl_NL.UTF-8") as office:
        check_2024(office, res)
        check_suppressed(office, res)
        check_order(office, res)
        check_missing(office, res)
        res.check(office.alive(), "soffice survived")
    return res.finish()


if __name__ == "__main__":
    sys.exit(main())
