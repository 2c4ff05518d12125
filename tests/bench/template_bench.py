"""Benchmark row: the planning template with about 18,000 pasted KWB rows.

Pastes Utrecht's 122 KWB 2023 rows, as CBS publishes them, under 148 made-up
gemeente codes (GM9000..GM9147): 18,056 rows, the size of the national file.
They go into a new workbook from the installed template, as a user pastes
them. It measures the paste, doc.calculateAll() (median of 3 after the
first), and the peak memory of soffice.bin (VmHWM, started again before the
built-in run so that each run has its own peak). Then it does the same
work with Calc's built-in functions: Rijen's EPAPREVCBS column replaced by
the model written out in plain formulas (MODEL.md: the same checks on the
counts, the same coefficients), recalculated the same way in the same
process. It checks that both give the same region total. Then it lists 12
of the 148 gemeenten as the region (the issue: 12 gemeenten out of the
national file) and checks that the count reconciles.
Prints a markdown table and appends it to build/bench/template.md.
Usage: /usr/bin/python3 tests/bench/template_bench.py build/epa-addin-VERSION.oxt
"""
import os
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "tests", "e2e"))
sys.path.insert(0, os.path.join(ROOT, "tools"))
import uno  # noqa: E402

import bench  # noqa: E402  (this folder: the soffice.bin and /proc readers)
import make_template as L  # noqa: E402
from office import LO_PROGRAM, Office, props  # noqa: E402
from sheets import installed_template  # noqa: E402

GEMEENTEN = 148
OUT = os.path.join(ROOT, "build", "bench")


def rows():
    head, body = L.EXAMPLE[0], L.EXAMPLE[1:]
    code = head.index("gwb_code_10")
    out = [head]
    for g in range(GEMEENTEN):
        for r in body:
            r = list(r)
            r[code] = r[code][:2] + "%04d" % (9000 + g) + r[code][6:]
            out.append(r)
    return out


def peak_mib(pid):
    return bench.proc_kib(pid, "VmHWM") / 1024.0


def reset_peak(pid):
    """Starts soffice.bin's VmHWM again from its current RSS (Linux: 5 into
    clear_refs), so the built-in run's peak is its own, not the add-in run's."""
    with open("/proc/%d/clear_refs" % pid, "w") as f:
        f.write("5")


def recalc(doc, reps=3):
    doc.calculateAll()
    times = []
    for _ in range(reps):
        t = time.time()
        doc.calculateAll()
        times.append(time.time() - t)
    return statistics.median(times), min(times), max(times)


LISTED = 12     # the region: 12 of the 148 gemeenten listed on Gemeenten


def named(doc, name):
    return doc.NamedRanges.getByName(name).ReferredCells.getCellByPosition(0, 0).getValue()


def list_region(doc):
    """Lists GM9000..GM9011 as the region and recalculates: (seconds, the
    count pasted / computed / unknown / left out, inhabitants, predicted)."""
    gem = doc.Sheets.getByName("Gemeenten")
    gem.getCellRangeByName("A%d:A%d" % (L.GEM_FIRST, L.GEM_FIRST + LISTED - 1)).setDataArray(
        tuple(("GM%04d" % (9000 + g),) for g in range(LISTED)))
    t = time.time()
    doc.calculateAll()
    seconds = time.time() - t
    count = tuple(int(named(doc, n)) for n in ("RIJEN_GEPLAKT", "RIJEN_BEREKEND", "RIJEN_ONBEKEND",
                                               "RIJEN_UITGESLOTEN"))
    return seconds, count, named(doc, "REGIO_INWONERS"), named(doc, "REGIO_VOORSPELD")


def builtin_prev():
    """EPAPREVCBS of one Rijen row in plain Calc formulas (row 6)."""
    c = L.RCOL
    n = {k: "%s%d" % (c[k], L.RIJ_FIRST) for k in L.COUNTS}
    ok = ("AND({h}>0;{i}>0;{h}<={i};{p}<={h};{w}<={i};{a}<={i};{o}>0;{o}<=100000;{p}/{h}*100>1)"
          .format(h=n["a_hh"], i=n["a_inw"], p=n["a_1p_hh"], w=n["a_soz_wb"], a=n["a_soz_ao"], o=n["ste_oad"]))
    model = ("0.1574*{p}/{h}*100+0.9021*{w}/{i}*100+0.6106*{a}/{i}*100+IF({o}>=2500;6.8316;IF({o}>=1500;5.2911;"
             "IF({o}>=1000;4.1876;IF({o}>=500;3.1802;2.0722))))").format(
        h=n["a_hh"], i=n["a_inw"], p=n["a_1p_hh"], w=n["a_soz_wb"], a=n["a_soz_ao"], o=n["ste_oad"])
    return '=IF(OR({lv}=0;COUNT({j}:{s})<10);"";IF({ok};{m};"weigert"))'.format(
        lv="%s%d" % (c["level"], L.RIJ_FIRST), j=n["a_inw"], s=n["ste_oad"], ok=ok, m=model)


