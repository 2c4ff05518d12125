"""Builds the Dutch planning template packaging/templates/EPA-planning/epa-planning.ots
and the Dutch guide packaging/help/handleiding.html that ships in the .oxt.

The template is made through the UNO API in a real headless Calc with the
extension installed (the formulas must compile against the add-in) and a
Dutch UI (so the default styles, page header and footer are Dutch and the
document language is nl-NL).  The .ots is committed; run `make template`
after changing this script and commit the result (tests/e2e/test_template_fresh.py
fails when the committed file is not what this script makes).

Usage: /usr/bin/python3 tools/make_template.py build/epa-addin-VERSION.oxt OUTPUT.ots [GUIDE.html]

The example is real: Utrecht, CBS Kerncijfers wijken en buurten (KWB) 2023,
gemeente and wijken (tools/data/kwb-2023-utrecht.csv, CC BY 4.0).

Layout (tests/e2e/test_template.py and tools/demo.py read these constants):
  CBS-gegevens  paste area: KWB header row CBS_HEAD, rows CBS_FIRST..CBS_LAST;
                the columns found by name in rows COLS_FIRST.. (number in C);
                the 18+ factor in B{R_FACTOR}; the source line A2.
  Gebieden      rows FIRST_AREA..LAST_AREA: one pasted CBS row each (column
                letters in GCOL); totals rows T_ALL.. ; summary rows S_*.
  Regio         inputs R_*, used values U_*, tables *_HEAD.
  Inventarisatie  annex 3's checklist rows INV_FIRST.., spending split SPEND_HEAD.
  Toelichting   the guide (GUIDE) and the model in words.
Every sheet repeats row 1 (region name) on each printed page; the footer
has the sheet, the extension version, the print date and the page number.
"""
import csv
import html
import os
import re
import sys
import zipfile

import uno  # noqa: E402
from com.sun.star.awt import Rectangle  # noqa: E402
from com.sun.star.beans import PropertyValue  # noqa: E402
from com.sun.star.lang import Locale  # noqa: E402
from com.sun.star.table import BorderLine2, CellAddress, CellRangeAddress  # noqa: E402
from com.sun.star.table.CellHoriJustify import CENTER, RIGHT  # noqa: E402
from com.sun.star.table.CellVertJustify import TOP  # noqa: E402
from com.sun.star.util import CellProtection  # noqa: E402

from office import Office, props  # noqa: E402
from sheets import ROOT, column_index as colnum, column_letters as letters, error_cells  # noqa: E402

NL = Locale("nl", "NL", "")
YELLOW = 0xFFF2B3        # input cells
BLUE = 0xE6EEF7          # computed cells
HEAD = 0xD5DEEA          # table headers
GREY = 0x9FAAB8          # cell borders
RED = 0xB00000
ADDIN_MISSING = "LET OP: extensie EPA-planningsfuncties ontbreekt; uitkomsten niet actueel."
SOURCE = "Bron: CBS, Kerncijfers wijken en buurten 2023, CC BY 4.0"
GUIDE_PATH = os.path.join(ROOT, "packaging", "help", "handleiding.html")
DATA = os.path.join(ROOT, "tools", "data")
# Cell styles (users see them in the Styles deck).
INPUT, CALC, HEADER, TOTAL = "EPA invoer", "EPA berekend", "EPA kop", "EPA totaal"
TITLE, SUBTITLE, WARN, TEXT = "EPA titel", "EPA tussenkop", "EPA waarschuwing", "EPA tekst"
EMPTY, PRINTLINE = "EPA leeg", "EPA printregel"


def read_kwb(path):
    """[{column: text}] of a KWB extract (tools/data/*.csv, ';'-separated)."""
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter=";"))


EXAMPLE_FILE = os.path.join(DATA, "kwb-2023-utrecht.csv")
EXAMPLE = read_kwb(EXAMPLE_FILE)        # gemeente Utrecht + its 10 wijken
# pasted with the wijken first, so the chart covers the wijken (rows FIRST_AREA..)
PASTED = [r for r in EXAMPLE if r["recs"] != "Gemeente"] + [r for r in EXAMPLE if r["recs"] == "Gemeente"]
N_CHART = sum(1 for r in EXAMPLE if r["recs"] != "Gemeente")
ADULT_FACTOR = 0.7                      # share of the 15-24 band that is 18-24 (7 of 10 years)

# ---- CBS-gegevens ----------------------------------------------------------
# (KWB column, meaning, needed for a prediction)
KWB = (
    ("gwb_code_10", "code van het gebied (GM, WK of BU)", False),
    ("regio", "naam van het gebied", False),
    ("recs", "soort gebied: Gemeente, Wijk of Buurt", False),
    ("a_inw", "inwoners (alle leeftijden)", True),
    ("a_15_24", "inwoners 15 tot 25 jaar", True),
    ("a_25_44", "inwoners 25 tot 45 jaar", True),
    ("a_45_64", "inwoners 45 tot 65 jaar", True),
    ("a_65_oo", "inwoners 65 jaar of ouder", True),
    ("a_hh", "particuliere huishoudens", True),
    ("a_1p_hh", "eenpersoonshuishoudens", True),
    ("a_soz_wb", "personen met bijstand (WWB, nu Participatiewet)", True),
    ("a_soz_ao", "personen met een AO-uitkering (WAO, WIA, Wajong)", True),
    ("ste_oad", "adressendichtheid OAD (adressen per km²)", True),
)
KWB_NAMES = tuple(k for k, _m, _n in KWB)
R_SOURCE = 2
R_FACTOR = 4
COLS_HEAD = 6
COLS_FIRST = COLS_HEAD + 1                # one row per KWB column, in KWB order
CBS_HEAD = COLS_FIRST + len(KWB) + 2       # the pasted header row
CBS_FIRST = CBS_HEAD + 1
N_AREAS = 40
CBS_LAST = CBS_FIRST + N_AREAS - 1
CBS_RIGHT = "ZZ"                           # columns searched for the header names

STATUS_OK = "berekend"
STATUS_UNKNOWN = "onbekend (CBS)"
STATUS_MUNI = "gemeente: niet in totaal"
STATUS_EMPTY = "geen inwoners"
STATUS_COLUMN = "kolom ontbreekt"

# ---- Gebieden --------------------------------------------------------------
GCOL = dict(code="A", name="B", kind="C", status="D", inh="E", oad="F", single="G", wwb="H", ao="I",
            adults="J", actual="K", urb="L", prev="M", count="N", low="O", high="P", dev="Q",
            inst="R", actual_n="S")
# raw KWB counts, copied per row (outside the print area): KWB column -> sheet column
RAW = dict(zip(KWB_NAMES[3:], ("U", "V", "W", "X", "Y", "Z", "AA", "AB", "AC", "AD")))
FIRST_AREA = 7
LAST_AREA = FIRST_AREA + N_AREAS - 1
T_HEAD = LAST_AREA + 2
T_ALL, T_ACTUAL, T_NOINST, T_INST, T_UNKNOWN = range(T_HEAD + 1, T_HEAD + 6)
S_HEAD = T_UNKNOWN + 8
(S_ADULTS, S_INCARE, S_NOTINCARE, S_POP, S_INH, S_INCARE_100K, S_POP_100K, S_INST, S_OUTSIDE,
 S_INH_ALL) = range(S_HEAD + 1, S_HEAD + 11)
S_VAL = "J"                                # summary values

# ---- Regio -----------------------------------------------------------------
SCENARIOS = (("huidig", "Landelijk 2014 (Tabel 1)"),
             ("intensivering", "Scenario 1: intensivering ambulante zorg"),
             ("wijk", "Scenario 2: geïntegreerde GGZ in de wijk"))
CATEGORIES = (("klinisch", "Klinisch"), ("beschermd wonen", "Beschermd wonen"),
              ("ambulant epa", "Ambulant EPA"),
              ("ambulant overig", "Ambulant overig"))
# (alias, Dutch label, defined in scenario 0/1/2, note): MODEL.md section 2.
CAPACITY = (
    ("factteams", "FACT-teams", (1, 1, 1), "2014: 2; sc. 1: 4; sc. 2: 5 (1 aandachtsteam per wijk)"),
    ("fte_fact", "Fte in FACT-teams", (1, 1, 0), "2014: 10 fte per team; sc. 1: 15 fte per team"),
    ("fact_clienten", "Cliënten in FACT-zorg", (1, 1, 1), "2014: 400-500; sc. 1: 800; sc. 2: 400-500"),
    ("fte_iht", "Fte intensieve thuisbehandeling (IHT)", (0, 1, 0), "sc. 1: 1 team van 12 fte"),
    ("fte_vip", "Fte vroege interventie psychose (VIP)", (0, 1, 0), "sc. 1: 10 fte per 150.000 inwoners"),
    ("wijkcentra", "Wijk-GGZ-centra (24x7)", (0, 0, 1), "sc. 2: 1 centrum per 20.000 inwoners"),
    ("wijk_fte", "Fte in wijk-GGZ-centra", (0, 0, 1), "sc. 2: 40 fte per centrum"),
    ("bedden", "Klinische bedden", (1, 1, 1), "2014: 100; sc. 1: 60-70; sc. 2: 40"),
    ("kortverblijf_bedden", "  waarvan kortdurend", (1, 1, 1), "2014: 60; sc. 1: 30-40; sc. 2: 20"),
    ("bw_plaatsen", "Plaatsen beschermd wonen", (1, 1, 1), "2014: 100; sc. 1: 60-70; sc. 2: 30-35"),
    ("vrijgekomen_fte", "Fte vrijgekomen uit BW, ingezet thuis", (0, 1, 0), "sc. 1: 30-40"),
    ("ervaringsdeskundigen", "Fte ervaringsdeskundigen", (0, 1, 0), "sc. 1: 15"),
)
YEARS = 5                                  # transition path: progress 0 -> 1 in five years
PATH_CAPACITY = (("bedden", "Klinische bedden"), ("bw_plaatsen", "Plaatsen beschermd wonen"),
                 ("factteams", "FACT-teams"))
VARIANT = ("fact_clienten", "factteams", "bedden", "bw_plaatsen")
REFERENCE_100K = 1650                      # midpoint of 1,500-1,800 per 100,000 (annex 3)

