"""Builds the Dutch planning template packaging/templates/EPA-planning/epa-planning.ots
and the Dutch guide packaging/help/handleiding.html that ships in the .oxt.

The template is made through the UNO API in a real headless Calc with the
extension installed (the formulas must compile against the add-in) and a
Dutch UI (so the default styles, page header and footer are Dutch and the
document language is nl-NL).  The .ots is committed; run `make template`
after changing this script and commit the result (tests/e2e/test_template_fresh.py
fails when the committed file is not what this script makes).

Usage: /usr/bin/python3 tools/make_template.py build/epa-addin-VERSION.oxt OUTPUT.ots [GUIDE.html]
       (EPA_TEMPLATE_ROWS=N for a copy that reads N pasted rows instead of 20,000)

The template ships empty; paste_example() pastes the real example: Utrecht,
CBS Kerncijfers wijken en buurten (KWB) 2023, all 122 rows as published
(tools/data/cbs-kwb-2023-utrecht.xlsx, CC BY 4.0).

Layout (the tests, tools/demo.py and tools/dist.py read these constants):
  CBS-gegevens  the paste cell CBS_PLAK (A{CBS_HEAD}), rows CBS_FIRST..CBS_LAST (N_ROWS), read up
                to column CBS_RIGHT (PASTE); the 18+ factor in B{R_FACTOR}.
  Rijen         EPAREGIONROWS: one row per pasted row (RIJ_FIRST..RIJ_LAST, columns RCOL).
  Gemeenten     REGIO_GEMEENTEN in column A; EPAREGIONGEMEENTEN in GEM_OUT; the table users read
                (GMCOL) refers to it; the chart.
  Gebieden      totals T_*, summary S_*; EPAREGIONAREAS in AREA_OUT, the users' own values by
                code in ACT_CODE:ACT_VALUE, the list FIRST_AREA..LAST_AREA (GCOL) refers to both.
  Regio         inputs R_*, used values U_*, the count C_* (EPAREGIONTOTALS), tables *_HEAD.
Every rule of the model is the add-in's (MODEL.md section 6): the sheets hold
array formulas of the EPAREGION* functions, plain references and sums.
  Inventarisatie  annex 3's checklist rows INV_FIRST.., spending split SPEND_HEAD.
  Toelichting   the guide (GUIDE) and the model in words.
NAMES holds the document's named ranges.  docs/template.md explains why the
sheets are built as they are (what is slow in Calc and what is avoided).
Every sheet repeats row 1 (region name) on each printed page; the footer
has the sheet, the extension version, the print date and the page number.
"""
import html
import os
import re
import subprocess
import sys
import zipfile

import uno  # noqa: E402
from com.sun.star.table.CellHoriJustify import CENTER, RIGHT  # noqa: E402

import kwb  # noqa: E402
from office import Office, props  # noqa: E402
from sheets import ROOT, column_index as colnum, column_letters as letters, error_cells  # noqa: E402,F401
from tplstyle import (NL, ADDIN_MISSING, CALC, EMPTY, HEADER, INPUT, SUBTITLE, TEXT, TITLE, TOTAL, WARN,  # noqa: E402,F401
                      PRINTLINE, Style)

SOURCE = "Bron: CBS, Kerncijfers wijken en buurten 2023, CC BY 4.0"
GUIDE_PATH = os.path.join(ROOT, "packaging", "help", "handleiding.html")
DATA = os.path.join(ROOT, "tools", "data")
EXAMPLE_FILE = os.path.join(DATA, "cbs-kwb-2023-utrecht.xlsx")
EXAMPLE = kwb.read_xlsx(EXAMPLE_FILE)   # header + Utrecht: gemeente, 10 wijken, 111 buurten, as CBS publishes
ADULT_FACTOR = 0.7                      # share of the 15-24 band that is 18-24 (7 of 10 years)

# ---- CBS-gegevens ----------------------------------------------------------
# The KWB columns the model reads (MODEL.md section 6.1), for the sheet's
# explanation only: the add-in finds them by name (EPAREGION* functions).
KWB = (
    ("gwb_code_10", "code van het gebied: GM (gemeente), WK (wijk) of BU (buurt) en cijfers"),
    ("regio", "naam van het gebied"),
    ("gm_naam", "naam van de gemeente"),
    ("a_inw", "inwoners (alle leeftijden)"),
    ("a_15_24 ... a_65_oo", "inwoners per leeftijdsgroep (voor de 18-plussers)"),
    ("a_hh, a_1p_hh", "particuliere huishoudens, waarvan eenpersoons"),
    ("a_soz_wb, a_soz_ao", "personen met bijstand, met een AO-uitkering"),
    ("ste_oad", "adressendichtheid OAD (adressen per km²)"),
)
R_SOURCE = 2
R_FACTOR = 4
COLS_HEAD = 6
COLS_FIRST = COLS_HEAD + 1
COLS_LAST = COLS_FIRST + len(KWB) - 1
R_OVERFLOW = COLS_LAST + 2                 # warning: rows past the capacity
CBS_HEAD = 24                              # the pasted header row: the cell CBS_PLAK
CBS_FIRST = CBS_HEAD + 1
# The national KWB file has about 18,000 rows.
N_ROWS = int(os.environ.get("EPA_TEMPLATE_ROWS", "20000"))
CBS_LAST = CBS_FIRST + N_ROWS - 1
# Columns handed to the add-in: KWB has 121 (A:DQ); DZ leaves room for a
# few more.  Every cell of the block is converted for each call, so a wider
# block costs time on every recalculation (docs/template.md).
CBS_RIGHT = "DZ"
CBS = "$'CBS-gegevens'"
PASTE = "%s.$A$%d:$%s$%d" % (CBS, CBS_HEAD, CBS_RIGHT, CBS_LAST)   # header and rows
BEYOND = "%s.$A$%d:$%s$1048576" % (CBS, CBS_LAST + 1, CBS_RIGHT)
FACTOR = "%s.$B$%d" % (CBS, R_FACTOR)
UNKNOWN, EXCLUDED, STATUS_OK = "onbekend", "uitgesloten", "berekend"

# ---- Rijen: EPAREGIONROWS, one row per pasted row --------------------------
RIJ_HEAD = 5
RIJ_FIRST = RIJ_HEAD + 1
RIJ_LAST = RIJ_FIRST + N_ROWS - 1
ROW_COLUMNS = ("status", "toelichting", "code", "naam", "gemeente", "soort", "inwoners", "volwassenen",
               "voorspeld per 1.000", "voorspeld in zorg", "eenpersoonshuishoudens %", "bijstand %",
               "AO-uitkering %", "OAD")
RCOL = dict(zip(("status", "text", "code", "name", "gem", "kind", "inh", "adults", "prev", "count", "single", "wwb",
                 "ao", "oad"), "ABCDEFGHIJKLMN"))

# ---- Gemeenten: EPAREGIONGEMEENTEN, one row per gemeente --------------------
GEM_HEAD = 8
GEM_TOTAL = GEM_HEAD + 1                   # above the gemeenten: never alone on a printed page
GEM_FIRST = GEM_TOTAL + 1
N_GEM = 40                                 # a region of the centrumgemeenten or zorgkantoren has fewer;
GEM_LAST = GEM_FIRST + N_GEM - 1           # the header, the total and 40 rows print on one page
GMCOL = dict(input="A", code="B", name="C", inh="D", adults="E", count="F", prev="G", low="H", high="I",
             level="J", cover="K", ok="L", unknown="M")
# The function's 11 columns, beside the table (the table refers to them).
GEM_OUT = dict(zip(("code", "name", "level", "ok", "unknown", "inh", "gm_inh", "adults", "count", "prev", "cover"),
                   ("O", "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y")))

# ---- Gebieden: EPAREGIONAREAS, the region's areas at the chosen level -------
GCOL = dict(code="A", name="B", gemeente="C", status="D", inh="E", oad="F", single="G", wwb="H", ao="I",
            adults="J", actual="K", urb="L", prev="M", count="N", low="O", high="P", dev="Q",
            inst="R", actual_n="S")
T_HEAD = 7
T_ALL, T_ACTUAL, T_NOINST, T_INST, T_UNKNOWN = range(T_HEAD + 1, T_HEAD + 6)
S_HEAD = T_UNKNOWN + 7
(S_ADULTS, S_INCARE, S_NOTINCARE, S_POP, S_INH, S_INCARE_100K, S_POP_100K, S_INST, S_OUTSIDE,
 S_INH_ALL) = range(S_HEAD + 1, S_HEAD + 11)
S_VAL = "J"                                # summary values
N_AREAS = min(1000, N_ROWS)         # EPAREGIONAREAS has a row per pasted row
FIRST_AREA = S_INH_ALL + 5
LAST_AREA = FIRST_AREA + N_AREAS - 1
N_PRINTED = 60                             # area rows in the print area
# The function's 14 columns (EPAREGIONAREAS), then the actual values the
# user types, each with its area's code (a value stays with its code
# whatever the paste, the level or the region list).
AREA_OUT = dict(zip(RCOL, ("V", "W", "X", "Y", "Z", "AA", "AB", "AC", "AD", "AE", "AF", "AG", "AH", "AI")))
ACT_CODE, ACT_VALUE = "AK", "AL"

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
R_NAME, R_LEVEL, R_INHAB, R_PER100K, R_INDEX, R_OWN, R_TARGET, R_BOUND, R_START, R_REF = range(7, 17)
U_HEAD = R_REF + 2
U_INHAB, U_BOUND, U_TARGET, U_LEVEL, U_BUDGET = range(U_HEAD + 1, U_HEAD + 6)
INH, BOUND, TARGET, BUDGET = ("$B$%d" % r for r in (U_INHAB, U_BOUND, U_TARGET, U_BUDGET))   # on Regio
R_BUDGET = U_BUDGET
C_HEAD = U_BUDGET + 3                      # the count of pasted rows and the region's totals
# EPAREGIONTOTALS' 13 rows in column B (its order), then the template's own.
(C_READ, C_OK, C_UNKNOWN, C_OUT, C_INH, C_INH_OK, C_ADULTS, C_PRED, C_WHOLE, C_COVERED, C_GEMEENTEN,
 C_COMPLETE_FN, C_MESSAGE_FN) = range(C_HEAD + 1, C_HEAD + 14)
