"""The region rules of addin/model/MODEL.md section 6, transcribed from the
document for the tests (independently of addin/model/region.c).

region(paste, listed, level, factor) takes the pasted block as a list of
rows (row 0 the header), each cell None (empty), OTHER (a boolean or
error), a float or a str, and returns what the C reader must return:
rows, gemeenten and totals as dicts, statuses and reasons by name.
"""
import math

import model

KWB = ("gwb_code_10", "regio", "gm_naam", "a_inw", "a_15_24", "a_25_44", "a_45_64", "a_65_oo",
       "a_hh", "a_1p_hh", "a_soz_wb", "a_soz_ao", "ste_oad")
COUNTS = KWB[3:]
OTHER = object()          # a boolean or an error value in a cell

# §6.3, in the order of the table (rule 13 split into its reasons).
REASONS = ("none", "no_code_column", "no_code", "bad_code", "duplicate", "duplicate_other", "not_listed",
           "other_level", "gemeente_row", "conflict", "column_missing", "column_twice", "not_a_count", "zero",
           "too_large", "part_above_whole", "households_above_inhabitants", "few_single",
           "bands_above_inhabitants")
UNKNOWN_FROM = REASONS.index("conflict")   # rules 9-14: onbekend; 1-8: uitgesloten
STATUSES = ("empty", "computed", "unknown", "excluded")
KINDS = ("none", "GM", "WK", "BU")
COVERS = ("whole", "by_gemeente", "short", "over", "unchecked", "not_pasted")
DIGITS = {"GM": 4, "WK": 6, "BU": 8}
COVER_TOLERANCE = 0.005   # §6.5
MAX_OAD, MAX_PEOPLE = model.MAX_OAD, model.MAX_PEOPLE


def status_of(reason):
    if reason == "none":
        return "computed"
    return "unknown" if REASONS.index(reason) >= UNKNOWN_FROM else "excluded"


def code_of(cell):
    """§6.2: (kind, code, gemeente, order) or None."""
    if not isinstance(cell, str):
        return None
    text = cell.strip(model.WHITE_SPACE)
    if len(text) > 64:
        return None
    prefix, digits = text[:2].upper(), text[2:]
    if prefix not in DIGITS or len(digits) != DIGITS[prefix] or any(c not in "0123456789" for c in digits):
        return None
    if int(digits[:4]) == 0:
        return None
    # CBS's order: digits padded to 8, then the kind.
    order = int(digits.ljust(8, "0")) * 10 + ("GM", "WK", "BU").index(prefix)
    return prefix, prefix + digits, int(digits[:4]), order


def count_of(cell):
    if isinstance(cell, float):
        return cell + 0.0 if math.isfinite(cell) and cell >= 0 else None
    if isinstance(cell, str):
        return model.count_text(cell)
    return None


def gemeente_of(cell):
    """§6.2: a region-list entry as a code 1-9999, or None."""
    if isinstance(cell, float):
        return int(cell) if 1 <= cell <= 9999 and cell == int(cell) else None
    if not isinstance(cell, str):
        return None
    name = model.normalise(cell)
    if name is None:
        return None
    if name.startswith("gm"):
        name = name[2:]
        if name.startswith("_"):
            name = name[1:]
    if not 1 <= len(name) <= 4 or any(c not in "0123456789" for c in name):
        return None
    value = int(name)
    return value if 1 <= value <= 9999 else None


def columns_of(header):
    found = {}
    for c, cell in enumerate(header):
        name = model.normalise(cell) if isinstance(cell, str) else None
        if name in KWB:
            found[name] = "twice" if name in found else c
    return {k: found.get(k, "missing") for k in KWB}


