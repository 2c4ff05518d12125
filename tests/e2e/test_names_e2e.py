"""Names as they arrive from pasted data, end to end in real Calc (issue 13).

README "Names": Unicode white space (tab, line breaks, no-break space, ...)
is trimmed at both ends before the 64-byte limit applies; "cliënten" with
a decomposed ë (e + U+0308) is the same name; nothing else is guessed.
Each name reaches the add-in three ways: built by a formula inside the
call (="klinisch"&REPT(" ";57)), from a text cell set through the API as
a paste leaves it (setString), and element by element in the range form.
Calc itself changes two things on the way, which the checks allow for:
setString() stores CR LF as LF, and in a cell holding both a tab and a
line break (a multi-line cell) formulas see the tab as U+0001, Calc's
edit-engine field character (UNICODE() of such a cell's leading tab is 1),
which is no white space; where Calc does that, the name is rejected.
Expected values from the README: SCENARIOSHARE(1; "klinisch") = 0.275
(27.5%), SCENARIOSHARE(0; "bw") = 0.18, SCENARIOCAPACITY(1; "fact_clients";
100000) = 800 per 100,000.
Usage: /usr/bin/python3 tests/e2e/test_names_e2e.py build/epa-addin-VERSION.oxt
"""
import os
import sys

import fods
from harness import BUILD, Results, cell_outcome, oxt_arg
from office import Office

CLINICAL_1 = 0.275
BW_0 = 0.18
FACT_CLIENTS_1 = 800.0
ERR = ("err", 502)
NBSP, DIAERESIS, ACUTE = "\u00a0", "\u0308", "\u0301"

# (label, function template with {} for the name, name as a Python string,
#  the same name as a Calc expression, expected number or ERR)
SHARE = "SCENARIOSHARE(1;{})"
SHARE0 = "SCENARIOSHARE(0;{})"
CAPACITY = "SCENARIOCAPACITY(1;{};100000)"
CASES = [
    # trailing spaces beyond the limit: 56 -> 64 bytes, 57 -> 65 bytes
    ("klinisch + 56 spaces", SHARE, "klinisch" + " " * 56, '"klinisch"&REPT(" ";56)', CLINICAL_1),
    ("klinisch + 57 spaces", SHARE, "klinisch" + " " * 57, '"klinisch"&REPT(" ";57)', CLINICAL_1),
    ("klinisch + 1,000 spaces", SHARE, "klinisch" + " " * 1000, '"klinisch"&REPT(" ";1000)', CLINICAL_1),
    ("57 spaces + klinisch", SHARE, " " * 57 + "klinisch", 'REPT(" ";57)&"klinisch"', CLINICAL_1),
    # no-break space, tab, line breaks
    ("klinisch + NBSP", SHARE, "klinisch" + NBSP, '"klinisch"&UNICHAR(160)', CLINICAL_1),
    ("NBSP + bw", SHARE0, NBSP + "bw", 'UNICHAR(160)&"bw"', BW_0),
    ("klinisch + tab", SHARE, "klinisch\t", '"klinisch"&CHAR(9)', CLINICAL_1),
    ("tab + klinisch + LF", SHARE, "\tklinisch\n", 'CHAR(9)&"klinisch"&CHAR(10)', CLINICAL_1),
    ("klinisch + CR LF", SHARE, "klinisch\r\n", '"klinisch"&CHAR(13)&CHAR(10)', CLINICAL_1),
    ("klinisch + U+2028 + U+3000", SHARE, "klinisch\u2028\u3000", '"klinisch"&UNICHAR(8232)&UNICHAR(12288)', CLINICAL_1),
    ("klinisch + 40 NBSP (80 bytes)", SHARE, "klinisch" + NBSP * 40, '"klinisch"&REPT(UNICHAR(160);40)', CLINICAL_1),
    # decomposed accents
    ("fact_clie+U+0308nten", CAPACITY, "fact_clie" + DIAERESIS + "nten", '"fact_clie"&UNICHAR(776)&"nten"', FACT_CLIENTS_1),
    ("FACT_CLIE+U+0308NTEN", CAPACITY, "FACT_CLIE" + DIAERESIS + "NTEN", '"FACT_CLIE"&UNICHAR(776)&"NTEN"', FACT_CLIENTS_1),
    ("NBSP + fact clie+U+0308nten + tab", CAPACITY, NBSP + "fact clie" + DIAERESIS + "nten\t",
     'UNICHAR(160)&"fact clie"&UNICHAR(776)&"nten"&CHAR(9)', FACT_CLIENTS_1),
    ("fact_cliënten (composed)", CAPACITY, "fact_cli\u00ebnten", '"fact_cli"&UNICHAR(235)&"nten"', FACT_CLIENTS_1),
    # nothing else is guessed
    ("fact_clie+U+0301nten (acute)", CAPACITY, "fact_clie" + ACUTE + "nten", '"fact_clie"&UNICHAR(769)&"nten"', ERR),
    ("lone U+0308", SHARE, DIAERESIS, "UNICHAR(776)", ERR),
    ("klinisch + U+0308", SHARE, "klinisch" + DIAERESIS, '"klinisch"&UNICHAR(776)', ERR),
    ("beschermd NBSP wonen", SHARE0, "beschermd" + NBSP + "wonen", '"beschermd"&UNICHAR(160)&"wonen"', ERR),
    ("be LF ds", SHARE, "klin\nisch", '"klin"&CHAR(10)&"isch"', ERR),
    ("klinisch + U+200B (not white space)", SHARE, "klinisch\u200b", '"klinisch"&UNICHAR(8203)', ERR),
    ("white space only", SHARE, "\t" + NBSP + " ", 'CHAR(9)&UNICHAR(160)&" "', ERR),
    # the limit applies to what remains after trimming
    ("56 _ + klinisch + spaces (64 bytes left)", SHARE, "_" * 56 + "klinisch" + " " * 20,
     'REPT("_";56)&"klinisch"&REPT(" ";20)', CLINICAL_1),
    ("57 _ + klinisch + spaces (65 bytes left)", SHARE, "_" * 57 + "klinisch" + " " * 20,
     'REPT("_";57)&"klinisch"&REPT(" ";20)', ERR),
    ("tab + 65 x + tab", SHARE, "\t" + "x" * 65 + "\t", 'CHAR(9)&REPT("x";65)&CHAR(9)', ERR),
]


