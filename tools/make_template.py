"""Builds the Dutch planning template packaging/templates/EPA-planning/epa-planning.ots.

The template is made through the UNO API in a real headless Calc with the
extension installed (the formulas must compile against the add-in) and a
Dutch UI (so the default styles, page header and footer are Dutch and the
document language is nl-NL).  The .ots is committed; run `make template`
after changing this script and commit the result.

Usage: /usr/bin/python3 tools/make_template.py build/epa-addin-VERSION.oxt OUTPUT.ots

Layout (tests/e2e/test_template.py and tests/e2e/demo.py read these cells):
  Gebieden  rows 6-17 one PC4 area each, row 18 the region totals,
            rows 22-27 a summary (labels A, values H), the prevalence chart below.
  Regio     inputs B6:B12, total budget B14, budget table A18:D23, shares
            A27:D32, capacity A35:G47, transition path A51:G57 (years row 51,
            progress row 52, total row 57), charts below.
  Toelichting  the model in words.
"""
import os
import sys

import uno  # noqa: E402
from com.sun.star.awt import Rectangle  # noqa: E402
from com.sun.star.lang import Locale  # noqa: E402
from com.sun.star.table import BorderLine2  # noqa: E402
from com.sun.star.table.CellHoriJustify import CENTER, RIGHT  # noqa: E402
from com.sun.star.table.CellVertJustify import TOP  # noqa: E402
from com.sun.star.util import CellProtection  # noqa: E402

from office import Office, props  # noqa: E402
from sheets import error_cells  # noqa: E402

NL = Locale("nl", "NL", "")
YELLOW = 0xFFF2B3        # input cells
BLUE = 0xE6EEF7          # computed cells
HEAD = 0xD5DEEA          # table headers
GREY = 0x9FAAB8          # cell borders
RED = 0xB00000
EXAMPLE_NOTE = "Voorbeeldwaarden, geen echte statistiek."
ADDIN_MISSING = "LET OP: extensie EPA-planningsfuncties ontbreekt; uitkomsten niet actueel."
# Cell styles (users see them in the Styles deck).
INPUT, CALC, HEADER, TOTAL = "EPA invoer", "EPA berekend", "EPA kop", "EPA totaal"
TITLE, SUBTITLE, WARN, TEXT = "EPA titel", "EPA tussenkop", "EPA waarschuwing", "EPA tekst"

# PC4 areas of a fictitious region.  Codes 0001-0012 do not exist (real PC4
# codes start at 1000), so nobody takes them for real statistics.
# (PC4, name, OAD, % one-person households, % WWB, % AO, adults, actual or None)
AREAS = [
    ("0001", "Centrum", 4200, 58.5, 8.9, 7.1, 9800, 26.1),
    ("0002", "Oude Stad", 3100, 49.0, 6.8, 6.5, 7600, 21.0),
    ("0003", "Noord", 2200, 38.2, 5.4, 6.0, 8900, 14.2),
    ("0004", "Oost", 1900, 35.0, 7.5, 7.4, 11200, 19.8),
    ("0005", "Zuid", 1600, 31.5, 3.1, 5.2, 10400, 10.5),
    ("0006", "West", 1200, 28.0, 2.6, 4.9, 8300, None),
    ("0007", "Haven", 2600, 44.0, 9.6, 8.2, 5200, 25.0),
    ("0008", "Buitenwijk", 950, 24.0, 1.8, 4.4, 6700, 9.0),
    ("0009", "Dorp Noord", 600, 22.5, 1.2, 4.8, 3900, 7.6),
    ("0010", "Dorp Zuid", 520, 21.0, 1.5, 5.5, 3100, 12.9),
    ("0011", "Buitengebied", 180, 18.5, 0.9, 4.1, 2400, 6.3),
    ("0012", "Zorgpark", 700, 30.0, 2.0, 5.0, 1500, 58.0),
]
FIRST_AREA = 6                       # 1-based sheet row of the first area
LAST_AREA = FIRST_AREA + len(AREAS) - 1
TOTAL_ROW = LAST_AREA + 1
SUMMARY_ROW = TOTAL_ROW + 3          # title; six rows below it, values in column H

SCENARIOS = (("huidig", "Huidig (2014)"),
             ("intensivering", "Scenario 1: intensivering ambulante zorg"),
             ("wijk", "Scenario 2: geïntegreerde GGZ in de wijk"))
CATEGORIES = (("klinisch", "Klinisch"), ("beschermd wonen", "Beschermd wonen"),
              ("ambulant epa", "Ambulant EPA"),
              ("ambulant overig", "Ambulant overig"))
