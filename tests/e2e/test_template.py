"""The Dutch planning template that ships in the extension, in real Calc.

  - the extension's Paths.xcu adds its templates/ folder to the Template
    path, and the template manager lists the category EPA-planning with
    the template in it (File > New > Templates);
  - opened from the installed extension it is empty: the count says nothing
    is pasted, and only the inhabitant-based cells of Regio and
    Inventarisatie are in error; with the example pasted (Utrecht, CBS KWB
    2023, all 122 rows as published) it has no error cells, and every
    derived input and prediction equals one computed here from the KWB counts
    (tools/data/cbs-kwb-2023-utrecht.xlsx) with MODEL.md's formula; region totals,
    budget, capacity, the transition path in euros and in beds/places, the
    prevalence beside the national references and the variant likewise;
  - like-for-like totals with actual values entered, institution areas apart;
  - the checklist's gaps equal SCENARIOCAPACITY minus the entered values;
  - input cells (yellow style) hold no formulas and carry a validity rule,
    formula cells are never styled as input; the charts are there; headers
    break only between words; every printed page repeats the region's name;
  - changing inputs recomputes: inhabitants, own budget, index, target scenario.
Usage: /usr/bin/python3 tests/e2e/test_template.py build/epa-addin-VERSION.oxt
"""
import sys

import uno
from com.sun.star.beans import Property
from com.sun.star.ucb import Command, OpenCommandArgument2

import model
from harness import Results, oxt_arg
from office import Office, emulated_office, props
from workbook import (capacity, close, deviation, error_cells, formula_cells, installed_template, kwb_rows,
                      layout as L, model_of, region_of)

# MODEL.md section 2, transcribed for this test (per 100,000 inhabitants; ranges at their midpoint).
SHARES = {"huidig": (0.38, 0.18, 0.12, 0.32), "intensivering": (0.275, 0.125, 0.30, 0.30),
          "wijk": (0.20, 0.05, 0.50, 0.25)}
NORMS = {   # item: (current, scenario 1, scenario 2), None = not defined
    "factteams": (2, 4, 5), "fte_fact": (20, 60, None), "fact_clienten": (450, 800, 450),
    "fte_iht": (None, 12, None), "fte_vip": (None, 10 / 1.5, None), "wijkcentra": (None, None, 5),
    "wijk_fte": (None, None, 200), "bedden": (100, 65, 40), "kortverblijf_bedden": (60, 35, 20),
    "bw_plaatsen": (100, 65, 32.5), "vrijgekomen_fte": (None, 35, None), "ervaringsdeskundigen": (None, 15, None),
}
SCEN = ("huidig", "intensivering", "wijk")


def template_entries(office):
    """[(group, title, target URL)] from the template manager's hierarchy."""
    ucb = office.service("com.sun.star.ucb.UniversalContentBroker")

    def children(url):
        content = ucb.queryContent(ucb.createContentIdentifier(url))
        arg = OpenCommandArgument2()
        arg.Mode = 2                                    # OpenMode.ALL
        wanted = []
        for name in ("Title", "TargetURL"):
            p = Property()
            p.Name = name
            wanted.append(p)
        arg.Properties = tuple(wanted)
        rs = content.execute(Command("open", -1, arg), 0, None).getStaticResultSet()
        out = []
        while rs.next():
            out.append((rs.getString(1), rs.getString(2), rs.queryContentIdentifierString()))
        return out

    office.service("com.sun.star.frame.DocumentTemplates").update()
    found = []
    for _lang, _t, lang_url in children("vnd.sun.star.hier:/templates"):
        for group, _t, group_url in children(lang_url):
            for title, target, _u in children(group_url):
                found.append((group, title, target))
    return found


def check_install(office, res):
    ps = office.service("com.sun.star.util.PathSettings")
    res.check(any(u.endswith("/templates") and "uno_packages" in u for u in ps.Template_internal),
              "Template path lacks the extension's templates folder: %r" % (ps.Template_internal,))
    entries = template_entries(office)
    ours = [e for e in entries if e[2].endswith("/templates/EPA-planning/epa-planning.ots")]
    res.check(len(ours) == 1 and ours[0][0] == "EPA-planning",
              "template manager: %r" % [e for e in entries if "EPA" in e[0]])
    if ours:
        print("template manager: category %r, template %r" % ours[0][:2])


def num(sh, ref):
    return sh.getCellRangeByName(ref).getValue()


