"""A whole region from CBS's KWB file, in the template, in real Calc.

Each case pastes rows into CBS-gegevens as CBS publishes them (text counts
stay text), sets the level and the region's list of gemeenten, recalculates
and compares with workbook.region_of (the independent transcription of
MODEL.md section 6, region_oracle.py) and MODEL.md's formula from the counts:
  - the class of every pasted row on Rijen (berekend / onbekend / uitgesloten),
    and the count on Regio: pasted = computed + unknown + left out;
  - the region's totals (named ranges REGIO_*), and per gemeente (PER_GEMEENTE);
  - no error cell anywhere, whatever one row holds.
Cases: Utrecht 2023, all 122 rows; without `recs`; `recs` with a trailing
space; only the 111 buurten; repeated rows; a CBS code (-99997) in a_inw; an
impossible count; the buurt level; a region of several gemeenten from
gemeente rows only; wijken of several gemeenten with a region list that
leaves one out; rows past the capacity.  Each case starts from a new
workbook made from the shipped template.  The several-gemeente cases are
Utrecht's own rows under made-up codes (GM99xx), so no figure is invented.
Usage: /usr/bin/python3 tests/e2e/test_region.py build/epa-addin-VERSION.oxt
"""
import sys

from harness import Results, oxt_arg
from office import Office, emulated_office
from workbook import capacity, close, error_cells, kwb_table, layout as L, new_planning, paste_kwb, region_of

NAMES = ("CBS_PLAK", "REGIO_GEMEENTEN", "RIJEN_GEPLAKT", "RIJEN_BEREKEND", "RIJEN_ONBEKEND", "RIJEN_UITGESLOTEN",
         "REGIO_INWONERS", "REGIO_VOLWASSENEN", "REGIO_VOORSPELD", "REGIO_BUDGET", "PER_GEMEENTE",
         "REGIO_VOLLEDIG", "REGIO_MELDING")
CLASS = {1.0: "b", 2.0: "o", 3.0: "u", "": ""}      # Rijen's status numbers


def value(doc, name):
    """The value of a one-cell named range."""
    nr = doc.NamedRanges.getByName(name)
    return nr.ReferredCells.getCellByPosition(0, 0)


def norm(code):
    return code if code.startswith("GM") else "GM" + code.zfill(4)


def set_region(doc, level="wijk", listed=()):
    reg, gem = doc.Sheets.getByName("Regio"), doc.Sheets.getByName("Gemeenten")
    reg.getCellRangeByName("B%d" % L.R_LEVEL).setString(level)
    inputs = gem.getCellRangeByName("A%d:A%d" % (L.GEM_FIRST, L.GEM_LAST))
    inputs.clearContents(1 | 4)
    for i, code in enumerate(listed):
        gem.getCellRangeByName("A%d" % (L.GEM_FIRST + i)).setString(code)


