"""Benchmark: the planning template before and after its rules moved into
the C model (issue 24), and the same paste into an empty workbook, side by
side in one office process.

  v1.0.0     the template of v1.0.0 (commit V100, the rules in formulas),
             taken from git into build/bench/;
  thin       the template the .oxt installs (EPAREGION* array formulas);
  empty      a new empty workbook: the paste itself, the floor.

For each: open a new workbook from it; paste Utrecht's 122 KWB 2023 rows
and recalculate; in another new workbook paste 18,056 rows (Utrecht's 122
under 148 made-up gemeente codes GM9000..GM9147, the national file's size)
and recalculate; save as .ods; reopen it.  Wall seconds and CPU seconds of
soffice.bin (utime + stime), peak RSS (VmHWM, started again for each
variant), the saved file's size, and the region's predicted total (both
templates must give 820,660.2819 = 148 x 5,545.0019).
Prints a markdown table and appends it to build/bench/template.md.
Usage: /usr/bin/python3 tests/bench/template_bench.py build/epa-addin-VERSION.oxt
"""
import os
import subprocess
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
V100 = "6d33488"          # the last commit of v1.0.0's template
OUT = os.path.join(ROOT, "build", "bench")
TEMPLATE = "packaging/templates/EPA-planning/epa-planning.ots"
CBS_HEAD = 24             # CBS_PLAK: A24 in both templates


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


def old_template():
    path = os.path.join(OUT, "epa-planning-1.0.0.ots")
    if not os.path.exists(path):
        os.makedirs(OUT, exist_ok=True)
        with open(path, "wb") as f:
            f.write(subprocess.run(["git", "-C", ROOT, "show", "%s:%s" % (V100, TEMPLATE)], check=True,
                                   capture_output=True).stdout)
    return path


def cpu_seconds(pid):
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Meter:
    """Wall and CPU seconds of one step."""
    def __init__(self, pid):
        self.pid = pid

    def __call__(self, fn):
        t, c = time.time(), cpu_seconds(self.pid)
        out = fn()
        return (time.time() - t, cpu_seconds(self.pid) - c), out


def new_doc(office, template):
    if template is None:
        return office.new_calc()
    return office.desktop.loadComponentFromURL(uno.systemPathToFileUrl(template), "_blank", 0,
                                               props(Hidden=True, AsTemplate=True))


def paste(doc, data, template):
    sh = doc.Sheets.getByName("CBS-gegevens") if template else doc.Sheets.getByIndex(0)
    top = CBS_HEAD - 1 if template else 0
    sh.getCellRangeByPosition(0, top, len(data[0]) - 1, top + len(data) - 1).setDataArray(
        tuple(tuple(r) for r in data))
    doc.calculateAll()


def predicted(doc):
    if not doc.NamedRanges.hasByName("REGIO_VOORSPELD"):
        return None
    return doc.NamedRanges.getByName("REGIO_VOORSPELD").ReferredCells.getCellByPosition(0, 0).getValue()


def run(office, pid, label, template, data):
    m = Meter(pid)
    out = {"label": label}
    with open("/proc/%d/clear_refs" % pid, "w") as f:
        f.write("5")                      # VmHWM from here (Linux)
    out["open"], doc = m(lambda: new_doc(office, template))
    out["small"], _ = m(lambda: paste(doc, L.EXAMPLE, template))
    doc.close(True)
    doc = new_doc(office, template)
    out["big"], _ = m(lambda: paste(doc, data, template))
    out["total"] = predicted(doc)
    path = os.path.join(office.dir, "bench-%s.ods" % label.split()[0])
    url = uno.systemPathToFileUrl(path)
    out["save"], _ = m(lambda: doc.storeToURL(url, props(FilterName="calc8")))
    doc.close(True)
    out["size"] = os.path.getsize(path)
    out["reopen"], doc = m(lambda: office.desktop.loadComponentFromURL(url, "_blank", 0, props(Hidden=True)))
    doc.close(True)
    out["peak"] = bench.proc_kib(pid, "VmHWM") / 1024.0
    tsize = os.path.getsize(template) if template else None
    out["template"] = tsize
    return out


def fmt(pair):
    return "%.2f s (%.1f CPU)" % pair


def main():
    oxt = sys.argv[1]
    data = rows()
    with Office(oxt, lang="nl_NL.UTF-8") as office:
        version = "%d.%d" % office.version()
        pid = bench.soffice_pid(office)
        results = [run(office, pid, "thin template", installed_template(office), data),
                   run(office, pid, "empty workbook", None, data),
                   run(office, pid, "v1.0.0 template", old_template(), data)]
    lines = [
        "Template benchmark, LibreOffice %s (%s), load average %.2f; %d pasted rows (%d gemeenten x 122)" % (
            version, LO_PROGRAM, os.getloadavg()[0], len(data) - 1, GEMEENTEN),
        "",
        "| | template | open | 122 rows pasted + recalculated | %d rows pasted + recalculated | save .ods | "
        "saved size | reopen | peak RSS | predicted in care |" % (len(data) - 1),
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        lines.append("| %s | %s | %s | %s | %s | %s | %.1f MB | %s | %.0f MiB | %s |" % (
            r["label"], "%.0f kB" % (r["template"] / 1e3) if r["template"] else "-", fmt(r["open"]),
            fmt(r["small"]), fmt(r["big"]), fmt(r["save"]), r["size"] / 1e6, fmt(r["reopen"]), r["peak"],
            "%.4f" % r["total"] if r["total"] is not None else "-"))
    thin, empty, old = results
    lines += ["", "thin / empty, %d rows pasted + recalculated: %.2fx (wall)" % (
        len(data) - 1, thin["big"][0] / empty["big"][0])]
    text = "\n".join(lines)
    print(text)
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "template.md"), "a", encoding="utf-8") as f:
        f.write(text + "\n\n")
    want = GEMEENTEN * 5545.001904809
    same = all(abs(r["total"] - want) <= 1e-6 * want for r in (thin, old))
    print("both templates give %.4f: %s" % (want, "yes" if same else "NO"))
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
