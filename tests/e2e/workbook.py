"""Helpers shared by the template, demo and Calc citizenship scripts."""
import os

from harness import ROOT, xcu_catalogue  # noqa: F401  (re-exported for the scripts)
from sheets import TEMPLATE_REL, TEMPLATE_SRC, error_cells, formula_cells, installed_template  # noqa: F401
import make_template as layout  # noqa: E402,F401  (the template's cell layout)


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


# ---- the model, transcribed from MODEL.md for the template tests ----------
import csv  # noqa: E402

KWB_DATA = os.path.join(ROOT, "tools", "data")
INTERCEPT = ((2500, 6.8316), (1500, 5.2911), (1000, 4.1876), (500, 3.1802), (0, 2.0722))
BANDS = ((0.25, -1.7, 0.6), (0.5, -2.8, 2.1), (0.75, -4.4, 4.7), (0.9, -6.3, 8.3), (0.95, -7.8, 11.1))


def kwb_rows(year):
    """The KWB extract shipped in tools/data (Utrecht, gemeente and wijken)."""
    with open(os.path.join(KWB_DATA, "kwb-%d-utrecht.csv" % year), encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter=";"))


def prevalence(oad, single, wwb, ao):
    c = next(v for lower, v in INTERCEPT if oad >= lower)
    return 0.1574 * single + 0.9021 * wwb + 0.6106 * ao + c


def deviation(actual, predicted):
    d = actual - predicted
    for cov, lo, hi in BANDS:
        if lo - 1e-9 <= d <= hi + 1e-9:
            return cov
    return 1.0


def model_of(row, factor=0.7):
    """S, W, A, OAD, adults, P and N of one KWB row of counts, or None when a
    count is not a number ('.' = unknown at CBS)."""
    try:
        n = {k: float(row[k]) for k in ("a_inw", "a_15_24", "a_25_44", "a_45_64", "a_65_oo", "a_hh",
                                         "a_1p_hh", "a_soz_wb", "a_soz_ao", "ste_oad")}
    except ValueError:
        return None
    s = n["a_1p_hh"] / n["a_hh"] * 100
    w = n["a_soz_wb"] / n["a_inw"] * 100
    a = n["a_soz_ao"] / n["a_inw"] * 100
    adults = factor * n["a_15_24"] + n["a_25_44"] + n["a_45_64"] + n["a_65_oo"]
    p = prevalence(n["ste_oad"], s, w, a)
    return dict(S=s, W=w, A=a, OAD=n["ste_oad"], adults=adults, P=p, N=p * adults / 1000, inh=n["a_inw"])


def close(a, b, tol=1e-6):
    return abs(a - b) <= tol * max(1.0, abs(b))


def paste_kwb(doc, header, rows):
    """Clears the CBS paste area and pastes a header row and rows (lists of
    text; numbers are put as numbers, '.' stays text) as a user would."""
    sh = doc.Sheets.getByName("CBS-gegevens")
    first, last = layout.CBS_HEAD - 1, layout.CBS_LAST - 1
    sh.getCellRangeByPosition(0, first, 120, last).clearContents(1 | 2 | 4 | 16)   # values, dates, strings, formulas

    def val(v):
        try:
            return float(v)
        except ValueError:
            return v
    data = [list(header)] + [[val(v) for v in r] for r in rows]
    width = len(header)
    rng = sh.getCellRangeByPosition(0, first, width - 1, first + len(data) - 1)
    rng.setDataArray(tuple(tuple(r) for r in data))
    doc.calculateAll()