def rule_13_14(n, factor):
    """The first refusal of the counts (reason, column, whole) or the
    computed figures."""
    oad, hh, sh, inh, wwb, ao = (n[k] for k in ("ste_oad", "a_hh", "a_1p_hh", "a_inw", "a_soz_wb", "a_soz_ao"))
    if oad > MAX_OAD:
        return ("too_large", "ste_oad", None)
    if oad == 0:
        return ("zero", "ste_oad", None)
    if hh > MAX_PEOPLE:
        return ("too_large", "a_hh", None)
    if hh == 0:
        return ("zero", "a_hh", None)
    if sh > MAX_PEOPLE:
        return ("too_large", "a_1p_hh", None)
    if sh > hh:
        return ("part_above_whole", "a_1p_hh", "a_hh")
    if inh > MAX_PEOPLE:
        return ("too_large", "a_inw", None)
    if inh == 0:
        return ("zero", "a_inw", None)
    if hh > inh:
        return ("households_above_inhabitants", "a_hh", None)
    for k, v in (("a_soz_wb", wwb), ("a_soz_ao", ao)):
        if v > MAX_PEOPLE:
            return ("too_large", k, None)
        if v > inh:
            return ("part_above_whole", k, "a_inw")
    s = sh / hh * 100
    if s <= model.MIN_SINGLE_PCT:
        return ("few_single", "a_1p_hh", None)
    bands = [n[k] for k in ("a_15_24", "a_25_44", "a_45_64", "a_65_oo")]
    if any(b > MAX_PEOPLE for b in bands) or bands[0] + bands[1] + bands[2] + bands[3] > inh:
        return ("bands_above_inhabitants", "a_15_24", None)
    p = model.prevalence(model.urbanity(oad), s, wwb / inh * 100, ao / inh * 100)
    adults = factor * bands[0] + bands[1] + bands[2] + bands[3]
    # The row's figures as its table shows them beside the prediction.
    return dict(per_1000=p, adults=adults, count=model.count(p, adults), single_pct=s,
                wwb_pct=wwb / inh * 100, ao_pct=ao / inh * 100, oad=oad)