C_BEYOND, C_PASTED, C_CHECK, C_COMPLETE, C_MESSAGE, C_COVER = range(C_HEAD + 14, C_HEAD + 20)
R_BUD_HEAD = C_COVER + 4                  # budget table header; categories below, total after
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
PATH_NOTE = PATH_CAP_FIRST + len(PATH_CAPACITY)
PATH_OWN = PATH_NOTE + 1                   # 1: the euros start from the region's own spending (Inventarisatie)

# The documented interface (README, guide): document-level named ranges.
NAMES = {
    "CBS_PLAK": "%s.$A$%d" % (CBS, CBS_HEAD),
    "REGIO_GEMEENTEN": "$Gemeenten.$A$%d:$A$%d" % (GEM_FIRST, GEM_LAST),
    "RIJEN_GEPLAKT": "$Regio.$B$%d" % C_PASTED,
    "RIJEN_BEREKEND": "$Regio.$B$%d" % C_OK,
    "RIJEN_ONBEKEND": "$Regio.$B$%d" % C_UNKNOWN,
    "RIJEN_UITGESLOTEN": "$Regio.$B$%d" % C_OUT,
    "REGIO_INWONERS": "$Regio.$B$%d" % C_INH,
    "REGIO_VOLWASSENEN": "$Regio.$B$%d" % C_ADULTS,
    "REGIO_VOORSPELD": "$Regio.$B$%d" % C_PRED,
    "REGIO_BUDGET": "$Regio.$B$%d" % U_BUDGET,
    "REGIO_VOLLEDIG": "$Regio.$B$%d" % C_COMPLETE,
    "REGIO_MELDING": "$Regio.$B$%d" % C_MESSAGE,
    "PER_GEMEENTE": "$Gemeenten.$B$%d:$I$%d" % (GEM_FIRST, GEM_LAST),
}
# The arguments every EPAREGION* call of the template shares.
LEVEL = "$Regio.$B$%d" % U_LEVEL
REGION_ARGS = "%s;$Gemeenten.$A$%d:$A$%d;%s;%s" % (PASTE, GEM_FIRST, GEM_LAST, LEVEL, FACTOR)
FIRST_ROW = str(CBS_FIRST)


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


def text_of(column, row):
    """A plain reference to a text of a table function's result, with &"":
    Calc does not register the texts of an add-in's array result in its
    string pool, so =, COUNTIF, MATCH and VLOOKUP never find them equal to
    a typed text; a text made by & is registered (README, docs/template.md)."""
    return '=%s%d&""' % (column, row)


