"""EPAPREVCBS on counts as CBS files hold them, in real Calc.

  - Utrecht KWB 2023 (tools/data/cbs-kwb-2023-utrecht.xlsx: the gemeente and its
    ten wijken) with the benefit counts as text cells, as CBS's own xlsx
    stores them ('710'): every row gives the same number, bit for bit, as
    with the counts as numbers, and the number MODEL.md section 1.9 gives
    (oracle.py); per row and as one array formula over the columns; all five
    counts as text, padded with spaces and no-break spaces, too;
  - text that is not a plain whole number ("10.410", "1,5", ".", "", "1e3",
    "-5", "+5", "1 000", a full-width digit) in each count column: Err:502;
  - impossible counts (households and inhabitants swapped, one-person
    households above households, 1% or fewer one-person households): Err:502;
  - a property check over deterministic random counts: EPAPREVCBS(counts)
    against EPAPREV(OAD; one-person/households*100; wwb/inhabitants*100;
    ao/inhabitants*100) computed by Calc in the sheet: where EPAPREV gives
    Err:502 EPAPREVCBS does too; where both give a number, the same number;
    where only EPAPREVCBS refuses, the counts are impossible (households
    above inhabitants, a negative count).
Usage: /usr/bin/python3 tests/e2e/test_cbs_counts.py build/epa-addin-VERSION.oxt
"""
import os
import random
import sys

import fods
import model
import oracle
from harness import BUILD, Results, cell_outcome, oxt_arg
from office import Office
from workbook import kwb_text_rows

ERR = ("err", 502)
COUNTS = ("a_hh", "a_1p_hh", "a_inw", "a_soz_wb", "a_soz_ao")  # EPAPREVCBS order after ste_oad
# Refused texts; "" is a formula's empty string (a string cell cannot be empty).
REFUSED = ("10.410", "1,5", ".", "1e3", "-5", "+5", "1 000", "710.0", "\uff17\uff11\uff10", "n.b.")
PAD = ("", " ", "\u00a0", "\t", " \u00a0")


def kwb_sheet(rows):
    """Rows 2...: A code, B ste_oad, C-G the counts as numbers, H-L the same
    counts as text exactly as CBS's xlsx has the benefit counts (H-J as
    numbers, K-L text), M-Q all five as padded text."""
    sh = fods.Sheet("KWB")
    for c, head in enumerate(("code", "ste_oad") + COUNTS + COUNTS + COUNTS):
        sh.put(0, c, head)
    for i, r in enumerate(rows, start=1):
        sh.put(i, 0, r["gwb_code_10"])
        sh.put(i, 1, float(r["ste_oad"]))
        for k, col in enumerate(COUNTS):
            sh.put(i, 2 + k, float(r[col]))
            sh.put(i, 7 + k, r[col] if col in ("a_soz_wb", "a_soz_ao") else float(r[col]))
            pad = PAD[(i + k) % len(PAD)]
            sh.put(i, 12 + k, pad + r[col] + pad[::-1])
    return sh


def formula_cols(sh, rows):
    """Result columns: S numbers, T CBS's text, U padded text, per row; V-X
    the same as array formulas over the columns."""
    n, first, last = len(rows), 2, len(rows) + 1
    cols = {"numbers": ("C", "D", "E", "F", "G"), "cbs text": ("H", "I", "J", "K", "L"),
            "padded text": ("M", "N", "O", "P", "Q")}
    out = {}
    for j, (label, cs) in enumerate(cols.items()):
        per_row, array = 18 + j, 21 + j
        sh.put(0, per_row, label + " per row")
        sh.put(0, array, label + " range")
        for i in range(n):
            r = first + i
            sh.put(r - 1, per_row, fods.Formula("=EPAPREVCBS(B%d;%s)" % (r, ";".join("%s%d" % (c, r) for c in cs))))
        sh.put(first - 1, array, fods.Formula("=EPAPREVCBS(B%d:B%d;%s)" % (
            first, last, ";".join("%s%d:%s%d" % (c, first, c, last) for c in cs)), rows=n))
        out[label] = (per_row, array)
    return out