# (alias, Dutch label, defined in scenario 0/1/2, note): MODEL.md section 2.
CAPACITY = (
    ("factteams", "FACT-teams", (1, 1, 1), "nu 2, sc. 1: 4, sc. 2: 5 per 100.000 (1 per wijk)"),
    ("fte_fact", "Fte in FACT-teams", (1, 1, 0), "nu 10, sc. 1: 15 fte per team"),
    ("fact_clienten", "Cliënten in FACT-zorg", (1, 1, 1), "nu 400-500, sc. 1: 800, sc. 2: 400-500 per 100.000"),
    ("fte_iht", "Fte intensieve thuisbehandeling (IHT)", (0, 1, 0), "sc. 1: 1 team van 12 fte per 100.000"),
    ("fte_vip", "Fte vroege interventie psychose (VIP)", (0, 1, 0), "sc. 1: 10 fte per 150.000"),
    ("wijkcentra", "Wijk-GGZ-centra (24x7)", (0, 0, 1), "sc. 2: 1 centrum per 20.000"),
    ("wijk_fte", "Fte in wijk-GGZ-centra", (0, 0, 1), "sc. 2: 40 fte per centrum"),
    ("bedden", "Klinische bedden", (1, 1, 1), "nu 100, sc. 1: 60-70, sc. 2: 40 per 100.000"),
    ("kortverblijf_bedden", "  waarvan kortdurend", (1, 1, 1), "nu 60, sc. 1: 30-40, sc. 2: 20 per 100.000"),
    ("bw_plaatsen", "Plaatsen beschermd wonen", (1, 1, 1), "nu 100, sc. 1: 60-70, sc. 2: 30-35 per 100.000"),
    ("vrijgekomen_fte", "Fte vrijgekomen uit BW, ingezet thuis", (0, 1, 0), "sc. 1: 30-40 per 100.000"),
    ("ervaringsdeskundigen", "Fte ervaringsdeskundigen", (0, 1, 0), "sc. 1: 15 per 100.000"),
)
YEARS = 5                            # transition path: progress 0 -> 1 in five years

# Regio sheet rows (1-based).
R_NAME, R_INHAB, R_PER100K, R_OWN, R_TARGET, R_BOUND, R_START = 6, 7, 8, 9, 10, 11, 12
R_BUDGET = 14
R_BUD_HEAD = 18                      # budget table header; categories below, total after
R_SHARE_HEAD = 27
R_CAP_HEAD = 35
R_PATH_HEAD = 51