def main():
    oxt = sys.argv[1]
    data = rows()
    with Office(oxt, lang="nl_NL.UTF-8") as office:
        version = "%d.%d" % office.version()
        pid = bench.soffice_pid(office)
        t = time.time()
        doc = office.desktop.loadComponentFromURL(uno.systemPathToFileUrl(installed_template(office)), "_blank", 0,
                                                  props(Hidden=True, AsTemplate=True))
        load = time.time() - t
        sh = doc.Sheets.getByName("CBS-gegevens")
        t = time.time()
        sh.getCellRangeByPosition(0, L.CBS_HEAD - 1, len(data[0]) - 1, L.CBS_HEAD - 2 + len(data)).setDataArray(
            tuple(tuple(r) for r in data))
        paste = time.time() - t
        addin = recalc(doc)
        total = doc.NamedRanges.getByName("REGIO_VOORSPELD").ReferredCells.getCellByPosition(0, 0).getValue()
        count = doc.NamedRanges.getByName("RIJEN_BEREKEND").ReferredCells.getCellByPosition(0, 0).getValue()
        peak = peak_mib(pid)
        listed = list_region(doc)
        gem = doc.Sheets.getByName("Gemeenten")
        gem.getCellRangeByName("A%d:A%d" % (L.GEM_FIRST, L.GEM_FIRST + LISTED - 1)).clearContents(4)
        rij = doc.Sheets.getByName("Rijen")
        col = L.RCOL["prev"]
        rij.getCellRangeByName("%s%d" % (col, L.RIJ_FIRST)).setFormula(builtin_prev())
        from com.sun.star.sheet.FillDirection import TO_BOTTOM
        rij.getCellRangeByName("%s%d:%s%d" % (col, L.RIJ_FIRST, col, L.RIJ_LAST)).fillAuto(TO_BOTTOM, 1)
        reset_peak(pid)
        builtin = recalc(doc)
        total_b = doc.NamedRanges.getByName("REGIO_VOORSPELD").ReferredCells.getCellByPosition(0, 0).getValue()
        peak_b = peak_mib(pid)
        doc.close(True)
    same = abs(total - total_b) <= 1e-9 * max(1.0, abs(total))
    lines = [
        "Template, %d pasted rows (%d gemeenten x 122), LibreOffice %s (%s), load average %.2f" % (
            len(data) - 1, GEMEENTEN, version, LO_PROGRAM, os.getloadavg()[0]),
        "",
        "| | open template | paste | recalculate (median, min-max of 3) | peak RSS of soffice.bin | rows computed | predicted in care |",
        "|---|---|---|---|---|---|---|",
        "| EPAPREVCBS (add-in) | %.1f s | %.1f s | %.2f s (%.2f-%.2f) | %.0f MiB | %d | %.4f |" % (
            load, paste, addin[0], addin[1], addin[2], peak, count, total),
        "| built-in formulas | | | %.2f s (%.2f-%.2f) | %.0f MiB | | %.4f |" % (
            builtin[0], builtin[1], builtin[2], peak_b, total_b),
        "",
        "same region total: %s" % ("yes" if same else "NO"),
        "",
        "%d of the %d gemeenten listed (GM9000-GM%d): recalculated in %.1f s; pasted %d = computed %d + unknown %d "
        "+ left out %d; inhabitants %.0f; predicted in care %.4f" % ((LISTED, GEMEENTEN, 9000 + LISTED - 1, listed[0])
                                                                    + listed[1] + listed[2:]),
    ]
    text = "\n".join(lines)
    print(text)
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "template.md"), "a", encoding="utf-8") as f:
        f.write(text + "\n\n")
    pasted, ok, unknown, out = listed[1]
    region_ok = pasted == len(data) - 1 == ok + unknown + out and ok == LISTED * 10
    return 0 if same and count == GEMEENTEN * 10 and region_ok else 1


if __name__ == "__main__":
    sys.exit(main())
