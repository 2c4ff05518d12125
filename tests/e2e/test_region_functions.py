"""The region's table functions in real Calc (MODEL.md section 6):
EPAREGIONROWS, EPAREGIONAREAS, EPAREGIONGEMEENTEN and EPAREGIONTOTALS as array formulas
over a block pasted as CBS publishes it, held against the independent
transcription of section 6 (tests/e2e/region_oracle.py):
  - Utrecht KWB 2023, every row: 10 wijken computed, 367,755 inhabitants,
    5,545.0019 predicted in care (the figure test_region computed
    independently for the v1.0.0 template), complete;
  - Utrecht KWB 2024 (benefit counts '.'): every wijk onbekend, naming
    a_soz_wb, nothing computed, not complete, the message says so;
  - the issue's hostile pastes: the first 60 rows only at buurt level (the
    gemeente not covered), one wijk deleted, an age band of 1,000,000,
    a second a_inw left of CBS's, codes in lower case and with no-break
    spaces, two years one under the other, a listed gemeente not pasted,
    old rows of another gemeente left below a paste;
  - bad options give Err:502, never a number.
Usage: /usr/bin/python3 tests/e2e/test_region_functions.py build/epa-addin-VERSION.oxt
"""
import sys

import region_oracle as oracle
from harness import Results, oxt_arg
from office import Office
from workbook import close, kwb_table

PREFIX = "NL.EPAPLANNING.CALC.EPAADDIN."
NBSP = "\u00a0"


def col(n):
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


class Sheet:
    """A new workbook with the paste on Sheet1 at A1 and the region list
    in column A of Sheet2."""

    def __init__(self, office, paste, listed=()):
        self.doc = office.new_calc()
        self.doc.Sheets.insertNewByName("Lijst", 1)
        self.doc.Sheets.insertNewByName("Uit", 2)
        sh = self.doc.Sheets.getByIndex(0)
        width = max(len(r) for r in paste)
        data = tuple(tuple("" if c is None else c for c in list(r) + [None] * (width - len(r))) for r in paste)
        sh.getCellRangeByPosition(0, 0, width - 1, len(data) - 1).setDataArray(data)
        self.paste = "$Sheet1.$A$1:$%s$%d" % (col(width - 1), len(data))
        lst = self.doc.Sheets.getByName("Lijst")
        for i, v in enumerate(listed):
            lst.getCellByPosition(0, i).setString(v) if isinstance(v, str) else lst.getCellByPosition(0, i).setValue(v)
        # 12 rows, as the gemeenten table's array: EPAREGIONGEMEENTEN gives
        # a row per cell of the list (empty cells included), so the array
        # is filled whatever the list holds.
        self.list = "$Lijst.$A$1:$A$12"
        self.out = self.doc.Sheets.getByName("Uit")
        self.nrows = len(data) - 1

    def array(self, fn, args, nrows, ncols):
        rng = self.out.getCellRangeByPosition(0, 0, ncols - 1, nrows - 1)
        rng.setArrayFormula("=%s%s(%s)" % (PREFIX, fn, ";".join(args)))
        self.doc.calculateAll()
        out = rng.getDataArray()
        errors = [rng.getCellByPosition(c, r).getError() for r in range(nrows) for c in range(ncols)]
        rng.setArrayFormula("")
        return out, errors

    def region(self, level="wijk", factor=0.7, first_row=2):
        args = [self.paste, self.list, '"%s"' % level, str(factor), str(first_row)]
        rows, e1 = self.array("EPAREGIONROWS", args, self.nrows, 14)
        gems, e2 = self.array("EPAREGIONGEMEENTEN", args[:4], 12, 11)
        tot, e3 = self.array("EPAREGIONTOTALS", args, 13, 1)
        self.areas, e4 = self.array("EPAREGIONAREAS", args, self.nrows, 14)
        return rows, gems, [t[0] for t in tot], e1 + e2 + e3 + e4

    def close(self):
        self.doc.close(True)