class Builder:
    def __init__(self, doc):
        self.doc = doc
        self.nf = doc.NumberFormats
        self.fmt_cache = {}

    # -- formats and styles ------------------------------------------------
    def fmt(self, code):
        if code not in self.fmt_cache:
            key = self.nf.queryKey(code, NL, False)
            if key == -1:
                key = self.nf.addNew(code, NL)
            self.fmt_cache[code] = key
        return self.fmt_cache[code]

    def styles(self):
        fam = self.doc.StyleFamilies.getByName("CellStyles")

        def line(width=18, color=GREY):
            b = BorderLine2()
            b.Color, b.OuterLineWidth, b.LineWidth = color, width, width
            return b

        def make(name, **kw):
            if fam.hasByName(name):
                st = fam.getByName(name)
            else:
                st = self.doc.createInstance("com.sun.star.style.CellStyle")
                fam.insertByName(name, st)
            for k, v in kw.items():
                st.setPropertyValue(k, v)
            return st

        boxed = dict(TopBorder=line(), BottomBorder=line(), LeftBorder=line(), RightBorder=line())
        unlocked = CellProtection()
        unlocked.IsLocked = False
        # Own names: "Kop", "Titel" and "Waarschuwing" are the Dutch UI names
        # of built-in styles, and hasByName() finds those.
        make(INPUT, CellBackColor=YELLOW, CellProtection=unlocked, **boxed)
        make(CALC, CellBackColor=BLUE, **boxed)
        make(HEADER, CellBackColor=HEAD, CharWeight=150.0, CharHeight=9.0, IsTextWrapped=True, **boxed)
        make(TITLE, CharHeight=15.0, CharWeight=150.0)
        make(SUBTITLE, CharHeight=11.0, CharWeight=150.0)
        make(WARN, CharColor=RED, CharWeight=150.0)
        make(TEXT, IsTextWrapped=True, VertJustify=TOP)
        top = line(35, 0x404040)
        make(TOTAL, CellBackColor=BLUE, CharWeight=150.0, TopBorder=top, BottomBorder=line(),
             LeftBorder=line(), RightBorder=line())

    # -- cells ---------------------------------------------------------------
    @staticmethod
    def cell(sheet, ref):
        return sheet.getCellRangeByName(ref)

    def put(self, sheet, ref, value, style=None, fmt=None, align=None, wrap=None):
        c = self.cell(sheet, ref)
        if value is None:
            pass
        elif isinstance(value, str) and value.startswith("="):
            c.setFormula(value)
        elif isinstance(value, str):
            c.setString(value)
        else:
            c.setValue(value)
        if style:
            c.CellStyle = style
        if fmt:
            c.NumberFormat = self.fmt(fmt)
        if align is not None:
            c.HoriJustify = align
        if wrap is not None:
            c.IsTextWrapped = wrap
        return c

    @staticmethod
    def widths(sheet, cm):
        for i, w in enumerate(cm):
            sheet.Columns.getByIndex(i).Width = int(w * 1000)

    def legend(self, sheet, row, label, swatch_in, swatch_calc, text):
        if label:
            self.put(sheet, label, "Legenda:", SUBTITLE)
        self.put(sheet, swatch_in, "Invoer", INPUT)
        first = swatch_calc.split(":")[0]
        self.put(sheet, first, "Berekend", CALC)
        if ":" in swatch_calc:
            self.cell(sheet, swatch_calc).CellStyle = CALC
            self.cell(sheet, swatch_calc).merge(True)
        self.put(sheet, text, "Geel: vul zelf in. Blauw: formule, niet overschrijven.")

    def addin_check(self, sheet, ref):
        """A cell that warns when the add-in is missing.  It keeps the default
        number format on purpose: Calc evaluates such formula cells when it
        opens a file, while cells with an explicit format show the value
        saved in the file until the next recalculation."""
        self.put(sheet, ref, '=IF(ISERROR(EPAURBANITY(1000));"%s";"")' % ADDIN_MISSING, WARN)

    def list_validation(self, cell, items):
        v = cell.Validation
        v.Type = uno.Enum("com.sun.star.sheet.ValidationType", "LIST")
        v.Formula1 = ";".join('"%s"' % s for s in items)
        v.ShowList = 1
        v.ShowErrorMessage = True
        v.ErrorTitle = "Ongeldige keuze"
        v.ErrorMessage = "Kies een van: " + ", ".join(items)
        cell.Validation = v

    # -- charts --------------------------------------------------------------
    def chart(self, sheet, name, top_left, x_offset_cm, width_cm, height_cm, ranges, title,
              stacked, rows_are_series, y_title, y_format=None, horizontal=False, percent=False):
        pos = self.cell(sheet, top_left).Position
        rect = Rectangle(pos.X + int(x_offset_cm * 1000), pos.Y, int(width_cm * 1000), int(height_cm * 1000))
        addrs = tuple(self.cell(sheet, r).RangeAddress for r in ranges)
        sheet.Charts.addNewByName(name, rect, addrs, True, True)
        chart = sheet.Charts.getByName(name).EmbeddedObject
        chart.lockControllers()
        chart.setDiagram(chart.createInstance("com.sun.star.chart.BarDiagram"))
        dia = chart.Diagram
        dia.Vertical = horizontal       # Vertical=True: the category axis is vertical
        if horizontal:
            dia.XAxis.ReverseDirection = True    # first category at the top ...
            dia.YAxis.CrossoverPosition = uno.Enum("com.sun.star.chart.ChartAxisPosition", "END")  # ... values below
        dia.Stacked = stacked
        dia.Percent = percent
        if percent:
            dia.YAxis.AutoStepMain = False
            dia.YAxis.StepMain = 0.25       # 0%, 25%, ... 100%: labels that need no rotation
        dia.DataRowSource = uno.Enum("com.sun.star.chart.ChartDataRowSource",
                                     "ROWS" if rows_are_series else "COLUMNS")
        dia.Wall.FillColor = 0xFFFFFF
        chart.HasMainTitle = True
        chart.Title.String = title
        chart.Title.CharHeight = 12.0
        chart.HasLegend = True
        chart.Legend.Alignment = uno.Enum("com.sun.star.chart.ChartLegendPosition", "BOTTOM")
        chart.Legend.Expansion = uno.Enum("com.sun.star.chart.ChartLegendExpansion", "WIDE")
        chart.Legend.LineStyle = uno.Enum("com.sun.star.drawing.LineStyle", "NONE")
        chart.Legend.FillStyle = uno.Enum("com.sun.star.drawing.FillStyle", "NONE")
        x = dia.XAxis
        x.TextBreak = True
        x.TextRotation = 0
        x.TextCanOverlap = False
        dia.HasYAxisTitle = True
        dia.YAxisTitle.String = y_title
        if y_format is not None:
            dia.YAxis.LinkNumberFormatToSource = False
            dia.YAxis.NumberFormat = y_format
        chart.unlockControllers()
        return rect.Y + rect.Height

    @staticmethod
    def row_below(sheet, y):
        """1-based number of the first row that starts below y (1/100 mm)."""
        row = 0
        while sheet.Rows.getByIndex(row).Position.Y < y:
            row += 1
        return row + 1

    # -- sheets --------------------------------------------------------------
    def gebieden(self, sh):
        self.widths(sh, (1.3, 2.6, 1.9, 2.7, 1.8, 1.8, 2.5, 2.3, 1.9, 2.1, 2.1, 1.7, 1.7, 2.1, 2.2))
        self.put(sh, "A1", "EPA-prevalentie per PC4-gebied", TITLE)
        self.put(sh, "A2", EXAMPLE_NOTE, WARN)
        self.put(sh, "A3", "Vul de cijfers van uw eigen PC4-gebieden in (CBS). Meer gebieden: voeg rijen in "
                 "boven de totaalrij en kopieer de formules.")
        self.legend(sh, 4, None, "B4", "C4:D4", "E4")
        self.addin_check(sh, "G1")
        heads = ("PC4", "Gebied", "OAD (per km²)", "Eenpersoons- huishoudens (%)",
                 "WWB (% inw.)", "AO (% inw.)", "Volwassenen (18+)",
                 "Werkelijk per 1.000 (optioneel)", "Stedelijk (CBS 1-5)",
                 "Voorspeld per 1.000", "Voorspeld aantal in zorg",
                 "Band 75% laag", "Band 75% hoog", "Afwijking (kleinste band)",
                 "Instelling? (> 42,5)")
        for i, h in enumerate(heads):
            self.put(sh, "%s5" % "ABCDEFGHIJKLMNO"[i], h, HEADER)
        sh.Rows.getByIndex(4).OptimalHeight = True
        fmts = (None, None, "#.##0", "0,00", "0,00", "0,00", "#.##0", "0,0")
        for n, area in enumerate(AREAS):
            r = FIRST_AREA + n
            for i, v in enumerate(area):
                self.put(sh, "%s%d" % ("ABCDEFGH"[i], r), v, INPUT, fmts[i])
            self.put(sh, "I%d" % r, "=EPAURBANITY(C{r})".format(r=r), CALC, "0", CENTER)
            self.put(sh, "J%d" % r, "=EPAPREV(C{r};D{r};E{r};F{r})".format(r=r), CALC, "0,0")
            self.put(sh, "K%d" % r, "=EPACOUNT(C{r};D{r};E{r};F{r};G{r})".format(r=r), CALC, "#.##0")
            self.put(sh, "L%d" % r, '=EPABAND(J{r};75;"laag")'.format(r=r), CALC, "0,0")
            self.put(sh, "M%d" % r, '=EPABAND(J{r};75;"hoog")'.format(r=r), CALC, "0,0")
            self.put(sh, "N%d" % r, '=IF(H{r}="";"";EPADEVIATION(H{r};J{r}))'.format(r=r),
                     CALC, '[<1]0%;"buiten 95%"', CENTER)
            self.put(sh, "O%d" % r, '=IF(H{r}="";"";IF(EPAINSTITUTIONAL(H{r});"ja";"nee"))'.format(r=r),
                     CALC, None, CENTER)
        t, a, z = TOTAL_ROW, FIRST_AREA, LAST_AREA
        self.put(sh, "A%d" % t, "Totaal regio", TOTAL)
        for col in "BCDEFILMNO":
            self.put(sh, "%s%d" % (col, t), None, TOTAL)
        self.put(sh, "G%d" % t, "=SUM(G%d:G%d)" % (a, z), TOTAL, "#.##0")
        self.put(sh, "H%d" % t, '=IF(COUNT(H{a}:H{z})=0;"";SUMPRODUCT(H{a}:H{z};G{a}:G{z})/SUMIF(H{a}:H{z};"<>";G{a}:G{z}))'
                 .format(a=a, z=z), TOTAL, "0,0")
        self.put(sh, "J%d" % t, "=K{t}/G{t}*1000".format(t=t), TOTAL, "0,0")
        self.put(sh, "K%d" % t, "=SUM(K%d:K%d)" % (a, z), TOTAL, "#.##0")
        self.put(sh, "A%d" % (t + 1), "Totaalrij: aantallen opgeteld; prevalenties gewogen naar het aantal "
                 "volwassenen (werkelijk: alleen gebieden met een waarde).")

        s = SUMMARY_ROW
        self.put(sh, "A%d" % s, "Samenvatting", SUBTITLE)
        rows = (
            ("Volwassenen in deze gebieden", "=G%d" % t, CALC, "#.##0"),
            ("Voorspeld aantal volwassenen met EPA in GGZ-zorg", "=K%d" % t, CALC, "#.##0"),
            ("Aandeel mensen met EPA dat niet in GGZ-zorg is", 0.25, INPUT, "0%"),
            ("Geschat aantal volwassenen met EPA, ook wie niet in zorg is",
             "=EPAPOPULATION(K%d;H%d)" % (t, s + 3), CALC, "#.##0"),
            ("Gebieden met aanwijzing voor een instelling (werkelijk > 42,5)",
             '=COUNTIF(O%d:O%d;"ja")' % (a, z), CALC, "0"),
            ("Gebieden waar werkelijk buiten de 75%-band valt",
             "=SUMPRODUCT(ISNUMBER(N{a}:N{z})*(N{a}:N{z}>0.75))".format(a=a, z=z), CALC, "0"),
        )
        for i, (label, value, style, fmt) in enumerate(rows, start=1):
            self.put(sh, "A%d" % (s + i), label)
            self.put(sh, "H%d" % (s + i), value, style, fmt)
        self.put(sh, "I%d" % (s + 3), "landelijke schatting; het rapport impliceert ca. 23% (zie Toelichting)")
        chart_row = s + len(rows) + 3
        sh.Rows.getByIndex(chart_row - 2).IsStartOfNewPage = True
        self.put(sh, "A%d" % (chart_row - 1), "Grafiek", SUBTITLE)
        bottom = self.chart(sh, "PrevalentiePerGebied", "A%d" % chart_row, 0, 30.0, 11.0,
                   ("B5:B%d" % z, "J5:J%d" % z, "H5:H%d" % z),
                   "EPA-prevalentie per gebied: werkelijk en voorspeld (per 1.000 volwassenen)", False, False,
                   "per 1.000 volwassenen")
        self.print_area(sh, "A1:O%d" % self.row_below(sh, bottom))     # charts outside it are not printed

    def regio(self, sh):
        self.widths(sh, (7.6, 3.4, 3.4, 3.4, 3.4, 3.4, 3.4))
        self.put(sh, "A1", "GGZ-budget en capaciteit per scenario (referentiekader, bijlage 3)", TITLE)
        self.put(sh, "A2", EXAMPLE_NOTE + " Vul de gele cellen in voor uw eigen regio.", WARN)
        self.legend(sh, 3, "A3", "B3", "C3", "D3")
        self.addin_check(sh, "A4")
        self.put(sh, "A5", "Invoer", SUBTITLE)
        budget = "B%d" % R_BUDGET
        inputs = (
            (R_NAME, "Naam van de regio", "Voorbeeldregio", None, ""),
            (R_INHAB, "Inwoners (alle leeftijden)", 250000, "#.##0", "centrumgemeenteregio: 200.000 tot 600.000"),
            (R_PER100K, "GGZ-uitgaven per 100.000 inwoners", 38000000, "[$€-413] #.##0",
             "landelijk gemiddelde 2014: € 38 miljoen"),
            (R_OWN, "Eigen totaal GGZ-budget (optioneel)", None, "[$€-413] #.##0",
             "leeg laten: inwoners x bedrag per 100.000"),
            (R_TARGET, "Doelscenario van het transitiepad", "wijk", None, "intensivering of wijk"),
            (R_BOUND, "Grens bij normen met een bandbreedte", "midden", None, "laag, midden of hoog"),
            (R_START, "Startjaar van het transitiepad", 2025, "0", "in vijf jaar van de verdeling van 2014 naar het doel"),
        )
        for row, label, value, fmt, note in inputs:
            self.put(sh, "A%d" % row, label)
            self.put(sh, "B%d" % row, value, INPUT, fmt)
            if note:
                self.put(sh, "C%d" % row, note)
        self.list_validation(self.cell(sh, "B%d" % R_TARGET), ("intensivering", "wijk"))
        self.list_validation(self.cell(sh, "B%d" % R_BOUND), ("laag", "midden", "hoog"))
        self.put(sh, "A%d" % R_BUDGET, "Totaal GGZ-budget per jaar", TOTAL)
        self.put(sh, budget, "=IF(ISBLANK(B{o});GGZBUDGET(B{i};B{p});B{o})".format(
            o=R_OWN, i=R_INHAB, p=R_PER100K), TOTAL, "[$€-413] #.##0")
        self.put(sh, "C%d" % R_BUDGET, "het eigen budget als dat is ingevuld, anders inwoners x bedrag per 100.000")

        def table_head(row, title, first, cols):
            self.put(sh, "A%d" % (row - 1), title, SUBTITLE)
            self.put(sh, "A%d" % row, first, HEADER)
            for i, h in enumerate(cols):
                self.put(sh, "%s%d" % ("BCDEFG"[i], row), h, HEADER)
            sh.Rows.getByIndex(row - 1).OptimalHeight = True

        heads = tuple(label for _, label in SCENARIOS)
        table_head(R_BUD_HEAD, "Budget per categorie (euro per jaar)", "Categorie", heads)
        self.put(sh, "A%d" % (R_BUD_HEAD + len(CATEGORIES) + 2),
                 "Ambulant EPA: inclusief alle ambulante ondersteuning uit de Wmo.")
        table_head(R_SHARE_HEAD, "Aandeel van het totale GGZ-budget", "Categorie", heads)
        for i, (code, label) in enumerate(CATEGORIES + (("totaal", "Totaal"),), start=1):
            total = code == "totaal"
            style = TOTAL if total else CALC
            for head, fn, fmt in ((R_BUD_HEAD, '=SCENARIOBUDGET($B$%d;"{s}";"{c}")' % R_BUDGET, "[$€-413] #.##0"),
                                  (R_SHARE_HEAD, '=SCENARIOSHARE("{s}";"{c}")', "0,0%")):
                self.put(sh, "A%d" % (head + i), label, TOTAL if total else None)
                for j, (scode, _) in enumerate(SCENARIOS):
                    self.put(sh, "%s%d" % ("BCD"[j], head + i), fn.format(s=scode, c=code), style, fmt)

        table_head(R_CAP_HEAD, "Capaciteit voor de regio (aantallen: norm per 100.000 x inwoners / 100.000)",
                   "Onderdeel", heads + ("Norm per 100.000 inwoners (rapport)",))
        self.cell(sh, "E%d:G%d" % (R_CAP_HEAD, R_CAP_HEAD)).merge(True)
        for i, (alias, label, defined, note) in enumerate(CAPACITY, start=1):
            r = R_CAP_HEAD + i
            self.put(sh, "A%d" % r, label)
            for j, (scode, _) in enumerate(SCENARIOS):
                ref = "%s%d" % ("BCD"[j], r)
                if defined[j]:
                    self.put(sh, ref, '=SCENARIOCAPACITY("{s}";"{a}";$B${i};$B${b})'.format(
                        s=scode, a=alias, i=R_INHAB, b=R_BOUND), CALC, "#.##0,0")
                else:
                    self.put(sh, ref, "–", CALC, None, CENTER)
            self.put(sh, "E%d" % r, note)
            self.cell(sh, "E%d:G%d" % (r, r)).merge(True)
        last_cap = R_CAP_HEAD + len(CAPACITY)
        self.put(sh, "A%d" % (last_cap + 1), "– : dit scenario noemt geen norm voor dit onderdeel. "
                 "Normen met een bandbreedte (zoals 60-70) volgen de gekozen grens in B%d." % R_BOUND)

        # Transition path: categories down, years across.
        p = R_PATH_HEAD
        self.put(sh, "A%d" % (p - 1), "Transitiepad naar het doelscenario (euro per jaar)", SUBTITLE)
        self.put(sh, "A%d" % p, "Jaar", HEADER)
        self.put(sh, "A%d" % (p + 1), "Voortgang (0% = verdeling 2014)", HEADER)
        for k in range(YEARS + 1):
            col = "BCDEFG"[k]
            self.put(sh, "%s%d" % (col, p), "=$B$%d+%d" % (R_START, k), HEADER, "0", RIGHT)
            self.put(sh, "%s%d" % (col, p + 1), "=%d/%d" % (k, YEARS), HEADER, "0%", RIGHT)
            for i, (code, label) in enumerate(CATEGORIES + (("totaal", "Totaal"),), start=2):
                total = code == "totaal"
                self.put(sh, "A%d" % (p + i), label, TOTAL if total else None)
                self.put(sh, "%s%d" % (col, p + i),
                         '=SCENARIOBUDGET($B${b};$B${t};"{c}";{col}{pr})'.format(
                             b=R_BUDGET, t=R_TARGET, c=code, col=col, pr=p + 1),
                         TOTAL if total else CALC, "[$€-413] #.##0")
        last_path = p + 1 + len(CATEGORIES) + 1

        chart_row = last_path + 3
        self.put(sh, "A%d" % (chart_row - 1), "Grafieken", SUBTITLE)
        money = self.fmt('[$€-413] #.##0.. "mln"')
        bottom = self.chart(sh, "BudgetPerScenario", "A%d" % chart_row, 0, 15.6, 9.5,
                   ("A%d:D%d" % (R_BUD_HEAD, R_BUD_HEAD + len(CATEGORIES)),),
                   "Verdeling van het budget per scenario", True, True, "aandeel van het totale GGZ-budget",
                   None, horizontal=True, percent=True)
        bottom = self.chart(sh, "Transitiepad", "A%d" % chart_row, 16.0, 12.0, 9.5,
                   ("A%d:G%d" % (p, p), "A%d:G%d" % (p + 2, p + 1 + len(CATEGORIES))),
                   "Transitiepad naar het doelscenario", True, True, "euro per jaar", money)
        self.print_area(sh, "A1:G%d" % self.row_below(sh, bottom))
        sh.Rows.getByIndex(R_CAP_HEAD - 2).IsStartOfNewPage = True
        sh.Rows.getByIndex(R_PATH_HEAD - 2).IsStartOfNewPage = True

    def toelichting(self, sh):
        self.widths(sh, (26.0,))
        paragraphs = [
            ("EPA-planning: toelichting", TITLE),
            (EXAMPLE_NOTE + " Alle cijfers in de bladen Gebieden en Regio zijn verzonnen voorbeelden.", WARN),
            None,
            ("Prevalentie per PC4-gebied (bijlage 4 van het handboek voor een regionale EPA-agenda)", SUBTITLE),
            ("EPAPREV voorspelt de EPA-zorgprevalentie per 1.000 volwassenen: 0,1574 x % eenpersoonshuishoudens "
             "+ 0,9021 x % WWB + 0,6106 x % AO + een constante per stedelijkheidsklasse van de OAD (zeer sterk "
             "stedelijk 6,8316; sterk 5,2911; matig 4,1876; weinig 3,1802; niet stedelijk 2,0722, erratum maart "
             "2017). Percentages in procentpunten (23,14 voor 23,14%). EPACOUNT = EPAPREV x volwassenen / 1.000.",
             TEXT),
            ("Stedelijkheid volgt de CBS-nummering: 1 = zeer sterk stedelijk (OAD 2.500 of meer) tot 5 = niet "
             "stedelijk (onder 500); een grenswaarde hoort bij de stedelijkere klasse. Het rapport nummert met "
             "Romeinse cijfers andersom.", TEXT),
            ("De 75%-band (EPABAND) is het bereik waarin in 75% van de gebieden de werkelijke prevalentie lag "
             "(voorspeld -4,4 tot +4,7 per 1.000, gegevens 2014); de ondergrens is minstens 0. De afwijking "
             "(EPADEVIATION) is de kleinste band (25, 50, 75, 90 of 95%) die werkelijk min voorspeld bevat. "
             "Een voorspelling boven de werkelijke waarde kan betekenen dat mensen met EPA niet door de zorg worden "
             "bereikt; een werkelijke waarde boven 42,5 per 1.000 wijst meestal op een instelling met bewoners in "
             "het gebied (EPAINSTITUTIONAL).", TEXT),
            ("EPAPOPULATION rekent van mensen in zorg naar alle mensen met EPA: in zorg / (1 - aandeel niet in "
             "zorg), standaard 25% niet in zorg. Let op: het rapport noemt 216.000 in zorg en 281.000 in totaal; "
             "dat komt neer op ongeveer 23% niet in zorg, terwijl 25% 288.000 zou geven.", TEXT),
            None,
            ("Referentiekader (bijlage 3)", SUBTITLE),
            ("GGZ-uitgaven landelijk gemiddeld 2014: circa 38 miljoen euro per 100.000 inwoners (GGZBUDGET); vul "
             "een eigen budget in als dat bekend is. Verdeling van het budget over klinisch / beschermd wonen / "
             "ambulant EPA / ambulant overig: huidig 38 / 18 / 12 / 32%, scenario 1 (intensivering ambulante zorg) "
             "27,5 / 12,5 / 30 / 30%, scenario 2 (geïntegreerde GGZ in de wijk) 20 / 5 / 50 / 25%. De eurobedragen "
             "in het rapport zijn afgerond en worden niet gebruikt.", TEXT),
            ("Het transitiepad schuift elk jaar een vijfde op van de verdeling van 2014 naar die van het "
             "doelscenario (voortgang 0 tot 1: het vierde argument van SCENARIOBUDGET).", TEXT),
            ("Capaciteitsnormen zijn per 100.000 inwoners en worden geschaald naar de inwoners van de regio "
             "(SCENARIOCAPACITY). Waar het rapport een bandbreedte geeft (bijvoorbeeld 60-70 bedden) kiest u "
             "laag, midden of hoog; een onderdeel dat een scenario niet kent staat als '–'.", TEXT),
            None,
            ("Bronnen en functies", SUBTITLE),
            ("Handboek voor een regionale EPA-agenda, bijlagen 3 en 4; rapport over samenhang en financiering "
             "van zorg. De uitkomsten zijn voorspellingen van een model, geen gemeten prevalentie.", TEXT),
            ("De functies staan in de Functie-assistent (Invoegen > Functie) in de categorieën Statistisch, "
             "Financieel en Logisch, met Nederlandse uitleg bij elk argument.", TEXT),
            ("Zonder de extensie 'EPA regionale planningsfuncties' staat bovenaan de bladen Gebieden en Regio een "
             "rode waarschuwing. De getallen zijn dan de laatst opgeslagen uitkomsten en worden #NAAM? zodra Calc "
             "herberekent. Installeer de extensie (Extra > Extensiebeheer), start LibreOffice opnieuw en open het "
             "bestand weer; de formules blijven bewaard, ook als het bestand zonder de extensie is opgeslagen.",
             TEXT),
        ]
        row = 1
        for para in paragraphs:
            if para is None:
                row += 1
                continue
            text, style = para
            self.put(sh, "A%d" % row, text, style)
            if style == TEXT:
                sh.Rows.getByIndex(row - 1).OptimalHeight = True
                row += 1
                sh.Rows.getByIndex(row - 1).Height = 150     # a little space between paragraphs
            row += 1
        self.print_area(sh, "A1:A%d" % row)

    def print_area(self, sh, ref):
        sh.setPrintAreas((self.cell(sh, ref).RangeAddress,))

    def page_style(self):
        fam = self.doc.StyleFamilies.getByName("PageStyles")
        name = "EPA liggend"
        st = self.doc.createInstance("com.sun.star.style.PageStyle")
        fam.insertByName(name, st)
        st = fam.getByName(name)
        st.IsLandscape = True
        st.Width, st.Height = 29700, 21000
        for side in ("LeftMargin", "RightMargin"):
            st.setPropertyValue(side, 1200)
        st.TopMargin = st.BottomMargin = 1000
        st.ScaleToPagesX = 1
        st.ScaleToPagesY = 0
        st.CenterHorizontally = False
        st.HeaderIsOn = False
        st.FooterIsOn = True
        footer = st.RightPageFooterContent
        footer.CenterText.setString("")

        def fill(text, *parts):        # strings and field service names
            text.setString("")
            cur = text.createTextCursor()
            for part in parts:
                cur.gotoEnd(False)
                if part.startswith("com.sun.star."):
                    text.insertTextContent(cur, self.doc.createInstance(part), False)
                else:
                    text.insertString(cur, part, False)

        fill(footer.LeftText, "com.sun.star.text.TextField.SheetName")
        fill(footer.RightText, "pagina ", "com.sun.star.text.TextField.PageNumber", " van ",
             "com.sun.star.text.TextField.PageCount")
        st.RightPageFooterContent = footer
        st.LeftPageFooterContent = footer
        return name


