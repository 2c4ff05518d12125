"""Valgrind memcheck of the add-in inside a real soffice doing real work.

Usage: /usr/bin/python3 tests/valgrind/run.py build/epa-addin-VERSION.oxt [small] [large]

Installs the .oxt into a throwaway profile, starts soffice once normally
(the first start after an install restarts itself), then twice under
valgrind through the soffice script's own VALGRIND support (it runs
oosplash and soffice.bin under memcheck with G_SLICE=always-malloc and
GLIBCXX_FORCE_NEW=1, so pooled allocations are visible).  Each valgrind
run loads one workbook, recalculates it and shuts soffice down:
  small  about 1,000 add-in calls (default 1000)
  large  about 100,000 add-in calls (default 100000)
Half the calls are single-value formulas (valid and invalid arguments, so
both the result and the exception path run), half are elements of array
formulas over ranges with good and bad rows.

Checks, from valgrind's XML reports of soffice.bin:
  - no memory error (invalid read/write/free, uninitialised value, ...)
    with a stack frame in libepaaddin.so;
  - bytes "definitely lost" with a frame in libepaaddin.so do not grow
    from the small to the large run (a per-call leak would grow 100-fold).
Prints the numbers and 'valgrind: N passed, N failed'; reports are kept in
build/valgrind/.  Takes minutes: it is `make valgrind`, not part of `make check`.
"""
import glob
import os
import shutil
import sys
import time
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "e2e"))

import cases as case_table  # noqa: E402
import catalogue  # noqa: E402
import fods  # noqa: E402
import model  # noqa: E402
import ranges  # noqa: E402
from harness import ROOT, Results, cell_outcome  # noqa: E402
from office import Office  # noqa: E402

LIB = "libepaaddin.so"
OUT = os.path.join(ROOT, "build", "valgrind")
# Memcheck error kinds that are not leaks.
LEAK_KINDS = ("Leak_DefinitelyLost", "Leak_IndirectlyLost", "Leak_PossiblyLost", "Leak_StillReachable")


class ValgrindOffice(Office):
    """Office whose soffice runs under memcheck.  The soffice script turns
    VALGRIND=memcheck into `valgrind --tool=memcheck --trace-children=yes
    ...`; VALGRIND_OPTS adds the leak check and per-process XML reports."""
    START_TIMEOUT = 900
    STOP_TIMEOUT = 1200

    def __init__(self, oxt, logdir, **kw):
        super().__init__(oxt, **kw)
        self.logdir = logdir
        self.valgrind = False

    def _env(self):
        env = super()._env()
        if self.valgrind:
            env["VALGRIND"] = "memcheck"
            env["VALGRIND_OPTS"] = " ".join([
                "--leak-check=full", "--show-leak-kinds=definite",
                "--errors-for-leak-kinds=definite", "--num-callers=40",
                "--xml=yes", "--xml-file=%s/vg.%%p.xml" % self.logdir,
                "--log-file=%s/vg.%%p.log" % self.logdir])
        return env


