"""Property test: the C region reader (addin/model/region.c, through
build/region_dump) against the independent Python transcription of
MODEL.md section 6 (tests/e2e/region_oracle.py), over random pastes that
look like CBS's file and are then spoilt the ways users spoil them: columns
moved, missing or named twice, codes in lower case or with no-break spaces,
counts as text, '.', CBS's negative codes, impossible counts, rows doubled
(the same or another year), rows deleted or out of order, empty rows, a
region list with gemeenten not pasted and entries that are no code.

Usage: python3 tests/fast/test_region_oracle.py build/region_dump [CASES] [SEED]
Needs no office.
"""
import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "e2e"))

import region_oracle as oracle  # noqa: E402
from harness import Results  # noqa: E402

EXTRA = ("gwb_code_8", "recs", "a_man", "a_00_14", "bev_dich")
NBSP = "\u00a0"


def encode(cell):
    if cell is None:
        return "e"
    if cell is oracle.OTHER:
        return "o"
    if isinstance(cell, float):
        return "n %r" % cell
    return "t " + "".join("%04x" % u for u in
                          memoryview(cell.encode("utf-16-le")).cast("H"))


def dump_input(paste, listed, level, factor):
    lines = ["paste %d %d" % (len(paste), len(paste[0]))]
    lines += [encode(c) for row in paste for c in row]
    width = max((len(r) for r in listed), default=0)
    lines.append("list %d %d" % (len(listed), width))
    lines += [encode(c) for row in listed for c in row]
    lines.append("options %d %r" % (0 if level == "WK" else 1, factor))
    return "\n".join(lines) + "\n"


def area_counts(rnd, inh):
    hh = max(1, int(inh * rnd.uniform(0.35, 0.6)))
    counts = dict(a_inw=inh, a_hh=hh, a_1p_hh=int(hh * rnd.uniform(0.2, 0.6)),
                  a_soz_wb=int(inh * rnd.uniform(0, 0.08)), a_soz_ao=int(inh * rnd.uniform(0, 0.06)),
                  ste_oad=float(rnd.choice((120, 480, 500, 999, 1000, 1499, 1500, 2499, 2500, 7300))))
    left = inh
    for k, share in (("a_15_24", 0.13), ("a_25_44", 0.3), ("a_45_64", 0.25), ("a_65_oo", 0.15)):
        counts[k] = min(left, int(inh * share * rnd.uniform(0.8, 1.2)))
        left -= counts[k]
    return counts


def spoil(rnd, counts):
    """One of the ways a count arrives wrong, or None."""
    if rnd.random() < 0.25:                # a part above its whole, or too few one-person households
        part, whole = rnd.choice((("a_1p_hh", "a_hh"), ("a_soz_wb", "a_inw"), ("a_soz_ao", "a_inw"),
                                  ("a_1p_hh", None), ("a_hh", "a_inw")))
        counts[part] = counts[whole] + 1 if whole else counts["a_hh"] // 100
        return
    k = rnd.choice(oracle.COUNTS)
    how = rnd.randrange(9)
    v = counts[k]
    counts[k] = (".", -99997.0, "10.410", None, 2e9, 0, v * 3 + 5, " %d%s" % (v, NBSP), oracle.OTHER)[how]


def cell_of(rnd, v):
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        if rnd.random() < 0.5 and v >= 0 and v == int(v) and v < 1e15:
            return "%d" % v                       # as CBS's xlsx stores many counts
        return float(v)
    return v


