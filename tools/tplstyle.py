"""The styling layer of the template generator (tools/make_template.py): cell
styles, number formats, validity rules, charts, page style and the one
bulk writer, `columns`, that puts a table's formulas in its first row and
lets Calc fill them down (one UNO call instead of one per cell; Calc adjusts
the relative references as a user's fill-down does).

Nothing here knows the model or the sheets' layout.
"""
import uno  # noqa: E402
from com.sun.star.awt import Rectangle  # noqa: E402
from com.sun.star.beans import PropertyValue  # noqa: E402
from com.sun.star.lang import Locale  # noqa: E402
from com.sun.star.sheet.FillDirection import TO_BOTTOM  # noqa: E402
from com.sun.star.table import BorderLine2, CellAddress, CellRangeAddress  # noqa: E402
from com.sun.star.table.CellVertJustify import TOP  # noqa: E402
from com.sun.star.util import CellProtection  # noqa: E402

from sheets import column_index as colnum, column_letters as letters  # noqa: E402,F401

NL = Locale("nl", "NL", "")
YELLOW = 0xFFF2B3        # input cells
BLUE = 0xE6EEF7          # computed cells
HEAD = 0xD5DEEA          # table headers
GREY = 0x9FAAB8          # cell borders
RED = 0xB00000
ADDIN_MISSING = "LET OP: extensie EPA-planningsfuncties ontbreekt; uitkomsten niet actueel."

# Cell styles (users see them in the Styles deck).
INPUT, CALC, HEADER, TOTAL = "EPA invoer", "EPA berekend", "EPA kop", "EPA totaal"
TITLE, SUBTITLE, WARN, TEXT = "EPA titel", "EPA tussenkop", "EPA waarschuwing", "EPA tekst"
EMPTY, PRINTLINE = "EPA leeg", "EPA printregel"