# Regio rows (1-based).
R_NAME, R_INHAB, R_PER100K, R_INDEX, R_OWN, R_TARGET, R_BOUND, R_START, R_REF = range(7, 16)
U_HEAD = R_REF + 2
U_INHAB, U_BOUND, U_TARGET, U_BUDGET = range(U_HEAD + 1, U_HEAD + 5)
R_BUDGET = U_BUDGET
R_BUD_HEAD = U_BUDGET + 4                  # budget table header; categories below, total after
R_SHARE_HEAD = R_BUD_HEAD + len(CATEGORIES) + 5
R_FIN_HEAD = R_SHARE_HEAD + len(CATEGORIES) + 4
FINANCING = (   # Tabel 1 (annex 3): share of the national 2014 GGZ spending, who paid in 2014
    ("Klinische GGZ", "klinisch", 0.38, "Zvw en AWBZ"),
    ("Beschermd wonen", "beschermd wonen", 0.18, "AWBZ (sinds 2015 Wmo, gemeente)"),
    ("Ambulant EPA: Zvw", "ambulant epa", 0.07, "Zvw (zorgverzekeraar)"),
    ("Ambulant EPA: AWBZ, nu Wmo", "ambulant epa", 0.05, "AWBZ, nu Wmo (gemeente)"),
    ("Ambulant overig (Zvw, niet-EPA)", "ambulant overig", 0.32, "Zvw (zorgverzekeraar)"),
)
R_CAP_HEAD = R_FIN_HEAD + len(FINANCING) + 8
CAP_ROW = {alias: R_CAP_HEAD + 1 + i for i, (alias, _l, _d, _n) in enumerate(CAPACITY)}
R_LINK_HEAD = R_CAP_HEAD + len(CAPACITY) + 10
LINK = ("incare", "pop", "nat_low", "nat_high", "target_pop", "fact0", "fact1", "fact2")
L_ROW = {k: R_LINK_HEAD + 1 + i for i, k in enumerate(LINK)}
R_VAR_HEAD = R_LINK_HEAD + len(LINK) + 10
R_VAR_FACTOR = R_VAR_HEAD - 2
R_PATH_HEAD = R_VAR_HEAD + len(VARIANT) + 6
PATH_PROGRESS = R_PATH_HEAD + 1
PATH_FIRST_CAT = R_PATH_HEAD + 2
PATH_TOTAL = PATH_FIRST_CAT + len(CATEGORIES)
PATH_CAP_FIRST = PATH_TOTAL + 2

# ---- Inventarisatie (checklist of annex 3) ---------------------------------
# (label, level 0 = heading total / 1 = item / 2 = sub-item, capacity alias or None, unit, spending group)
CHECKLIST = (
    ("Ambulante GGZ totaal", 0, None, None, "amb_total"),
    ("POH-GGZ", 1, None, None, None),
    ("Basis GGZ", 1, None, None, None),
    ("Specialistische GGZ (totaal)", 1, None, None, None),
    ("FACT", 2, "fte_fact", "fte", "epa"),
    ("IHT", 2, "fte_iht", "fte", "epa"),
    ("VIP", 2, "fte_vip", "fte", "epa"),
    ("Ambulante begeleiding", 2, None, None, "epa"),
    ("Geïntegreerde wijkvoorzieningen", 2, "wijk_fte", "fte", "epa"),
    ("Andere ambulante GGZ-voorzieningen vooral voor mensen met EPA", 2, None, None, "epa"),
    ("Intramurale GGZ totaal", 0, "bedden", "plaatsen", "klinisch"),
    ("Voorzieningen voor het eerste opnamejaar", 1, "kortverblijf_bedden", "plaatsen", None),
    ("Voorzieningen voor langdurig verblijf", 1, None, None, None),
    ("Beschermd wonen", 0, "bw_plaatsen", "plaatsen", "bw"),
    ("Justitiële intramurale voorzieningen", 0, None, None, None),
    ("Overig", 0, None, None, None),
)
SHORT = {"fte_fact": "fte FACT-teams", "fte_iht": "fte IHT", "fte_vip": "fte VIP", "wijk_fte": "fte wijk-GGZ-centra",
         "bedden": "klinische bedden", "kortverblijf_bedden": "kortdurende bedden", "bw_plaatsen": "plaatsen BW"}
INV_HEAD = 8
INV_FIRST = INV_HEAD + 1
INV_LAST = INV_FIRST + len(CHECKLIST) - 1
INV_FTE, INV_PLACES, INV_EUR = "B", "C", "D"
INV_NORM = ("F", "G", "H")                 # norm for the region per scenario
INV_GAP = ("I", "J", "K")                  # norm minus entered value
SPEND_HEAD = INV_LAST + 6
SPEND = (("klinisch", "Klinisch (intramurale GGZ)"), ("beschermd wonen", "Beschermd wonen"),
         ("ambulant epa", "Ambulant EPA"), ("ambulant overig", "Ambulant overig"))


def oxt_version(oxt):
    with zipfile.ZipFile(oxt) as z:
        m = re.search(r'<version value="([^"]+)"', z.read("description.xml").decode("utf-8"))
    return m.group(1) if m else "?"


CBS = "$'CBS-gegevens'"


def cbs_col(name):
    """Absolute reference to the found column number of a KWB column."""
    return "%s.$C$%d" % (CBS, COLS_FIRST + KWB_NAMES.index(name))