def text(sh, ref):
    return sh.getCellRangeByName(ref).getString()


def rows_by_code(geb):
    g = L.GCOL
    col = L.colnum(g["code"])
    codes = geb.getCellRangeByPosition(col, L.FIRST_AREA - 1, col, L.LAST_AREA - 1).getDataArray()
    return {c[0]: L.FIRST_AREA + i for i, c in enumerate(codes) if c[0]}


def check_areas(doc, res, kwb, label, level="WK"):
    """Every area row of Gebieden against the model computed from the KWB
    counts (workbook.region_of decides which rows are the region's areas);
    returns the Python totals over the computed areas."""
    geb = doc.Sheets.getByName("Gebieden")
    g = L.GCOL
    where = rows_by_code(geb)
    classes, _tot, _per = region_of(kwb, level)
    listed = [r for r, c in zip(kwb, classes) if c in ("b", "o")]
    res.check(list(where) == [r["gwb_code_10"] for r in listed],
              "%s: Gebieden lists %d areas, want %d in pasted order" % (label, len(where), len(listed)))
    tot = dict(n=0, adults=0.0, count=0.0, inh=0.0, unknown=0)
    for row in listed:
        r = where.get(row["gwb_code_10"])
        if r is None:
            continue
        cell = lambda key: "%s%d" % (g[key], r)  # noqa: E731
        res.check(text(geb, cell("name")) == row["regio"] and
                  text(geb, cell("gemeente")) == "GM" + row["gwb_code_10"][2:6],
                  "%s: name and gemeente of %s" % (label, row["gwb_code_10"]))
        status = text(geb, cell("status"))
        m = model_of(row)
        if m is None:
            res.check(status.startswith(L.UNKNOWN), "%s %s: status %r, want %r" % (label, row["regio"], status,
                                                                                  L.UNKNOWN))
            for key in ("single", "wwb", "ao", "adults", "prev", "count", "low", "high", "urb"):
                c = geb.getCellRangeByName(cell(key))
                res.check(c.getString() == "" and c.getError() == 0,
                          "%s %s: %s must be empty for an unknown row, got %r" % (label, row["regio"], key,
                                                                                 c.getString()))
            tot["unknown"] += 1
            continue
        res.check(status == L.STATUS_OK, "%s %s: status %r" % (label, row["regio"], status))
        for key, want in (("single", m["S"]), ("wwb", m["W"]), ("ao", m["A"]), ("oad", m["OAD"]),
                          ("adults", m["adults"]), ("inh", m["inh"]), ("prev", m["P"]), ("count", m["N"]),
                          ("low", max(0.0, m["P"] - 4.4)), ("high", m["P"] + 4.7)):
            got = num(geb, cell(key))
            res.check(close(got, want), "%s %s: %s is %r, computed from the counts %r" % (
                label, row["regio"], key, got, want))
        tot["n"] += 1
        tot["adults"] += m["adults"]
        tot["count"] += m["N"]
        tot["inh"] += m["inh"]
    t = L.T_ALL
    res.check(num(geb, "%s%d" % (g["status"], t)) == tot["n"], "%s: areas in the total" % label)
    res.check(close(num(geb, "%s%d" % (g["adults"], t)), tot["adults"]), "%s: adults total" % label)
    res.check(close(num(geb, "%s%d" % (g["count"], t)), tot["count"]), "%s: predicted total" % label)
    if tot["adults"]:
        res.check(close(num(geb, "%s%d" % (g["prev"], t)), tot["count"] / tot["adults"] * 1000),
                  "%s: region prevalence" % label)
    else:
        res.check(text(geb, "%s%d" % (g["prev"], t)) == "", "%s: no prevalence without areas" % label)
    res.check(num(geb, "%s%d" % (g["status"], L.T_UNKNOWN)) == tot["unknown"],
              "%s: %r rows counted as unknown, want %d" % (label, text(geb, "%s%d" % (g["status"], L.T_UNKNOWN)),
                                                           tot["unknown"]))
    return tot