def literal_cases():
    """(label, formula, expected) typed into formulas: text literals."""
    wk = "3944;15480;8165;29040"
    want = model.prevalence_counts(3944, 15480, 8165, 29040, 710, 830)
    c = [("'710' as text literal", '=EPAPREVCBS(%s;"710";"830")' % wk, ("num", want)),
         ("numbers", "=EPAPREVCBS(%s;710;830)" % wk, ("num", want)),
         ("all text", '=EPAPREVCBS(3944;"15480";"8165";"29040";"710";"830")', ("num", want)),
         ("text from a formula", '=EPAPREVCBS(%s;TEXT(710;"0");"0830")' % wk, ("num", want)),
         ("empty text", '=EPAPREVCBS(%s;"";830)' % wk, ERR),
         ("white space only", '=EPAPREVCBS(%s;" ";830)' % wk, ERR),
         ("text OAD stays refused", '=EPAPREVCBS("3944";15480;8165;29040;710;830)', ERR),
         ("swapped households and inhabitants", "=EPAPREVCBS(3944;29040;8165;15480;710;830)", ERR),
         ("households 100 x inhabitants", "=EPAPREVCBS(3944;2904000;8165;29040;710;830)", ERR),
         ("one-person households above households", "=EPAPREVCBS(3944;15480;15481;29040;710;830)", ERR),
         ("1% one-person households", "=EPAPREVCBS(3944;15400;154;29040;710;830)", ERR),
         ("no one-person households", '=EPAPREVCBS(3944;"15480";"0";29040;710;830)', ERR),
         ("EPAPREV refuses S = 1 too", "=EPAPREV(3944;154/15400*100;1;1)", ERR),
         ("2% one-person households", "=EPAPREVCBS(3944;15400;308;29040;710;830)",
          ("num", model.prevalence_counts(3944, 15400, 308, 29040, 710, 830))),
         ("wwb above inhabitants", '=EPAPREVCBS(%s;"29041";830)' % wk, ERR),
         ("ao above inhabitants", '=EPAPREVCBS(%s;710;"29041")' % wk, ERR),
         ("digits beyond 10^9", '=EPAPREVCBS(3944;15480;8165;"1000000001";710;830)', ERR)]
    for k in range(5):
        for bad in REFUSED:
            args = ["3944", "15480", "8165", "29040", "710", "830"]
            args[1 + k] = '"%s"' % bad
            c.append(("%r as %s" % (bad, COUNTS[k]), "=EPAPREVCBS(%s)" % ";".join(args), ERR))
    return c