class Builder:
    def __init__(self, doc, version):
        self.doc = doc
        self.version = version
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
        make(PRINTLINE, CharHeight=8.0, CharColor=0x505050)
        none = BorderLine2()
        make(EMPTY, CellBackColor=0xFFFFFF, TopBorder=none, BottomBorder=none, LeftBorder=none,
             RightBorder=none, CharColor=0xFFFFFF)
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

    def legend(self, sheet, swatch_in, swatch_calc, text):
        self.put(sheet, swatch_in, "Invoer", INPUT)
        self.put(sheet, swatch_calc, "Berekend", CALC)
        self.put(sheet, text, "Geel: vul zelf in. Blauw: formule, niet overschrijven.")

    def addin_check(self, sheet, ref):
        """A cell that warns when the add-in is missing.  It keeps the default
        number format on purpose: Calc evaluates such formula cells when it
        opens a file, while cells with an explicit format show the value
        saved in the file until the next recalculation."""
        self.put(sheet, ref, '=IF(ISERROR(EPAURBANITY(1000));"%s";"")' % ADDIN_MISSING, WARN)

    def print_line(self, sheet):
        """Row 1, repeated on every printed page: the region's name."""
        self.put(sheet, "A1", '="Regio: "&IF(ISBLANK($Regio.$B$%d);"(naam invullen op blad Regio)";'
                 '$Regio.$B$%d)' % (R_NAME, R_NAME), PRINTLINE)
        sheet.PrintTitleRows = True
        sheet.TitleRows = CellRangeAddress(sheet.RangeAddress.Sheet, 0, 0, 0, 0)

    def _validation(self, cell, kind, f1, f2, title, message, op="BETWEEN"):
        v = cell.Validation
        v.Type = uno.Enum("com.sun.star.sheet.ValidationType", kind)
        if kind != "LIST":
            v.Operator = uno.Enum("com.sun.star.sheet.ConditionOperator", op)
        v.Formula1 = f1
        if f2 is not None:
            v.Formula2 = f2
        v.IgnoreBlankCells = True
        v.ShowErrorMessage = True
        v.ErrorTitle = title
        v.ErrorMessage = message
        v.ShowInputMessage = True
        v.InputTitle = title
        v.InputMessage = message
        cell.Validation = v

    def list_validation(self, cell, items):
        self._validation(cell, "LIST", ";".join('"%s"' % s for s in items), None, "Keuzelijst",
                         "Kies een van: " + ", ".join(items))
        v = cell.Validation
        v.ShowList = 1
        cell.Validation = v

    def number_validation(self, cell, low, high, message, whole=False):
        kind = "WHOLE" if whole else "DECIMAL"
        if high is None:
            self._validation(cell, kind, str(low), None, "Getal", message, "GREATER_EQUAL")
        else:
            self._validation(cell, kind, str(low), str(high), "Getal", message)

    def empty_rows_plain(self, sheet, rng, status_ref):
        """Rows without data print plain white (conditional format)."""
        r = self.cell(sheet, rng)
        cf = r.ConditionalFormat
        cf.clear()
        first = rng.split(":")[0]
        addr = self.cell(sheet, first).CellAddress

        def pv(name, value):
            p = PropertyValue()
            p.Name, p.Value = name, value
            return p
        cf.addNew((pv("Operator", uno.Enum("com.sun.star.sheet.ConditionOperator", "FORMULA")),
                   pv("Formula1", '%s=""' % status_ref), pv("StyleName", EMPTY),
                   pv("SourcePosition", CellAddress(addr.Sheet, addr.Column, addr.Row))))
        r.ConditionalFormat = cf

    def head_row(self, sh, row, heads, first_col=0):
        for i, h in enumerate(heads):
            self.put(sh, "%s%d" % (letters(first_col + i), row), h, HEADER)
        sh.Rows.getByIndex(row - 1).OptimalHeight = True

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

    @staticmethod
    def fit_headers(sh):
        """Widens columns so that no header word breaks on screen: every word
        of a (non-merged) header cell fits at 9 pt bold, about 0.21 cm per
        character plus the cell margins (tests/e2e/test_template.py checks the
        same rule)."""
        cur = sh.createCursor()
        cur.gotoEndOfUsedArea(False)
        end = cur.RangeAddress
        for c in range(end.EndColumn + 1):
            col = sh.Columns.getByIndex(c)
            need = col.Width
            for r in range(end.EndRow + 1):
                cell = sh.getCellByPosition(c, r)
                if cell.CellStyle == HEADER and not cell.IsMerged and cell.getString():
                    need = max([need] + [len(w) * 210 + 350 for w in cell.getString().split()])
            col.Width = need

    def print_area(self, sh, ref):
        sh.setPrintAreas((self.cell(sh, ref).RangeAddress,))

    # -- CBS-gegevens --------------------------------------------------------
    def cbs(self, sh, rows):
        self.widths(sh, (3.2, 8.8, 3.0, 3.6) + (2.2,) * 12)
        self.print_line(sh)
        self.put(sh, "A%d" % R_SOURCE, SOURCE, INPUT)
        self.cell(sh, "A%d:C%d" % (R_SOURCE, R_SOURCE)).merge(True)
        self.put(sh, "D%d" % R_SOURCE, "<- bron van de geplakte cijfers; pas aan als u eigen cijfers plakt")
        self.put(sh, "A3", "Plak hier rijen uit een CBS-download van de Kerncijfers wijken en buurten (cbs.nl, "
                 "StatLine of de kaart-download): klik op cel A%d en plak de kopregel met de kolomnamen (zoals "
                 "a_inw) en daaronder tot %d rijen (de gemeente en haar wijken, of buurten). De kolommen "
                 "mogen in elke volgorde staan en er mogen meer kolommen zijn: ze worden op naam gevonden. "
                 "Een punt (.) of een andere niet-numerieke waarde betekent: niet bekend bij CBS."
                 % (CBS_HEAD, N_AREAS), TEXT)
        self.cell(sh, "A3:P3").merge(True)
        sh.Rows.getByIndex(2).Height = 1400
        self.put(sh, "A%d" % R_FACTOR, "Factor 18+", None)
        self.put(sh, "B%d" % R_FACTOR, ADULT_FACTOR, INPUT, "0,00")
        self.number_validation(self.cell(sh, "B%d" % R_FACTOR), 0, 1, "Een getal van 0 tot en met 1 (standaard 0,7).")
        self.put(sh, "C%d" % R_FACTOR, "deel van de 15-24-jarigen dat 18+ is (0 tot 1). CBS geeft geen aantal "
                 "18-plussers; benadering: volwassenen = 0,7 x (15-24 jaar) + 25-44 + 45-64 + 65+.")
        self.put(sh, "A%d" % (COLS_HEAD - 1), "Gevonden kolommen", SUBTITLE)
        self.head_row(sh, COLS_HEAD, ("CBS-kolom", "Betekenis", "Kolomnummer", "Status"))
        hdr = "$A$%d:$%s$%d" % (CBS_HEAD, CBS_RIGHT, CBS_HEAD)
        for i, (name, meaning, needed) in enumerate(KWB):
            r = COLS_FIRST + i
            self.put(sh, "A%d" % r, name)
            self.put(sh, "B%d" % r, meaning)
            self.put(sh, "C%d" % r, '=IFERROR(MATCH(A%d;%s;0);"")' % (r, hdr), CALC, "0", CENTER)
            self.put(sh, "D%d" % r, '=IF(C%d="";"%s";"gevonden")' % (
                r, "ontbreekt" if needed else "ontbreekt (alleen voor de naam)"), CALC)
        self.put(sh, "A%d" % (CBS_HEAD - 1), "Geplakte CBS-gegevens (kopregel in rij %d)" % CBS_HEAD, SUBTITLE)
        names = list(rows[0].keys())
        for j, name in enumerate(names):
            self.put(sh, "%s%d" % (letters(j), CBS_HEAD), name, INPUT)
        for i, row in enumerate(rows):
            for j, name in enumerate(names):
                v = row[name]
                try:
                    num = float(v)
                except ValueError:
                    num = None
                self.put(sh, "%s%d" % (letters(j), CBS_FIRST + i), num if num is not None else v, INPUT)
        # the rest of the paste area is yellow too
        self.cell(sh, "A%d:%s%d" % (CBS_FIRST + len(rows), letters(len(names) - 1), CBS_LAST)).CellStyle = INPUT
        self.fit_headers(sh)
        self.print_area(sh, "A1:%s%d" % (letters(max(len(names), 4) - 1), CBS_FIRST + len(rows) + 1))

    # -- Gebieden ------------------------------------------------------------
    def gebieden(self, sh, n_example):
        g = GCOL
        widths = {"A": 2.4, "B": 4.8, "C": 2.3, "D": 4.4, "E": 2.2, "F": 2.3, "G": 2.6, "H": 2.6, "I": 2.6,
                  "J": 2.6, "K": 2.4, "L": 2.3, "M": 2.4, "N": 2.4, "O": 2.1, "P": 2.1, "Q": 2.3, "R": 2.6,
                  "S": 2.4, "T": 0.6}
        for col, w in widths.items():
            sh.Columns.getByIndex(colnum(col)).Width = int(w * 1000)
        self.print_line(sh)
        self.put(sh, "A2", "EPA-prevalentie per wijk of buurt (uit de CBS-gegevens)", TITLE)
        self.addin_check(sh, "J2")
        self.put(sh, "A3", "=%s.$A$%d" % (CBS, R_SOURCE))
        self.put(sh, "A4", "Kolommen A tot en met J komen uit blad CBS-gegevens. Vul alleen 'Werkelijk per 1.000' in "
                 "als u eigen cijfers over zorggebruik heeft (Vektis of de eigen GGZ-registratie); anders leeg "
                 "laten. Volwassenen (18+) zijn een benadering, zie blad CBS-gegevens.")
        self.legend(sh, "A5", "B5", "C5")
        heads = {
            "code": "Code", "name": "Gebied", "kind": "Soort", "status": "Status",
            "inh": "Inwoners", "oad": "OAD (adressen per km²)", "single": "Eenpersoons- huishoudens (%)",
            "wwb": "Bijstand, WWB (% inwoners)", "ao": "AO-uitkering (% inwoners)",
            "adults": "Volwassenen (18+, benadering)", "actual": "Werkelijk per 1.000",
            "urb": "Klasse stedelijk (CBS 1-5)", "prev": "Voorspeld per 1.000", "count": "Voorspeld aantal in zorg",
            "low": "Band 75%: laag", "high": "Band 75%: hoog", "dev": "Werkelijk valt binnen (kleinste band)",
            "inst": "Instelling? (werkelijk > 42,5)", "actual_n": "Werkelijk aantal in zorg",
        }
        hrow = FIRST_AREA - 1
        for key, text in heads.items():
            self.put(sh, "%s%d" % (g[key], hrow), text, HEADER)
        self.put(sh, "U%d" % (hrow - 1), "CBS-aantallen per rij (overgenomen uit blad CBS-gegevens; "
                 "leeg = onbekend)", SUBTITLE)
        for name, col in RAW.items():
            self.put(sh, "%s%d" % (col, hrow), name, HEADER)
            sh.Columns.getByIndex(colnum(col)).Width = 2000
        sh.Rows.getByIndex(hrow - 1).OptimalHeight = True
        factor = "IF(ISNUMBER(%s.$B$%d);%s.$B$%d;%s)" % (CBS, R_FACTOR, CBS, R_FACTOR, str(ADULT_FACTOR))
        for n in range(N_AREAS):
            r = FIRST_AREA + n
            k = CBS_FIRST + n
            src = "%s.$A$%d:$%s$%d" % (CBS, k, CBS_RIGHT, k)

            def text_of(name):
                return '=IFERROR(INDEX(%s;1;%s)&"";"")' % (src, cbs_col(name))
            for key, name in (("code", "gwb_code_10"), ("name", "regio"), ("kind", "recs")):
                self.put(sh, "%s%d" % (g[key], r), text_of(name), CALC)
            raw = {}
            for name, col in RAW.items():
                self.put(sh, "%s%d" % (col, r), '=IFERROR(VALUE(INDEX(%s;1;%s));"")' % (src, cbs_col(name)),
                         CALC, "#.##0")
                raw[name] = "%s%d" % (col, r)
            first, last = RAW["a_inw"], RAW["ste_oad"]
            st = "%s%d" % (g["status"], r)
            ok = '%s="%s"' % (st, STATUS_OK)
            self.put(sh, st,
                     '=IF(COUNTA({src})=0;"";IF({kind}="Gemeente";"{muni}";IF(COUNT({cols})<{ncols};"{col}";'
                     'IF(COUNT({f}{r}:{l}{r})<{nraw};"{unk}";IF(OR({inw}=0;{hh}=0);"{empty}";"{ok}")))))'.format(
                         src=src, kind="%s%d" % (g["kind"], r), muni=STATUS_MUNI,
                         cols="%s.$C$%d:$C$%d" % (CBS, COLS_FIRST + 3, COLS_FIRST + len(KWB) - 1),
                         ncols=len(KWB) - 3, col=STATUS_COLUMN, f=first, l=last, r=r, nraw=len(RAW),
                         unk=STATUS_UNKNOWN, inw=raw["a_inw"], hh=raw["a_hh"], empty=STATUS_EMPTY, ok=STATUS_OK),
                     CALC)

            def calc(key, expr, fmt, align=None):
                self.put(sh, "%s%d" % (g[key], r), '=IF(%s;%s;"")' % (ok, expr), CALC, fmt, align)
            calc("inh", raw["a_inw"], "#.##0")
            calc("oad", raw["ste_oad"], "#.##0")
            calc("single", "%s/%s*100" % (raw["a_1p_hh"], raw["a_hh"]), "0,00")
            calc("wwb", "%s/%s*100" % (raw["a_soz_wb"], raw["a_inw"]), "0,00")
            calc("ao", "%s/%s*100" % (raw["a_soz_ao"], raw["a_inw"]), "0,00")
            calc("adults", "%s*%s+%s+%s+%s" % (factor, raw["a_15_24"], raw["a_25_44"], raw["a_45_64"],
                                             raw["a_65_oo"]), "#.##0")
            cell = self.put(sh, "%s%d" % (g["actual"], r), None, INPUT, "0,0")
            self.number_validation(cell, 0, 1000, "Werkelijke prevalentie per 1.000 volwassenen: 0 tot 1.000; "
                                   "leeg laten als u die niet heeft.")
            c = {key: "%s%d" % (g[key], r) for key in g}
            calc("urb", "EPAURBANITY(%s)" % c["oad"], "0", CENTER)
            calc("prev", "EPAPREV(%s;%s;%s;%s)" % (c["oad"], c["single"], c["wwb"], c["ao"]), "0,0")
            calc("count", "EPACOUNT(%s;%s;%s;%s;%s)" % (c["oad"], c["single"], c["wwb"], c["ao"], c["adults"]),
                 "#.##0")
            calc("low", 'EPABAND(%s;75;"laag")' % c["prev"], "0,0")
            calc("high", 'EPABAND(%s;75;"hoog")' % c["prev"], "0,0")
            has = "AND(%s;ISNUMBER(%s))" % (ok, c["actual"])
            self.put(sh, c["dev"], '=IF(%s;EPADEVIATION(%s;%s);"")' % (has, c["actual"], c["prev"]),
                     CALC, '[<1]0%"-band";"buiten 95%-band"', CENTER)
            self.put(sh, c["inst"], '=IF(%s;IF(EPAINSTITUTIONAL(%s);"ja";"nee");"")' % (has, c["actual"]),
                     CALC, None, CENTER)
            self.put(sh, c["actual_n"], '=IF(%s;%s*%s/1000;"")' % (has, c["actual"], c["adults"]), CALC, "#.##0")
        a, z = FIRST_AREA, LAST_AREA
        self.empty_rows_plain(sh, "A%d:S%d" % (a, z), "$D%d" % a)

        # Totals: each row says what it covers.
        col = {key: "%s%d:%s%d" % (g[key], a, g[key], z) for key in g}
        self.put(sh, "A%d" % (T_HEAD - 0), "Totalen (elke rij zegt welke gebieden)", HEADER)
        self.cell(sh, "A%d:C%d" % (T_HEAD, T_HEAD)).merge(True)
        for key, text in (("status", "Aantal gebieden"), ("inh", "Inwoners"), ("adults", "Volwassenen (18+)"),
                          ("actual", "Werkelijk per 1.000"), ("prev", "Voorspeld per 1.000"),
                          ("count", "Voorspeld aantal in zorg"), ("actual_n", "Werkelijk aantal in zorg")):
            self.put(sh, "%s%d" % (g[key], T_HEAD), text, HEADER)
        ok_crit = '%s;"%s"' % (col["status"], STATUS_OK)
        crits = {
            T_ALL: ok_crit,
            T_ACTUAL: '%s;%s;"<>"' % (ok_crit, col["actual"]),
            T_NOINST: '%s;%s;"nee"' % (ok_crit, col["inst"]),
            T_INST: '%s;%s;"ja"' % (ok_crit, col["inst"]),
        }
        labels = {
            T_ALL: "Alle berekende gebieden (voorspeld)",
            T_ACTUAL: "Gebieden met werkelijke waarde",
            T_NOINST: "Idem, zonder instellingsgebieden",
            T_INST: "Instellingsgebieden (> 42,5)",
        }
        self.cell(sh, "A%d:S%d" % (T_ALL, T_UNKNOWN)).CellStyle = TOTAL
        for t, crit in crits.items():
            self.put(sh, "A%d" % t, labels[t], TOTAL)
            self.cell(sh, "A%d:C%d" % (t, t)).merge(True)
            self.put(sh, "%s%d" % (g["status"], t), "=COUNTIFS(%s)" % crit, TOTAL, "0")
            for key in ("inh", "adults", "count", "actual_n"):
                if t == T_ALL and key == "actual_n":
                    continue
                self.put(sh, "%s%d" % (g[key], t), "=SUMIFS(%s;%s)" % (col[key], crit), TOTAL, "#.##0")
            ad, cnt, act = ("%s%d" % (g[k], t) for k in ("adults", "count", "actual_n"))
            self.put(sh, "%s%d" % (g["prev"], t), '=IF(%s>0;%s/%s*1000;"")' % (ad, cnt, ad), TOTAL, "0,0")
            if t != T_ALL:
                self.put(sh, "%s%d" % (g["actual"], t), '=IF(%s>0;%s/%s*1000;"")' % (ad, act, ad), TOTAL, "0,0")
        self.put(sh, "A%d" % T_UNKNOWN, "Niet meegeteld: %s" % STATUS_UNKNOWN, TOTAL)
        self.cell(sh, "A%d:C%d" % (T_UNKNOWN, T_UNKNOWN)).merge(True)
        self.put(sh, "%s%d" % (g["status"], T_UNKNOWN), '=COUNTIF(%s;"%s")' % (col["status"], STATUS_UNKNOWN),
                 TOTAL, "0")
        notes = (
            "Alleen rijen met status 'berekend' tellen mee; niet de gemeente als geheel, niet 'onbekend (CBS)' (een "
            "cijfer ontbreekt of is geheim), 'geen inwoners' of 'kolom ontbreekt'.",
            "Rij 1: voorspeld voor alle berekende gebieden. Rij 2 en 3: werkelijk en voorspeld over dezelfde gebieden "
            "(alleen die met een werkelijke waarde), rij 3 zonder instellingen. Gewogen naar volwassenen.",
            "Onzekerheid: de 75%-band geldt per gebied (spreiding van gebieden rond het model, 2014). Het totaal "
            "heeft geen band: hoe de afwijkingen van gebieden samenhangen is niet bekend.",
            "De grenzen per gebied optellen zou aannemen dat alle gebieden tegelijk dezelfde kant op afwijken; dat "
            "geeft een te brede band.",
        )
        for i, text in enumerate(notes):
            self.put(sh, "A%d" % (T_UNKNOWN + 1 + i), text)
        self.put(sh, "A%d" % (T_UNKNOWN + 5),
                 '=IF(AND(COUNTIF({k};"Wijk")>0;COUNTIF({k};"Buurt")>0);"LET OP: wijken en buurten door elkaar '
                 'geplakt; dan tellen inwoners dubbel in de totalen.";"")'.format(k=col["kind"]), WARN)

        s, v = S_HEAD, S_VAL
        self.put(sh, "A%d" % s, "Samenvatting (berekende gebieden)", SUBTITLE)
        pop_100k = "%s%d" % (v, S_POP_100K)
        rows = (
            (S_ADULTS, "Volwassenen (18+, benadering)", "=%s%d" % (g["adults"], T_ALL), CALC, "#.##0"),
            (S_INCARE, "Voorspeld aantal volwassenen met EPA in GGZ-zorg", "=%s%d" % (g["count"], T_ALL), CALC,
             "#.##0"),
            (S_NOTINCARE, "Aandeel mensen met EPA dat niet in GGZ-zorg is (0% tot 90%)", 0.25, INPUT, "0%"),
            (S_POP, "Geschat aantal volwassenen met EPA, ook wie niet in zorg is",
             '=IF(OR({v}{i}=0;NOT(ISNUMBER({v}{n})));"";EPAPOPULATION({v}{i};{v}{n}))'.format(
                 v=v, i=S_INCARE, n=S_NOTINCARE), CALC, "#.##0"),
            (S_INH, "Inwoners (alle leeftijden) van deze gebieden", "=%s%d" % (g["inh"], T_ALL), CALC, "#.##0"),
            (S_INCARE_100K, "Volwassenen met EPA in zorg per 100.000 inwoners",
             '=IF({v}{h}>0;{v}{i}/{v}{h}*100000;"")'.format(v=v, h=S_INH, i=S_INCARE), CALC, "#.##0"),
            (S_POP_100K, "Volwassenen met EPA (ook niet in zorg) per 100.000 inwoners",
             '=IF(AND({v}{h}>0;ISNUMBER({v}{p}));{v}{p}/{v}{h}*100000;"")'.format(v=v, h=S_INH, p=S_POP),
             CALC, "#.##0"),
            (S_INST, "Gebieden met aanwijzing voor een instelling (werkelijk > 42,5)",
             "=%s%d" % (g["status"], T_INST), CALC, "0"),
            (S_OUTSIDE, "Gebieden zonder instelling waar werkelijk buiten de 75%-band valt",
             '=SUMPRODUCT(ISNUMBER({d})*({d}>0.75)*({i}="nee"))'.format(d=col["dev"], i=col["inst"]), CALC, "0"),
            (S_INH_ALL, "Inwoners van alle wijken en buurten, ook met status onbekend",
             '=SUMIFS(%s%d:%s%d;%s;"<>Gemeente")' % (RAW["a_inw"], a, RAW["a_inw"], z, col["kind"]), CALC, "#.##0"),
        )
        for row, label, value, style, fmt in rows:
            self.put(sh, "A%d" % row, label)
            self.put(sh, "%s%d" % (v, row), value, style, fmt)
        self.number_validation(self.cell(sh, "%s%d" % (v, S_NOTINCARE)), 0, 0.9,
                               "Een aandeel van 0% tot 90% (standaard 25%).")
        self.put(sh, "K%d" % S_NOTINCARE, "landelijke schatting 25%; het rapport impliceert ca. 23% (zie Toelichting)")
        self.put(sh, "K%d" % S_POP_100K, "landelijk 1.500-1.800 per 100.000 (alle leeftijden); met risicogroep "
                 "ca. 2.500; zie blad Regio")
        self.put(sh, "K%d" % S_INH_ALL, "voor de capaciteit op blad Regio")
        self.fit_headers(sh)
        chart_row = S_INH_ALL + 4
        sh.Rows.getByIndex(chart_row - 2).IsStartOfNewPage = True
        self.put(sh, "A%d" % (chart_row - 1), "Grafiek van de eerste %d gebieden (andere gebieden: grafiek bewerken, "
                 "gegevensbereik)" % n_example, SUBTITLE)
        last = FIRST_AREA + n_example - 1
        bottom = self.chart(sh, "PrevalentiePerGebied", "A%d" % chart_row, 0, 30.0, 11.0,
                            ("B%d:B%d" % (hrow, last), "M%d:M%d" % (hrow, last), "K%d:K%d" % (hrow, last)),
                            "EPA-prevalentie per gebied: voorspeld en werkelijk (per 1.000 volwassenen)", False, False,
                            "per 1.000 volwassenen")
        self.print_area(sh, "A1:S%d" % self.row_below(sh, bottom))     # charts outside it are not printed

    # -- Regio -------------------------------------------------------------
    def regio(self, sh, name):
        self.widths(sh, (10.6, 3.6, 3.6, 3.6, 3.3, 3.3, 3.3))
        self.print_line(sh)
        self.put(sh, "A2", "GGZ-budget en capaciteit per scenario (referentiekader, bijlage 3)", TITLE)
        self.put(sh, "A3", "Vul de gele cellen in voor uw eigen regio. Normen zijn per 100.000 inwoners en worden "
                 "geschaald naar de inwoners. 'Landelijk 2014' is het landelijk gemiddelde van 2014 (Tabel 1 van "
                 "het rapport), niet de huidige situatie van uw regio: die vult u in op blad Inventarisatie.", TEXT)
        self.cell(sh, "A3:G3").merge(True)
        sh.Rows.getByIndex(2).Height = 1000
        self.legend(sh, "A4", "B4", "C4")
        self.addin_check(sh, "A5")
        self.put(sh, "A6", "Invoer", SUBTITLE)
        inputs = (
            (R_NAME, "Naam van de regio", name, None, "tekst; staat bovenaan elke afgedrukte pagina"),
            (R_INHAB, "Inwoners (alle leeftijden), optioneel", None, "#.##0",
             "heel getal vanaf 1; leeg = inwoners van alle wijken en buurten op blad Gebieden"),
            (R_PER100K, "GGZ-uitgaven per 100.000 inwoners (euro's van 2014)", 38000000, "[$€-413] #.##0",
             "bedrag vanaf 0; landelijk gemiddelde 2014: € 38 miljoen"),
            (R_INDEX, "Prijsindex ten opzichte van 2014, optioneel", None, "0,000",
             "getal van 0,5 tot 3, bijv. 1,25 als de prijzen 25% hoger zijn; leeg = euro's van 2014"),
            (R_OWN, "Eigen totaal GGZ-budget per jaar, optioneel", None, "[$€-413] #.##0",
             "bedrag vanaf 0; leeg = inwoners / 100.000 x bedrag per 100.000 inwoners (x index)"),
            (R_TARGET, "Doelscenario van het transitiepad", "wijk", None,
             "keuzelijst: intensivering (scenario 1) of wijk (scenario 2)"),
            (R_BOUND, "Grens bij normen met een bandbreedte", "midden", None,
             "keuzelijst: laag, midden of hoog (bij 60-70 bedden: 60, 65 of 70)"),
            (R_START, "Startjaar van het transitiepad", 2025, "0", "jaartal van 2000 tot 2100"),
            (R_REF, "Landelijke referentie: mensen met EPA per 100.000", REFERENCE_100K, "#.##0",
             "getal van 100 tot 5.000; het rapport: 1.500 tot 1.800, hier het midden (voor de variant)"),
        )
        for row, label, value, fmt, note in inputs:
            self.put(sh, "A%d" % row, label)
            self.put(sh, "B%d" % row, value, INPUT, fmt)
            self.put(sh, "C%d" % row, note)
        cell = lambda r: self.cell(sh, "B%d" % r)  # noqa: E731
        self.number_validation(cell(R_INHAB), 1, None, "Aantal inwoners: een heel getal vanaf 1; leeg laten mag.",
                               whole=True)
        self.number_validation(cell(R_PER100K), 0, None, "Een bedrag in euro vanaf 0.")
        self.number_validation(cell(R_INDEX), 0.5, 3, "Een index van 0,5 tot 3 (1 = prijzen van 2014); leeg = geen.")
        self.number_validation(cell(R_OWN), 0, None, "Een bedrag in euro vanaf 0; leeg laten mag.")
        self.list_validation(cell(R_TARGET), ("intensivering", "wijk"))
        self.list_validation(cell(R_BOUND), ("laag", "midden", "hoog"))
        self.number_validation(cell(R_START), 2000, 2100, "Een jaartal van 2000 tot 2100.", whole=True)
        self.number_validation(cell(R_REF), 100, 5000, "Een aantal per 100.000 inwoners van 100 tot 5.000.")

        self.put(sh, "A%d" % U_HEAD, "Gebruikt in de berekening", SUBTITLE)
        used = (
            (U_INHAB, "Inwoners", "=IF(ISNUMBER(B{i});B{i};Gebieden.${v}${s})".format(i=R_INHAB, v=S_VAL, s=S_INH_ALL),
             "#.##0", "uit de invoer, anders de som van de wijken en buurten op blad Gebieden"),
            (U_BOUND, "Grens", '=IF(ISBLANK(B{b});"midden";B{b})'.format(b=R_BOUND), None, "leeg = midden"),
            (U_TARGET, "Doelscenario", '=IF(ISBLANK(B{t});"wijk";B{t})'.format(t=R_TARGET), None, "leeg = wijk"),
            (U_BUDGET, "Totaal GGZ-budget per jaar",
             "=IF(ISNUMBER(B{o});B{o};GGZBUDGET(B{i};IF(ISNUMBER(B{p});B{p};38000000)*IF(ISNUMBER(B{x});B{x};1)))"
             .format(o=R_OWN, i=U_INHAB, p=R_PER100K, x=R_INDEX), "[$€-413] #.##0",
             "het eigen budget als dat is ingevuld, anders inwoners / 100.000 x bedrag per 100.000 (x index)"),
        )
        for row, label, formula, fmt, note in used:
            self.put(sh, "A%d" % row, label, TOTAL if row == U_BUDGET else None)
            self.put(sh, "B%d" % row, formula, TOTAL if row == U_BUDGET else CALC, fmt)
            self.put(sh, "C%d" % row, note)
        inh, bound, target, budget = ("$B$%d" % r for r in (U_INHAB, U_BOUND, U_TARGET, U_BUDGET))

        def table_head(row, title, first, cols):
            self.put(sh, "A%d" % (row - 1), title, SUBTITLE)
            self.head_row(sh, row, (first,) + tuple(cols))

        heads = tuple(label for _, label in SCENARIOS)
        table_head(R_BUD_HEAD, "Budget per categorie (euro per jaar; euro's van 2014 tenzij index of eigen budget)",
                   "Categorie", heads)
        table_head(R_SHARE_HEAD, "Aandeel van het totale GGZ-budget", "Categorie", heads)
        sh.Rows.getByIndex(R_SHARE_HEAD - 3).IsStartOfNewPage = True
        for i, (code, label) in enumerate(CATEGORIES + (("totaal", "Totaal"),), start=1):
            total = code == "totaal"
            style = TOTAL if total else CALC
            for head, fn, fmt in ((R_BUD_HEAD, '=SCENARIOBUDGET(%s;"{s}";"{c}")' % budget, "[$€-413] #.##0"),
                                  (R_SHARE_HEAD, '=SCENARIOSHARE("{s}";"{c}")', "0,0%")):
                self.put(sh, "A%d" % (head + i), label, TOTAL if total else None)
                for j, (scode, _) in enumerate(SCENARIOS):
                    self.put(sh, "%s%d" % ("BCD"[j], head + i), fn.format(s=scode, c=code), style, fmt)
        self.put(sh, "A%d" % (R_BUD_HEAD + len(CATEGORIES) + 2),
                 "Ambulant EPA: inclusief alle ambulante GGZ-begeleiding uit de Wmo (rapport, Tabel 2).")

        f = R_FIN_HEAD
        table_head(f, "Landelijk 2014 in detail: wie betaalde wat (Tabel 1)", "Onderdeel",
                   ("Aandeel 2014", "Euro per jaar voor uw regio", "Financiering in 2014"))
        self.cell(sh, "D%d:F%d" % (f, f)).merge(True)
        for i, (label, _cat, share, payer) in enumerate(FINANCING, start=1):
            self.put(sh, "A%d" % (f + i), label)
            self.put(sh, "B%d" % (f + i), share, None, "0%")
            self.put(sh, "C%d" % (f + i), "=%s*B%d" % (budget, f + i), CALC, "[$€-413] #.##0")
            self.put(sh, "D%d" % (f + i), payer)
        ft = f + len(FINANCING) + 1
        self.put(sh, "A%d" % ft, "Totaal", TOTAL)
        self.put(sh, "B%d" % ft, "=SUM(B%d:B%d)" % (f + 1, ft - 1), TOTAL, "0%")
        self.put(sh, "C%d" % ft, "=SUM(C%d:C%d)" % (f + 1, ft - 1), TOTAL, "[$€-413] #.##0")
        for i, text in enumerate((
                "Ambulant EPA (12%) = Zvw EPA (7%) + AWBZ, nu Wmo (5%): het Wmo-deel is wat gemeenten betalen.",
                "Buiten de tabel: voorzieningen die Justitie financiert. Met die erbij gaat 59% in plaats van 56% "
                "van de uitgaven naar klinische zorg en beschermd wonen.",
                "Bedragen in euro's van 2014 (landelijk gemiddelde), tenzij u een prijsindex of een eigen budget "
                "invult.")):
            self.put(sh, "A%d" % (ft + 1 + i), text)

        # Capacity (new page).
        table_head(R_CAP_HEAD, "Capaciteit voor de regio (aantallen: norm per 100.000 x inwoners / 100.000)",
                   "Onderdeel", heads + ("Norm per 100.000 inwoners (rapport)",))
        self.cell(sh, "E%d:G%d" % (R_CAP_HEAD, R_CAP_HEAD)).merge(True)
        sh.Rows.getByIndex(R_CAP_HEAD - 3).IsStartOfNewPage = True
        for i, (alias, label, defined, note) in enumerate(CAPACITY, start=1):
            r = R_CAP_HEAD + i
            self.put(sh, "A%d" % r, label)
            for j, (scode, _) in enumerate(SCENARIOS):
                ref = "%s%d" % ("BCD"[j], r)
                if defined[j]:
                    self.put(sh, ref, '=SCENARIOCAPACITY("{s}";"{a}";{i};{b})'.format(
                        s=scode, a=alias, i=inh, b=bound), CALC, "#.##0,0")
                else:
                    self.put(sh, ref, "–", CALC, None, CENTER)
            self.put(sh, "E%d" % r, note)
            self.cell(sh, "E%d:G%d" % (r, r)).merge(True)
        last_cap = R_CAP_HEAD + len(CAPACITY)
        for i, text in enumerate((
                "– : dit scenario noemt geen norm voor dit onderdeel.",
                "Normen met een bandbreedte (zoals 60-70) volgen de gekozen grens (laag, midden of hoog) bij de "
                "invoer bovenaan dit blad.",
                "Scenario 2: de FACT-teams zijn aandachtsteams binnen het wijk-GGZ-centrum, net als de "
                "IHT-specialisten;",
                "     hun fte zitten in de 40 fte per centrum: niet optellen bij de fte van de wijk-GGZ-centra.",
                "Gebroken aantallen (zoals 12,5 centra of 81,3 plaatsen) zijn normen, geen bestellingen: de regio "
                "kiest zelf",
                "     hoe zij die in teams, centra en plaatsen vertaalt.")):
            self.put(sh, "A%d" % (last_cap + 1 + i), text)

        # Prevalence beside capacity.
        lh = R_LINK_HEAD
        sh.Rows.getByIndex(lh - 3).IsStartOfNewPage = True
        table_head(lh, "Prevalentie en capaciteit naast elkaar", "", ("Aantal in de regio", "Per 100.000 inwoners",
                                                                    "Toelichting"))
        self.cell(sh, "D%d:G%d" % (lh, lh)).merge(True)
        gv = "Gebieden.$%s$%%d" % S_VAL
        per = '=IF({i}>0;B{{r}}/{i}*100000;"")'.format(i=inh)
        link = {
            "incare": ("Geschat: volwassenen met EPA in GGZ-zorg (model)", "=" + gv % S_INCARE, None,
                       "blad Gebieden, de berekende gebieden; per 100.000 van hun inwoners"),
            "pop": ("Geschat: volwassenen met EPA, ook wie niet in zorg is", "=" + gv % S_POP, None,
                    "idem, met het aandeel niet in zorg van blad Gebieden"),
            "nat_low": ("Landelijk: mensen met EPA (alle leeftijden), laag", "=%s*1500/100000" % inh, 1500,
                        "landelijk 250.000 tot 300.000 (bijlage 3)"),
            "nat_high": ("Landelijk: mensen met EPA (alle leeftijden), hoog", "=%s*1800/100000" % inh, 1800, ""),
            "target_pop": ("Landelijk: doelpopulatie inclusief risicogroep", "=%s*2500/100000" % inh, 2500,
                           "grofweg 2.500 per 100.000 (bijlage 3)"),
            "fact0": ("FACT-cliënten volgens de norm: landelijk 2014", "=B%d" % 0, None,
                      "capaciteit van de FACT-teams (tabel hierboven)"),
            "fact1": ("FACT-cliënten volgens de norm: scenario 1", "=C%d" % 0, None, ""),
            "fact2": ("FACT-cliënten volgens de norm: scenario 2", "=D%d" % 0, None, ""),
        }
        fc = CAP_ROW["fact_clienten"]
        link["fact0"] = link["fact0"][:1] + ("=B%d" % fc,) + link["fact0"][2:]
        link["fact1"] = link["fact1"][:1] + ("=C%d" % fc,) + link["fact1"][2:]
        link["fact2"] = link["fact2"][:1] + ("=D%d" % fc,) + link["fact2"][2:]
        for key in LINK:
            r = L_ROW[key]
            label, count, p100k, note = link[key]
            self.put(sh, "A%d" % r, label)
            self.put(sh, "B%d" % r, count, CALC, "#.##0")
            if p100k is not None:
                self.put(sh, "C%d" % r, p100k, None, "#.##0")
            elif key in ("incare", "pop"):
                self.put(sh, "C%d" % r, "=" + gv % (S_INCARE_100K if key == "incare" else S_POP_100K), CALC,
                         "#.##0")
            else:
                self.put(sh, "C%d" % r, per.format(r=r), CALC, "#.##0")
            self.put(sh, "D%d" % r, note)
        for i, text in enumerate((
                "Het model telt alleen volwassenen (18+); de landelijke cijfers tellen ook jongeren mee (landelijk",
                "     ca. 31.000 van de 216.000 mensen met EPA in zorg zijn jonger dan 18). Vergelijk met die marge.",
                "De voorbeeldregio's van het rapport gaan uit van de landelijke gemiddelde prevalentie; met de lokale",
                "     schatting bekijkt de regio of capaciteit of werkgebieden moeten meebewegen.")):
            self.put(sh, "A%d" % (L_ROW["fact2"] + 1 + i), text)

        vh = R_VAR_HEAD
        self.put(sh, "A%d" % (vh - 4), "Variant (geen norm uit het rapport): capaciteit naar lokale prevalentie",
                 SUBTITLE)
        # MODEL.md 2.5: the estimate counts adults only, the reference all
        # ages, so the reference is scaled to its adult part (185/216,
        # annex 4: 31,000 of the 216,000 in care are under 18).
        self.put(sh, "A%d" % R_VAR_FACTOR, "Factor: geschat per 100.000 / (referentie per 100.000 x 185/216, het "
                 "deel volwassenen)")
        self.put(sh, "B%d" % R_VAR_FACTOR, '=IF(AND(ISNUMBER(C{p});ISNUMBER(B{r}));C{p}/(B{r}*185/216);"")'.format(
            p=L_ROW["pop"], r=R_REF), CALC, "0,00")
        self.head_row(sh, vh, ("Onderdeel",) + heads)
        self.put(sh, "A%d" % (vh - 3), "Formule: variant = norm voor de regio x (geschatte volwassenen met EPA per "
                 "100.000 inwoners / het volwassen deel (185/216) van de landelijke referentie per 100.000 inwoners, "
                 "invoer bovenaan).")
        for i, alias in enumerate(VARIANT, start=1):
            r = vh + i
            label = next(lbl for a, lbl, _d, _n in CAPACITY if a == alias)
            self.put(sh, "A%d" % r, label + " (variant)")
            for j in range(3):
                c = "BCD"[j]
                self.put(sh, "%s%d" % (c, r), '=IF(ISNUMBER($B${f});{c}{cap}*$B${f};"")'.format(
                    f=R_VAR_FACTOR, c=c, cap=CAP_ROW[alias]), CALC, "#.##0,0")
        self.put(sh, "A%d" % (vh + len(VARIANT) + 1),
                 "Alleen ter verkenning: de factor gaat uit van dezelfde zorgvraag per persoon met EPA als landelijk.")

        # Transition path (new page): categories and capacity down, years across.
        p = R_PATH_HEAD
        sh.Rows.getByIndex(p - 3).IsStartOfNewPage = True
        self.put(sh, "A%d" % (p - 1), "Transitiepad: in vijf jaar van de landelijke verdeling 2014 naar het "
                 "doelscenario", SUBTITLE)
        self.put(sh, "A%d" % p, "Jaar", HEADER)
        self.put(sh, "A%d" % PATH_PROGRESS, "Voortgang (0% = landelijk 2014)", HEADER)
        self.put(sh, "A%d" % (PATH_CAP_FIRST - 1), "Capaciteit op het pad (aantallen)", HEADER)
        for k in range(YEARS + 1):
            col = "BCDEFG"[k]
            self.put(sh, "%s%d" % (col, p), '=IF(ISNUMBER($B$%d);$B$%d;2025)+%d' % (R_START, R_START, k),
                     HEADER, "0", RIGHT)
            self.put(sh, "%s%d" % (col, PATH_PROGRESS), "=%d/%d" % (k, YEARS), HEADER, "0%", RIGHT)
            self.put(sh, "%s%d" % (col, PATH_CAP_FIRST - 1), None, HEADER)
            prog = "%s$%d" % (col, PATH_PROGRESS)
            for i, (code, label) in enumerate(CATEGORIES + (("totaal", "Totaal (euro per jaar)"),)):
                total = code == "totaal"
                r = PATH_FIRST_CAT + i
                self.put(sh, "A%d" % r, label + ("" if total else " (euro per jaar)"), TOTAL if total else None)
                self.put(sh, "%s%d" % (col, r), '=SCENARIOBUDGET({b};{t};"{c}";{p})'.format(
                    b=budget, t=target, c=code, p=prog), TOTAL if total else CALC, "[$€-413] #.##0")
            for i, (alias, label) in enumerate(PATH_CAPACITY):
                r = PATH_CAP_FIRST + i
                self.put(sh, "A%d" % r, label)
                self.put(sh, "%s%d" % (col, r),
                         '=SCENARIOCAPACITY("huidig";"{a}";{i};{b})*(1-{p})+SCENARIOCAPACITY({t};"{a}";{i};{b})*{p}'
                         .format(a=alias, i=inh, b=bound, p=prog, t=target), CALC, "#.##0,0")
        last_path = PATH_CAP_FIRST + len(PATH_CAPACITY) - 1
        self.put(sh, "A%d" % (last_path + 1), "Elk jaar schuift een vijfde op, voor euro's en capaciteit gelijk "
                 "(rechte lijn tussen landelijk 2014 en het doelscenario).")

        self.fit_headers(sh)
        chart_row = last_path + 4
        self.put(sh, "A%d" % (chart_row - 1), "Grafieken", SUBTITLE)
        money = self.fmt('[$€-413] #.##0.. "mln"')
        bottom = self.chart(sh, "BudgetPerScenario", "A%d" % chart_row, 0, 15.6, 9.5,
                            ("A%d:D%d" % (R_BUD_HEAD, R_BUD_HEAD + len(CATEGORIES)),),
                            "Verdeling van het budget per scenario", True, True, "aandeel van het totale GGZ-budget",
                            None, horizontal=True, percent=True)
        bottom = self.chart(sh, "Transitiepad", "A%d" % chart_row, 16.5, 12.0, 9.5,
                            ("A%d:G%d" % (p, p), "A%d:G%d" % (PATH_FIRST_CAT, PATH_TOTAL - 1)),
                            "Transitiepad naar het doelscenario", True, True, "euro per jaar", money)
        self.print_area(sh, "A1:G%d" % self.row_below(sh, bottom))

    # -- Inventarisatie --------------------------------------------------------
    def inventarisatie(self, sh):
        self.widths(sh, (9.6, 1.9, 1.9, 3.0, 4.4, 2.2, 2.2, 2.2, 2.2, 2.2, 2.2))
        self.print_line(sh)
        self.put(sh, "A2", "Inventarisatie: capaciteit en uitgaven regionale GGZ-voorzieningen", TITLE)
        self.put(sh, "A3", "Checklist uit bijlage 3: een snel en globaal overzicht van de GGZ-voorzieningen in de regio "
                 "en hun omvang in fte, plaatsen en/of euro's, samen met de aanbieders ingevuld. Dit is de huidige "
                 "situatie van uw regio; 'Landelijk 2014' is het landelijke gemiddelde.", TEXT)
        self.cell(sh, "A3:K3").merge(True)
        sh.Rows.getByIndex(2).Height = 900
        self.legend(sh, "B4", "C4", "D4")
        self.addin_check(sh, "A5")
        self.put(sh, "A6", "Vul fte, plaatsen en euro per jaar in waar u die weet (getallen vanaf 0; leeg = onbekend). "
                 "Verschil = norm voor de regio min uw invoer: positief = de norm vraagt meer.")
        self.put(sh, "F%d" % (INV_HEAD - 1), "Norm voor de regio (blad Regio)", HEADER)
        self.cell(sh, "F%d:H%d" % (INV_HEAD - 1, INV_HEAD - 1)).merge(True)
        self.put(sh, "I%d" % (INV_HEAD - 1), "Verschil: norm min invoer", HEADER)
        self.cell(sh, "I%d:K%d" % (INV_HEAD - 1, INV_HEAD - 1)).merge(True)
        short = ("Landelijk 2014", "Scenario 1", "Scenario 2")
        self.head_row(sh, INV_HEAD, ("Voorziening", "Fte", "Plaatsen", "Euro per jaar", "Vergeleken met") + short + short)
        inh, bound = "$Regio.$B$%d" % U_INHAB, "$Regio.$B$%d" % U_BOUND
        defined = {a: d for a, _l, d, _n in CAPACITY}
        for i, (label, level, alias, unit, _group) in enumerate(CHECKLIST):
            r = INV_FIRST + i
            self.put(sh, "A%d" % r, ("    " * level) + ("• " if level == 2 else "") + label,
                     HEADER if level == 0 else None, wrap=len(label) > 45)
            if len(label) > 45:
                sh.Rows.getByIndex(r - 1).OptimalHeight = True
            for c in (INV_FTE, INV_PLACES, INV_EUR):
                cell = self.put(sh, "%s%d" % (c, r), None, INPUT, "[$€-413] #.##0" if c == INV_EUR else "#.##0,0")
                self.number_validation(cell, 0, None, "Een getal vanaf 0; leeg = onbekend.")
            if alias is None:
                self.put(sh, "E%d" % r, "geen norm")
                continue
            self.put(sh, "E%d" % r, SHORT[alias])
            mine = "%s%d" % (INV_FTE if unit == "fte" else INV_PLACES, r)
            for j, (scode, _) in enumerate(SCENARIOS):
                if not defined[alias][j]:
                    self.put(sh, "%s%d" % (INV_NORM[j], r), "–", CALC, None, CENTER)
                    self.put(sh, "%s%d" % (INV_GAP[j], r), "–", CALC, None, CENTER)
                    continue
                self.put(sh, "%s%d" % (INV_NORM[j], r), "=$Regio.%s$%d" % ("BCD"[j], CAP_ROW[alias]), CALC, "#.##0,0")
                self.put(sh, "%s%d" % (INV_GAP[j], r),
                         '=IF(ISNUMBER({m});SCENARIOCAPACITY("{s}";"{a}";{i};{b})-{m};"")'.format(
                             m=mine, s=scode, a=alias, i=inh, b=bound), CALC, "+#.##0,0;-#.##0,0;0")
        self.put(sh, "A%d" % (INV_LAST + 1), "– : het scenario noemt geen norm. 'Geen norm': het referentiekader "
                 "geeft voor dit onderdeel geen aantal per 100.000 inwoners.")
        self.put(sh, "A%d" % (INV_LAST + 2), "Eerste opnamejaar naast kortdurende bedden is een benadering. De normen "
                 "gaan over de inwoners op blad Regio (fte, bedden, plaatsen).")

        s = SPEND_HEAD
        self.put(sh, "A%d" % (s - 1), "Uitgaven: uw verdeling naast landelijk 2014 en het doelscenario", SUBTITLE)
        self.head_row(sh, s, ("Categorie", "Uw uitgaven", "", "Uw aandeel", "Landelijk 2014", "Doelscenario",
                              "Bij doelverdeling", "Verschil (euro)"))
        self.cell(sh, "B%d:C%d" % (s, s)).merge(True)
        eur = {g: [] for g in ("amb_total", "epa", "klinisch", "bw")}
        for i, (_l, _lv, _a, _u, group) in enumerate(CHECKLIST):
            if group:
                eur[group].append("%s%d" % (INV_EUR, INV_FIRST + i))
        epa = "SUM(%s)" % ";".join(eur["epa"])
        sources = {
            "klinisch": "=IF(ISNUMBER({c});{c};\"\")".format(c=eur["klinisch"][0]),
            "beschermd wonen": "=IF(ISNUMBER({c});{c};\"\")".format(c=eur["bw"][0]),
            "ambulant epa": "=IF(COUNT({r})>0;{e};\"\")".format(r=";".join(eur["epa"]), e=epa),
            "ambulant overig": "=IF(ISNUMBER({t});{t}-{e};\"\")".format(t=eur["amb_total"][0], e=epa),
        }
        total = s + len(SPEND) + 1
        target = "$Regio.$B$%d" % U_TARGET
        for i, (code, label) in enumerate(SPEND, start=1):
            r = s + i
            self.put(sh, "A%d" % r, label)
            self.put(sh, "B%d" % r, sources[code], CALC, "[$€-413] #.##0")
            self.cell(sh, "B%d:C%d" % (r, r)).merge(True)
            self.put(sh, "D%d" % r, '=IF(AND(ISNUMBER(B{r});COUNT(B{a}:B{z})=4);B{r}/B{t};"")'.format(
                r=r, a=s + 1, z=s + len(SPEND), t=total), CALC, "0,0%")
            self.put(sh, "E%d" % r, '=SCENARIOSHARE("huidig";"%s")' % code, CALC, "0,0%")
            self.put(sh, "F%d" % r, '=SCENARIOSHARE(%s;"%s")' % (target, code), CALC, "0,0%")
            self.put(sh, "G%d" % r, '=IF(ISNUMBER(D{r});B{t}*F{r};"")'.format(r=r, t=total), CALC, "[$€-413] #.##0")
            self.put(sh, "H%d" % r, '=IF(ISNUMBER(G{r});G{r}-B{r};"")'.format(r=r), CALC, "[$€-413] #.##0")
        self.put(sh, "A%d" % total, "Totaal", TOTAL)
        self.put(sh, "B%d" % total, '=IF(COUNT(B{a}:B{z})=4;SUM(B{a}:B{z});"")'.format(a=s + 1, z=s + len(SPEND)),
                 TOTAL, "[$€-413] #.##0")
        self.cell(sh, "B%d:C%d" % (total, total)).merge(True)
        for i, text in enumerate((
                "Klinisch = Intramurale GGZ totaal. Ambulant EPA = FACT + IHT + VIP + ambulante begeleiding + "
                "geïntegreerde wijkvoorzieningen + andere ambulante EPA-voorzieningen.",
                "Ambulant overig = Ambulante GGZ totaal min Ambulant EPA.",
                "Justitiële voorzieningen en Overig tellen niet mee, zoals in Tabel 1. Aandelen verschijnen als alle "
                "vier categorieën bekend zijn.")):
            self.put(sh, "A%d" % (total + 1 + i), text)
        self.fit_headers(sh)
        self.print_area(sh, "A1:K%d" % (total + 4))

    # -- Toelichting ---------------------------------------------------------
    def toelichting(self, sh):
        self.widths(sh, (26.0,))
        self.print_line(sh)
        row = 2
        for kind, text in GUIDE + MODEL_TEXT:
            if kind == "gap":
                row += 1
                continue
            style = {"h1": TITLE, "h2": SUBTITLE, "p": TEXT, "warn": WARN}[kind]
            self.put(sh, "A%d" % row, text, style)
            if style == TEXT:
                sh.Rows.getByIndex(row - 1).OptimalHeight = True
                row += 1
                sh.Rows.getByIndex(row - 1).Height = 150     # a little space between paragraphs
            row += 1
        self.print_area(sh, "A1:A%d" % row)

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
        fill(footer.CenterText, "EPA-planningsfuncties %s, afgedrukt op " % self.version,
             "com.sun.star.text.TextField.Date")
        fill(footer.RightText, "pagina ", "com.sun.star.text.TextField.PageNumber", " van ",
             "com.sun.star.text.TextField.PageCount")
        st.RightPageFooterContent = footer
        st.LeftPageFooterContent = footer
        return name


