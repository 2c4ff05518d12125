"""Writes flat ODF spreadsheets (.fods) for the tests, demo and benchmark.

Workbooks are loaded from files rather than typed in through the API: that
tests the names stored in files (of:=NL.EPAPLANNING.CALC.EPAADDIN.EPAPREV)
and is fast for large sheets.  Formulas are written as a user types them
("=EPAPREV(A2;B2;C2;D2)"); to_odf() turns them into ODF syntax.
"""
import os
import re
from xml.sax.saxutils import escape, quoteattr

import catalogue

SERVICE = "NL.EPAPLANNING.CALC.EPAADDIN"

_REF = re.compile(r"(?<![A-Za-z0-9_.\[])(\$?[A-Z]{1,3}\$?[0-9]+)(?::(\$?[A-Z]{1,3}\$?[0-9]+))?(?![A-Za-z0-9_(])")
_fn = []


def _addin_call():
    """A call of any add-in function of the catalogue: 'EPAPREV('."""
    if not _fn:
        _fn.append(re.compile(r"\b(%s)\(" % "|".join(catalogue.names())))
    return _fn[0]


def to_odf(formula):
    """'=EPAPREV(A2;1)' -> 'of:=NL.EPAPLANNING.CALC.EPAADDIN.EPAPREV([.A2];1)'."""
    parts = re.split(r'("(?:[^"]|"")*")', formula)
    out = []
    for i, p in enumerate(parts):
        if i % 2 == 0:  # outside string literals
            p = _addin_call().sub(lambda m: "%s.%s(" % (SERVICE, m.group(1)), p)
            p = _REF.sub(lambda m: "[.%s%s]" % (m.group(1), (":." + m.group(2)) if m.group(2) else ""), p)
        out.append(p)
    return "of:" + "".join(out)


def col_index(letters):
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


class Sheet:
    """Cells by (row, col), both 0-based. A value is a number, a string,
    a bool, None (empty) or Formula."""
    def __init__(self, name):
        self.name = name
        self.cells = {}
        self.widths = {}

    def set(self, ref, value):
        m = re.fullmatch(r"([A-Z]+)([0-9]+)", ref)
        self.cells[(int(m.group(2)) - 1, col_index(m.group(1)))] = value

    def put(self, row, col, value):
        self.cells[(row, col)] = value


class Formula:
    def __init__(self, text, rows=1, cols=1, style=None):
        self.text, self.rows, self.cols, self.style = text, rows, cols, style


def _cell_xml(v):
    if v is None:
        return "<table:table-cell/>"
    if isinstance(v, Formula):
        span = ""
        if v.rows > 1 or v.cols > 1:
            span = ' table:number-matrix-columns-spanned="%d" table:number-matrix-rows-spanned="%d"' % (v.cols, v.rows)
        style = ' table:style-name="%s"' % v.style if v.style else ""
        return '<table:table-cell%s table:formula=%s%s office:value-type="float" office:value="0"/>' % (
            style, quoteattr(to_odf(v.text)), span)
    if isinstance(v, bool):
        return '<table:table-cell office:value-type="boolean" office:boolean-value="%s"/>' % ("true" if v else "false")
    if isinstance(v, (int, float)):
        return '<table:table-cell office:value-type="float" office:value="%r"><text:p>%r</text:p></table:table-cell>' % (v, v)
    return '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % escape(str(v))


def write(path, sheets, extra_styles=""):
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n'
           '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
           'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
           'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">\n'
           '<office:automatic-styles>%s</office:automatic-styles>\n'
           '<office:body><office:spreadsheet>\n' % extra_styles]
    for sh in sheets:
        out.append('<table:table table:name=%s>' % quoteattr(sh.name))
        if not sh.cells:
            out.append("<table:table-row><table:table-cell/></table:table-row>")
        nrows = max(r for r, _ in sh.cells) + 1 if sh.cells else 0
        ncols = max(c for _, c in sh.cells) + 1 if sh.cells else 0
        out.append('<table:table-column table:number-columns-repeated="%d"/>' % max(ncols, 1))
        by_row = {}
        for (r, c), v in sh.cells.items():
            by_row.setdefault(r, {})[c] = v
        for r in range(nrows):
            row = by_row.get(r)
            if not row:
                out.append("<table:table-row><table:table-cell/></table:table-row>")
                continue
            out.append("<table:table-row>")
            last = max(row)
            out.extend(_cell_xml(row.get(c)) for c in range(last + 1))
            out.append("</table:table-row>\n")
        out.append("</table:table>\n")
    out.append("</office:spreadsheet></office:body></office:document>\n")
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(out))