def compare(res, what, got, got_areas, paste, listed, level, factor=0.7):
    rows, gems, tot, errors = got
    res.check(not any(errors), "%s: no error cell (%d)" % (what, sum(1 for e in errors if e)))
    # CBS's xlsx reader gives "" for an empty cell; Calc hands "" over as empty.
    paste = [[None if c == "" else c for c in r] for r in paste]
    wrows, wgems, wtot = oracle.region(paste, [[v] for v in listed], "WK" if level == "wijk" else "BU", factor)
    # the status is a number: Calc does not compare the texts of an array result
    words = {"computed": 1.0, "unknown": 2.0, "excluded": 3.0, "empty": ""}
    bad = [i for i, (g, w) in enumerate(zip(rows, wrows)) if g[0] != words[w["status"]]
           or (w["status"] == "computed" and not close(g[9], w["count"]))
           or (w["has_inh"] and not close(g[6], w["inh"]))]
    res.check(not bad, "%s: rows as the oracle: %r" % (what, [(i, rows[i][:3], wrows[i]["reason"]) for i in bad[:3]]))
    areas = [r for r in rows if r[0] in (1.0, 2.0)]
    res.check(list(got_areas) == areas + [("",) * 14] * (len(rows) - len(areas)),
              "%s: EPAREGIONAREAS lists the %d areas of EPAREGIONROWS first" % (what, len(areas)))
    res.check([g[0] for g in gems[:len(wgems)]] == ["GM%04d" % g["code"] for g in wgems]
              and all(g[0] == "" for g in gems[len(wgems):]),
              "%s: gemeenten %r" % (what, [g[0] for g in gems]))
    for g, w in zip(gems, wgems):
        res.check(g[10] == {"whole": "dekt de gemeente", "short": "dekt de gemeente niet: gebieden ontbreken",
                            "over": "meer inwoners dan de gemeenteregel", "by_gemeente": "geteld met de gemeenteregel",
                            "unchecked": "niet te controleren", "not_pasted": "niet geplakt"}[w["cover"]],
                  "%s: %s cover %r, oracle %r" % (what, g[0], g[10], w["cover"]))
    keys = ("pasted", "computed", "unknown", "excluded", "inh", "inh_c", "adults", "count", "whole", "covered",
            "gemeenten")
    for i, k in enumerate(keys):
        res.check(close(tot[i], float(wtot[k])), "%s: total %s %r, oracle %r" % (what, k, tot[i], wtot[k]))
    res.check(tot[11] == (1.0 if wtot["complete"] else 0.0), "%s: volledig %r, oracle %r" % (what, tot[11],
                                                                                           wtot["complete"]))
    res.check(tot[12].startswith("volledig" if wtot["complete"] else "onvolledig: "), "%s: melding %r" % (what, tot[12]))
    return rows, gems, tot


def case(office, res, what, paste, listed=(), level="wijk", factor=0.7):
    sheet = Sheet(office, paste, listed)
    try:
        got = sheet.region(level, factor)
        return compare(res, what, got, sheet.areas, paste, list(listed), level, factor)
    finally:
        sheet.close()


def utrecht(year):
    return [list(r) for r in kwb_table(year)]