# ---- the guide (Toelichting sheet and packaging/help/handleiding.html) ------
GUIDE = [
    ("h1", "EPA-planning: handleiding"),
    ("p", "Dit werkboek helpt een regionale werkgroep (gemeenten, zorgverzekeraar, GGZ-aanbieders, "
          "cliëntenorganisaties) bij twee vragen: hoeveel volwassenen met een ernstige psychische aandoening (EPA) "
          "mag je per wijk verwachten, en hoe verhoudt het GGZ-aanbod van de regio zich tot de scenario's van het "
          "referentiekader? Programmeerkennis is niet nodig."),
    ("gap", ""),
    ("h2", "1. Installeren (Windows, ook Linux en macOS)"),
    ("p", "Installeer LibreOffice (versie 7.4 of nieuwer). Download het bestand epa-addin-<versie>.oxt. Open "
          "LibreOffice en kies Extra > Extensiebeheer > Toevoegen, kies het .oxt-bestand en accepteer de licentie. "
          "Start LibreOffice opnieuw. Het sjabloon staat daarna onder Bestand > Nieuw > Sjablonen, categorie "
          "EPA-planning: 'EPA-planning regio'. Het opent als een nieuw, naamloos werkboek; sla het op als .ods."),
    ("p", "Verwijderen: Extra > Extensiebeheer, kies 'EPA regionale planningsfuncties' en Verwijderen."),
    ("gap", ""),
    ("h2", "2. Wat vult u in, en waar komen de cijfers vandaan"),
    ("p", "Blad CBS-gegevens: download de Kerncijfers wijken en buurten van het CBS (cbs.nl, zoek 'Kerncijfers wijken "
          "en buurten', of StatLine) voor uw gemeente. Kopieer de kopregel met de kolomnamen en de rijen van de "
          "gemeente en haar wijken, en plak ze in cel A%d. Het werkboek zoekt de kolommen zelf op naam (a_inw, "
          "a_hh, a_1p_hh, a_soz_wb, a_soz_ao, ste_oad en de leeftijdsgroepen); u rekent zelf geen percentages uit. "
          "Wijken zijn het CBS-niveau dat qua grootte het dichtst bij de postcodegebieden ligt waarop het model is "
          "gemaakt." % CBS_HEAD),
    ("p", "Een punt (.) in de CBS-cijfers betekent 'nog niet bekend of geheim'. Zo'n rij krijgt de status "
          "'onbekend (CBS)', krijgt geen voorspelling en telt niet mee in de totalen; het aantal zulke rijen "
          "staat onder de totalen. Recente jaargangen hebben vaak nog geen cijfers over uitkeringen: neem dan het "
          "laatste jaar waarin ze wel staan."),
    ("p", "Volwassenen: het CBS geeft geen aantal 18-plussers. Het werkboek neemt 70% van de groep 15-24 jaar plus "
          "alle inwoners van 25 jaar en ouder. Dat is een benadering; in studentensteden telt de groep 18-24 "
          "zwaarder en valt het aantal volwassenen iets te laag uit."),
    ("p", "Blad Gebieden, kolom 'Werkelijk per 1.000' (optioneel): het werkelijke aantal volwassenen met EPA in "
          "GGZ-zorg per 1.000 volwassenen, als u dat heeft (declaratiegegevens van Vektis via de zorgverzekeraar, "
          "of de registratie van de GGZ-aanbieders). Zonder die cijfers laat u de kolom leeg."),
    ("p", "Blad Regio: de naam van de regio, eventueel het aantal inwoners (leeg = de som van de wijken), de "
          "GGZ-uitgaven per 100.000 inwoners of een eigen budget, een prijsindex voor latere jaren, het "
          "doelscenario, de grens voor normen met een bandbreedte en het startjaar. Keuzecellen hebben een "
          "keuzelijst; getallen buiten het toegestane bereik worden geweigerd."),
    ("p", "Blad Inventarisatie: de checklist uit het rapport. Vul met de aanbieders in hoeveel fte, plaatsen en "
          "euro's de regio nu heeft. Het blad zet dat naast de normen van de scenario's."),
    ("gap", ""),
    ("h2", "3. Wat de uitkomsten betekenen, en wat niet"),
    ("p", "De voorspelde prevalentie is een schatting van een statistisch model (bijlage 4, gegevens 2014): hoeveel "
          "volwassenen met EPA in GGZ-zorg je in een gebied met deze kenmerken gemiddeld mag verwachten. Het is "
          "geen telling. In 75% van de postcodegebieden lag de werkelijke waarde binnen de band (voorspeld -4,4 "
          "tot +4,7 per 1.000). Ligt de werkelijke waarde ver onder de voorspelling, dan worden mensen misschien "
          "niet bereikt; ver erboven (boven 42,5 per 1.000) wijst meestal op een instelling met bewoners."),
    ("p", "De scenario's en normen (bijlage 3) zijn een referentiekader, geen blauwdruk: illustraties van de keuzes "
          "die een regio kan maken. Gebroken aantallen zijn normen, geen bestellingen. 'Landelijk 2014' is het "
          "landelijke gemiddelde van 2014, niet de situatie in uw regio. Bedragen zijn euro's van 2014, tenzij u "
          "een index of eigen budget invult."),
    ("p", "Zonder de extensie staat bovenaan de bladen een rode waarschuwing; de getallen zijn dan de laatst "
          "opgeslagen uitkomsten en worden #NAAM? zodra Calc herberekent. Installeer de extensie, start "
          "LibreOffice opnieuw en open het bestand weer; de formules blijven bewaard."),
    ("gap", ""),
]
MODEL_TEXT = [
    ("h2", "4. Het model in formules"),
    ("p", "EPAPREV voorspelt de EPA-zorgprevalentie per 1.000 volwassenen: 0,1574 x % eenpersoonshuishoudens "
          "+ 0,9021 x % bijstand + 0,6106 x % AO + een constante per stedelijkheidsklasse van de OAD (zeer sterk "
          "stedelijk 6,8316; sterk 5,2911; matig 4,1876; weinig 3,1802; niet stedelijk 2,0722, erratum maart "
          "2017). Percentages als getal: 23,14 voor 23,14%. EPACOUNT = EPAPREV x volwassenen / 1.000. Het "
          "rapport spreekt van WWB (Wet werk en bijstand); sinds 2015 heet dat de Participatiewet, en het CBS telt "
          "de bijstand nog steeds (a_soz_wb)."),
    ("p", "Uit de CBS-cijfers: % eenpersoonshuishoudens = a_1p_hh / a_hh x 100; % bijstand = a_soz_wb / a_inw "
          "x 100; % AO = a_soz_ao / a_inw x 100; OAD = ste_oad (adressen per km²); volwassenen = 0,7 x a_15_24 + "
          "a_25_44 + a_45_64 + a_65_oo."),
    ("p", "Stedelijkheid volgt de CBS-nummering: 1 = zeer sterk stedelijk (OAD 2.500 of meer) tot 5 = niet "
          "stedelijk (onder 500); een grenswaarde hoort bij de stedelijkere klasse. Het rapport nummert met "
          "Romeinse cijfers andersom."),
    ("p", "De 75%-band (EPABAND) is het bereik waarin in 75% van de gebieden de werkelijke prevalentie lag "
          "(voorspeld -4,4 tot +4,7 per 1.000); de ondergrens is minstens 0. De kolom 'Werkelijk valt binnen' "
          "(EPADEVIATION) geeft de smalste band (25, 50, 75, 90 of 95%) waarin werkelijk min voorspeld valt: "
          "'50%-band' betekent dat de afwijking binnen het bereik van de helft van alle gebieden valt, maar niet "
          "binnen dat van een kwart. Het regiototaal heeft "
          "geen band, omdat niet bekend is hoe de afwijkingen van gebieden samenhangen."),
    ("p", "EPAPOPULATION rekent van mensen in zorg naar alle mensen met EPA: in zorg / (1 - aandeel niet in "
          "zorg), standaard 25% niet in zorg. Let op: het rapport noemt 216.000 in zorg en 281.000 in totaal; "
          "dat komt neer op ongeveer 23% niet in zorg, terwijl 25% 288.000 zou geven."),
    ("p", "Referentiekader: GGZ-uitgaven landelijk gemiddeld 2014 circa 38 miljoen euro per 100.000 inwoners. "
          "Verdeling klinisch / beschermd wonen / ambulant EPA / ambulant overig: landelijk 2014 38 / 18 / 12 / 32%, "
          "scenario 1 (intensivering ambulante zorg) 27,5 / 12,5 / 30 / 30%, scenario 2 (geïntegreerde GGZ in de "
          "wijk) 20 / 5 / 50 / 25%. Ambulant EPA 2014 = Zvw 7% + AWBZ (nu Wmo) 5%. De afgeronde eurobedragen "
          "van het rapport worden niet gebruikt. Het transitiepad schuift elk jaar een vijfde op, voor euro's en "
          "voor bedden en plaatsen."),
    ("p", "Variant (geen norm uit het rapport): capaciteit naar lokale prevalentie = norm voor de regio x "
          "(geschatte volwassenen met EPA per 100.000 inwoners / het volwassen deel van de landelijke referentie "
          "per 100.000: standaard 1.650, het midden van 1.500-1.800, voor alle leeftijden, maal 185/216, omdat "
          "31.000 van de 216.000 mensen in zorg jonger dan 18 zijn, bijlage 4)."),
    ("p", "Bronnen: Handboek voor een regionale EPA-agenda, bijlagen 3 en 4; rapport over samenhang en financiering "
          "van zorg. Voorbeeldcijfers: CBS, Kerncijfers wijken en buurten 2023, gemeente Utrecht, CC BY 4.0. De "
          "functies staan in de Functie-assistent (Invoegen > Functie) in de categorieën Statistisch, Financieel en "
          "Logisch, met Nederlandse uitleg bij elk argument."),
]


