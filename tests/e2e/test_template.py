"""The Dutch planning template that ships in the extension, in real Calc.

  - the extension's Paths.xcu adds its templates/ folder to the Template
    path, and the template manager lists the category EPA-planning with
    the template in it (File > New > Templates);
  - opened from the installed extension and recalculated, it has no error
    cells, and its numbers match MODEL.md (computed here independently);
  - input cells (yellow style) hold no formulas, formula cells are never
    styled as input; the three charts are there;
  - changing inputs recomputes: inhabitants, own budget, target scenario.
Usage: /usr/bin/python3 tests/e2e/test_template.py build/epa-addin-VERSION.oxt
"""
import sys

import uno
from com.sun.star.beans import Property
from com.sun.star.ucb import Command, OpenCommandArgument2

from harness import Results, oxt_arg
from office import Office, props
from workbook import error_cells, formula_cells, installed_template, layout as L

# MODEL.md section 1 and 2, transcribed for this test.
INTERCEPT = ((2500, 6.8316), (1500, 5.2911), (1000, 4.1876), (500, 3.1802), (0, 2.0722))
BANDS = ((0.25, -1.7, 0.6), (0.5, -2.8, 2.1), (0.75, -4.4, 4.7), (0.9, -6.3, 8.3), (0.95, -7.8, 11.1))
SHARES = {"huidig": (0.38, 0.18, 0.12, 0.32), "intensivering": (0.275, 0.125, 0.30, 0.30),
          "wijk": (0.20, 0.05, 0.50, 0.25)}
BEDS_MID = (100, 65, 40)                 # clinical beds per 100,000, midpoint of a range
FACT_TEAMS = (2, 4, 5)


def prevalence(oad, single, wwb, ao):
    c = next(v for lower, v in INTERCEPT if oad >= lower)
    return 0.1574 * single + 0.9021 * wwb + 0.6106 * ao + c


def deviation(actual, predicted):
    d = actual - predicted
    for cov, lo, hi in BANDS:
        if lo - 1e-9 <= d <= hi + 1e-9:
            return cov
    return 1.0


def close(a, b, tol=1e-6):
    return abs(a - b) <= tol * max(1.0, abs(b))


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


def check_values(doc, res):
    geb, reg = doc.Sheets.getByName("Gebieden"), doc.Sheets.getByName("Regio")

    def num(sh, ref):
        return sh.getCellRangeByName(ref).getValue()

    def text(sh, ref):
        return sh.getCellRangeByName(ref).getString()

    adults = count = 0.0
    for n, (_pc4, name, oad, single, wwb, ao, adl, actual) in enumerate(L.AREAS):
        r = L.FIRST_AREA + n
        p = prevalence(oad, single, wwb, ao)
        res.check(close(num(geb, "J%d" % r), p), "%s: EPAPREV %r, model %r" % (name, num(geb, "J%d" % r), p))
        res.check(close(num(geb, "K%d" % r), p * adl / 1000), "%s: EPACOUNT" % name)
        res.check(close(num(geb, "L%d" % r), max(0.0, p - 4.4)) and close(num(geb, "M%d" % r), p + 4.7),
                  "%s: 75%% band" % name)
        if actual is None:
            res.check(text(geb, "N%d" % r) == "" and text(geb, "O%d" % r) == "",
                      "%s: no actual value, deviation and institution must be empty" % name)
        else:
            res.check(close(num(geb, "N%d" % r), deviation(actual, p)),
                      "%s: EPADEVIATION %r, model %r" % (name, num(geb, "N%d" % r), deviation(actual, p)))
            res.check(text(geb, "O%d" % r) == ("ja" if actual > 42.5 else "nee"), "%s: institution flag" % name)
        adults += adl
        count += p * adl / 1000
    t = L.TOTAL_ROW
    res.check(close(num(geb, "G%d" % t), adults) and close(num(geb, "K%d" % t), count), "region totals")
    res.check(close(num(geb, "J%d" % t), count / adults * 1000), "region prevalence")
    s = L.SUMMARY_ROW
    res.check(close(num(geb, "H%d" % (s + 4)), count / 0.75), "EPAPOPULATION of the region")
    res.check(num(geb, "H%d" % (s + 5)) == 1, "one area flagged as institution")

    inhabitants = num(reg, "B%d" % L.R_INHAB)
    budget = inhabitants * 38e6 / 1e5
    res.check(close(num(reg, "B%d" % L.R_BUDGET), budget), "GGZBUDGET of the region: %r" % num(reg, "B%d" % L.R_BUDGET))
    for j, (scode, _label) in enumerate(L.SCENARIOS):
        col = "BCD"[j]
        for i, share in enumerate(SHARES[scode]):
            res.check(close(num(reg, "%s%d" % (col, L.R_BUD_HEAD + 1 + i)), budget * share),
                      "budget %s %s" % (scode, L.CATEGORIES[i][0]))
            res.check(close(num(reg, "%s%d" % (col, L.R_SHARE_HEAD + 1 + i)), share), "share %s" % scode)
        res.check(close(num(reg, "%s%d" % (col, L.R_BUD_HEAD + 5)), budget), "budget total %s" % scode)
        res.check(close(num(reg, "%s%d" % (col, L.R_CAP_HEAD + 1)), FACT_TEAMS[j] * inhabitants / 1e5),
                  "FACT teams %s" % scode)
        res.check(close(num(reg, "%s%d" % (col, L.R_CAP_HEAD + 8)), BEDS_MID[j] * inhabitants / 1e5),
                  "beds %s" % scode)
        for i, (_alias, label, defined, _note) in enumerate(L.CAPACITY, start=1):
            if not defined[j]:
                res.check(text(reg, "%s%d" % (col, L.R_CAP_HEAD + i)) == "–", "%s %s is undefined" % (label, scode))
    p = L.R_PATH_HEAD
    target = SHARES[text(reg, "B%d" % L.R_TARGET)]
    for k in range(L.YEARS + 1):
        col = "BCDEFG"[k]
        res.check(num(reg, "%s%d" % (col, p)) == num(reg, "B%d" % L.R_START) + k, "path year %d" % k)
        for i in range(4):
            want = budget * (SHARES["huidig"][i] + k / L.YEARS * (target[i] - SHARES["huidig"][i]))
            res.check(close(num(reg, "%s%d" % (col, p + 2 + i)), want), "path %s year %d" % (L.CATEGORIES[i][0], k))
    return budget