def check_example(doc, res):
    geb, reg = doc.Sheets.getByName("Gebieden"), doc.Sheets.getByName("Regio")
    cbs = doc.Sheets.getByName("CBS-gegevens")
    res.check(text(cbs, "A%d" % L.R_SOURCE) == "Bron: CBS, Kerncijfers wijken en buurten 2023, CC BY 4.0",
              "source on the CBS sheet: %r" % text(cbs, "A%d" % L.R_SOURCE))
    res.check(text(geb, "A3") == text(cbs, "A%d" % L.R_SOURCE), "source on Gebieden")
    kwb = kwb_rows(2023)
    res.check(len(kwb) == 122 and sum(str(r["gwb_code_10"]).startswith("WK") for r in kwb) == 10,
              "Utrecht 2023: gemeente + 10 wijken + 111 buurten")
    tot = check_areas(doc, res, kwb, "Utrecht 2023")
    res.check(tot["n"] == 10 and tot["unknown"] == 0, "all 10 wijken computed")
    v = L.S_VAL
    res.check(close(num(geb, "%s%d" % (v, L.S_POP)), tot["count"] / 0.75), "EPAPOPULATION of the region")
    res.check(close(num(geb, "%s%d" % (v, L.S_INH)), tot["inh"]), "inhabitants of the computed areas")
    res.check(close(num(geb, "%s%d" % (v, L.S_POP_100K)), tot["count"] / 0.75 / tot["inh"] * 1e5),
              "EPA per 100,000 inhabitants")
    for r in (L.T_ACTUAL, L.T_NOINST, L.T_INST):
        res.check(num(geb, "%s%d" % (L.GCOL["status"], r)) == 0, "no actual values in the example")
    # Regio: inhabitants from the wijken, budget, capacity, path.
    inh = tot["inh"]
    res.check(text(reg, "B%d" % L.R_INHAB) == "" and close(num(reg, "B%d" % L.U_INHAB), inh),
              "Regio uses the wijken's inhabitants: %r" % num(reg, "B%d" % L.U_INHAB))
    budget = inh * 38e6 / 1e5
    res.check(close(num(reg, "B%d" % L.U_BUDGET), budget), "GGZBUDGET of the region")
    check_regio(reg, res, inh, budget, "wijk", tot)
    return inh, budget


def check_regio(reg, res, inh, budget, target_code, tot):
    for j, scode in enumerate(SCEN):
        col = "BCD"[j]
        for i, share in enumerate(SHARES[scode]):
            res.check(close(num(reg, "%s%d" % (col, L.R_BUD_HEAD + 1 + i)), budget * share),
                      "budget %s %s" % (scode, L.CATEGORIES[i][0]))
            res.check(close(num(reg, "%s%d" % (col, L.R_SHARE_HEAD + 1 + i)), share), "share %s" % scode)
        res.check(close(num(reg, "%s%d" % (col, L.R_BUD_HEAD + 5)), budget), "budget total %s" % scode)
        for alias, norms in NORMS.items():
            ref = "%s%d" % (col, L.CAP_ROW[alias])
            if norms[j] is None:
                res.check(text(reg, ref) == "–", "%s %s is undefined" % (alias, scode))
            else:
                res.check(close(num(reg, ref), norms[j] * inh / 1e5), "%s %s: %r" % (alias, scode, num(reg, ref)))
    # Tabel 1 split: 7% Zvw EPA + 5% Wmo = 12% ambulant EPA
    f = L.R_FIN_HEAD
    res.check([round(num(reg, "B%d" % (f + i)), 4) for i in range(1, 6)] == [0.38, 0.18, 0.07, 0.05, 0.32],
              "Tabel 1 shares")
    res.check(close(num(reg, "C%d" % (f + 3)), budget * 0.07) and close(num(reg, "C%d" % (f + 4)), budget * 0.05),
              "Zvw EPA and Wmo euros")
    # prevalence beside capacity, and the variant
    lr = L.L_ROW
    res.check(close(num(reg, "B%d" % lr["incare"]), tot["count"]), "link: in care")
    res.check(close(num(reg, "B%d" % lr["nat_low"]), inh * 0.015) and close(num(reg, "B%d" % lr["nat_high"]),
                                                                           inh * 0.018), "link: 1,500-1,800")
    res.check(close(num(reg, "B%d" % lr["target_pop"]), inh * 0.025), "link: doelpopulatie 2,500")
    res.check(close(num(reg, "B%d" % lr["fact1"]), 800 * inh / 1e5), "link: FACT clients scenario 1")
    factor = model.variant_factor(tot["count"] / 0.75, tot["inh"])
    res.check(close(num(reg, "B%d" % L.R_VAR_FACTOR), factor), "variant factor %r, want %r" % (
        num(reg, "B%d" % L.R_VAR_FACTOR), factor))
    for i, alias in enumerate(L.VARIANT, start=1):
        for j in range(3):
            res.check(close(num(reg, "%s%d" % ("BCD"[j], L.R_VAR_HEAD + i)), NORMS[alias][j] * inh / 1e5 * factor),
                      "variant %s %s" % (alias, SCEN[j]))
    # transition path: euros and capacity
    target = SHARES[target_code]
    start = num(reg, "B%d" % L.R_START)
    for k in range(L.YEARS + 1):
        col = "BCDEFG"[k]
        res.check(num(reg, "%s%d" % (col, L.R_PATH_HEAD)) == start + k, "path year %d" % k)
        for i in range(4):
            want = budget * (SHARES["huidig"][i] + k / L.YEARS * (target[i] - SHARES["huidig"][i]))
            res.check(close(num(reg, "%s%d" % (col, L.PATH_FIRST_CAT + i)), want),
                      "path %s year %d" % (L.CATEGORIES[i][0], k))
        t = SCEN.index(target_code)
        for i, (alias, _label) in enumerate(L.PATH_CAPACITY):
            want = inh / 1e5 * (NORMS[alias][0] + k / L.YEARS * (NORMS[alias][t] - NORMS[alias][0]))
            res.check(close(num(reg, "%s%d" % (col, L.PATH_CAP_FIRST + i)), want),
                      "path %s year %d: %r, want %r" % (alias, k, num(reg, "%s%d" % (col, L.PATH_CAP_FIRST + i)),
                                                         want))