def region(paste, listed=(), level="WK", factor=0.7):
    header, data = paste[0], paste[1:]
    col = columns_of(header)
    rows, info = [], []
    # rows read: emptiness, code, counts
    for cells in data:
        cells = list(cells) + [None] * (len(header) - len(cells))
        empty = all(c is None for c in cells)
        code = None if empty or not isinstance(col["gwb_code_10"], int) else code_of(cells[col["gwb_code_10"]])
        counts = {}
        for k in COUNTS:
            if isinstance(col[k], int):
                v = count_of(cells[col[k]])
                if v is not None:
                    counts[k] = v
        code_cell = cells[col["gwb_code_10"]] if isinstance(col["gwb_code_10"], int) else None
        info.append(dict(empty=empty, code=code, counts=counts, code_cell_empty=code_cell is None))
    has = {}
    for r in info:
        if r["code"]:
            has.setdefault(r["code"][2], set()).add(r["code"][0])
    # duplicates against the first row of each code
    first, dup, conflict = {}, {}, {}
    for i, r in enumerate(info):
        if not r["code"]:
            continue
        c = r["code"][1]
        if c not in first:
            first[c] = i
            continue
        f = first[c]
        same = r["counts"] == info[f]["counts"]
        dup[i] = (f, same)
        if not same and f not in conflict:
            conflict[f] = i
    # the list
    gemeenten, bad_list = {}, None
    for index, cell in enumerate(c for row in listed for c in row):
        if cell is None:
            continue
        g = gemeente_of(cell)
        if g is None:
            bad_list = index if bad_list is None else bad_list
        elif g not in gemeenten:
            gemeenten[g] = dict(code=g, listed=True, level="none", gm_row=-1, gm_inh=None)
    is_listed = bool(gemeenten)
    chosen, other = ("WK", "BU") if level == "WK" else ("BU", "WK")
    order_break, last = -1, None
    for i, r in enumerate(info):
        out = dict(status="empty", reason="none", column=None, whole=None, other=-1,
                   kind="none", code="", gemeente=0, has_inh=False, inh=0.0, adults=0.0, per_1000=0.0, count=0.0)
        rows.append(out)
        if r["empty"]:
            continue

        def give(reason, column=None, whole=None):
            out.update(status=status_of(reason), reason=reason, column=column, whole=whole)
        if not isinstance(col["gwb_code_10"], int):
            give("no_code_column", "gwb_code_10")
            continue
        if not r["code"]:
            give("no_code" if r["code_cell_empty"] else "bad_code", "gwb_code_10")
            continue
        kind, code, gem, order = r["code"]
        out.update(kind=kind, code=code, gemeente=gem)
        if last is not None and order <= last and order_break < 0:
            order_break = i
        last = order
        has_gem = has[gem]
        lvl = chosen if chosen in has_gem else other if other in has_gem else "GM"
        if i in dup:
            give("duplicate" if dup[i][1] else "duplicate_other", "gwb_code_10")
            out["other"] = dup[i][0]
            continue
        if is_listed and gem not in gemeenten:
            give("not_listed", "gwb_code_10")
            continue
        g = gemeenten.setdefault(gem, dict(code=gem, listed=False, level="none", gm_row=-1, gm_inh=None))
        g["level"] = lvl
        # The row naming the gemeente (its gm_naam): its gemeente row, else
        # its first row counted here.
        g.setdefault("name_row", i)
        if kind == "GM":
            g["gm_row"] = g["name_row"] = i
            g["gm_inh"] = r["counts"].get("a_inw")
        if kind != lvl:
            give("gemeente_row" if kind == "GM" else "other_level", "gwb_code_10")
            continue
        if "a_inw" in r["counts"]:
            out.update(has_inh=True, inh=r["counts"]["a_inw"])
        if i in conflict:
            give("conflict", "gwb_code_10")
            out["other"] = conflict[i]
            continue
        bad = next((k for k in COUNTS if not isinstance(col[k], int)), None)
        if bad:
            give("column_missing" if col[bad] == "missing" else "column_twice", bad)
            continue
        bad = next((k for k in COUNTS if k not in r["counts"]), None)
        if bad:
            give("not_a_count", bad)
            continue
        got = rule_13_14(r["counts"], factor)
        if isinstance(got, tuple):
            give(*got)
            continue
        give("none")
        out.update(got)
    # sums per gemeente and for the region
    tot = dict(pasted=0, computed=0, unknown=0, excluded=0, inh=0.0, inh_c=0.0, adults=0.0, count=0.0,
               whole=0.0, not_pasted=0, uncovered=0, unchecked=0, conflicts=0, unknown_inh=0,
               bad_list=-1 if bad_list is None else bad_list, order_break=order_break)
    for g in gemeenten.values():
        g.update(computed=0, unknown=0, inh=0.0, inh_c=0.0, adults=0.0, count=0.0, unread=False)
    for r in rows:
        if r["status"] == "empty":
            continue
        tot["pasted"] += 1
        tot[r["status"]] += 1
        if r["status"] not in ("computed", "unknown"):
            continue
        g = gemeenten[r["gemeente"]]
        if r["has_inh"]:
            g["inh"] += r["inh"]
        else:
            g["unread"] = True
            tot["unknown_inh"] += 1
        if r["status"] == "computed":
            g["computed"] += 1
            g["inh_c"] += r["inh"]
            g["adults"] += r["adults"]
            g["count"] += r["count"]
        else:
            g["unknown"] += 1
            tot["conflicts"] += r["reason"] == "conflict"
    for g in gemeenten.values():
        whole = g["inh"]
        if g["level"] == "none":
            g["cover"] = "not_pasted"
        elif g["level"] == "GM":
            g["cover"] = "unchecked" if g["unread"] else "by_gemeente"
        elif g["gm_inh"] is None or g["unread"] or g["gm_inh"] <= 0:
            g["cover"] = "unchecked"
        else:
            whole = g["gm_inh"]
            diff = g["inh"] - whole
            g["cover"] = ("short" if diff < -COVER_TOLERANCE * whole else
                          "over" if diff > COVER_TOLERANCE * whole else "whole")
        tot["not_pasted"] += g["cover"] == "not_pasted"
        tot["uncovered"] += g["cover"] in ("short", "over")
        tot["unchecked"] += g["cover"] == "unchecked"
        for k in ("inh", "inh_c", "adults", "count"):
            tot[k] += g[k]
        tot["whole"] += whole
    tot["gemeenten"] = len(gemeenten)
    tot["covered"] = tot["inh_c"] / tot["whole"] if tot["whole"] > 0 else 0.0
    tot["complete"] = (tot["computed"] > 0 and tot["unknown"] == 0 and tot["not_pasted"] == 0
                       and tot["uncovered"] == 0 and tot["unchecked"] == 0 and tot["bad_list"] < 0
                       and order_break < 0 and isinstance(col["gwb_code_10"], int))
    return rows, list(gemeenten.values()), tot