def matches(out, expected):
    if expected == ERR:
        return out == ERR
    return out[0] == "num" and abs(out[1] - expected) <= 1e-9 * max(1.0, abs(expected))


def build_workbook(path):
    """Row r+1: A label, B the name's cell (set after loading), C the call
    on the expression, D the call on B; F one range-form array over B."""
    sh = fods.Sheet("Names")
    for c, head in enumerate(("case", "name cell", "from expression", "from cell", "expected")):
        sh.put(0, c, head)
    for i, (label, fn, _text, expr, expected) in enumerate(CASES, start=1):
        sh.put(i, 0, label)
        sh.put(i, 2, fods.Formula("=" + fn.format(expr)))
        sh.put(i, 3, fods.Formula("=" + fn.format("B%d" % (i + 1))))
        sh.put(i, 4, "Err:502" if expected == ERR else expected)
    # The range form: every share case's name cell in one array formula.
    sh.put(0, 6, "first code point")
    for i in range(1, len(CASES) + 1):
        sh.put(i, 6, fods.Formula("=UNICODE(B%d)" % (i + 1)))
    sh.put(0, 5, "range form")
    n = len(CASES)
    sh.put(1, 5, fods.Formula("=SCENARIOSHARE(1;B2:B%d)" % (n + 1), rows=n))
    fods.write(path, [sh])


def main():
    res = Results("names")
    path = os.path.join(BUILD, "names.fods")
    build_workbook(path)
    with Office(oxt_arg()) as office:
        doc = office.load(path)
        sh = doc.Sheets.getByIndex(0)
        # As a paste leaves them: text cells holding exactly these strings.
        for i, (_label, _fn, text, _expr, _exp) in enumerate(CASES, start=1):
            sh.getCellByPosition(1, i).setString(text)
        doc.calculateAll()
        for i, (label, fn, text, _expr, expected) in enumerate(CASES, start=1):
            res.check(sh.getCellByPosition(1, i).getString() == text.replace("\r\n", "\n"),
                      "%s: the cell does not hold the string" % label)
            in_cell = expected
            if "\t" in text and "\n" in text and text[0] == "\t":
                first = sh.getCellByPosition(6, i).getValue()
                res.check(first in (1, 9), "%s: first code point %r" % (label, first))
                if first == 1:  # Calc's field character in place of the tab
                    in_cell = ERR
                    print("note: %s: Calc passes the tab of a multi-line cell as U+0001" % label)
            for col, how, want in ((2, "expression", expected), (3, "cell", in_cell)):
                out = cell_outcome(sh.getCellByPosition(col, i))
                res.check(matches(out, want), "%s (%s): %s gave %r, expected %r"
                          % (label, how, fn.format("..."), out, want))
            # Range form: SCENARIOSHARE(1; name) element by element.
            out = cell_outcome(sh.getCellByPosition(5, i))
            if fn == SHARE:
                want = in_cell
            elif fn == SHARE0:
                want = ERR if expected == ERR else 0.125  # bw in scenario 1: 12.5%
            else:
                want = ERR  # capacity items are no categories
            res.check(matches(out, want), "%s (range form): %r, expected %r" % (label, out, want))
        doc.close(True)
        res.check(office.alive(), "soffice survived")
    return res.finish()


if __name__ == "__main__":
    sys.exit(main())