def check_like_for_like(doc, res):
    """Actual values for three wijken, one of them an institution area."""
    geb = doc.Sheets.getByName("Gebieden")
    g = L.GCOL
    where = rows_by_code(geb)
    kwb = {r["gwb_code_10"]: model_of(r) for r in kwb_rows(2023) if r["gwb_code_10"].startswith("WK")}
    actual = {"WK034401": 21.0, "WK034403": 24.5, "WK034406": 55.0}
    # typed with their codes, in another order than the list (a value
    # belongs to its code, not to a row)
    for i, (code, v) in enumerate(reversed(list(actual.items()))):
        geb.getCellRangeByName("%s%d" % (L.ACT_CODE, L.FIRST_AREA + i)).setString(code)
        geb.getCellRangeByName("%s%d" % (L.ACT_VALUE, L.FIRST_AREA + i)).setValue(v)
    doc.calculateAll()
    for code, v in actual.items():
        res.check(num(geb, "%s%d" % (g["actual"], where[code])) == v, "%s: its own value %r" % (code, v))
    res.check(not error_cells(doc), "errors with actual values: %r" % error_cells(doc)[:3])
    sets = {L.T_ACTUAL: list(actual), L.T_NOINST: ["WK034401", "WK034403"], L.T_INST: ["WK034406"]}
    for t, codes in sets.items():
        adults = sum(kwb[c]["adults"] for c in codes)
        pred = sum(kwb[c]["N"] for c in codes)
        act = sum(actual[c] * kwb[c]["adults"] / 1000 for c in codes)
        res.check(num(geb, "%s%d" % (g["status"], t)) == len(codes), "row %d: %d areas" % (t, len(codes)))
        res.check(close(num(geb, "%s%d" % (g["adults"], t)), adults), "row %d: adults" % t)
        res.check(close(num(geb, "%s%d" % (g["prev"], t)), pred / adults * 1000), "row %d: predicted" % t)
        res.check(close(num(geb, "%s%d" % (g["actual"], t)), act / adults * 1000),
                  "row %d: actual %r, want %r" % (t, num(geb, "%s%d" % (g["actual"], t)), act / adults * 1000))
    for code, v in actual.items():
        r = where[code]
        res.check(close(num(geb, "%s%d" % (g["dev"], r)), deviation(v, kwb[code]["P"])), "%s: deviation" % code)
        res.check(text(geb, "%s%d" % (g["inst"], r)) == ("ja" if v > 42.5 else "nee"), "%s: institution" % code)
    outside = sum(1 for c in ("WK034401", "WK034403") if deviation(actual[c], kwb[c]["P"]) > 0.75)
    res.check(num(geb, "%s%d" % (L.S_VAL, L.S_OUTSIDE)) == outside, "outside the 75%% band, without institutions")
    res.check(num(geb, "%s%d" % (L.S_VAL, L.S_INST)) == 1, "one institution area")
    geb.getCellRangeByName("%s%d:%s%d" % (L.ACT_CODE, L.FIRST_AREA, L.ACT_VALUE, L.FIRST_AREA + 2)).clearContents(1 | 4)
    doc.calculateAll()