class Builder(Style):
    def print_line(self, sheet):
        super().print_line(sheet, '="Regio: "&IF(ISBLANK($Regio.$B$%d);"(naam invullen op blad Regio)";'
                           '$Regio.$B$%d)' % (R_NAME, R_NAME))

    def addin_check(self, sheet, ref):
        """A cell that warns when the add-in is missing.  It keeps the default
        number format on purpose: Calc evaluates such formula cells when it
        opens a file, while cells with an explicit format show the value
        saved in the file until the next recalculation."""
        self.put(sheet, ref, '=IF(ISERROR(EPAURBANITY(1000));"%s";"")' % ADDIN_MISSING, WARN)

    # -- CBS-gegevens --------------------------------------------------------
    def cbs(self, sh):
        self.widths(sh, (3.2, 8.8, 3.0, 3.6) + (2.2,) * 12)
        self.print_line(sh)
        self.put(sh, "A%d" % R_SOURCE, SOURCE, INPUT)
        self.cell(sh, "A%d:C%d" % (R_SOURCE, R_SOURCE)).merge(True)
        self.put(sh, "D%d" % R_SOURCE, "<- bron van de geplakte cijfers; pas aan als u eigen cijfers plakt")
        self.put(sh, "A3", "Plak hier een CBS-download van de Kerncijfers wijken en buurten zoals die is, in een "
                 "nieuw werkboek uit dit sjabloon (rij %d en lager leeg): klik op cel A%d en plak de kopregel met de "
                 "kolomnamen (zoals a_inw) en alle rijen eronder, tot %s rijen: het hele landelijke bestand past. "
                 "Kolommen mogen in elke volgorde staan en er mogen meer zijn (tot kolom %s): ze worden op naam "
                 "gevonden. Welke gemeenten tot de regio horen zet u op blad Gemeenten; elke geplakte rij krijgt op "
                 "blad Rijen een status met de reden." % (CBS_HEAD, CBS_HEAD, "{:,}".format(N_ROWS).replace(",", "."),
                                                          CBS_RIGHT), TEXT)
        self.cell(sh, "A3:P3").merge(True)
        sh.Rows.getByIndex(2).Height = 1400
        self.put(sh, "A%d" % R_FACTOR, "Factor 18+", None)
        self.put(sh, "B%d" % R_FACTOR, ADULT_FACTOR, INPUT, "0,00")
        self.number_validation(self.cell(sh, "B%d" % R_FACTOR), 0, 1, "Een getal van 0 tot en met 1 (standaard 0,7).")
        self.put(sh, "C%d" % R_FACTOR, "deel van de 15-24-jarigen dat 18+ is (0 tot 1). CBS geeft geen aantal "
                 "18-plussers; benadering: volwassenen = factor x (15-24 jaar) + 25-44 + 45-64 + 65+.")
        self.put(sh, "A%d" % (COLS_HEAD - 1), "De kolommen die gelezen worden (op naam)", SUBTITLE)
        self.head_row(sh, COLS_HEAD, ("CBS-kolom", "Betekenis"))
        for i, (name, meaning) in enumerate(KWB):
            self.put(sh, "A%d" % (COLS_FIRST + i), name)
            self.put(sh, "B%d" % (COLS_FIRST + i), meaning)
        self.put(sh, "A%d" % (COLS_LAST + 1), "Ontbreekt er een of staat er een twee keer, dan noemt blad Rijen hem "
                 "bij elke rij die hij raakt.")
        # Rows past the capacity are not read; Regio counts them and says so.
        self.put(sh, "A%d" % R_OVERFLOW, '=IF(COUNTA({b})>0;"LET OP: er staan cijfers onder rij {last}; alleen rijen '
                 '{first} tot en met {last} worden gelezen. Zie de telling op blad Regio.";"")'.format(
                     b=BEYOND, first=CBS_FIRST, last=CBS_LAST), WARN)
        self.put(sh, "A%d" % (CBS_HEAD - 1), "Geplakte CBS-gegevens (kopregel in rij %d)" % CBS_HEAD, SUBTITLE)
        # The template ships without rows: nothing of an example can stay
        # behind a user's paste.  The example is pasted by paste_example().
        self.put(sh, "A%d" % CBS_HEAD, None, INPUT)
        self.put(sh, "B%d" % CBS_HEAD, "<- klik hier (CBS_PLAK) en plak de kopregel met alle rijen eronder")
        self.fit_headers(sh, COLS_LAST)
        self.print_area(sh, "A1:D%d" % R_OVERFLOW)     # the instructions and the columns, not the rows

    # -- Rijen ----------------------------------------------------------------
    def rijen(self, sh):
        """Every pasted row with its status and reason: one array formula."""
        self.print_line(sh)
        self.put(sh, "A2", "Elke geplakte rij: status, reden en wat zij bijdraagt", TITLE)
        self.put(sh, "A3", "'berekend' telt mee; 'onbekend' hoort bij de regio maar een cijfer ontbreekt of kan niet "
                 "(de reden noemt de kolom); 'uitgesloten' telt niet mee (ander niveau, dubbel, buiten de regio). "
                 "Rij voor rij uit blad CBS-gegevens (rij %d hier is rij %d daar); de telling staat op blad Regio."
                 % (RIJ_FIRST, CBS_FIRST), TEXT)
        self.cell(sh, "A3:N3").merge(True)
        sh.Rows.getByIndex(2).Height = 900
        self.head_row(sh, RIJ_HEAD, ROW_COLUMNS)
        self.array(sh, "A%d:N%d" % (RIJ_FIRST, RIJ_LAST),
                   "=EPAREGIONROWS(%s;%s)" % (REGION_ARGS, FIRST_ROW), CALC)
        for key, fmt in (("inh", "#.##0"), ("adults", "#.##0"), ("prev", "0,00"), ("count", "#.##0,0"),
                         ("single", "0,00"), ("wwb", "0,00"), ("ao", "0,00"), ("oad", "#.##0")):
            self.cell(sh, "%s%d:%s%d" % (RCOL[key], RIJ_FIRST, RCOL[key], RIJ_LAST)).NumberFormat = self.fmt(fmt)
        self.widths(sh, (2.2, 11.0, 2.6, 5.2, 2.0, 2.2) + (2.2,) * 8)
        for key in ("text", "name"):                    # a long text is made smaller, never cut
            self.cell(sh, "%s%d:%s%d" % (RCOL[key], RIJ_FIRST, RCOL[key], RIJ_LAST)).ShrinkToFit = True
        self.fit_headers(sh, RIJ_HEAD)
        self.print_area(sh, "A1:N%d" % (RIJ_FIRST + N_PRINTED - 1))
        self.put(sh, "A%d" % (RIJ_HEAD - 1), "Afgedrukt: de eerste %d rijen; de telling staat op blad Regio; meer "
                 "afdrukken: Opmaak > Afdrukbereiken > Bewerken." % N_PRINTED)

    # -- Gemeenten -------------------------------------------------------------
    def gemeenten(self, sh):
        g, o = GMCOL, GEM_OUT
        a, z = GEM_FIRST, GEM_LAST
        self.print_line(sh)
        self.put(sh, "A2", "Gemeenten van de regio naast elkaar", TITLE)
        self.addin_check(sh, "H2")
        self.put(sh, "A3", "Kolom A: de CBS-codes van de gemeenten van uw regio (GM0344, 0344 of 344), een per "
                 "regel. Leeg = alle gemeenten die u op blad CBS-gegevens plakte. Rijen van andere gemeenten worden "
                 "uitgesloten (blad Rijen). Elke gemeente zegt of haar gebieden de hele gemeente dekken.", TEXT)
        self.cell(sh, "A3:M3").merge(True)
        sh.Rows.getByIndex(2).Height = 900
        self.legend(sh, "A4", "B4", "C4")
        self.put(sh, "A%d" % (GEM_HEAD - 2), "Gemeenten in de regio:")
        self.put(sh, "D%d" % (GEM_HEAD - 2), "=$Regio.$B$%d" % C_GEMEENTEN, CALC, "0")
        self.put(sh, "E%d" % (GEM_HEAD - 2),
                 '=IF(D%d>%d;"LET OP: de regio telt "&D%d&" gemeenten; de tabel toont de eerste %d. De totalen op blad '
                 'Regio tellen ze alle.";"")' % (GEM_HEAD - 2, N_GEM, GEM_HEAD - 2, N_GEM), WARN)
        # The function's table, beside the one users read.
        self.put(sh, "%s%d" % (o["code"], GEM_HEAD - 1), "EPAREGIONGEMEENTEN over blad CBS-gegevens", SUBTITLE)
        self.head_row(sh, GEM_HEAD, ("gemeente", "naam", "telt per", "gebieden berekend", "gebieden onbekend",
                                     "inwoners gebieden", "inwoners gemeenteregel", "volwassenen", "voorspeld in zorg",
                                     "voorspeld per 1.000", "dekking"), first_col=colnum(o["code"]))
        self.array(sh, "%s%d:%s%d" % (o["code"], a, o["cover"], z), "=EPAREGIONGEMEENTEN(%s)" % REGION_ARGS, CALC)
        # The table users read: plain references to it, and the band.
        col = lambda key, out=o: "$%s$%d:$%s$%d" % (out[key], a, out[key], z)  # noqa: E731
        cols = [
            (g["input"], "Gemeentecode (invoer)", None, INPUT, "@"),
            # texts with &"": Calc registers them only so (see text_of)
            (g["code"], "Code", text_of(o["code"], a), CALC, None),
            (g["name"], "Naam", text_of(o["name"], a), CALC, None),
            (g["inh"], "Inwoners", "=%s%d" % (o["inh"], a), CALC, "#.##0"),
            (g["adults"], "Volwassenen (18+, berekend)", "=%s%d" % (o["adults"], a), CALC, "#.##0"),
            (g["count"], "Voorspeld aantal in zorg", "=%s%d" % (o["count"], a), CALC, "#.##0"),
            (g["prev"], "Per 1.000 volwassenen", "=%s%d" % (o["prev"], a), CALC, "0,0"),
            (g["level"], "Geteld per", text_of(o["level"], a), CALC, None),
            (g["cover"], "Dekking (inwoners t.o.v. gemeenteregel)", text_of(o["cover"], a), CALC, None),
            (g["ok"], "Gebieden berekend", "=%s%d" % (o["ok"], a), CALC, "0"),
            (g["unknown"], "Gebieden onbekend", "=%s%d" % (o["unknown"], a), CALC, "0"),
        ]
        self.columns(sh, GEM_HEAD, a, z, cols)
        for key, side in (("low", "laag"), ("high", "hoog")):
            self.put(sh, "%s%d" % (g[key], GEM_HEAD), "Band 75%%: %s (per 1.000)" % side, HEADER)
            self.array(sh, "%s%d:%s%d" % (g[key], a, g[key], z), '=IF(ISNUMBER({p});EPABAND({p};75;"{s}");"")'.format(
                p="%s%d:%s%d" % (g["prev"], a, g["prev"], z), s=side), CALC, "0,0")
        inputs = self.cell(sh, "A%d:A%d" % (a, z))
        self._validation(inputs, "TEXT_LEN", "1", "6", "Gemeentecode",
                         "De CBS-code van een gemeente: GM0344, 0344 of 344. Leeg laten = alle geplakte gemeenten.")
        self.empty_rows_plain(sh, "B%d:M%d" % (a, z), "$B%d" % a)
        t = GEM_TOTAL
        self.cell(sh, "A%d:M%d" % (t, t)).CellStyle = TOTAL
        self.put(sh, "A%d" % t, "Totaal", TOTAL)
        self.put(sh, "%s%d" % (g["name"], t), "Hele regio", TOTAL)      # the chart's first category
        for key, ref, fmt in (("inh", C_INH, "#.##0"), ("adults", C_ADULTS, "#.##0"), ("count", C_PRED, "#.##0")):
            self.put(sh, "%s%d" % (g[key], t), "=$Regio.$B$%d" % ref, TOTAL, fmt)
        self.put(sh, "%s%d" % (g["prev"], t), '=IF(N({e})>0;{f}/{e}*1000;"")'.format(
            e="%s%d" % (g["adults"], t), f="%s%d" % (g["count"], t)), TOTAL, "0,0")
        # What the totals leave out, in words: wrapped over the row's last
        # columns, two lines high, so that a long message is never cut.
        self.put(sh, "%s%d" % (g["level"], t), "=$Regio.$B$%d" % C_MESSAGE, WARN, wrap=True)
        self.cell(sh, "%s%d:M%d" % (g["level"], t, t)).merge(True)
        sh.Rows.getByIndex(t - 1).Height = 900
        self.put(sh, "A%d" % (GEM_HEAD - 1), "De band geldt voor één gebied met deze voorspelling (75% van de "
                 "postcodegebieden lag erbinnen); voor een gemeente als geheel is de spreiding kleiner, maar niet bekend.")
        self.widths(sh, (3.2, 2.4, 5.2, 2.6, 2.8, 2.8, 2.4, 2.4, 2.4, 3.2, 6.0, 2.2, 2.2, 0.6) + (2.4,) * 11)
        self.fit_headers(sh, t)
        chart_row = GEM_LAST + 4
        self.put(sh, "A%d" % (chart_row - 1), "Voorspeld per 1.000 volwassenen per gemeente, met de 75%-band", SUBTITLE)
        bottom = self.chart(sh, "PrevalentiePerGemeente", "A%d" % chart_row, 0, 24.0, 16.0,
                            ("C%d:C%d" % (GEM_HEAD, GEM_LAST), "G%d:I%d" % (GEM_HEAD, GEM_LAST)),
                            "EPA-zorgprevalentie per gemeente (per 1.000 volwassenen): voorspeld en 75%-band",
                            False, False, "per 1.000 volwassenen", horizontal=True)
        sh.Rows.getByIndex(chart_row - 3).IsStartOfNewPage = True
        self.print_area(sh, "A1:M%d" % (self.row_below(sh, bottom) + 1))

    # -- Gebieden ------------------------------------------------------------
    def gebieden(self, sh):
        g, o = GCOL, AREA_OUT
        a, z = FIRST_AREA, LAST_AREA
        widths = {"A": 2.4, "B": 4.8, "C": 2.2, "D": 6.0, "E": 2.4, "F": 2.4, "G": 2.6, "H": 2.6, "I": 2.6,
                  "J": 2.6, "K": 2.4, "L": 2.3, "M": 2.4, "N": 2.4, "O": 2.1, "P": 2.1, "Q": 2.3, "R": 2.6,
                  "S": 2.4, "T": 0.6}
        for c, w in widths.items():
            sh.Columns.getByIndex(colnum(c)).Width = int(w * 1000)
        self.print_line(sh)
        self.put(sh, "A2", "EPA-prevalentie per wijk of buurt van de regio (uit de CBS-gegevens)", TITLE)
        self.addin_check(sh, "J2")
        self.put(sh, "A3", "=%s.$A$%d" % (CBS, R_SOURCE))
        self.put(sh, "A4", "De gebieden van de regio op het gekozen niveau (blad Regio), met hun gemeente. Heeft u "
                 "eigen cijfers over zorggebruik (Vektis of de eigen GGZ-registratie), vul ze dan in kolom %s en %s "
                 "in, met de code van het gebied: zo blijft een cijfer bij zijn gebied, ook na opnieuw plakken."
                 % (ACT_CODE, ACT_VALUE))
        self.legend(sh, "A5", "B5", "C5")
        col = {key: "$%s$%d:$%s$%d" % (g[key], a, g[key], z) for key in g}
        rng = lambda key: "%s%d:%s%d" % (g[key], a, g[key], z)  # noqa: E731
        # Totals: each row says what it covers.
        self.put(sh, "A%d" % T_HEAD, "Totalen (elke rij zegt welke gebieden)", HEADER)
        self.cell(sh, "A%d:C%d" % (T_HEAD, T_HEAD)).merge(True)
        for key, text in (("status", "Aantal gebieden"), ("inh", "Inwoners"), ("adults", "Volwassenen (18+)"),
                          ("actual", "Werkelijk per 1.000"), ("prev", "Voorspeld per 1.000"),
                          ("count", "Voorspeld aantal in zorg"), ("actual_n", "Werkelijk aantal in zorg")):
            self.put(sh, "%s%d" % (g[key], T_HEAD), text, HEADER)
        status_no = "$%s$%d:$%s$%d" % (o["status"], a, o["status"], z)     # 1 berekend, 2 onbekend
        ok_crit = "%s;1" % status_no
        # the user's value is a number; "" (no value) matches no numeric criterion
        crits = {T_ACTUAL: '%s;%s;">=0"' % (ok_crit, col["actual"]),
                 T_NOINST: '%s;%s;"nee"' % (ok_crit, col["inst"]),
                 T_INST: '%s;%s;"ja"' % (ok_crit, col["inst"])}
        labels = {T_ALL: "Alle berekende gebieden van de regio (voorspeld)",
                  T_ACTUAL: "Gebieden met werkelijke waarde",
                  T_NOINST: "Idem, zonder instellingsgebieden",
                  T_INST: "Instellingsgebieden (> 42,5)"}
        self.cell(sh, "A%d:S%d" % (T_ALL, T_UNKNOWN)).CellStyle = TOTAL
        for t, label in labels.items():
            self.put(sh, "A%d" % t, label, TOTAL)
            self.cell(sh, "A%d:C%d" % (t, t)).merge(True)
        for key, ref in (("status", C_OK), ("inh", C_INH_OK), ("adults", C_ADULTS), ("count", C_PRED)):
            self.put(sh, "%s%d" % (g[key], T_ALL), "=$Regio.$B$%d" % ref, TOTAL, "0" if key == "status" else "#.##0")
        self.put(sh, "%s%d" % (g["dev"], T_ALL), "=$Regio.$B$%d" % C_MESSAGE, WARN, wrap=True)
        self.cell(sh, "%s%d:%s%d" % (g["dev"], T_ALL, g["actual_n"], T_ALL)).merge(True)   # room for the message
        sh.Rows.getByIndex(T_ALL - 1).Height = 900
        for t, crit in crits.items():
            self.put(sh, "%s%d" % (g["status"], t), "=COUNTIFS(%s)" % crit, TOTAL, "0")
            for key in ("inh", "adults", "count", "actual_n"):
                self.put(sh, "%s%d" % (g[key], t), "=SUMIFS(%s;%s)" % (col[key], crit), TOTAL, "#.##0")
        for t in list(labels):
            ad, cnt, act = ("%s%d" % (g[k], t) for k in ("adults", "count", "actual_n"))
            self.put(sh, "%s%d" % (g["prev"], t), '=IF(N(%s)>0;%s/%s*1000;"")' % (ad, cnt, ad), TOTAL, "0,0")
            if t != T_ALL:
                self.put(sh, "%s%d" % (g["actual"], t), '=IF(N(%s)>0;%s/%s*1000;"")' % (ad, act, ad), TOTAL, "0,0")
        self.put(sh, "A%d" % T_UNKNOWN, "Niet meegeteld: %s (reden op blad Rijen)" % UNKNOWN, TOTAL)
        self.cell(sh, "A%d:C%d" % (T_UNKNOWN, T_UNKNOWN)).merge(True)
        self.put(sh, "%s%d" % (g["status"], T_UNKNOWN), "=$Regio.$B$%d" % C_UNKNOWN, TOTAL, "0")
        self.lines(sh, T_UNKNOWN + 1, (
            "Alleen gebieden met status 'berekend' tellen mee; 'onbekend' (een cijfer ontbreekt of kan niet) en "
            "'uitgesloten' niet. De telling van alle geplakte rijen staat op blad Regio.",
            "Rij 2 en 3: werkelijk en voorspeld over dezelfde gebieden (die met een werkelijke waarde), rij 3 zonder "
            "instellingen. Gewogen naar volwassenen. De 75%-band geldt per gebied; het totaal heeft geen band."))
        self.put(sh, "A%d" % (T_UNKNOWN + 3), '=IF($Regio.$B${ok}+$Regio.$B${u}>{m};"LET OP: de regio heeft "&'
                 '($Regio.$B${ok}+$Regio.$B${u})&" gebieden; de lijst hieronder toont de eerste {m} (de totalen tellen '
                 'ze alle).";"")'.format(ok=C_OK, u=C_UNKNOWN, m=N_AREAS), WARN)

        s, v = S_HEAD, S_VAL
        self.put(sh, "A%d" % s, "Samenvatting (berekende gebieden)", SUBTITLE)
        rows = (
            (S_ADULTS, "Volwassenen (18+, benadering)", "=%s%d" % (g["adults"], T_ALL), CALC, "#.##0"),
            (S_INCARE, "Voorspeld aantal volwassenen met EPA in GGZ-zorg", "=%s%d" % (g["count"], T_ALL), CALC,
             "#.##0"),
            (S_NOTINCARE, "Aandeel mensen met EPA dat niet in GGZ-zorg is (0% tot 90%)", 0.25, INPUT, "0%"),
            (S_POP, "Geschat aantal volwassenen met EPA, ook wie niet in zorg is",
             '=IF(OR(N({v}{i})=0;NOT(ISNUMBER({v}{n})));"";EPAPOPULATION({v}{i};{v}{n}))'.format(
                 v=v, i=S_INCARE, n=S_NOTINCARE), CALC, "#.##0"),
            (S_INH, "Inwoners (alle leeftijden) van de berekende gebieden", "=%s%d" % (g["inh"], T_ALL), CALC,
             "#.##0"),
            (S_INCARE_100K, "Volwassenen met EPA in zorg per 100.000 inwoners",
             '=IF(N({v}{h})>0;{v}{i}/{v}{h}*100000;"")'.format(v=v, h=S_INH, i=S_INCARE), CALC, "#.##0"),
            (S_POP_100K, "Volwassenen met EPA (ook niet in zorg) per 100.000 inwoners",
             '=IF(AND(N({v}{h})>0;ISNUMBER({v}{p}));{v}{p}/{v}{h}*100000;"")'.format(v=v, h=S_INH, p=S_POP),
             CALC, "#.##0"),
            (S_INST, "Gebieden met aanwijzing voor een instelling (werkelijk > 42,5)",
             "=%s%d" % (g["status"], T_INST), CALC, "0"),
            (S_OUTSIDE, "Gebieden zonder instelling waar werkelijk buiten de 75%-band valt",
             '=SUMPRODUCT(ISNUMBER({d})*({d}>0.75)*({i}="nee"))'.format(d=col["dev"], i=col["inst"]), CALC, "0"),
            (S_INH_ALL, "Inwoners van alle gebieden van de regio, ook met status onbekend", "=$Regio.$B$%d" % C_INH,
             CALC, "#.##0"),
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

        # The function's list of areas, then the table users read.
        hrow = a - 1
        self.put(sh, "%s%d" % (o["status"], hrow - 1), "EPAREGIONAREAS over blad CBS-gegevens", SUBTITLE)
        self.head_row(sh, hrow, ROW_COLUMNS, first_col=colnum(o["status"]))
        self.array(sh, "%s%d:%s%d" % (o["status"], a, o["oad"], z), "=EPAREGIONAREAS(%s;%s)" % (REGION_ARGS, FIRST_ROW),
                   CALC)
        self.put(sh, "%s%d" % (ACT_CODE, hrow - 1), "Eigen cijfers (invoer)", SUBTITLE)
        self.head_row(sh, hrow, ("Code van het gebied", "Werkelijk per 1.000"), first_col=colnum(ACT_CODE))
        self.cell(sh, "%s%d:%s%d" % (ACT_CODE, a, ACT_VALUE, z)).CellStyle = INPUT
        self._validation(self.cell(sh, "%s%d:%s%d" % (ACT_CODE, a, ACT_CODE, z)), "TEXT_LEN", "6", "10",
                         "Code van het gebied", "De CBS-code van het gebied, zoals in kolom A: WK034401 of BU03440101.")
        self.number_validation(self.cell(sh, "%s%d:%s%d" % (ACT_VALUE, a, ACT_VALUE, z)), 0, 1000,
                               "Werkelijke prevalentie per 1.000 volwassenen: 0 tot 1.000.")
        self.put(sh, "A%d" % (hrow - 1), "Gebieden van de regio", SUBTITLE)
        ok = "$%s%d=1" % (o["status"], a)
        ref = lambda key: "%s%d" % (o[key], a)  # noqa: E731
        cols = [
            (g["code"], "Code", text_of(o["code"], a), CALC, None),
            (g["name"], "Gebied", text_of(o["name"], a), CALC, None),
            (g["gemeente"], "Gemeente", text_of(o["gem"], a), CALC, None),
            (g["status"], "Status", text_of(o["text"], a), CALC, None),
            (g["inh"], "Inwoners", "=" + ref("inh"), CALC, "#.##0"),
            (g["oad"], "OAD (adressen per km²)", "=" + ref("oad"), CALC, "#.##0"),
            (g["single"], "Eenpersoons- huishoudens (%)", "=" + ref("single"), CALC, "0,00"),
            (g["wwb"], "Bijstand, WWB (% inwoners)", "=" + ref("wwb"), CALC, "0,00"),
            (g["ao"], "AO-uitkering (% inwoners)", "=" + ref("ao"), CALC, "0,00"),
            (g["adults"], "Volwassenen (18+, benadering)", "=" + ref("adults"), CALC, "#.##0"),
            # the user's own value, found by the area's code
            (g["actual"], "Werkelijk per 1.000",
             '=IF(OR({c}="";COUNTIFS({k};{c};{w};"<>")=0);"";VLOOKUP({c};{k}:{w};2;0))'.format(
                 c="%s%d" % (g["code"], a), k="$%s$%d:$%s$%d" % (ACT_CODE, a, ACT_CODE, z),
                 w="$%s$%d:$%s$%d" % (ACT_VALUE, a, ACT_VALUE, z)), CALC, "0,0"),
            (g["prev"], "Voorspeld per 1.000", "=" + ref("prev"), CALC, "0,0"),
            (g["count"], "Voorspeld aantal in zorg", "=" + ref("count"), CALC, "#.##0"),
            (g["actual_n"], "Werkelijk aantal in zorg",
             '=IF(AND({ok};ISNUMBER({k}));{k}*{j}/1000;"")'.format(ok=ok, k="%s%d" % (g["actual"], a),
                                                                    j="%s%d" % (g["adults"], a)), CALC, "#.##0"),
        ]
        self.columns(sh, hrow, a, z, cols)
        # the model's per-area functions in their range form, one array each
        prev, act, oad = rng("prev"), rng("actual"), rng("oad")
        is_ok = "%s%d:%s%d=1" % (o["status"], a, o["status"], z)
        has = "(%s)*ISNUMBER(%s)" % (is_ok, act)
        arrays = (
            ("urb", "Klasse stedelijk (CBS 1-5)", '=IF(%s;EPAURBANITY(%s);"")' % (is_ok, oad), "0"),
            ("low", "Band 75%: laag (per 1.000)", '=IF(%s;EPABAND(%s;75;"laag");"")' % (is_ok, prev), "0,0"),
            ("high", "Band 75%: hoog (per 1.000)", '=IF(%s;EPABAND(%s;75;"hoog");"")' % (is_ok, prev), "0,0"),
            ("dev", "Werkelijk valt binnen (kleinste band)", '=IF(%s;EPADEVIATION(%s;%s);"")' % (has, act, prev),
             '[<1]0%"-band";"buiten 95%-band"'),
            ("inst", "Instelling? (werkelijk > 42,5)", '=IF(%s;IF(EPAINSTITUTIONAL(%s);"ja";"nee");"")' % (has, act),
             None),
        )
        for key, head, formula, fmt in arrays:
            self.put(sh, "%s%d" % (g[key], hrow), head, HEADER)
            self.array(sh, rng(key), formula, CALC, fmt)
        for key in ("urb", "dev", "inst"):
            self.cell(sh, rng(key)).HoriJustify = CENTER
        for key in ("name", "gemeente", "status"):      # a long name is made smaller, never cut
            self.cell(sh, rng(key)).ShrinkToFit = True
        self.empty_rows_plain(sh, "A%d:S%d" % (a, z), "$D%d" % a)
        self.fit_headers(sh, hrow)
        sh.Rows.getByIndex(hrow - 3).IsStartOfNewPage = True
        self.print_area(sh, "A1:S%d" % (a + N_PRINTED - 1))
        self.put(sh, "D%d" % (hrow - 1), "Afgedrukt: de eerste %d gebieden; meer afdrukken: Opmaak > Afdrukbereiken > "
                 "Bewerken." % N_PRINTED)

    # -- Regio -------------------------------------------------------------
    def telling(self, sh):
        """The count of pasted rows and the region's totals (named ranges
        RIJEN_*, REGIO_*): one EPAREGIONTOTALS, then what the template adds
        of its own (rows below its capacity), and whether the totals cover
        the whole region, said where they stand."""
        self.put(sh, "A%d" % C_HEAD, "Telling van de geplakte rijen en de totalen van de regio (EPAREGIONTOTALS)",
                 SUBTITLE)
        sh.Rows.getByIndex(C_HEAD - 2).IsStartOfNewPage = True     # the count and its message on one page
        labels = (
            (C_READ, "Rijen gelezen (onder de kopregel, tot rij %d)" % CBS_LAST, "0", None),
            (C_OK, "  berekend", "0", "RIJEN_BEREKEND: tellen mee in de totalen"),
            (C_UNKNOWN, "  onbekend", "0", "RIJEN_ONBEKEND: horen bij de regio, maar een cijfer ontbreekt of kan "
             "niet; reden op blad Rijen"),
            (C_OUT, "  uitgesloten", "0", "RIJEN_UITGESLOTEN: ander niveau, dubbel, buiten de regio, geen code"),
            (C_INH, "Inwoners van de regio (berekend en onbekend)", "#.##0", "REGIO_INWONERS"),
            (C_INH_OK, "  waarvan in berekende gebieden", "#.##0", None),
            (C_ADULTS, "Volwassenen (18+) van de berekende gebieden", "#.##0", "REGIO_VOLWASSENEN"),
            (C_PRED, "Voorspeld aantal volwassenen met EPA in GGZ-zorg", "#.##0", "REGIO_VOORSPELD"),
            (C_WHOLE, "Inwoners volgens de gemeenteregels", "#.##0", "de gemeenten van de regio als geheel"),
            (C_COVERED, "Deel daarvan in berekende gebieden", "0,0%", None),
            (C_GEMEENTEN, "Gemeenten", "0", "zie blad Gemeenten"),
            (C_COMPLETE_FN, "Volledig volgens de geplakte rijen (1 = ja)", "0", None),
            (C_MESSAGE_FN, "Wat ontbreekt", None, None),
        )
        for row, label, fmt, note in labels:
            self.put(sh, "A%d" % row, label)
            self.put(sh, "C%d" % row, note)
            if fmt:
                self.cell(sh, "B%d" % row).NumberFormat = self.fmt(fmt)
        self.array(sh, "B%d:B%d" % (C_READ, C_MESSAGE_FN), "=EPAREGIONTOTALS(%s;%s)" % (REGION_ARGS, FIRST_ROW),
                   CALC)
        beyond = "B%d" % C_BEYOND
        rows = (
            (C_BEYOND, "Rijen onder de plakruimte (niet gelezen)", "=COUNTA(%s)" % BEYOND, "0",
             "alleen rijen %d tot en met %d worden gelezen" % (CBS_FIRST, CBS_LAST), CALC),
            (C_PASTED, "Rijen geplakt (onder de kopregel)", "=B%d+B%d" % (C_READ, C_BEYOND), "0",
             "RIJEN_GEPLAKT: alle rijen met inhoud, ook onder de plakruimte", CALC),
            (C_CHECK, "Klopt de telling? (geplakt = berekend + onbekend + uitgesloten + niet gelezen)",
             '=IF(B{p}=0;"nog niets geplakt";IF(B{p}=B{b}+B{o}+B{u}+{x};"ja";"NEE"))'.format(
                 p=C_PASTED, b=C_OK, o=C_UNKNOWN, u=C_OUT, x=beyond), None, None, TOTAL),
            (C_COMPLETE, "Totalen volledig? (1 = ja)", '=IF(%s>0;0;B%d)' % (beyond, C_COMPLETE_FN), "0",
             "REGIO_VOLLEDIG", TOTAL),
            (C_MESSAGE, "Melding", '=IF({b}>0;"onvolledig: "&{b}&" rijen onder rij {last} niet gelezen; ";"")&B{m}'
             .format(b=beyond, last=CBS_LAST, m=C_MESSAGE_FN), None, "REGIO_MELDING", WARN),
            (C_COVER, "Ingevulde inwoners gedekt door de gebieden",
             '=IF(AND(ISNUMBER(B{i});N(B{c})>0);B{c}/B{i};"")'.format(i=R_INHAB, c=C_INH), "0,0%",
             "alleen als u inwoners invult", CALC),
        )
        self.label_rows(sh, [(r, label, f, fmt, note, st) for r, label, f, fmt, note, st in rows], CALC)
        self.cell(sh, "B%d:G%d" % (C_MESSAGE, C_MESSAGE)).merge(True)
        self.cell(sh, "B%d" % C_MESSAGE).IsTextWrapped = True
        sh.Rows.getByIndex(C_MESSAGE - 1).Height = 1000
        # Where the totals stand: whether they are whole.
        for row in (C_INH, C_ADULTS, C_PRED):
            self.put(sh, "E%d" % row, '=IF(B{c}=1;"";"onvolledig: zie Melding")'.format(c=C_COMPLETE), WARN)
        self.put(sh, "C%d" % C_COVER, '=IF(NOT(ISNUMBER(B{v}));"alleen als u inwoners invult";IF(ABS(B{v}-1)>0.01;'
                 '"LET OP: de ingevulde inwoners wijken "&FIXED(ABS(B{v}-1)*100;1)&"% af van de geplakte gebieden";'
                 '"komt overeen"))'.format(v=C_COVER), WARN)

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
            (R_LEVEL, "Niveau van de gebieden", "wijk", None,
             "keuzelijst: wijk of buurt; een gemeente zonder rijen op dat niveau telt met het andere, anders met haar "
             "gemeenteregel"),
            (R_INHAB, "Inwoners (alle leeftijden), optioneel", None, "#.##0",
             "heel getal vanaf 1; leeg = inwoners van de gebieden van de regio (hieronder)"),
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
        self.label_rows(sh, inputs, INPUT)
        cell = lambda r: self.cell(sh, "B%d" % r)  # noqa: E731
        self.number_validation(cell(R_INHAB), 1, None, "Aantal inwoners: een heel getal vanaf 1; leeg laten mag.",
                               whole=True)
        self.number_validation(cell(R_PER100K), 0, None, "Een bedrag in euro vanaf 0.")
        self.number_validation(cell(R_INDEX), 0.5, 3, "Een index van 0,5 tot 3 (1 = prijzen van 2014); leeg = geen.")
        self.number_validation(cell(R_OWN), 0, None, "Een bedrag in euro vanaf 0; leeg laten mag.")
        self.list_validation(cell(R_LEVEL), ("wijk", "buurt"))
        self.list_validation(cell(R_TARGET), ("intensivering", "wijk"))
        self.list_validation(cell(R_BOUND), ("laag", "midden", "hoog"))
        self.number_validation(cell(R_START), 2000, 2100, "Een jaartal van 2000 tot 2100.", whole=True)
        self.number_validation(cell(R_REF), 100, 5000, "Een aantal per 100.000 inwoners van 100 tot 5.000.")

        self.put(sh, "A%d" % U_HEAD, "Gebruikt in de berekening", SUBTITLE)
        used = (
            (U_INHAB, "Inwoners", "=IF(ISNUMBER(B{i});B{i};B{c})".format(i=R_INHAB, c=C_INH),
             "#.##0", "uit de invoer, anders de inwoners van de gebieden van de regio (hieronder)"),
            (U_BOUND, "Grens", '=IF(ISBLANK(B{b});"midden";B{b})'.format(b=R_BOUND), None, "leeg = midden"),
            (U_TARGET, "Doelscenario", '=IF(ISBLANK(B{t});"wijk";B{t})'.format(t=R_TARGET), None, "leeg = wijk"),
            (U_LEVEL, "Niveau (CBS-code)", '=IF(B{l}="buurt";"BU";"WK")'.format(l=R_LEVEL), None,
             "WK = wijk, BU = buurt; leeg = wijk"),
            (U_BUDGET, "Totaal GGZ-budget per jaar",
             "=IF(ISNUMBER(B{o});B{o};GGZBUDGET(B{i};IF(ISNUMBER(B{p});B{p};38000000)*IF(ISNUMBER(B{x});B{x};1)))"
             .format(o=R_OWN, i=U_INHAB, p=R_PER100K, x=R_INDEX), "[$€-413] #.##0",
             "het eigen budget als dat is ingevuld, anders inwoners / 100.000 x bedrag per 100.000 (x index)", TOTAL),
        )
        self.label_rows(sh, used, CALC)
        self.telling(sh)
        self.budget_tables(sh)
        self.financing(sh)
        self.capacity(sh)
        self.prevalence_link(sh)
        self.variant(sh)
        self.transition_path(sh)
        self.fit_headers(sh)
        self.regio_charts(sh)

    def table_head(self, sh, row, title, first, cols):
        self.put(sh, "A%d" % (row - 1), title, SUBTITLE)
        self.head_row(sh, row, (first,) + tuple(cols))

    def budget_tables(self, sh):
        """Regio: euros and shares per category and scenario."""
        heads = tuple(label for _, label in SCENARIOS)
        self.table_head(sh, R_BUD_HEAD, "Budget per categorie (euro per jaar; euro's van 2014 tenzij index of eigen "
                        "budget)", "Categorie", heads)
        self.table_head(sh, R_SHARE_HEAD, "Aandeel van het totale GGZ-budget", "Categorie", heads)
        sh.Rows.getByIndex(R_SHARE_HEAD - 3).IsStartOfNewPage = True
        for i, (code, label) in enumerate(CATEGORIES + (("totaal", "Totaal"),), start=1):
            total = code == "totaal"
            style = TOTAL if total else CALC
            for head, fn, fmt in ((R_BUD_HEAD, '=SCENARIOBUDGET(%s;"{s}";"{c}")' % BUDGET, "[$€-413] #.##0"),
                                  (R_SHARE_HEAD, '=SCENARIOSHARE("{s}";"{c}")', "0,0%")):
                self.put(sh, "A%d" % (head + i), label, TOTAL if total else None)
                for j, (scode, _) in enumerate(SCENARIOS):
                    self.put(sh, "%s%d" % ("BCD"[j], head + i), fn.format(s=scode, c=code), style, fmt)
        self.put(sh, "A%d" % (R_BUD_HEAD + len(CATEGORIES) + 2),
                 "Ambulant EPA: inclusief alle ambulante GGZ-begeleiding uit de Wmo (rapport, Tabel 2).")

    def financing(self, sh):
        """Regio: annex 3's Tabel 1, who paid what in 2014, for the region's budget."""
        f = R_FIN_HEAD
        self.table_head(sh, f, "Landelijk 2014 in detail: wie betaalde wat (Tabel 1)", "Onderdeel",
                   ("Aandeel 2014", "Euro per jaar voor uw regio", "Financiering in 2014"))
        self.cell(sh, "D%d:F%d" % (f, f)).merge(True)
        for i, (label, _cat, share, payer) in enumerate(FINANCING, start=1):
            self.put(sh, "A%d" % (f + i), label)
            self.put(sh, "B%d" % (f + i), share, None, "0%")
            self.put(sh, "C%d" % (f + i), "=%s*B%d" % (BUDGET, f + i), CALC, "[$€-413] #.##0")
            self.put(sh, "D%d" % (f + i), payer)
        ft = f + len(FINANCING) + 1
        self.put(sh, "A%d" % ft, "Totaal", TOTAL)
        self.put(sh, "B%d" % ft, "=SUM(B%d:B%d)" % (f + 1, ft - 1), TOTAL, "0%")
        self.put(sh, "C%d" % ft, "=SUM(C%d:C%d)" % (f + 1, ft - 1), TOTAL, "[$€-413] #.##0")
        self.lines(sh, ft + 1, (
            "Ambulant EPA (12%) = Zvw EPA (7%) + AWBZ, nu Wmo (5%): het Wmo-deel is wat gemeenten betalen.",
            "Buiten de tabel: voorzieningen die Justitie financiert. Met die erbij gaat 59% in plaats van 56% "
            "van de uitgaven naar klinische zorg en beschermd wonen.",
            "Bedragen in euro's van 2014 (landelijk gemiddelde), tenzij u een prijsindex of een eigen budget "
            "invult."))

    def capacity(self, sh):
        """Regio (new page): capacity per item and scenario, with the report's norm."""
        heads = tuple(label for _, label in SCENARIOS)
        self.table_head(sh, R_CAP_HEAD, "Capaciteit voor de regio (aantallen: norm per 100.000 x inwoners / 100.000)",
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
                        s=scode, a=alias, i=INH, b=BOUND), CALC, "#.##0,0")
                else:
                    self.put(sh, ref, "–", CALC, None, CENTER)
            self.put(sh, "E%d" % r, note)
            self.cell(sh, "E%d:G%d" % (r, r)).merge(True)
        self.lines(sh, R_CAP_HEAD + len(CAPACITY) + 1, (
            "– : dit scenario noemt geen norm voor dit onderdeel.",
            "Normen met een bandbreedte (zoals 60-70) volgen de gekozen grens (laag, midden of hoog) bij de "
            "invoer bovenaan dit blad.",
            "Scenario 2: de FACT-teams zijn aandachtsteams binnen het wijk-GGZ-centrum, net als de "
            "IHT-specialisten;",
            "     hun fte zitten in de 40 fte per centrum: niet optellen bij de fte van de wijk-GGZ-centra.",
            "Gebroken aantallen (zoals 12,5 centra of 81,3 plaatsen) zijn normen, geen bestellingen: de regio "
            "kiest zelf",
            "     hoe zij die in teams, centra en plaatsen vertaalt."))

    def prevalence_link(self, sh):
        """Regio (new page): the model's estimate beside the national figures and the FACT capacity."""
        inh = INH
        lh = R_LINK_HEAD
        sh.Rows.getByIndex(lh - 3).IsStartOfNewPage = True
        self.table_head(sh, lh, "Prevalentie en capaciteit naast elkaar", "",
                        ("Aantal in de regio", "Per 100.000 inwoners", "Toelichting"))
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
            "fact0": ("FACT-cliënten volgens de norm: landelijk 2014", "=B%d" % CAP_ROW["fact_clienten"], None,
                      "capaciteit van de FACT-teams (tabel hierboven)"),
            "fact1": ("FACT-cliënten volgens de norm: scenario 1", "=C%d" % CAP_ROW["fact_clienten"], None, ""),
            "fact2": ("FACT-cliënten volgens de norm: scenario 2", "=D%d" % CAP_ROW["fact_clienten"], None, ""),
        }
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
        self.lines(sh, L_ROW["fact2"] + 1, (
            "Het model telt alleen volwassenen (18+); de landelijke cijfers tellen ook jongeren mee (landelijk",
            "     ca. 31.000 van de 216.000 mensen met EPA in zorg zijn jonger dan 18). Vergelijk met die marge.",
            "De voorbeeldregio's van het rapport gaan uit van de landelijke gemiddelde prevalentie; met de lokale",
            "     schatting bekijkt de regio of capaciteit of werkgebieden moeten meebewegen."))

    def variant(self, sh):
        """Regio: capacity scaled to the local prevalence (not a norm of the report)."""
        heads = tuple(label for _, label in SCENARIOS)
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

    def transition_path(self, sh):
        """Regio (new page): categories and capacity down, years across.  It
        starts from the region's own inventory where that is filled in: the
        euros when all four spending categories are known and none is
        negative (Inventarisatie, SPEND), beds and BW places each when
        entered; otherwise from the national distribution of 2014."""
        inh, bound, target, budget = INH, BOUND, TARGET, BUDGET
        p = R_PATH_HEAD
        own = "$B$%d=1" % PATH_OWN
        spend_row = {code: SPEND_HEAD + 1 + i for i, (code, _l) in enumerate(SPEND)}
        inv_row = {a: INV_FIRST + i for i, (_l, _v, a, _u, _g) in enumerate(CHECKLIST) if a}
        sh.Rows.getByIndex(p - 3).IsStartOfNewPage = True
        self.put(sh, "A%d" % (p - 1), '="Transitiepad: in vijf jaar van "&IF(%s;"de eigen uitgaven van de regio";'
                 '"de landelijke verdeling 2014")&" naar het doelscenario"' % own, SUBTITLE)
        self.put(sh, "A%d" % p, "Jaar", HEADER)
        self.put(sh, "A%d" % PATH_PROGRESS, "Voortgang (0% = startpunt)", HEADER)
        self.put(sh, "A%d" % (PATH_CAP_FIRST - 1), "Capaciteit op het pad (aantallen)", HEADER)
        for k in range(YEARS + 1):
            col = "BCDEFG"[k]
            self.put(sh, "%s%d" % (col, p), '=IF(ISNUMBER($B$%d);$B$%d;2025)+%d' % (R_START, R_START, k),
                     HEADER, "0", RIGHT)
            self.put(sh, "%s%d" % (col, PATH_PROGRESS), "=%d/%d" % (k, YEARS), HEADER, "0%", RIGHT)
            self.put(sh, "%s%d" % (col, PATH_CAP_FIRST - 1), None, HEADER)
            prog = "%s$%d" % (col, PATH_PROGRESS)
            for i, (code, label) in enumerate(CATEGORIES):
                self.put(sh, "A%d" % (PATH_FIRST_CAT + i), label + " (euro per jaar)")
                self.put(sh, "%s%d" % (col, PATH_FIRST_CAT + i),
                         '=IF({own};$Inventarisatie.$B${r}*(1-{p})+SCENARIOBUDGET({b};{t};"{c}")*{p};'
                         'SCENARIOBUDGET({b};{t};"{c}";{p}))'.format(own=own, r=spend_row[code], b=budget, t=target,
                                                                     c=code, p=prog), CALC, "[$€-413] #.##0")
            self.put(sh, "A%d" % PATH_TOTAL, "Totaal (euro per jaar)", TOTAL)
            self.put(sh, "%s%d" % (col, PATH_TOTAL), "=SUM({c}{a}:{c}{z})".format(
                c=col, a=PATH_FIRST_CAT, z=PATH_TOTAL - 1), TOTAL, "[$€-413] #.##0")
            for i, (alias, label) in enumerate(PATH_CAPACITY):
                r = PATH_CAP_FIRST + i
                national = 'SCENARIOCAPACITY("huidig";"{a}";{i};{b})'.format(a=alias, i=inh, b=bound)
                start = ("IF(ISNUMBER($Inventarisatie.${c}${r});$Inventarisatie.${c}${r};{n})".format(
                    c=INV_PLACES, r=inv_row[alias], n=national) if alias in inv_row else national)
                self.put(sh, "A%d" % r, label)
                self.put(sh, "%s%d" % (col, r), '={s}*(1-{p})+SCENARIOCAPACITY({t};"{a}";{i};{b})*{p}'.format(
                    s=start, a=alias, i=inh, b=bound, p=prog, t=target), CALC, "#.##0,0")
        self.put(sh, "A%d" % PATH_NOTE, "Elk jaar schuift een vijfde op, in een rechte lijn van het startpunt naar het "
                 "doelscenario. Startpunt in euro's: de eigen uitgaven op blad Inventarisatie als alle vier categorieën "
                 "bekend zijn en geen negatief is, anders de landelijke verdeling 2014 van het budget hierboven. "
                 "Bedden en plaatsen BW: de eigen aantallen als die zijn ingevuld. FACT-teams: landelijk 2014 (de "
                 "inventarisatie telt fte, geen teams).", wrap=True)
        self.cell(sh, "A%d:G%d" % (PATH_NOTE, PATH_NOTE)).merge(True)
        sh.Rows.getByIndex(PATH_NOTE - 1).Height = 1600    # three lines; Calc's optimal height skips merged cells
        own_spend = "$Inventarisatie.$B$%d:$B$%d" % (SPEND_HEAD + 1, SPEND_HEAD + len(SPEND))
        self.put(sh, "A%d" % PATH_OWN, "Startpunt in euro's")
        self.put(sh, "B%d" % PATH_OWN, "=IF(COUNT({s})=4;IF(MIN({s})>=0;1;0);0)".format(s=own_spend), CALC,
                 '"eigen uitgaven (Inventarisatie)";;"landelijk 2014"')

    def regio_charts(self, sh):
        """Regio: the budget per scenario and the transition path, below the path."""
        chart_row = PATH_OWN + 3
        self.put(sh, "A%d" % (chart_row - 1), "Grafieken", SUBTITLE)
        money = self.fmt('[$€-413] #.##0.. "mln"')
        bottom = self.chart(sh, "BudgetPerScenario", "A%d" % chart_row, 0, 15.6, 9.5,
                            ("A%d:D%d" % (R_BUD_HEAD, R_BUD_HEAD + len(CATEGORIES)),),
                            "Verdeling van het budget per scenario", True, True, "aandeel van het totale GGZ-budget",
                            None, horizontal=True, percent=True)
        bottom = self.chart(sh, "Transitiepad", "A%d" % chart_row, 16.5, 12.0, 9.5,
                            ("A%d:G%d" % (R_PATH_HEAD, R_PATH_HEAD), "A%d:G%d" % (PATH_FIRST_CAT, PATH_TOTAL - 1)),
                            "Transitiepad naar het doelscenario", True, True, "euro per jaar", money)
        self.print_area(sh, "A1:G%d" % (self.row_below(sh, bottom) + 1))

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
        self.spending(sh)

    def spending(self, sh):
        """Inventarisatie: the region's spending split from the checklist's
        euros, beside 2014 and the target scenario (the transition path on
        Regio starts here when all four categories are known)."""
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
            if code == "ambulant overig":        # Ambulante GGZ totaal below the EPA items: a typing error
                self.put(sh, "I%d" % r, '=IF(AND(ISNUMBER(B{r});B{r}<0);"LET OP: Ambulante GGZ totaal is kleiner dan '
                         'de ambulante EPA-onderdelen";"")'.format(r=r), WARN)
        self.put(sh, "A%d" % total, "Totaal", TOTAL)
        self.put(sh, "B%d" % total, '=IF(COUNT(B{a}:B{z})=4;SUM(B{a}:B{z});"")'.format(a=s + 1, z=s + len(SPEND)),
                 TOTAL, "[$€-413] #.##0")
        self.cell(sh, "B%d:C%d" % (total, total)).merge(True)
        self.lines(sh, total + 1, (
            "Klinisch = Intramurale GGZ totaal. Ambulant EPA = FACT + IHT + VIP + ambulante begeleiding + "
            "geïntegreerde wijkvoorzieningen + andere ambulante EPA-voorzieningen.",
            "Ambulant overig = Ambulante GGZ totaal min Ambulant EPA.",
            "Justitiële voorzieningen en Overig tellen niet mee, zoals in Tabel 1. Aandelen verschijnen als alle "
            "vier categorieën bekend zijn."))
        self.fit_headers(sh)
        self.print_area(sh, "A1:K%d" % (total + 4))

    # -- Toelichting ---------------------------------------------------------
    def toelichting(self, sh):
        self.widths(sh, (26.0,))
        self.print_line(sh)
        row = 2
        for kind, text, *_alt in GUIDE + MODEL_TEXT:
            if kind == "img":                  # the sheet itself is beside it
                continue
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