def build_workbook(path, calls):
    """A workbook with about `calls` add-in calls; returns (calls, check)
    where check is (sheet, col, row, expected) of the worked example."""
    names = catalogue.names()
    singles = [(f, exp) for _label, f, exp, _tol in case_table.cases() if any(n + "(" in f for n in names)]
    sh = fods.Sheet("Singles")
    n_single = calls // 2
    per_col = 5000
    for i in range(n_single):
        formula = singles[i % len(singles)][0]
        sh.put(i % per_col, i // per_col, fods.Formula(formula))
    # Arrays: each function of ranges.FUNCTIONS over `rows` data rows that
    # repeat ranges.ROWS (good rows and bad ones: suppressed, text, empty).
    arr = fods.Sheet("Arrays")
    n_fn = len(ranges.FUNCTIONS)
    rows = max(len(ranges.ROWS), (calls - n_single) // n_fn)
    for r in range(rows):
        for c, v in enumerate(ranges.ROWS[r % len(ranges.ROWS)]):
            arr.put(r, c, v)
    for k, (_name, _per_row, _array) in enumerate(ranges.FUNCTIONS):
        formula = _array
        for col in ranges.COLS:
            formula = formula.replace("%s%d:%s%d" % (col, ranges.FIRST, col, ranges.LAST),
                                      "%s1:%s%d" % (col, col, rows))
        arr.put(0, len(ranges.COLS) + 2 + k, fods.Formula(formula, rows=rows))
    fods.write(path, [sh, arr])
    worked = next(i for i in range(len(singles)) if singles[i][0] == "=EPAPREV(1200;23.14;5.6;3.45)")
    return n_single + rows * n_fn, (0, worked // per_col, worked % per_col, model.WORKED)


def frames(error):
    """Every frame object of every stack of a valgrind <error>."""
    for stack in error.iter("stack"):
        for frame in stack.findall("frame"):
            yield frame.findtext("obj") or "", frame.findtext("fn") or "?"


def documents(path):
    """The XML documents in one report file.  A process that execs keeps its
    pid, and valgrind starts a new document in the same %p file, so a file
    can hold several; only a finished one has the leak check."""
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    for part in text.split('<?xml version="1.0"?>'):
        if part.strip():
            try:
                yield ET.fromstring(part)
            except ET.ParseError:
                pass  # a document cut short by an exec


def soffice_bin_report(logdir):
    """The finished memcheck document of soffice.bin."""
    for path in sorted(glob.glob(os.path.join(logdir, "vg.*.xml"))):
        for doc in documents(path):
            exe = doc.findtext("args/argv/exe") or ""
            if exe.endswith("/soffice.bin") and any(
                    s.findtext("state") == "FINISHED" for s in doc.findall("status")):
                return path, doc
    return None, None


def analyse(root):
    """Numbers from one soffice.bin report."""
    out = {"errors": 0, "errors_ours": [], "lost": 0, "lost_ours": 0, "lost_ours_records": []}
    for error in root.findall("error"):
        kind = error.findtext("kind")
        ours = any(obj.endswith(LIB) for obj, _fn in frames(error))
        if kind in LEAK_KINDS:
            if kind != "Leak_DefinitelyLost":
                continue
            nbytes = int(error.find("xwhat").findtext("leakedbytes"))
            out["lost"] += nbytes
            if ours:
                out["lost_ours"] += nbytes
                out["lost_ours_records"].append(error.find("xwhat").findtext("text"))
            continue
        out["errors"] += 1
        if ours:
            what = error.findtext("what") or error.find("xwhat").findtext("text")
            out["errors_ours"].append("%s: %s at %s" % (
                kind, what, [fn for obj, fn in frames(error) if obj.endswith(LIB)]))
    return out


def run(office, label, calls, res):
    """One valgrind run of soffice on a workbook with about `calls` calls."""
    logdir = os.path.join(office.dir, "vg-" + label)
    os.makedirs(logdir)
    os.chmod(logdir, 0o777)
    office.logdir = logdir
    book = os.path.join(office.dir, "%s.fods" % label)
    actual_calls, (sheet, col, row, worked) = build_workbook(book, calls)
    os.chmod(book, 0o644)
    t0 = time.time()
    office.valgrind = True
    office.launch()
    t1 = time.time()
    doc = office.load(book)
    doc.calculateAll()
    out = cell_outcome(doc.Sheets.getByIndex(sheet).getCellByPosition(col, row))
    # Proves the add-in ran inside valgrind, not only soffice.
    res.check(out[0] == "num" and abs(out[1] - worked) < 1e-9,
              "%s: worked example gave %r under valgrind" % (label, out))
    res.check(office.alive(), "%s: soffice alive after recalculating" % label)
    doc.close(True)
    t2 = time.time()
    office.stop()  # valgrind's leak check runs as soffice exits
    t3 = time.time()
    office.valgrind = False
    report, doc = soffice_bin_report(logdir)
    keep = os.path.join(OUT, label)
    shutil.rmtree(keep, ignore_errors=True)
    shutil.copytree(logdir, keep)
    if not res.check(report is not None, "%s: no valgrind report of soffice.bin in %s" % (label, keep)):
        return None
    numbers = analyse(doc)
    print("%s: %d add-in calls; start %.0f s, load+recalculate %.0f s, exit+leak check %.0f s"
          % (label, actual_calls, t1 - t0, t2 - t1, t3 - t2))
    print("%s: soffice.bin memory errors %d (in %s: %d); definitely lost %d bytes (in %s: %d bytes)"
          % (label, numbers["errors"], LIB, len(numbers["errors_ours"]), numbers["lost"], LIB,
             numbers["lost_ours"]))
    for e in numbers["errors_ours"]:
        print("  error in %s: %s" % (LIB, e))
    for t in numbers["lost_ours_records"]:
        print("  leak in %s: %s" % (LIB, t))
    res.check(not numbers["errors_ours"], "%s: memory errors with a frame in %s" % (label, LIB))
    print("%s: report %s" % (label, os.path.join(keep, os.path.basename(report))))
    return numbers


def main():
    if len(sys.argv) not in (2, 3, 4):
        sys.exit(__doc__)
    oxt = sys.argv[1]
    if shutil.which("valgrind") is None:
        # Not in .ci/install-deps: make check does not run valgrind.
        sys.exit("valgrind not found; on Debian 12: apt-get install valgrind")
    small = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    large = int(sys.argv[3]) if len(sys.argv) > 3 else 100000
    os.makedirs(OUT, exist_ok=True)
    res = Results("valgrind")
    office = ValgrindOffice(oxt, logdir=None)
    try:
        office.start()   # install, and the restart after it, without valgrind
        office.stop()
        a = run(office, "small", small, res)
        b = run(office, "large", large, res)
        if a is not None and b is not None:
            res.check(b["lost_ours"] <= a["lost_ours"],
                      "definitely lost in %s grew from %d to %d bytes" % (LIB, a["lost_ours"], b["lost_ours"]))
    finally:
        office.cleanup()
    return res.finish()


if __name__ == "__main__":
    sys.exit(main())