def check_checklist(doc, res, inh):
    inv = doc.Sheets.getByName("Inventarisatie")
    entered = {"FACT": ("fte", 60.0), "IHT": ("fte", 10.0), "VIP": ("fte", 8.0),
               "Geïntegreerde wijkvoorzieningen": ("fte", 0.0), "Intramurale GGZ totaal": ("plaatsen", 420.0),
               "Voorzieningen voor het eerste opnamejaar": ("plaatsen", 200.0), "Beschermd wonen": ("plaatsen", 390.0)}
    for i, (label, _lv, alias, unit, _g) in enumerate(L.CHECKLIST):
        r = L.INV_FIRST + i
        if label in entered:
            col = L.INV_FTE if entered[label][0] == "fte" else L.INV_PLACES
            inv.getCellRangeByName("%s%d" % (col, r)).setValue(entered[label][1])
    doc.calculateAll()
    mapped = 0
    for i, (label, _lv, alias, unit, _g) in enumerate(L.CHECKLIST):
        r = L.INV_FIRST + i
        if alias is None:
            res.check(all(text(inv, "%s%d" % (c, r)) == "" for c in L.INV_GAP), "%s has no gap" % label)
            continue
        mapped += 1
        for j in range(3):
            gap = "%s%d" % (L.INV_GAP[j], r)
            norm = NORMS[alias][j]
            if norm is None:
                res.check(text(inv, gap) == "–", "%s %s: '–' where the scenario has no norm" % (label, SCEN[j]))
            elif label in entered:
                want = norm * inh / 1e5 - entered[label][1]
                res.check(close(num(inv, gap), want), "%s %s: gap %r, want %r" % (label, SCEN[j], num(inv, gap), want))
            else:
                res.check(text(inv, gap) == "", "%s: no value, no gap" % label)
    res.check(mapped == 7, "seven checklist items compared with a norm")
    # the spending split
    euros = {"Ambulante GGZ totaal": 40e6, "FACT": 6e6, "IHT": 1e6, "Ambulante begeleiding": 5e6,
             "Intramurale GGZ totaal": 50e6, "Beschermd wonen": 25e6}
    for i, (label, *_rest) in enumerate(L.CHECKLIST):
        if label in euros:
            inv.getCellRangeByName("%s%d" % (L.INV_EUR, L.INV_FIRST + i)).setValue(euros[label])
    doc.calculateAll()
    mine = {"klinisch": 50e6, "beschermd wonen": 25e6, "ambulant epa": 12e6, "ambulant overig": 28e6}
    total = sum(mine.values())
    for i, (code, _label) in enumerate(L.SPEND, start=1):
        r = L.SPEND_HEAD + i
        res.check(close(num(inv, "B%d" % r), mine[code]), "spending %s" % code)
        res.check(close(num(inv, "D%d" % r), mine[code] / total), "own share %s" % code)
        res.check(close(num(inv, "F%d" % r), SHARES["wijk"][i - 1]), "target share %s" % code)
        res.check(close(num(inv, "H%d" % r), total * SHARES["wijk"][i - 1] - mine[code]), "difference %s" % code)
    res.check(not error_cells(doc), "errors in the checklist: %r" % error_cells(doc)[:3])
    check_path_from_inventory(doc, res, inh, mine, entered, inv)