# ---- the guide (Toelichting sheet and packaging/help/handleiding.html) ------
# CBS's pages the guide points to (both read on 2026-12-07).
KWB_URL = ("https://www.cbs.nl/nl-nl/onze-diensten/methoden/onderzoeksomschrijvingen/korte-onderzoeksbeschrijvingen/"
           "kerncijfers-wijken-en-buurten")
REGIONS_URL = "https://www.cbs.nl/nl-nl/cijfers/detail/84721NED"
GUIDE = [
    ("h1", "EPA-planning: handleiding"),
    ("p", "Dit werkboek helpt een regionale werkgroep (gemeenten, zorgverzekeraar, GGZ-aanbieders, "
          "cliëntenorganisaties) bij twee vragen: hoeveel volwassenen met een ernstige psychische aandoening (EPA) "
          "mag je per wijk verwachten, en hoe verhoudt het GGZ-aanbod van de regio zich tot de scenario's van het "
          "referentiekader? Programmeerkennis is niet nodig."),
    ("gap", ""),
    ("h2", "1. Installeren (Windows, ook Linux)"),
    ("p", "Installeer LibreOffice (versie 7.4 of nieuwer). Download het bestand epa-addin-<versie>.oxt. Open "
          "LibreOffice en kies Extra > Extensiebeheer > Toevoegen, kies het .oxt-bestand en accepteer de licentie. "
          "Start LibreOffice opnieuw. Het sjabloon staat daarna onder Bestand > Nieuw > Sjablonen, categorie "
          "EPA-planning: 'EPA-planning regio'. Het opent als een nieuw, naamloos werkboek; sla het op als .ods."),
    ("p", "Verwijderen: Extra > Extensiebeheer, kies 'EPA regionale planningsfuncties' en Verwijderen."),
    ("gap", ""),
    ("h2", "2. Wat vult u in, en waar komen de cijfers vandaan"),
    ("p", "Cijfers halen: download op cbs.nl de Kerncijfers wijken en buurten van het gewenste jaar als "
          "Excel-bestand (het landelijke bestand met alle gemeenten, wijken en buurten, of dat van uw gemeenten; "
          "de kolommen heten daarin gwb_code_10, a_inw enzovoort). Wat de reeks is: " + KWB_URL + ". Een export "
          "uit StatLine heeft andere kolomnamen; die vindt het werkboek niet, en blad Rijen zegt welke kolom "
          "ontbreekt. "
          "Open het, kopieer de kopregel met de kolomnamen en alle rijen eronder, maak een nieuw werkboek uit dit "
          "sjabloon en plak in cel A%d van blad CBS-gegevens (de cel heet CBS_PLAK). Het werkboek zoekt de kolommen "
          "zelf op naam (a_inw, a_hh, a_1p_hh, a_soz_wb, a_soz_ao, ste_oad en de leeftijdsgroepen); u rekent zelf "
          "geen percentages uit. Plakken en rekenen duurt een paar seconden. Plak een andere regio in een nieuw "
          "werkboek uit het sjabloon, zodat er geen oude rijen onder de nieuwe blijven staan (staan ze er toch, "
          "dan zegt de melding op blad Regio dat de codes niet op volgorde staan)." % CBS_HEAD),
    ("p", "De regio: zet op blad Gemeenten in kolom A de CBS-codes van de gemeenten van uw regio (GM0344, 0344 of "
          "344), een per regel; leeg = alle geplakte gemeenten. De code van een gemeente staat in de CBS-download "
          "zelf (kolom gwb_code_10 van de rij van de gemeente, GM gevolgd door vier cijfers). Welke gemeenten "
          "samen een regio vormen (bijvoorbeeld een zorgkantoorregio) staat per jaar in de CBS-tabel 'Gebieden "
          "in Nederland' op StatLine (" + REGIONS_URL + " is die van 2020); een regio van centrumgemeente en "
          "regiogemeenten voor beschermd wonen spreekt u af in uw eigen regio. Kies op blad Regio het niveau: wijk (standaard) of "
          "buurt. Elke gemeente telt één keer: op dat niveau, anders op het andere niveau, anders met haar "
          "gemeenteregel. Wijken zijn het CBS-niveau dat qua grootte het dichtst bij de postcodegebieden ligt waarop "
          "het model is gemaakt. Blad Gemeenten zegt per gemeente of haar gebieden samen de inwoners van haar "
          "gemeenteregel dekken (binnen 0,5%): zo valt op als een deel van een gemeente niet geplakt is."),
    ("img", "gemeenten.png", "Blad Gemeenten met het voorbeeld (gemeente Utrecht, CBS 2023): bovenaan het totaal "
            "van de regio met de melding of het volledig is, daaronder een regel per gemeente."),
    ("p", "Elke geplakte rij krijgt op blad Rijen een status met de reden: 'berekend' (telt mee), 'onbekend' (hoort "
          "bij de regio, maar een cijfer ontbreekt, is geheim (.), is een CBS-code of kan niet; de reden noemt de "
          "kolom) of 'uitgesloten' (ander niveau, dubbel, buiten de regio). Blad Regio telt: geplakt = berekend + "
          "onbekend + uitgesloten + niet gelezen. Dekken de totalen niet de hele regio (een gebied onbekend, een "
          "gemeente uit de lijst niet geplakt, gebieden die hun gemeente niet dekken, twee jaargangen van één "
          "code), dan staat er 'onvolledig' bij de totalen, met wat er ontbreekt. Recente jaargangen "
          "hebben vaak nog geen cijfers over uitkeringen: neem dan het laatste jaar waarin ze wel staan."),
    ("img", "regio-telling.png", "Blad Regio, de telling van de geplakte rijen en de totalen van de regio, met "
            "het voorbeeld (gemeente Utrecht, CBS 2023)."),
    ("p", "Eigen bladen kunnen naar de uitkomsten verwijzen met de namen REGIO_INWONERS, REGIO_VOLWASSENEN, "
          "REGIO_VOORSPELD, REGIO_BUDGET, PER_GEMEENTE (de gemeententabel), RIJEN_GEPLAKT, RIJEN_BEREKEND, "
          "RIJEN_ONBEKEND en RIJEN_UITGESLOTEN, REGIO_VOLLEDIG (1 als de totalen de hele regio dekken, anders 0) "
          "en REGIO_MELDING (wat ontbreekt); CBS_PLAK is de plakcel en REGIO_GEMEENTEN de lijst met codes."),
    ("p", "Volwassenen: het CBS geeft geen aantal 18-plussers. Het werkboek neemt 70% van de groep 15-24 jaar plus "
          "alle inwoners van 25 jaar en ouder. Dat is een benadering; in studentensteden telt de groep 18-24 "
          "zwaarder en valt het aantal volwassenen iets te laag uit."),
    ("p", "Blad Gebieden, 'Eigen cijfers' (optioneel, kolom %s en %s): de code van een gebied en het werkelijke "
          "aantal volwassenen met EPA in GGZ-zorg per 1.000 volwassenen, als u dat heeft (declaratiegegevens van "
          "Vektis via de zorgverzekeraar, of de registratie van de GGZ-aanbieders). Een cijfer hoort zo bij zijn "
          "code, ook als u opnieuw plakt of het niveau of de regio verandert. Zonder die cijfers laat u ze leeg."
          % (ACT_CODE, ACT_VALUE)),
    ("p", "Blad Regio: de naam van de regio, het niveau, eventueel het aantal inwoners (leeg = de inwoners van de "
          "gebieden van de regio; wijkt uw getal meer dan 1% af, dan waarschuwt het blad), de "
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
          "voor bedden en plaatsen. Het begint bij de eigen uitgaven van de regio (blad Inventarisatie) als alle "
          "vier categorieën zijn ingevuld en geen negatief is, en bij de eigen aantallen bedden en plaatsen BW als "
          "die zijn ingevuld; anders bij de landelijke verdeling 2014."),
    ("p", "Variant (geen norm uit het rapport): capaciteit naar lokale prevalentie = norm voor de regio x "
          "(geschatte volwassenen met EPA per 100.000 inwoners / het volwassen deel van de landelijke referentie "
          "per 100.000: standaard 1.650, het midden van 1.500-1.800, voor alle leeftijden, maal 185/216, omdat "
          "31.000 van de 216.000 mensen in zorg jonger dan 18 zijn, bijlage 4)."),
    ("p", "Bronnen: Handboek voor een regionale EPA-agenda, bijlagen 3 en 4; rapport over samenhang en financiering "
          "van zorg. Voorbeeldcijfers (het voorbeeldwerkboek): CBS, Kerncijfers wijken en buurten 2023, gemeente Utrecht, CC BY 4.0. De "
          "functies staan in de Functie-assistent (Invoegen > Functie) in de categorieën Statistisch, Financieel en "
          "Logisch, met Nederlandse uitleg bij elk argument."),
]