def make_case(rnd):
    pool = rnd.sample((344, 355, 310, 9999, 1, 26), rnd.randint(1, 4))
    pool.sort()
    areas = []                                    # (code, counts) in CBS's order
    for gm in pool:
        gm_rows, total = [], 0
        for w in range(rnd.randint(0, 3)):
            buurten = [rnd.randint(50, 4000) for _ in range(rnd.randint(0, 3))]
            wijk_inh = sum(buurten) or rnd.randint(200, 9000)
            gm_rows.append(("WK%04d%02d" % (gm, w), area_counts(rnd, wijk_inh)))
            for b, inh in enumerate(buurten):
                gm_rows.append(("BU%04d%02d%02d" % (gm, w, b), area_counts(rnd, inh)))
            total += wijk_inh
        total = total or rnd.randint(1000, 50000)
        if rnd.random() < 0.2:
            total = int(total * rnd.choice((0.996, 1.004, 0.9, 1.1)))
        rows = [("GM%04d" % gm, area_counts(rnd, total))] + gm_rows
        if rnd.random() < 0.15 and len(rows) > 1:
            del rows[rnd.randrange(1, len(rows))]       # a row deleted
        if rnd.random() < 0.1:
            del rows[0]                                  # no gemeente row
        areas += rows
    # spoil the rows
    for code, counts in areas:
        if rnd.random() < 0.08:
            spoil(rnd, counts)
    header = list(oracle.KWB) + rnd.sample(EXTRA, rnd.randint(0, 3))
    twice = None
    if rnd.random() < 0.08:
        header.remove(rnd.choice(oracle.KWB[3:] + ("gwb_code_10",)))
    if rnd.random() < 0.08:
        twice = rnd.choice(oracle.COUNTS + ("gwb_code_10",))
        header.append(twice.upper())
    rnd.shuffle(header)
    if rnd.random() < 0.3:
        header = [" %s " % h.upper() if rnd.random() < 0.3 else h for h in header]
    data = []
    for code, counts in areas:
        c = code
        r = rnd.random()
        if r < 0.05:
            c = c.lower()
        elif r < 0.1:
            c = NBSP + c + " "
        elif r < 0.13:
            c = rnd.choice((None, "WK0344", c[:-1], c + "0", "XX" + c[2:], 344.0, oracle.OTHER, c[:2] + " " + c[2:]))
        row = {"gwb_code_10": c, "regio": "naam " + code, "gm_naam": "gemeente"}
        row.update({k: cell_of(rnd, v) for k, v in counts.items()})
        data.append(row)
    # rows doubled, out of order, empty
    for _ in range(rnd.choice((0, 0, 1, 2))):
        if data:
            row = dict(rnd.choice(data))
            if rnd.random() < 0.5:
                row["a_soz_wb"] = rnd.choice((".", "7", 9.0))     # another year
            data.insert(rnd.randrange(len(data) + 1), row)
    if rnd.random() < 0.1 and len(data) > 2:
        i = rnd.randrange(len(data) - 1)
        data[i], data[i + 1] = data[i + 1], data[i]
    for _ in range(rnd.choice((0, 0, 1))):
        data.insert(rnd.randrange(len(data) + 1), {})
    if rnd.random() < 0.05:
        data.append({"a_man": 5.0})                         # content without a code
    paste = [header]
    for row in data:
        out = []
        for h in header:
            name = h.strip().lower()
            if twice and name == twice and h != name:
                out.append(cell_of(rnd, rnd.randint(0, 100)) if name != "gwb_code_10" else "WK999901")
            else:
                out.append(row.get(name))
        paste.append(out)
    if rnd.random() < 0.02:
        paste = [header]                                     # nothing pasted
    listed = []
    if rnd.random() < 0.5:
        for gm in rnd.sample(pool, rnd.randint(1, len(pool))):
            listed.append([rnd.choice(("GM%04d" % gm, "%04d" % gm, "%d" % gm, float(gm), " gm %04d" % gm))])
        if rnd.random() < 0.2:
            listed.append([rnd.choice(("GM0777", 778.0))])   # listed, not pasted
        if rnd.random() < 0.15:
            listed.insert(rnd.randrange(len(listed) + 1), [rnd.choice(("Utrecht", 0.0, "GM03444", oracle.OTHER))])
        if rnd.random() < 0.2:
            listed.insert(rnd.randrange(len(listed) + 1), [None])
    return paste, listed, rnd.choice(("WK", "BU")), rnd.choice((0.7, 0.7, 0.0, 1.0, 0.55))


def parse_dump(text):
    rows, gems, tot, msg = [], [], None, None
    for line in text.splitlines():
        kind, _, rest = line.partition(" ")
        f = rest.split(" ")
        if kind == "row":
            rows.append(dict(status=oracle.STATUSES[int(f[0])], reason=oracle.REASONS[int(f[1])],
                             column=int(f[2]), whole=int(f[3]), other=int(f[4]), kind=oracle.KINDS[int(f[5])],
                             code="" if f[6] == "-" else f[6], gemeente=int(f[7]), has_inh=f[8] == "1",
                             inh=float(f[9]), adults=float(f[10]), per_1000=float(f[11]), count=float(f[12])))
        elif kind == "gem":
            gems.append(dict(code=int(f[0]), listed=f[1] == "1", level=oracle.KINDS[int(f[2])],
                             computed=int(f[3]), unknown=int(f[4]), gm_row=int(f[5]), inh=float(f[6]),
                             inh_c=float(f[7]), adults=float(f[8]), count=float(f[9]),
                             cover=oracle.COVERS[int(f[10])]))
        elif kind == "tot":
            keys = ("pasted computed unknown excluded inh inh_c adults count whole covered gemeenten not_pasted "
                    "uncovered unchecked conflicts unknown_inh bad_list order_break complete").split()
            tot = {k: float(v) for k, v in zip(keys, f)}
            tot["complete"] = f[-1] == "1"
        elif kind == "msg":
            msg = rest
    return rows, gems, tot, msg