class Style:
    def __init__(self, doc, version):
        self.doc = doc
        self.version = version
        self.nf = doc.NumberFormats
        self.fmt_cache = {}
        self._scratch = None         # a sheet to measure texts on (fit_print)

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

    def array(self, sheet, ref, formula, style=None, fmt=None):
        """One array formula over the range ref (a table function's result,
        or a function in its range form), styled as one block."""
        r = self.cell(sheet, ref)
        r.setArrayFormula(formula)
        if style:
            r.CellStyle = style
        if fmt:
            r.NumberFormat = self.fmt(fmt)
        return r

    def lines(self, sheet, first_row, texts):
        """Notes under a table: one text per row in column A from first_row down."""
        for i, text in enumerate(texts):
            self.put(sheet, "A%d" % (first_row + i), text)

    def label_rows(self, sheet, rows, style):
        """A block of labelled values, each (row, label, value, format, note
        [, style]): the label in A, the value (a constant or a formula) in B
        in style unless the row names its own (then the label takes it too),
        the note in C."""
        for row, label, value, fmt, note, *own in rows:
            self.put(sheet, "A%d" % row, label, own[0] if own else None)
            self.put(sheet, "B%d" % row, value, own[0] if own else style, fmt)
            self.put(sheet, "C%d" % row, note)

    @staticmethod
    def widths(sheet, cm):
        for i, w in enumerate(cm):
            sheet.Columns.getByIndex(i).Width = int(w * 1000)

    def legend(self, sheet, swatch_in, swatch_calc, text):
        self.put(sheet, swatch_in, "Invoer", INPUT)
        self.put(sheet, swatch_calc, "Berekend", CALC)
        self.put(sheet, text, "Geel: vul zelf in. Blauw: formule, niet overschrijven.")

    def print_line(self, sheet, formula):
        """Row 1, repeated on every printed page (the region's name), merged
        across the printed width so that a long name is not cut off."""
        self.put(sheet, "A1", formula, PRINTLINE)
        self.cell(sheet, "A1:H1").merge(True)
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
        # A horizontal chart has a row per category, most of them empty until
        # a region fills its list: labels that may overlap are all shown (an
        # empty one takes no room), where Calc would otherwise skip some.
        x.TextCanOverlap = horizontal
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
    def fit_headers(sh, last_row=None):
        """Widens columns so that no header word breaks on screen: every word
        of a (non-merged) header cell fits at 9 pt bold, about 0.21 cm per
        character plus the cell margins (tests/e2e/test_template.py checks the
        same rule).  Headers are looked for down to last_row (1-based; default
        the used area), so that long tables are not read cell by cell."""
        cur = sh.createCursor()
        cur.gotoEndOfUsedArea(False)
        end = cur.RangeAddress
        rows = end.EndRow + 1 if last_row is None else last_row
        for c in range(end.EndColumn + 1):
            col = sh.Columns.getByIndex(c)
            need = col.Width
            for r in range(rows):
                cell = sh.getCellByPosition(c, r)
                if cell.CellStyle == HEADER and not cell.IsMerged and cell.getString():
                    need = max([need] + [len(w) * 210 + 350 for w in cell.getString().split()])
            col.Width = need

    def print_area(self, sh, ref):
        sh.setPrintAreas((self.cell(sh, ref).RangeAddress,))

    def text_width(self, cell):
        """The width (1/100 mm) Calc needs to show the cell's text on one
        line: the optimal width of a scratch column holding the same text in
        the same font."""
        if self._scratch is None:
            sheets = self.doc.Sheets
            sheets.insertNewByName("_maat", sheets.Count)
            self._scratch = sheets.getByName("_maat")
        probe = self._scratch.getCellByPosition(0, 0)
        probe.CellStyle = cell.CellStyle
        for prop in ("CharHeight", "CharWeight", "CharPosture", "CharFontName"):
            probe.setPropertyValue(prop, cell.getPropertyValue(prop))
        probe.setString(cell.getString())
        col = self._scratch.Columns.getByIndex(0)
        col.OptimalWidth = True
        return col.Width

    def drop_scratch(self):
        if self._scratch is not None:
            self.doc.Sheets.removeByName("_maat")
            self._scratch = None

    def fit_print(self, sh):
        """No text is cut at the right edge of a printed page or by the cell
        beside it.  The print area first takes the empty columns to its right
        that still fit the page's width (ScaleToPagesX would otherwise only
        shrink the page); a merged text that reaches past the area is merged
        up to the area's edge, and wraps; a merged text wider than its merge
        wraps; a text wider than its room (its column and the empty cells to
        its right inside the area) is merged across that room and wrapped: its
        row grows instead of the text being cut.  Texts are measured as the
        template holds them (results of formulas too); a message that a
        formula writes later gets its room where it is placed."""
        page = self.doc.StyleFamilies.getByName("PageStyles").getByName(sh.PageStyle)
        room = page.Width - page.LeftMargin - page.RightMargin
        area = sh.getPrintAreas()[0]
        cols = sh.Columns
        width = sum(cols.getByIndex(c).Width for c in range(area.StartColumn, area.EndColumn + 1))
        while True:
            nxt = area.EndColumn + 1
            extra = cols.getByIndex(nxt).Width
            column = sh.getCellRangeByPosition(nxt, area.StartRow, nxt, area.EndRow)
            if width + extra > room or column.queryContentCells(1 | 2 | 4 | 16).Count:
                break
            area.EndColumn, width = nxt, width + extra
        sh.setPrintAreas((area,))
        last = area.EndColumn
        # The charts keep their place among the rows when rows above them grow.
        shapes = [(shape, self.row_at(sh, shape.Position.Y)) for shape in
                  (sh.DrawPage.getByIndex(i) for i in range(sh.DrawPage.Count))]
        shapes = [(shape, row, shape.Position.Y - sh.Rows.getByIndex(row).Position.Y) for shape, row in shapes]
        for row in range(area.StartRow, area.EndRow + 1):
            c = area.StartColumn
            while c <= last:
                cell = sh.getCellByPosition(c, row)
                c += 1
                if not cell.getString() or cell.IsTextWrapped and not cell.IsMerged:
                    continue
                if cell.IsMerged:
                    cur = sh.createCursorByRange(cell)
                    cur.collapseToMergedArea()
                    span = cur.RangeAddress
                    c = span.EndColumn + 1
                    if span.EndColumn <= last:
                        if cell.IsTextWrapped or self.text_width(cell) <= sum(
                                cols.getByIndex(k).Width for k in range(span.StartColumn, span.EndColumn + 1)):
                            continue
                        end = span.EndColumn
                    else:
                        cur.merge(False)
                        end = last
                else:
                    end = cell.CellAddress.Column
                    have = cols.getByIndex(end).Width
                    while end < last and sh.getCellByPosition(end + 1, row).Type.value == "EMPTY" \
                            and not sh.getCellByPosition(end + 1, row).IsMerged:
                        end += 1
                        have += cols.getByIndex(end).Width
                    if self.text_width(cell) <= have:
                        continue
                    c = end + 1
                start = cell.CellAddress.Column
                if end > start:
                    sh.getCellRangeByPosition(start, row, end, row).merge(True)
                cell.IsTextWrapped = True
                sh.Rows.getByIndex(row).OptimalHeight = True
        for shape, row, offset in shapes:
            pos = shape.Position
            pos.Y = sh.Rows.getByIndex(row).Position.Y + offset
            shape.Position = pos
        # The charts stand at fixed places on the sheet: the rows above them
        # keep the heights measured here (not "optimal"), so that an office
        # that measures text otherwise (25.2) does not move rows under them.
        if shapes:
            for r in range(max(self.row_at(sh, shape.Position.Y + shape.Size.Height) for shape, _r, _o in shapes) + 1):
                row = sh.Rows.getByIndex(r)
                if row.OptimalHeight:
                    row.Height = row.Height

    @staticmethod
    def row_at(sheet, y):
        """0-based index of the row that holds the height y (1/100 mm)."""
        row = 0
        while sheet.Rows.getByIndex(row + 1).Position.Y <= y:
            row += 1
        return row


    # -- tables -------------------------------------------------------------
    def columns(self, sh, head_row, first, last, cols):
        """A table of formulas, declared column by column: cols is a list of
        (column letter, header or None, formula of the first row or None, style,
        number format).  The first row gets the formulas; Calc fills them down
        to `last`, adjusting relative references."""
        for col, head, formula, style, fmt in cols:
            if head is not None:
                self.put(sh, "%s%d" % (col, head_row), head, HEADER)
            self.put(sh, "%s%d" % (col, first), formula, style, fmt)
        if last > first:
            left = min(colnum(c[0]) for c in cols)
            right = max(colnum(c[0]) for c in cols)
            sh.getCellRangeByPosition(left, first - 1, right, last - 1).fillAuto(TO_BOTTOM, 1)
        sh.Rows.getByIndex(head_row - 1).OptimalHeight = True

    def name(self, doc, name, ref):
        """A document-level named range (Invoegen > Namen): ref like $Regio.$B$5."""
        doc.NamedRanges.addNewByName(name, ref, CellAddress(0, 0, 0), 0)

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