def check_path_from_inventory(doc, res, inh, mine, entered, inv):
    """With the four spending categories and the beds and BW places filled
    in, the transition path starts there: year 0 is the region's own figure,
    year 5 the target scenario (wijk) at the budget on Regio, straight in
    between; FACT-teams still start from 2014.  A negative category (a total
    typed below its parts) puts the euros back on the national start."""
    reg = doc.Sheets.getByName("Regio")
    budget = num(reg, "B%d" % L.U_BUDGET)
    res.check(num(reg, "B%d" % L.PATH_OWN) == 1 and reg.getCellRangeByName("B%d" % L.PATH_OWN).String ==
              "eigen uitgaven (Inventarisatie)", "path: starts from the own spending")
    own_cap = {"bedden": entered["Intramurale GGZ totaal"][1], "bw_plaatsen": entered["Beschermd wonen"][1]}
    t = SCEN.index("wijk")
    for k in range(L.YEARS + 1):
        col, f = "BCDEFG"[k], k / L.YEARS
        want = [mine[code] + f * (budget * SHARES["wijk"][i] - mine[code]) for i, (code, _l) in enumerate(L.CATEGORIES)]
        for i, w in enumerate(want):
            got = num(reg, "%s%d" % (col, L.PATH_FIRST_CAT + i))
            res.check(close(got, w), "own path %s year %d: %r, want %r" % (L.CATEGORIES[i][0], k, got, w))
        res.check(close(num(reg, "%s%d" % (col, L.PATH_TOTAL)), sum(want)), "own path total year %d" % k)
        for i, (alias, _label) in enumerate(L.PATH_CAPACITY):
            start = own_cap.get(alias, NORMS[alias][0] * inh / 1e5)
            w = start + f * (NORMS[alias][t] * inh / 1e5 - start)
            got = num(reg, "%s%d" % (col, L.PATH_CAP_FIRST + i))
            res.check(close(got, w), "own path %s year %d: %r, want %r" % (alias, k, got, w))
    total_row = next(L.INV_FIRST + i for i, c in enumerate(L.CHECKLIST) if c[0] == "Ambulante GGZ totaal")
    inv.getCellRangeByName("%s%d" % (L.INV_EUR, total_row)).setValue(1e6)     # below its EPA items: overig < 0
    doc.calculateAll()
    res.check(num(reg, "B%d" % L.PATH_OWN) == 0 and reg.getCellRangeByName("B%d" % L.PATH_OWN).String ==
              "landelijk 2014", "path: a negative category puts the start back on 2014")
    got = num(reg, "B%d" % L.PATH_FIRST_CAT)
    res.check(close(got, budget * SHARES["huidig"][0]), "path from 2014 again: %r" % got)
    inv.getCellRangeByName("%s%d" % (L.INV_EUR, total_row)).setValue(40e6)
    doc.calculateAll()


def _cells(sh):
    cur = sh.createCursor()
    cur.gotoEndOfUsedArea(False)
    end = cur.RangeAddress
    for r in range(end.EndRow + 1):
        for c in range(end.EndColumn + 1):
            yield sh.getCellByPosition(c, r)


def header_fits(cell, width):
    """Rough check that every word of a wrapped header fits its column at
    9 pt bold (about 0.21 cm per character plus the cell margins)."""
    words = cell.getString().split()
    return all(len(w) * 210 + 350 <= width for w in words)


def check_styles(doc, res):
    bad, unvalidated, narrow = [], [], []
    sheets = ("CBS-gegevens", "Gemeenten", "Gebieden", "Regio", "Inventarisatie")
    free_inputs = {("Regio", "$B$%d" % L.R_NAME), ("CBS-gegevens", "$A$%d" % L.R_SOURCE)}
    for name in sheets:
        sh = doc.Sheets.getByName(name)
        for cell in formula_cells(sh):
            if cell.CellStyle == L.INPUT:
                bad.append("%s.%s" % (name, cell.AbsoluteName))
        for cell in _cells(sh):
            addr = cell.CellAddress
            if cell.CellStyle == L.HEADER and cell.getString() and not cell.IsMerged:
                width = sh.Columns.getByIndex(addr.Column).Width
                if not header_fits(cell, width):
                    narrow.append("%s.%s %r" % (name, cell.AbsoluteName, cell.getString()))
            if cell.CellStyle != L.INPUT or name == "CBS-gegevens" and addr.Row >= L.CBS_HEAD - 1:
                continue                       # pasted cells carry no rule: a paste replaces it
            if (name, cell.AbsoluteName.split(".")[-1]) in free_inputs or cell.getString() == "Invoer":
                continue
            if cell.Validation.Type.value == "ANY":
                unvalidated.append("%s.%s" % (name, cell.AbsoluteName))
    res.check(not bad, "formulas in input cells: %r" % bad)
    res.check(not unvalidated, "input cells without a validity rule: %r" % unvalidated[:5])
    res.check(not narrow, "headers that break inside a word: %r" % narrow[:5])
    reg = doc.Sheets.getByName("Regio")
    for row, items in ((L.R_TARGET, "intensivering;wijk"), (L.R_BOUND, "laag;midden;hoog")):
        v = reg.getCellRangeByName("B%d" % row).Validation
        res.check(v.Type.value == "LIST" and v.Formula1.replace('"', "") == items, "list on Regio.B%d: %r" % (
            row, v.Formula1))
    charts = {name: doc.Sheets.getByName(name).Charts.ElementNames for name in ("Gemeenten", "Regio")}
    res.check(len(charts["Gemeenten"]) == 1 and len(charts["Regio"]) == 2, "charts: %r" % charts)
    for sheet, ref in (("Gebieden", "J2"), ("Regio", "A5"), ("Inventarisatie", "A5")):
        cell = doc.Sheets.getByName(sheet).getCellRangeByName(ref)
        res.check("ISERROR" in cell.getFormula() and cell.String == "",
                  "%s.%s: the add-in check must be empty when the add-in works: %r" % (sheet, ref, cell.String))
    region = reg.getCellRangeByName("B%d" % L.R_NAME).String
    for name in sheets + ("Toelichting",):
        sh = doc.Sheets.getByName(name)
        res.check(sh.PrintTitleRows and sh.TitleRows.StartRow == 0 and region in sh.getCellRangeByName("A1").String,
                  "%s: row 1 with the region's name repeats on every printed page" % name)
    page = doc.StyleFamilies.getByName("PageStyles").getByName(doc.Sheets.getByName("Regio").PageStyle)
    content = page.RightPageFooterContent
    footer = content.CenterText.getString()
    res.check("EPA-planningsfuncties" in footer and any(ch.isdigit() for ch in footer),
              "footer names the extension version: %r" % footer)