def write_guide(path, version):
    out = ['<!DOCTYPE html>', '<html lang="nl">', '<head><meta charset="utf-8">',
           '<title>EPA-planning: handleiding</title></head>', '<body>']
    for kind, text, *alt in GUIDE + MODEL_TEXT:
        if kind == "gap":
            continue
        if kind == "img":
            out.append('<p><img src="%s" alt="%s" style="max-width: 100%%"></p>' % (
                text, html.escape(alt[0], quote=True)))
            continue
        tag = {"h1": "h1", "h2": "h2", "p": "p", "warn": "p"}[kind]
        body = html.escape(text, quote=False)
        for url in (KWB_URL, REGIONS_URL):
            body = body.replace(url, '<a href="%s">%s</a>' % (url, url))
        out.append("<%s>%s</%s>" % (tag, body, tag))
    out.append("<p>EPA regionale planningsfuncties %s.</p>" % version)
    out += ["</body>", "</html>", ""]
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def make(office, version):
    doc = office.new_calc()
    b = Builder(doc, version)
    b.styles()
    page = b.page_style()
    sheets = doc.Sheets
    order = ("CBS-gegevens", "Gemeenten", "Regio", "Gebieden", "Inventarisatie", "Rijen", "Toelichting")
    sheets.getByIndex(0).Name = order[0]
    for i, name in enumerate(order[1:], start=1):
        sheets.insertNewByName(name, i)
    for name in order:
        sheets.getByName(name).PageStyle = page
    b.cbs(sheets.getByName("CBS-gegevens"))
    b.rijen(sheets.getByName("Rijen"))
    b.gemeenten(sheets.getByName("Gemeenten"))
    b.gebieden(sheets.getByName("Gebieden"))
    b.regio(sheets.getByName("Regio"), "Utrecht (gemeente)")
    b.inventarisatie(sheets.getByName("Inventarisatie"))
    b.toelichting(sheets.getByName("Toelichting"))
    for name in order:
        b.fit_print(sheets.getByName(name))
    b.drop_scratch()
    for name, ref in NAMES.items():
        b.name(doc, name, ref)
    info = doc.DocumentProperties
    info.Title = "EPA-planning regio"
    info.Subject = "EPA-prevalentie per wijk uit CBS-cijfers, GGZ-budget en capaciteit per scenario"
    info.Description = "Sjabloon van de EPA-planningsfuncties. Voorbeeld: " + SOURCE
    info.Keywords = ("EPA", "GGZ", "planning", "sjabloon", "CBS")
    info.Language = NL
    doc.calculateAll()
    return doc, b, sheets