def write_guide(path, version):
    out = ['<!DOCTYPE html>', '<html lang="nl">', '<head><meta charset="utf-8">',
           '<title>EPA-planning: handleiding</title></head>', '<body>']
    for kind, text in GUIDE + MODEL_TEXT:
        if kind == "gap":
            continue
        tag = {"h1": "h1", "h2": "h2", "p": "p", "warn": "p"}[kind]
        out.append("<%s>%s</%s>" % (tag, html.escape(text, quote=False), tag))
    out.append("<p>EPA regionale planningsfuncties %s. Gegenereerd door tools/make_template.py.</p>" % version)
    out += ["</body>", "</html>", ""]
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def build(office, out, version):
    doc = office.new_calc()
    b = Builder(doc, version)
    b.styles()
    page = b.page_style()
    sheets = doc.Sheets
    order = ("CBS-gegevens", "Gebieden", "Regio", "Inventarisatie", "Toelichting")
    sheets.getByIndex(0).Name = order[0]
    for i, name in enumerate(order[1:], start=1):
        sheets.insertNewByName(name, i)
    for name in order:
        sheets.getByName(name).PageStyle = page
    b.cbs(sheets.getByName("CBS-gegevens"), PASTED)
    b.gebieden(sheets.getByName("Gebieden"), N_CHART)
    b.regio(sheets.getByName("Regio"), "Utrecht (gemeente)")
    b.inventarisatie(sheets.getByName("Inventarisatie"))
    b.toelichting(sheets.getByName("Toelichting"))
    info = doc.DocumentProperties
    info.Title = "EPA-planning regio"
    info.Subject = "EPA-prevalentie per wijk uit CBS-cijfers, GGZ-budget en capaciteit per scenario"
    info.Description = "Sjabloon van de EPA-planningsfuncties. Voorbeeld: " + SOURCE
    info.Keywords = ("EPA", "GGZ", "planning", "sjabloon", "CBS")
    info.Language = NL
    doc.calculateAll()
    broken = error_cells(doc)
    if broken:
        sys.exit("error cells in the template: %r" % broken)
    ctrl = doc.CurrentController
    if ctrl is not None:
        geb = sheets.getByName("Gebieden")
        ctrl.setActiveSheet(geb)
        ctrl.freezeAtPosition(2, FIRST_AREA - 1)
        ctrl.select(b.cell(geb, "K%d" % FIRST_AREA))
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    tmp = os.path.join(office.dir, "epa-planning.ots")   # the office user writes here
    doc.storeToURL(uno.systemPathToFileUrl(tmp), props(FilterName="calc8_template"))
    doc.close(True)
    with open(tmp, "rb") as src, open(out, "wb") as dst:
        dst.write(src.read())


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit("usage: %s build/epa-addin-VERSION.oxt OUTPUT.ots [GUIDE.html]" % sys.argv[0])
    oxt, out = sys.argv[1], sys.argv[2]
    guide = sys.argv[3] if len(sys.argv) == 4 else GUIDE_PATH
    version = oxt_version(oxt)
    write_guide(guide, version)
    with Office(oxt, lang="nl_NL.UTF-8") as office:
        build(office, out, version)
    print("template written:", out, "(%d bytes); guide:" % os.path.getsize(out), guide)


if __name__ == "__main__":
    main()