def build(office, out):
    doc = office.new_calc()
    b = Builder(doc)
    b.styles()
    page = b.page_style()
    sheets = doc.Sheets
    first = sheets.getByIndex(0)
    first.Name = "Gebieden"
    sheets.insertNewByName("Regio", 1)
    sheets.insertNewByName("Toelichting", 2)
    for name in ("Gebieden", "Regio", "Toelichting"):
        sheets.getByName(name).PageStyle = page
    b.gebieden(sheets.getByName("Gebieden"))
    b.regio(sheets.getByName("Regio"))
    b.toelichting(sheets.getByName("Toelichting"))
    info = doc.DocumentProperties
    info.Title = "EPA-planning regio"
    info.Subject = "EPA-prevalentie per PC4-gebied en GGZ-budget per scenario"
    info.Description = EXAMPLE_NOTE + " Sjabloon van de EPA-planningsfuncties."
    info.Keywords = ("EPA", "GGZ", "planning", "sjabloon")
    info.Language = NL
    doc.calculateAll()
    broken = error_cells(doc)
    if broken:
        sys.exit("error cells in the template: %r" % broken)
    ctrl = doc.CurrentController
    if ctrl is not None:
        ctrl.setActiveSheet(sheets.getByName("Gebieden"))
        ctrl.freezeAtPosition(2, 5)
        ctrl.select(b.cell(sheets.getByName("Gebieden"), "C%d" % FIRST_AREA))
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    tmp = os.path.join(office.dir, "epa-planning.ots")   # the office user writes here
    doc.storeToURL(uno.systemPathToFileUrl(tmp), props(FilterName="calc8_template"))
    doc.close(True)
    with open(tmp, "rb") as src, open(out, "wb") as dst:
        dst.write(src.read())


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: %s build/epa-addin-VERSION.oxt OUTPUT.ots" % sys.argv[0])
    oxt, out = sys.argv[1], sys.argv[2]
    with Office(oxt, lang="nl_NL.UTF-8") as office:
        build(office, out)
    print("template written:", out, "(%d bytes)" % os.path.getsize(out))


if __name__ == "__main__":
    main()