def paste_example(doc):
    """Pastes the example (Utrecht, KWB 2023, all 122 rows as CBS publishes
    them) at CBS_PLAK of a document made from the template, as a user pastes
    a download, and recalculates: for the demo, the release's example
    workbook and the tests."""
    sh = doc.Sheets.getByName("CBS-gegevens")
    rng = sh.getCellRangeByPosition(0, CBS_HEAD - 1, len(EXAMPLE[0]) - 1, CBS_HEAD - 2 + len(EXAMPLE))
    rng.setDataArray(tuple(tuple(r) for r in EXAMPLE))
    doc.calculateAll()


# The guide's pictures: the printed page that holds each marker, from the
# template with the example pasted, without the footer (it has the date).
SHOTS = (("gemeenten.png", "Gemeenten van de regio naast elkaar"),
         ("regio-telling.png", "Telling van de geplakte rijen"))


def screenshots(office, doc, folder):
    pdf = os.path.join(office.dir, "voorbeeld.pdf")
    doc.storeToURL(uno.systemPathToFileUrl(pdf), props(FilterName="calc_pdf_Export"))
    pages = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True, capture_output=True,
                           text=True).stdout.split("\f")
    for name, marker in SHOTS:
        page = next(i for i, text in enumerate(pages, start=1) if marker in text)
        prefix = os.path.join(folder, name[:-len(".png")])
        # 80 dpi: A4 landscape is 935 x 661 pixels; the footer starts below 600
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", str(page), "-l", str(page), "-singlefile",
                        "-x", "0", "-y", "0", "-W", "935", "-H", "590", pdf, prefix], check=True)


def build(office, out, version, guide):
    # With the example pasted no cell may be in error.  The template itself
    # ships empty (its inhabitant-based cells show Err:502 until rows are
    # pasted), so the check runs on a second copy.
    probe, _b, _s = make(office, version)
    paste_example(probe)
    broken = error_cells(probe)
    if not broken:
        screenshots(office, probe, os.path.dirname(os.path.abspath(guide)))
    probe.close(True)
    if broken:
        sys.exit("error cells in the template with the example pasted: %r" % broken[:10])
    doc, b, sheets = make(office, version)
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
        build(office, out, version, guide)
    print("template written:", out, "(%d bytes); guide:" % os.path.getsize(out), guide)


if __name__ == "__main__":
    main()
