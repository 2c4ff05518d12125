"""The tables EPAREGIONROWS, EPAREGIONAREAS, EPAREGIONGEMEENTEN and EPAREGIONTOTALS must
return for a paste, cell by cell, laid out as the catalogue's column
labels say (catalogue.json "labels") with the values of the independent
transcription of MODEL.md section 6 (region_oracle.py).  For the drivers
that call the add-in outside Calc: the XLL's stand-in Excel host
(tests/xll/gen_cases.py) and the Wine UNO driver (tests/wine/gen_cases.py).

A paste is a list of rows (row 0 the header) of cells as CBS's xlsx holds
them (tools/kwb.py): str, float, or "" for an empty cell.  An expected
cell is ("num", x), ("text", s) or ("prefix", s): a text starting with s,
where the wording is the add-in's (a row's reason after its status word,
the totals' message after "volledig"/"onvolledig: ").
"""
import region_oracle as oracle

STATUS = {"computed": "berekend", "unknown": "onbekend", "excluded": "uitgesloten", "empty": ""}
# The status column holds a number (README: Calc does not compare an array's texts).
STATUS_NUMBER = {"computed": 1, "unknown": 2, "excluded": 3}
KIND = {"GM": "gemeente", "WK": "wijk", "BU": "buurt", "none": ""}
LEVEL = {"GM": "gemeenteregel", "WK": "wijk", "BU": "buurt", "none": ""}
COVER = {"whole": "dekt de gemeente", "short": "dekt de gemeente niet: gebieden ontbreken",
         "over": "meer inwoners dan de gemeenteregel", "by_gemeente": "geteld met de gemeenteregel",
         "unchecked": "niet te controleren", "not_pasted": "niet geplakt"}
LEVEL_ARG = {"wijk": "WK", "buurt": "BU"}
EMPTY = ("text", "")


def cells(paste):
    """The paste as the oracle reads it: None for an empty cell."""
    return [[None if c == "" else c for c in row] for row in paste]


def read(paste, listed=(), level="wijk", factor=0.7):
    """The oracle's rows, gemeenten and totals; listed: rows of list cells."""
    return oracle.region(cells(paste), [[None if c == "" else c for c in row] for row in listed],
                         LEVEL_ARG[level], factor)


def _num(x):
    return ("num", float(x))


def _pasted(paste, row, column):
    """A pasted name as it stands (row: of the data rows below the header;
    -1 for none), or nothing when the cell holds no text or its column is
    missing or named twice."""
    at = oracle.columns_of(cells(paste)[0])[column]
    if row < 0 or not isinstance(at, int):
        return EMPTY
    cell = paste[row + 1][at]
    return ("text", cell) if isinstance(cell, str) and cell != "" else EMPTY


def rows_table(paste, listed=(), level="wijk", factor=0.7):
    wrows, _g, _t = read(paste, listed, level, factor)
    out = []
    for i, w in enumerate(wrows):
        if w["status"] == "empty":
            out.append([EMPTY] * 14)
            continue
        status = STATUS[w["status"]]
        row = [_num(STATUS_NUMBER[w["status"]]),
               ("text", status) if w["status"] == "computed" else ("prefix", status + ": "),
               ("text", w["code"]), _pasted(paste, i, "regio"),
               ("text", "GM%04d" % w["gemeente"]) if w["gemeente"] > 0 else EMPTY,
               ("text", KIND[w["kind"]]), _num(w["inh"]) if w["has_inh"] else EMPTY]
        if w["status"] == "computed":
            row += [_num(w[k]) for k in ("adults", "per_1000", "count", "single_pct", "wwb_pct", "ao_pct", "oad")]
        else:
            row += [EMPTY] * 7
        out.append(row)
    return out


def areas_table(paste, listed=(), level="wijk", factor=0.7):
    """EPAREGIONAREAS: the rows of rows_table that are areas of the region
    (computed, unknown), at the top, then empty rows to the same count."""
    wrows, _g, _t = read(paste, listed, level, factor)
    table = rows_table(paste, listed, level, factor)
    areas = [row for row, w in zip(table, wrows) if w["status"] in ("computed", "unknown")]
    return areas + [[EMPTY] * 14] * (len(table) - len(areas))


def gemeenten_table(paste, listed=(), level="wijk", factor=0.7):
    """A row per gemeente, and as many rows as the list has cells when it
    has more (empty cells included), at least one."""
    _r, wgems, _t = read(paste, listed, level, factor)
    out = []
    for g in wgems:
        row = [("text", "GM%04d" % g["code"]), _pasted(paste, g.get("name_row", -1), "gm_naam"),
               ("text", LEVEL[g["level"]])] + [EMPTY] * 7 + [("text", COVER[g["cover"]])]
        if g["level"] != "none":
            row[3:6] = [_num(g["computed"]), _num(g["unknown"]), _num(g["inh"])]
            if g["gm_inh"] is not None:
                row[6] = _num(g["gm_inh"])
            if g["computed"]:
                row[7:9] = [_num(g["adults"]), _num(g["count"])]
                if g["adults"] > 0:
                    row[9] = _num(g["count"] / g["adults"] * 1000)
        out.append(row)
    ncells = sum(len(r) for r in listed)
    while len(out) < max(1, ncells):
        out.append([EMPTY] * 11)
    return out


def totals_table(paste, listed=(), level="wijk", factor=0.7, message=None):
    """message: the whole message when the caller knows it, else only
    whether it says complete."""
    _r, _g, t = read(paste, listed, level, factor)
    keys = ("pasted", "computed", "unknown", "excluded", "inh", "inh_c", "adults", "count", "whole", "covered",
            "gemeenten")
    out = [[_num(t[k])] for k in keys]
    out.append([_num(1 if t["complete"] else 0)])
    out.append([("text", message) if message else ("prefix", "volledig" if t["complete"] else "onvolledig: ")])
    return out