def main():
    res = Results("region functions")
    office = Office(oxt_arg())
    try:
        office.start()
        u23, u24 = utrecht(2023), utrecht(2024)
        head = u23[0]
        ci = head.index("gwb_code_10")

        rows, gems, tot = case(office, res, "Utrecht 2023", u23)
        res.check(tot[1] == 10 and close(tot[4], 367755) and close(tot[7], 5545.0019, 1e-8),
                  "Utrecht 2023: 10 computed, 367,755 inhabitants, 5,545.0019 in care: %r" % tot[:8])
        res.check(tot[11] == 1.0 and tot[12] == "volledig: 10 gebieden van 1 gemeente", "Utrecht 2023 complete: %r"
                  % tot[12])
        res.check(gems[0][:3] == ("GM0344", "Utrecht", "wijk"), "Utrecht 2023 gemeente row %r" % (gems[0][:3],))
        res.check(rows[0][1] == "uitgesloten: gemeenteregel (de gemeente telt per wijk)", "GM row: %r" % rows[0][1])

        rows, gems, tot = case(office, res, "Utrecht 2024", u24)
        res.check(tot[1] == 0 and tot[2] == 10 and tot[11] == 0.0, "2024: 10 unknown, none computed: %r" % tot[:4])
        wk = next(r for r in rows if r[5] == "wijk")
        res.check(wk[1].startswith("onbekend: "), "2024: a wijk's text starts with its status: %r" % wk[1])
        res.check("a_soz_wb is geen aantal" in wk[1], "2024: the reason names a_soz_wb: %r" % wk[1])
        res.check(tot[12].startswith("onvolledig: geen gebied berekend; 10 gebieden onbekend (100,0% van de inwoners"),
                  "2024 message %r" % tot[12])

        # The hostile pastes.
        case(office, res, "first 60 rows, buurt", u23[:61], level="buurt")
        del_wijk = [r for r in u23 if r[ci] != "WK034403"]
        _r, gems, tot = case(office, res, "one wijk deleted", del_wijk)
        res.check(tot[11] == 0.0 and "GM0344" in tot[12], "one wijk deleted: named %r" % tot[12])
        bands = [list(r) for r in u23]
        bands[1][head.index("a_25_44")] = 1000000.0
        case(office, res, "25-44 of 1,000,000 in the gemeente row", bands[:1] + bands[1:2])
        twice = [["a_inw"] + u23[0]] + [[5.0] + r for r in u23[1:]]
        _r, _g, tot = case(office, res, "a second a_inw left of CBS's", twice)
        res.check(tot[1] == 0 and tot[11] == 0.0, "second a_inw: nothing computed %r" % tot[:4])
        lower = [u23[0]] + [[(c.lower() if i == ci and n % 2 else NBSP + c if i == ci else c)
                             for i, c in enumerate(r)] for n, r in enumerate(u23[1:])]
        _r, _g, tot = case(office, res, "codes in lower case and with no-break spaces", lower)
        res.check(tot[1] == 10 and tot[11] == 1.0, "lower-case codes: 10 computed, complete: %r" % tot[:4])
        _r, _g, tot = case(office, res, "KWB 2024 over 2023 of one gemeente", u24 + u23[1:])
        res.check(tot[11] == 0.0 and "twee" in tot[12], "two years: not complete, says why: %r" % tot[12])
        _r, gems, tot = case(office, res, "a listed gemeente not pasted", u23, listed=("GM0344", "355"))
        res.check(gems[1][10] == "niet geplakt" and "GM0355" in tot[12], "not pasted: %r" % tot[12])
        other = [list(r) for r in u23[1:]]
        for r in other:
            r[ci] = r[ci][:2] + "0310" + r[ci][6:]
        _r, _g, tot = case(office, res, "old rows of GM0310 left below", u23[:12] + other[:5])
        res.check(tot[11] == 0.0 and "volgorde" in tot[12], "old rows below: %r" % tot[12])

        # Bad options: Err:502 for the whole formula, never a number.
        sheet = Sheet(office, u23)
        try:
            for what, args in (("level gemeente", [sheet.paste, sheet.list, '"gemeente"']),
                               ("factor 2", [sheet.paste, sheet.list, '"wijk"', "2"]),
                               ("first row 0", [sheet.paste, sheet.list, '"wijk"', "0.7", "0"]),
                               ("level as a range", [sheet.paste, sheet.list, "$Sheet1.A1:A2"])):
                got, errors = sheet.array("EPAREGIONTOTALS", args, 13, 1)
                res.check(all(e == 502 for e in errors), "%s: Err:502, got %r" % (what, errors[:2]))
        finally:
            sheet.close()
        res.check(office.alive(), "soffice still runs")
    finally:
        office.stop()
    sys.exit(res.finish())


if __name__ == "__main__":
    main()
