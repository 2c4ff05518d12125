"""Helpers shared by the template, demo and Calc citizenship scripts."""
import os

from harness import ROOT, xcu_catalogue  # noqa: F401  (re-exported for the scripts)
from sheets import TEMPLATE_REL, TEMPLATE_SRC, error_cells, formula_cells, installed_template  # noqa: F401
import make_template as layout  # noqa: E402,F401  (the template's cell layout)


def new_from_template(office, template=None):
    """A new workbook from a template, as File > New > Templates makes one
    (its paste area empty): the installed template, or the one given."""
    import uno
    from office import props
    path = template or installed_template(office)
    if not os.path.exists(path):
        raise SystemExit("%s is missing: run `make %s` first" % (path, os.path.relpath(path, ROOT)))
    return office.desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0,
                                               props(Hidden=True, AsTemplate=True))


def new_planning(office):
    """A new workbook from the shipped template (installed with the .oxt):
    every suite that pastes into a planning workbook or saves and reopens
    one uses the template users get (it opens in seconds)."""
    return new_from_template(office)


def capacity(doc):
    """How many pasted rows the workbook reads: its formula rows on Rijen."""
    from sheets import FORMULA
    rij = doc.Sheets.getByName("Rijen").getCellRangeByName("A1:A1048576").queryContentCells(FORMULA)
    return max(a.EndRow for a in rij.RangeAddresses) + 2 - layout.RIJ_FIRST


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


# ---- the model and the template's counting rules, transcribed for the tests
import re  # noqa: E402

import kwb  # noqa: E402

KWB_DATA = os.path.join(ROOT, "tools", "data")
INTERCEPT = ((2500, 6.8316), (1500, 5.2911), (1000, 4.1876), (500, 3.1802), (0, 2.0722))
BANDS = ((0.25, -1.7, 0.6), (0.5, -2.8, 2.1), (0.75, -4.4, 4.7), (0.9, -6.3, 8.3), (0.95, -7.8, 11.1))
COUNT_COLUMNS = ("a_inw", "a_15_24", "a_25_44", "a_45_64", "a_65_oo", "a_hh", "a_1p_hh", "a_soz_wb", "a_soz_ao",
                 "ste_oad")


def kwb_table(year):
    """Header and rows of CBS's KWB xlsx for Utrecht (tools/data), cells as published."""
    return kwb.read_xlsx(os.path.join(KWB_DATA, "cbs-kwb-%d-utrecht.xlsx" % year))


def kwb_rows(year):
    return kwb.as_dicts(kwb_table(year))


def kwb_text_rows(year):
    """The gemeente row and the wijken of kwb_rows(year), every cell as the
    text CBS shows ('29040', '.'): for tests that decide themselves which
    cells are numbers and which text."""
    def text(v):
        return "%d" % v if isinstance(v, float) and v == int(v) else str(v)
    return [{k: text(v) for k, v in r.items()} for r in kwb_rows(year) if r["gwb_code_10"][:2] in ("GM", "WK")]


def prevalence(oad, single, wwb, ao):
    c = next(v for lower, v in INTERCEPT if oad >= lower)
    return 0.1574 * single + 0.9021 * wwb + 0.6106 * ao + c


def deviation(actual, predicted):
    d = actual - predicted
    for cov, lo, hi in BANDS:
        if lo - 1e-9 <= d <= hi + 1e-9:
            return cov
    return 1.0


def count_value(v):
    """A KWB count as the template must read it: a number from 0, or text that
    is a plain whole number; anything else (".", -99997, "10.410") is None."""
    if isinstance(v, (int, float)):
        return float(v) if v >= 0 else None
    if isinstance(v, str) and re.fullmatch(r"\s*[0-9]+\s*", v):
        return float(v)
    return None


def model_of(row, factor=0.7):
    """S, W, A, OAD, adults, P and N of one KWB row, or None when a count is
    unknown or the counts are impossible (MODEL.md: what EPAPREVCBS refuses)."""
    n = {k: count_value(row.get(k, "")) for k in COUNT_COLUMNS}
    if None in n.values():
        return None
    inh, hh = n["a_inw"], n["a_hh"]
    if inh <= 0 or hh <= 0 or hh > inh or n["a_1p_hh"] > hh or n["a_soz_wb"] > inh or n["a_soz_ao"] > inh:
        return None
    s = n["a_1p_hh"] / hh * 100
    w = n["a_soz_wb"] / inh * 100
    a = n["a_soz_ao"] / inh * 100
    if s <= 1 or not 0 < n["ste_oad"] <= 100000:
        return None
    adults = factor * n["a_15_24"] + n["a_25_44"] + n["a_45_64"] + n["a_65_oo"]
    p = prevalence(n["ste_oad"], s, w, a)
    return dict(S=s, W=w, A=a, OAD=n["ste_oad"], adults=adults, P=p, N=p * adults / 1000, inh=inh)


def region_of(rows, level="WK", listed=None, factor=0.7):
    """What the template must show for pasted rows (dicts by KWB column),
    from region_oracle.py, the independent transcription of MODEL.md
    section 6: each row's class, 'b' (berekend), 'o' (onbekend), 'u'
    (uitgesloten) or '' (empty); the region's totals (b, o, u, inh of the
    computed and unknown areas, adults and count of the computed ones);
    and {gemeente code: dict(inh, adults, count)}."""
    import region_oracle
    head = list(dict.fromkeys(k for r in rows for k in r))
    paste = [head] + [[None if r.get(k, "") == "" else r[k] for k in head] for r in rows]
    wrows, wgems, t = region_oracle.region(paste, [[c] for c in listed or ()], level, factor)
    cls = {"computed": "b", "unknown": "o", "excluded": "u", "empty": ""}
    tot = dict(b=t["computed"], o=t["unknown"], u=t["excluded"], inh=t["inh"], adults=t["adults"],
               count=t["count"], inh_b=t["inh_c"], complete=t["complete"])
    per = {"GM%04d" % g["code"]: dict(inh=g["inh"], adults=g["adults"], count=g["count"], cover=g["cover"])
           for g in wgems}
    return [cls[w["status"]] for w in wrows], tot, per


def close(a, b, tol=1e-6):
    return abs(a - b) <= tol * max(1.0, abs(b))


def paste_kwb(doc, header, rows):
    """Clears the CBS paste area and pastes a header row and rows as a user
    would: each cell as given (text stays text, numbers stay numbers)."""
    sh = doc.Sheets.getByName("CBS-gegevens")
    first = layout.CBS_HEAD - 1
    # Automatic recalculation off while the cells change: a clear with it on
    # takes 30 s in 7.4 (measured; see docs/template.md), a full recalculation
    # afterwards 2 to 4 s.
    doc.enableAutomaticCalculation(False)
    cur = sh.createCursor()
    cur.gotoEndOfUsedArea(False)
    end = cur.RangeAddress            # clearing only what is there (a clear of the whole area takes 20 s)
    if end.EndRow >= first:
        sh.getCellRangeByPosition(0, first, end.EndColumn, end.EndRow).clearContents(1 | 2 | 4 | 16)
    data = [list(header)] + [list(r) for r in rows]
    width = len(header)
    rng = sh.getCellRangeByPosition(0, first, width - 1, first + len(data) - 1)
    rng.setDataArray(tuple(tuple(r) for r in data))
    doc.calculateAll()
    doc.enableAutomaticCalculation(True)