def close(a, b):
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def column_index(name):
    return len(oracle.KWB) if name is None else oracle.KWB.index(name)


def compare(res, case_no, got, want):
    rows, gems, tot, msg = got
    wrows, wgems, wtot = want
    where = "case %d" % case_no
    if not res.check(len(rows) == len(wrows), "%s: %d rows, oracle %d" % (where, len(rows), len(wrows))):
        return
    for i, (g, w) in enumerate(zip(rows, wrows)):
        for k in ("status", "reason", "other", "kind", "code", "gemeente", "has_inh"):
            if not res.check(g[k] == w[k], "%s row %d: %s %r, oracle %r (%r)" % (where, i, k, g[k], w[k], w)):
                return
        if w["status"] != "empty" and w["reason"] != "none":
            res.check(g["column"] == column_index(w["column"]), "%s row %d: column %d, oracle %r"
                      % (where, i, g["column"], w["column"]))
        if w["reason"] == "part_above_whole":
            res.check(g["whole"] == column_index(w["whole"]), "%s row %d: whole" % (where, i))
        for k in ("inh", "adults", "per_1000", "count"):
            res.check(close(g[k], w[k]), "%s row %d: %s %r, oracle %r" % (where, i, k, g[k], w[k]))
    res.check([g["code"] for g in gems] == [g["code"] for g in wgems],
              "%s: gemeenten %r, oracle %r" % (where, [g["code"] for g in gems], [g["code"] for g in wgems]))
    for g, w in zip(gems, wgems):
        for k in ("listed", "level", "computed", "unknown", "gm_row", "cover"):
            w_k = {"level": w["level"] if w["level"] != "GM" else "GM"}.get(k, w[k])
            res.check(g[k] == w_k, "%s gemeente %d: %s %r, oracle %r" % (where, g["code"], k, g[k], w_k))
        for k in ("inh", "inh_c", "adults", "count"):
            res.check(close(g[k], w[k]), "%s gemeente %d: %s" % (where, g["code"], k))
    for k, v in wtot.items():
        ok = close(tot[k], float(v)) if not isinstance(v, bool) else tot[k] == v
        res.check(ok, "%s totals: %s %r, oracle %r" % (where, k, tot[k], v))
    res.check(msg.startswith("volledig") == wtot["complete"] and msg.startswith(("volledig", "onvolledig")),
              "%s: message %r with complete %r" % (where, msg, wtot["complete"]))


def main():
    dump = sys.argv[1] if len(sys.argv) > 1 else "build/region_dump"
    cases = int(sys.argv[2]) if len(sys.argv) > 2 else 400
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 20261207
    rnd = random.Random(seed)
    res = Results("region oracle")
    seen = {}
    for n in range(cases):
        paste, listed, level, factor = make_case(rnd)
        out = subprocess.run([dump], input=dump_input(paste, listed, level, factor), capture_output=True,
                             text=True, encoding="utf-8")
        if not res.check(out.returncode == 0 and not out.stderr, "case %d: region_dump exit %d %s"
                         % (n, out.returncode, out.stderr[-2000:])):
            continue
        want = oracle.region(paste, listed, level, factor)
        compare(res, n, parse_dump(out.stdout), want)
        for r in want[0]:
            seen[r["reason"]] = seen.get(r["reason"], 0) + 1
    # The random pastes must reach every rule, or the test proves less than it says.
    for reason in oracle.REASONS:
        res.check(seen.get(reason, 0) > 0, "no random paste reached reason %s" % reason)
    print("reasons reached: " + ", ".join("%s %d" % (r, seen.get(r, 0)) for r in oracle.REASONS))
    sys.exit(res.finish())


if __name__ == "__main__":
    main()