def check_styles(doc, res):
    bad = []
    for name in ("Gebieden", "Regio"):
        sh = doc.Sheets.getByName(name)
        for cell in formula_cells(sh):
            if cell.CellStyle == L.INPUT:
                bad.append("%s.%s" % (name, cell.AbsoluteName))
        cur = sh.createCursor()
        cur.gotoEndOfUsedArea(False)
        end = cur.RangeAddress
        for r in range(end.EndRow + 1):
            for c in range(end.EndColumn + 1):
                cell = sh.getCellByPosition(c, r)
                if cell.CellStyle == L.INPUT and cell.getFormula().startswith("="):
                    bad.append("%s.%s" % (name, cell.AbsoluteName))
    res.check(not bad, "formulas in input cells: %r" % bad)
    n_inputs = sum(1 for name in ("Gebieden", "Regio") for c in _cells(doc.Sheets.getByName(name))
                   if c.CellStyle == L.INPUT)
    res.check(n_inputs >= len(L.AREAS) * 8 + 7, "only %d input cells" % n_inputs)
    charts = {name: doc.Sheets.getByName(name).Charts.ElementNames for name in ("Gebieden", "Regio")}
    res.check(len(charts["Gebieden"]) == 1 and len(charts["Regio"]) == 2, "charts: %r" % charts)
    budget_chart = doc.Sheets.getByName("Regio").Charts.getByName("BudgetPerScenario").EmbeddedObject
    res.check(budget_chart.Diagram.Stacked or budget_chart.Diagram.Percent, "the budget chart is stacked")
    for sheet, ref in (("Gebieden", "G1"), ("Regio", "A4")):
        cell = doc.Sheets.getByName(sheet).getCellRangeByName(ref)
        res.check("ISERROR" in cell.getFormula() and cell.String == "",
                  "%s.%s: the add-in check must be empty when the add-in works: %r" % (sheet, ref, cell.String))
    res.check(doc.Sheets.getByName("Gebieden").getCellRangeByName("A2").String.startswith(
        "Voorbeeldwaarden, geen echte statistiek"), "example values are marked as such")


def _cells(sh):
    cur = sh.createCursor()
    cur.gotoEndOfUsedArea(False)
    end = cur.RangeAddress
    for r in range(end.EndRow + 1):
        for c in range(end.EndColumn + 1):
            yield sh.getCellByPosition(c, r)


def check_inputs(doc, res, budget):
    reg = doc.Sheets.getByName("Regio")
    reg.getCellRangeByName("B%d" % L.R_INHAB).setValue(400000)
    doc.calculateAll()
    res.check(close(reg.getCellRangeByName("B%d" % L.R_BUDGET).getValue(), 152e6), "budget follows inhabitants")
    reg.getCellRangeByName("B%d" % L.R_OWN).setValue(120e6)
    reg.getCellRangeByName("B%d" % L.R_TARGET).setString("intensivering")
    doc.calculateAll()
    res.check(close(reg.getCellRangeByName("B%d" % L.R_BUDGET).getValue(), 120e6), "own budget wins")
    last = "G%d" % (L.R_PATH_HEAD + 4)      # ambulant EPA in the last year
    res.check(close(reg.getCellRangeByName(last).getValue(), 120e6 * 0.30), "path ends at scenario 1")
    res.check(not error_cells(doc), "errors after changing inputs: %r" % error_cells(doc))
    reg.getCellRangeByName("B%d" % L.R_INHAB).setValue(-5)
    doc.calculateAll()
    cap = reg.getCellRangeByName("B%d" % (L.R_CAP_HEAD + 1))
    res.check(cap.getError() == 502, "negative inhabitants show Err:502 in the capacity table, got %r" % cap.getError())


def main():
    res = Results("template")
    with Office(oxt_arg(), lang="nl_NL.UTF-8") as office:
        check_install(office, res)
        path = installed_template(office)
        res.check(path is not None, "no installed template")
        doc = office.desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0,
                                                  props(Hidden=True, AsTemplate=True))
        res.check(doc.getURL() == "", "a template opens as a new, untitled document")
        doc.calculateAll()
        errors = error_cells(doc)
        res.check(not errors, "error cells in the template: %r" % errors)
        budget = check_values(doc, res)
        check_styles(doc, res)
        check_inputs(doc, res, budget)
        doc.close(True)
        res.check(office.alive(), "soffice survived")
    return res.finish()


if __name__ == "__main__":
    sys.exit(main())