def shown_width(doc, cell, probe):
    """The width (1/100 mm) the cell's text takes on one line: the optimal
    width of a column in a scratch sheet that holds the same text."""
    target = probe.getCellByPosition(0, 0)
    target.CellStyle = cell.CellStyle
    for prop in ("CharHeight", "CharWeight", "CharPosture", "CharFontName"):
        target.setPropertyValue(prop, cell.getPropertyValue(prop))
    target.setString(cell.getString())
    col = probe.Columns.getByIndex(0)
    col.OptimalWidth = True
    return col.Width


def check_print(doc, res):
    """What prints is whole, with the example pasted: no text is cut at the
    right edge of a page or by the next cell (a text on one line fits its
    own cell, its merge, or the empty cells to its right inside the print
    area), and no chart lies over a filled cell or outside the print area."""
    doc.Sheets.insertNewByName("_probe", doc.Sheets.Count)
    probe = doc.Sheets.getByName("_probe")
    cut, covered, outside = [], [], []
    for name in ("CBS-gegevens", "Gemeenten", "Regio", "Gebieden", "Inventarisatie", "Rijen", "Toelichting"):
        sh = doc.Sheets.getByName(name)
        areas = sh.getPrintAreas()
        if not areas:
            outside.append("%s: no print area (would print all 20,000 rows)" % name)
            continue
        a = areas[0]
        cols = [sh.Columns.getByIndex(c).Width for c in range(a.EndColumn + 1)]
        for r in range(a.StartRow, a.EndRow + 1):
            for c in range(a.StartColumn, a.EndColumn + 1):
                cell = sh.getCellByPosition(c, r)
                if not cell.getString() or cell.IsTextWrapped or cell.ShrinkToFit:
                    continue
                if cell.IsMerged:
                    cur = sh.createCursorByRange(cell)
                    cur.collapseToMergedArea()
                    end = min(cur.RangeAddress.EndColumn, a.EndColumn)
                else:
                    end = c
                    while end < a.EndColumn and sh.getCellByPosition(end + 1, r).Type.value == "EMPTY":
                        end += 1
                if shown_width(doc, cell, probe) > sum(cols[c:end + 1]) + 50:
                    cut.append("%s.%s %r" % (name, cell.AbsoluteName.split(".")[-1], cell.getString()[:40]))
        last = sh.getCellByPosition(a.EndColumn, a.EndRow)
        bottom = last.Position.Y + last.Size.Height
        for i in range(sh.DrawPage.Count):
            shape = sh.DrawPage.getByIndex(i)
            top, low = shape.Position.Y, shape.Position.Y + shape.Size.Height
            if low > bottom:
                outside.append("%s: a chart ends below the print area" % name)
            rng = sh.getCellRangeByPosition(0, 0, a.EndColumn, a.EndRow)
            for cell in (rng.getCellByPosition(c, r) for r in range(a.StartRow, a.EndRow + 1)
                         for c in range(a.EndColumn + 1)):
                y, h, x = cell.Position.Y, cell.Size.Height, cell.Position.X
                if cell.getString() and y < low - 20 and y + h > top + 20 and \
                        x < shape.Position.X + shape.Size.Width and x + cell.Size.Width > shape.Position.X:
                    covered.append("%s.%s" % (name, cell.AbsoluteName.split(".")[-1]))
    doc.Sheets.removeByName("_probe")
    res.check(not cut, "printed texts cut at the page's edge or by the next cell: %r" % cut[:8])
    res.check(not covered, "cells under a chart: %r" % covered[:8])
    res.check(not outside, "print areas: %r" % outside)