def random_rows(seed=18, n=600):
    """Counts as CBS could publish them and as they go wrong: swapped,
    parts above wholes, 1% exactly, zeros, negative codes."""
    rnd = random.Random(seed)
    rows = []
    for k in range(n):
        if k % 2 == 0:  # plausible: both functions give a number
            hh = rnd.randint(200, 20000)
            inh = hh * 2 + rnd.randint(0, 9999)
            rows.append((rnd.choice((3944, 1200, 499, 2500)), hh, rnd.randint(hh // 50, hh), inh,
                         rnd.randint(0, inh // 10), rnd.randint(0, inh // 10)))
            continue
        hh = rnd.choice((0, -99997, 100 * rnd.randint(1, 300), rnd.randint(1, 20000)))
        inh = rnd.choice((hh, hh * 2 + rnd.randint(0, 9999), rnd.randint(0, 40000), hh - 1))
        sh = rnd.choice((0, hh, hh + 1, hh // 100, rnd.randint(0, max(hh, 1)), -99997))
        wwb = rnd.choice((0, inh, inh + 1, rnd.randint(0, max(inh // 10, 1)), -99995))
        ao = rnd.choice((0, inh + 1, rnd.randint(0, max(inh // 10, 1))))
        oad = rnd.choice((3944, 1200, 499, 0, 2500))
        rows.append((oad, hh, sh, inh, wwb, ao))
    return rows


def agreement_sheet(rows):
    """A-F the counts; G-I the percentages Calc derives; J EPAPREV, K
    EPAPREVCBS."""
    sh = fods.Sheet("Agree")
    for c, head in enumerate(("oad", "hh", "sh", "inh", "wwb", "ao", "S", "W", "A", "EPAPREV", "EPAPREVCBS")):
        sh.put(0, c, head)
    for i, row in enumerate(rows, start=1):
        r = i + 1
        for c, v in enumerate(row):
            sh.put(i, c, float(v))
        sh.put(i, 6, fods.Formula("=C%d/B%d*100" % (r, r)))
        sh.put(i, 7, fods.Formula("=E%d/D%d*100" % (r, r)))
        sh.put(i, 8, fods.Formula("=F%d/D%d*100" % (r, r)))
        sh.put(i, 9, fods.Formula("=EPAPREV(A%d;G%d;H%d;I%d)" % (r, r, r, r)))
        sh.put(i, 10, fods.Formula("=EPAPREVCBS(A%d;B%d;C%d;D%d;E%d;F%d)" % (r, r, r, r, r, r)))
    return sh


def check_kwb(doc, rows, cols, res):
    sh = doc.Sheets.getByName("KWB")
    for i, r in enumerate(rows, start=1):
        counts = [float(r[c]) for c in COUNTS]
        want = oracle.evaluate("EPAPREVCBS", [("num", float(r["ste_oad"]))] + [("num", x) for x in counts])
        res.check(want[0] == "num", "%s: the oracle computes the row" % r["gwb_code_10"])
        by_numbers = cell_outcome(sh.getCellByPosition(cols["numbers"][0], i))
        for label, (per_row, array) in cols.items():
            for form, c in (("per row", per_row), ("range", array)):
                out = cell_outcome(sh.getCellByPosition(c, i))
                res.check(out == by_numbers, "%s, %s %s: %r, with numbers %r" % (
                    r["gwb_code_10"], label, form, out, by_numbers))
        res.check(by_numbers[0] == "num" and abs(by_numbers[1] - want[1]) <= 1e-9 * want[1],
                  "%s: %r, MODEL.md gives %r" % (r["gwb_code_10"], by_numbers, want))
        text_cell = sh.getCellByPosition(10, i)
        res.check(text_cell.getType().value == "TEXT", "%s: a_soz_wb is a text cell (%s)" % (
            r["gwb_code_10"], text_cell.getType().value))
    print("kwb: %d Utrecht 2023 rows, benefit counts as text, per row and as ranges" % len(rows))


def check_literals(doc, cases, res):
    sh = doc.Sheets.getByName("Literals")
    for i, (label, formula, want) in enumerate(cases):
        out = cell_outcome(sh.getCellByPosition(1, i))
        ok = out == want if want[0] == "err" or out[0] != "num" else abs(out[1] - want[1]) <= 1e-9 * abs(want[1])
        res.check(ok, "%s: %s gave %r, expected %r" % (label, formula, out, want))
    print("literals: %d formulas" % len(cases))


def check_agreement(doc, rows, res):
    sh = doc.Sheets.getByName("Agree")
    tally = {"both": 0, "both refuse": 0, "counts only": 0}
    for i, row in enumerate(rows, start=1):
        prev = cell_outcome(sh.getCellByPosition(9, i))
        cbs = cell_outcome(sh.getCellByPosition(10, i))
        want = oracle.evaluate("EPAPREVCBS", [("num", float(v)) for v in row])
        res.check(cbs[0] == want[0] and (cbs[0] == "err" or abs(cbs[1] - want[1]) <= 1e-9 * abs(want[1])),
                  "row %r: EPAPREVCBS %r, the oracle %r" % (row, cbs, want))
        if prev[0] == "err":
            res.check(cbs[0] == "err", "row %r: EPAPREV %r but EPAPREVCBS %r" % (row, prev, cbs))
            tally["both refuse"] += 1
        elif cbs[0] == "num":
            res.check(cbs == prev, "row %r: EPAPREVCBS %r, EPAPREV %r" % (row, cbs, prev))
            tally["both"] += 1
        else:
            _oad, hh, _sh, inh = row[:4]
            res.check(hh > inh or min(row[1:]) < 0, "row %r: only EPAPREVCBS refuses, counts possible" % (row,))
            tally["counts only"] += 1
    res.check(min(tally.values()) >= 10, "the random rows reach every case: %r" % tally)
    print("agreement: %d random rows: %r" % (len(rows), tally))


def main():
    res = Results("cbs_counts")
    rows = kwb_text_rows(2023)
    kwb = kwb_sheet(rows)
    cols = formula_cols(kwb, rows)
    cases = literal_cases()
    lit = fods.Sheet("Literals")
    for i, (label, formula, _want) in enumerate(cases):
        lit.put(i, 0, label)
        lit.put(i, 1, fods.Formula(formula))
    agree_rows = random_rows()
    path = os.path.join(BUILD, "cbs_counts.fods")
    fods.write(path, [kwb, lit, agreement_sheet(agree_rows)])
    with Office(oxt_arg()) as office:
        doc = office.load(path)
        doc.calculateAll()
        check_kwb(doc, rows, cols, res)
        check_literals(doc, cases, res)
        check_agreement(doc, agree_rows, res)
        doc.close(True)
        res.check(office.alive(), "soffice survived")
    return res.finish()


if __name__ == "__main__":
    sys.exit(main())
