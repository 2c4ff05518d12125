"""Reads CBS's Kerncijfers wijken en buurten (KWB) xlsx downloads as they are
published: the header row of column names and one row per gemeente, wijk and
buurt, each cell as CBS stores it (a number, or text such as '710' or '.').

Used by the template generator (the shipped example), the demo and the
tests, so that what they paste is what a user copies out of CBS's file.
"""
import xml.etree.ElementTree as ET
import zipfile

_M = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def _column(ref):
    n = 0
    for ch in ref:
        if not ch.isalpha():
            break
        n = n * 26 + ord(ch) - 64
    return n - 1


def read_xlsx(path):
    """[[cell, ...], ...] of the first sheet: text as str, numbers as float,
    empty cells as ""; every row as wide as the widest."""
    with zipfile.ZipFile(path) as z:
        shared = [''.join(t.text or '' for t in si.iter(_M + 't'))
                  for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall(_M + 'si')]
        sheet = ET.fromstring(z.read('xl/worksheets/sheet1.xml'))
    rows = []
    for r in sheet.iter(_M + 'row'):
        out = []
        for c in r.findall(_M + 'c'):
            col = _column(c.get('r'))
            out += [""] * (col - len(out))
            v = c.find(_M + 'v')
            kind = c.get('t')
            if v is None:
                inline = c.find(_M + 'is')
                out.append(''.join(t.text or '' for t in inline.iter(_M + 't')) if inline is not None else "")
            elif kind == 's':
                out.append(shared[int(v.text)])
            elif kind in ('str', 'inlineStr'):
                out.append(v.text or "")
            else:
                out.append(float(v.text))
        rows.append(out)
    width = max(len(r) for r in rows)
    return [r + [""] * (width - len(r)) for r in rows]


def as_dicts(table):
    """[{column name: cell}] of a table whose first row is the header."""
    head = table[0]
    return [dict(zip(head, row)) for row in table[1:]]
