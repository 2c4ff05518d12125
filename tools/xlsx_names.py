#!/usr/bin/env python3
"""Rewrites the EPA functions' names in an .xlsx for the other office.

Calc and Excel store an add-in call under different names in .xlsx
(docs/excel.md, "Workbooks between Excel and Calc"):
  Calc (LibreOffice 7.4)  NL.EPAPLANNING.CALC.EPAADDIN.EPAPREV(...)
  Calc (LibreOffice 25.2) EPAPREV(...) when the extension gives a
                          CompatibilityName, else as 7.4
  Excel (XLL add-in)      _xll.EPAPREV(...)  (other projects' evidence)

  --to calc   every form becomes NL.EPAPLANNING.CALC.EPAADDIN.EPAPREV(,
              the one form both LibreOffice 7.4 and 25.2 compute (measured);
  --to excel  every form becomes _xll.EPAPREV(, and the definedName entries
              Calc adds for its add-in service (vbProcedure) are dropped.

Only the functions of the extension are touched, by the names in its
CalcAddIns.xcu (the .oxt, default the one `make` builds); text in quotes
and other add-ins' calls (_xll.BDP ...) stay as they are.
Usage: xlsx_names.py --to calc|excel [--oxt EXT.oxt] IN.xlsx OUT.xlsx
"""
import argparse
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

PROGRAMMATIC = "NL.EPAPLANNING.CALC.EPAADDIN."
SERVICE = "nl.epaplanning.calc.EpaAddIn."
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def function_names(oxt):
    """The names users type (en-US DisplayName) from the .oxt's CalcAddIns.xcu."""
    ns = "{http://openoffice.org/2001/registry}"
    with zipfile.ZipFile(oxt) as z:
        root = ET.fromstring(z.read("CalcAddIns.xcu"))
    names = []
    for fn in root.iter("node"):
        if fn.get(ns + "name") != "AddInFunctions":
            continue
        for f in fn.findall("node"):
            for p in f.findall("prop"):
                if p.get(ns + "name") == "DisplayName":
                    names += [v.text for v in p.findall("value")
                              if v.get("{http://www.w3.org/XML/1998/namespace}lang") in ("en-US", None)]
    return sorted(set(names))


def rename_formula(text, names, to):
    """One formula's text (XML-escaped, as in <f>): our calls renamed,
    quoted text left alone."""
    call = re.compile(r"(?<![\w.])(?:_xll\.)?(?:%s)?(%s)(?=\s*\()" % (
        re.escape(PROGRAMMATIC), "|".join(map(re.escape, names))), re.IGNORECASE)
    prefix = PROGRAMMATIC if to == "calc" else "_xll."
    canonical = {n.upper(): n for n in names}
    parts = re.split(r'("[^"]*"|&quot;.*?&quot;)', text)
    for i in range(0, len(parts), 2):
        parts[i] = call.sub(lambda m: prefix + canonical[m.group(1).upper()], parts[i])
    return "".join(parts)


def convert(src, dst, names, to):
    changed = 0
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/") and item.filename.endswith(".xml"):
                text = data.decode("utf-8")

                def one(m):
                    nonlocal changed
                    new = rename_formula(m.group(2), names, to)
                    changed += new != m.group(2)
                    return m.group(1) + new + m.group(3)
                text = re.sub(r"(<f(?:\s[^>]*)?>)([^<]*)(</f>)", one, text)
                data = text.encode("utf-8")
            elif item.filename == "xl/workbook.xml" and to == "excel":
                text = data.decode("utf-8")
                text = re.sub(r'<definedName\b[^>]*\bname="%s[^"]*"[^>]*?(?:/>|>[^<]*</definedName>)'
                              % re.escape(SERVICE), "", text, flags=re.IGNORECASE)
                text = text.replace("<definedNames></definedNames>", "")
                data = text.encode("utf-8")
            zout.writestr(item, data)
    return changed


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--to", choices=("calc", "excel"), required=True)
    ap.add_argument("--oxt", help="the EPA extension (.oxt) whose function names to rewrite")
    ap.add_argument("src")
    ap.add_argument("dst")
    a = ap.parse_args()
    oxt = a.oxt or next(iter(sorted(glob.glob(os.path.join(ROOT, "build", "epa-addin-*.oxt")))), None)
    if not oxt:
        sys.exit("xlsx_names: give --oxt (the EPA extension), none built here")
    if os.path.abspath(a.src) == os.path.abspath(a.dst):
        sys.exit("xlsx_names: write to another file than the one read")
    n = convert(a.src, a.dst, function_names(oxt), a.to)
    print("xlsx_names: %d formulas rewritten for %s into %s" % (n, "Calc" if a.to == "calc" else "Excel", a.dst))


if __name__ == "__main__":
    main()