def check_case(office, res, label, head, rows, level="WK", listed=None):
    doc = new_planning(office)
    set_region(doc, "buurt" if level == "BU" else "wijk", listed or ())
    paste_kwb(doc, head, rows)
    errors = error_cells(doc)
    res.check(not errors, "%s: error cells %r" % (label, errors[:3]))
    dicts = [dict(zip(head, r)) for r in rows]
    listed = [norm(c) for c in listed] if listed else None
    want_cls, tot, per = region_of(dicts, level, listed)
    rij = doc.Sheets.getByName("Rijen")
    col = L.colnum(L.RCOL["status"])
    got_cls = [CLASS.get(r[0], r[0]) for r in rij.getCellRangeByPosition(col, L.RIJ_FIRST - 1, col,
                                                                          L.RIJ_FIRST - 2 + len(rows)).getDataArray()]
    wrong = [(i + 1, dicts[i].get("gwb_code_10"), g, w) for i, (g, w) in enumerate(zip(got_cls, want_cls)) if g != w]
    res.check(not wrong, "%s: %d rows in the wrong class, e.g. %r" % (label, len(wrong), wrong[:3]))
    counts = [value(doc, n).getValue() for n in ("RIJEN_GEPLAKT", "RIJEN_BEREKEND", "RIJEN_ONBEKEND",
                                                   "RIJEN_UITGESLOTEN")]
    pasted = sum(1 for c in want_cls if c)
    res.check(counts == [pasted, tot["b"], tot["o"], tot["u"]],
              "%s: count %r, want %r" % (label, counts, [pasted, tot["b"], tot["o"], tot["u"]]))
    res.check(counts[0] == sum(counts[1:]), "%s: the count reconciles" % label)
    res.check(value(doc, "RIJEN_GEPLAKT").getValue() > 0 and
              doc.Sheets.getByName("Regio").getCellRangeByName("B%d" % L.C_CHECK).String == "ja",
              "%s: 'klopt de telling' says ja" % label)
    res.check(value(doc, "REGIO_VOLLEDIG").getValue() == (1.0 if tot["complete"] else 0.0),
              "%s: REGIO_VOLLEDIG %r, want %r (%s)" % (label, value(doc, "REGIO_VOLLEDIG").getValue(), tot["complete"],
                                                       value(doc, "REGIO_MELDING").String))
    for name, key in (("REGIO_INWONERS", "inh"), ("REGIO_VOLWASSENEN", "adults"), ("REGIO_VOORSPELD", "count")):
        got = value(doc, name).getValue()
        res.check(close(got, tot[key]), "%s: %s is %r, computed from the counts %r" % (label, name, got, tot[key]))
    budget = value(doc, "REGIO_BUDGET").getValue()
    res.check(close(budget, tot["inh"] * 38e6 / 1e5), "%s: REGIO_BUDGET %r" % (label, budget))
    table = doc.NamedRanges.getByName("PER_GEMEENTE").ReferredCells.getDataArray()
    shown = {r[0]: r for r in table if r[0]}
    want_gem = listed or [g for g in dict.fromkeys("GM" + str(d.get("gwb_code_10", ""))[2:6] for d in dicts
                                                   if str(d.get("gwb_code_10", ""))[:2] in ("GM", "WK", "BU"))]
    res.check(list(shown) == list(want_gem), "%s: gemeenten %r, want %r" % (label, list(shown), list(want_gem)))
    for gm, g in per.items():
        r = shown.get(gm)
        if r is None:
            continue
        ok = close(r[2], g["inh"]) and close(r[3], g["adults"]) and close(r[4], g["count"])
        if g["adults"]:
            p = g["count"] / g["adults"] * 1000
            ok = ok and close(r[5], p) and close(r[6], max(0.0, p - 4.4)) and close(r[7], p + 4.7)
        res.check(ok, "%s: %s in the gemeente table %r, computed %r" % (label, gm, r, g))
    doc.close(True)
    return tot


def recode(head, rows, gem_of):
    """Utrecht's rows under made-up gemeente codes: gem_of(wijk number) gives
    the 2-digit suffix of GM99xx; the gemeente row itself is dropped."""
    i = head.index("gwb_code_10")
    n = head.index("gm_naam")
    out = []
    for r in rows:
        code = r[i]
        if code.startswith("GM"):
            continue
        g = gem_of(int(code[6:8]))
        r = list(r)
        r[i] = code[:2] + "99%02d" % g + code[6:]
        r[n] = "Testgemeente %02d (cijfers van Utrecht)" % g
        out.append(r)
    return out