def check_inputs(doc, res):
    reg = doc.Sheets.getByName("Regio")
    reg.getCellRangeByName("B%d" % L.R_INHAB).setValue(400000)
    doc.calculateAll()
    res.check(close(reg.getCellRangeByName("B%d" % L.U_BUDGET).getValue(), 152e6), "budget follows inhabitants")
    reg.getCellRangeByName("B%d" % L.R_INDEX).setValue(1.25)
    doc.calculateAll()
    res.check(close(reg.getCellRangeByName("B%d" % L.U_BUDGET).getValue(), 152e6 * 1.25), "the index raises it")
    reg.getCellRangeByName("B%d" % L.R_OWN).setValue(120e6)
    reg.getCellRangeByName("B%d" % L.R_TARGET).setString("intensivering")
    doc.calculateAll()
    res.check(close(reg.getCellRangeByName("B%d" % L.U_BUDGET).getValue(), 120e6), "own budget wins")
    last = "G%d" % (L.PATH_FIRST_CAT + 2)      # ambulant EPA in the last year
    res.check(close(reg.getCellRangeByName(last).getValue(), 120e6 * 0.30), "path ends at scenario 1")
    beds = "G%d" % L.PATH_CAP_FIRST
    res.check(close(reg.getCellRangeByName(beds).getValue(), 65 * 4), "beds path ends at scenario 1")
    res.check(not error_cells(doc), "errors after changing inputs: %r" % error_cells(doc))
    for row in (L.R_TARGET, L.R_BOUND, L.R_INDEX, L.R_OWN, L.R_START, L.R_PER100K):
        reg.getCellRangeByName("B%d" % row).setString("")
    doc.calculateAll()
    res.check(not error_cells(doc), "errors with the optional inputs empty: %r" % error_cells(doc)[:3])
    reg.getCellRangeByName("B%d" % L.R_INHAB).setValue(-5)
    doc.calculateAll()
    cap = reg.getCellRangeByName("B%d" % (L.R_CAP_HEAD + 1))
    res.check(cap.getError() == 502, "negative inhabitants show Err:502 in the capacity table, got %r" % cap.getError())


def main():
    res = Results("template")
    if emulated_office():
        res.skip("the whole suite: not run under qemu-user (the native offices run it; docs/template.md)")
        return res.finish()
    with Office(oxt_arg(), lang="nl_NL.UTF-8") as office:
        check_install(office, res)
        path = installed_template(office)
        res.check(path is not None, "no installed template")
        doc = office.desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0,
                                                  props(Hidden=True, AsTemplate=True))
        res.check(doc.getURL() == "", "a template opens as a new, untitled document")
        res.check(capacity(doc) == 20000, "the shipped template reads 20,000 pasted rows (the national file has "
                  "about 18,000), not %d" % capacity(doc))
        doc.calculateAll()
        empty = error_cells(doc)
        res.check(all(sheet in ("Regio", "Inventarisatie") and code in (502, 519) for sheet, _c, code in empty),
                  "empty template: only the inhabitant-based cells wait for rows: %r" % empty[:3])
        reg = doc.Sheets.getByName("Regio")
        res.check(reg.getCellRangeByName("B%d" % L.C_CHECK).String == "nog niets geplakt",
                  "the empty template says nothing is pasted")
        L.paste_example(doc)
        errors = error_cells(doc)
        res.check(not errors, "error cells in the template: %r" % errors)
        inh, _budget = check_example(doc, res)
        check_styles(doc, res)
        check_print(doc, res)
        check_like_for_like(doc, res)
        check_checklist(doc, res, inh)
        check_inputs(doc, res)
        doc.close(True)
        res.check(office.alive(), "soffice survived")
    return res.finish()


if __name__ == "__main__":
    sys.exit(main())