def cases(office, res):
    table = kwb_table(2023)
    head, rows = table[0], table[1:]
    rec = head.index("recs")
    code = head.index("gwb_code_10")
    tot = check_case(office, res, "Utrecht 2023, all 122 rows", head, rows)
    res.check((tot["b"], tot["o"], tot["u"]) == (10, 0, 112), "all 122: 10 wijken computed, 112 left out %r" % tot)
    print("Utrecht 2023, 122 rows: %d computed, %d unknown, %d left out; inhabitants %.0f; predicted in care %.4f"
          % (tot["b"], tot["o"], tot["u"], tot["inh"], tot["count"]))
    check_case(office, res, "without recs", [h for h in head if h != "recs"], [r[:rec] + r[rec + 1:] for r in rows])
    check_case(office, res, "recs with a trailing space", head,
               [r[:rec] + [r[rec] + " "] + r[rec + 1:] for r in rows])
    buurten = [r for r in rows if r[code].startswith("BU")]
    tot = check_case(office, res, "only the 111 buurten", head, buurten)
    res.check(tot["b"] + tot["o"] == 111, "only buurten: every buurt counted once %r" % tot)
    again = rows + [r for r in rows if r[code].startswith("WK")]
    tot = check_case(office, res, "repeated wijken", head, again)
    res.check(tot["u"] == 122, "repeated: the 10 repeats left out %r" % tot)
    inw = head.index("a_inw")
    coded = [list(r) for r in rows]
    hit = next(r for r in coded if r[code] == "WK034403")
    hit[inw] = -99997.0
    tot = check_case(office, res, "a CBS code in a_inw", head, coded)
    res.check(tot["o"] == 1, "CBS code: one wijk unknown %r" % tot)
    doc = new_planning(office)
    paste_kwb(doc, head, coded)
    status = doc.Sheets.getByName("Rijen").getCellRangeByName(
        "%s%d" % (L.RCOL["text"], L.RIJ_FIRST + coded.index(hit))).String
    res.check(status.startswith("onbekend: a_inw is geen aantal"), "CBS code: the status names the column: %r" % status)
    doc.close(True)
    bad = [list(r) for r in rows]
    hit = next(r for r in bad if r[code] == "WK034405")
    hit[head.index("a_1p_hh")] = hit[head.index("a_hh")] + 1
    tot = check_case(office, res, "an impossible count", head, bad)
    res.check(tot["o"] == 1 and tot["b"] == 9, "impossible: 9 computed, 1 unknown %r" % tot)
    tot = check_case(office, res, "buurt level", head, rows, level="BU")
    res.check(tot["b"] + tot["o"] == 111, "buurt level: 111 buurten %r" % tot)
    # several gemeenten: wijken 1-3, 4-6 and 7-10 of Utrecht as GM9901..GM9903
    three = recode(head, rows, lambda w: 1 if w <= 3 else 2 if w <= 6 else 3)
    gm_rows = []
    for r in three:
        if r[code].startswith("WK"):
            g = list(r)
            g[code] = "GM99%02d" % int(r[code][6:8])
            gm_rows.append(g)
    tot = check_case(office, res, "ten gemeenten from gemeente rows only", head, gm_rows)
    res.check(tot["b"] == 10, "gemeente rows only: 10 gemeenten computed %r" % tot)
    tot = check_case(office, res, "three gemeenten, two listed", head, three, listed=["GM9901", "9903"])
    res.check(tot["b"] == 7, "two listed: their 7 wijken computed %r" % tot)
    print("several gemeenten (Utrecht's wijken as GM9901-GM9903, GM9902 not listed): %d computed, %d left out; "
          "inhabitants %.0f; predicted in care %.4f" % (tot["b"], tot["u"], tot["inh"], tot["count"]))


def check_names(doc, res):
    res.check(all(doc.NamedRanges.hasByName(n) for n in NAMES), "named ranges: %r" % (doc.NamedRanges.ElementNames,))
    res.check(value(doc, "CBS_PLAK").CellAddress.Row == L.CBS_HEAD - 1, "CBS_PLAK is the header cell")


def check_overflow(doc, res):
    table = kwb_table(2023)
    paste_kwb(doc, table[0], table[1:])
    cbs = doc.Sheets.getByName("CBS-gegevens")
    cbs.getCellRangeByName("A%d" % (L.CBS_FIRST + capacity(doc))).setString("WK034499")
    doc.calculateAll()
    reg = doc.Sheets.getByName("Regio")
    res.check(value(doc, "RIJEN_GEPLAKT").getValue() == 123, "overflow: the row past the capacity is counted")
    res.check(reg.getCellRangeByName("B%d" % L.C_BEYOND).getValue() == 1, "overflow: counted as not read")
    res.check(reg.getCellRangeByName("B%d" % L.C_CHECK).String == "ja", "overflow: every row accounted for")
    res.check(value(doc, "REGIO_VOLLEDIG").getValue() == 0 and
              "niet gelezen" in value(doc, "REGIO_MELDING").String, "overflow: the totals say they are incomplete: %r"
              % value(doc, "REGIO_MELDING").String)
    res.check(cbs.getCellRangeByName("A%d" % L.R_OVERFLOW).String.startswith("LET OP"), "overflow: warned on the sheet")


def main():
    res = Results("region")
    if emulated_office():
        res.skip("the whole suite: left to the native offices (a planning workbook under qemu-user takes minutes)")
        return res.finish()
    with Office(oxt_arg(), lang="nl_NL.UTF-8") as office:
        doc = new_planning(office)
        check_names(doc, res)
        check_overflow(doc, res)
        doc.close(True)
        cases(office, res)
        res.check(office.alive(), "soffice survived")
    return res.finish()


if __name__ == "__main__":
    sys.exit(main())
