"""Per-call profile of the per-cell form inside soffice (make profile).

Loads the benchmark's variant (a) workbook (per-row EPAPREV and EPACOUNT,
ROWS rows), recalculates it once to warm up, then samples soffice.bin with
`perf record --call-graph dwarf` during REPS recalculations and writes
build/profile/report.md: the share of samples per library (dso), the
hottest symbols, and the time in UNO's runtime (type descriptions, anys,
reference counts) and mutexes charged to whoever called it: Calc, the C++
UNO bridge, core reflection, or our library.

DWARF call graphs, not frame pointers: Debian's LibreOffice libraries have
none, so a frame-pointer chain would stop at the first of them.
Usage: /usr/bin/python3 tests/bench/profile.py build/epa-addin-VERSION.oxt [ROWS] [REPS]
"""
import collections
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import bench  # noqa: E402
from office import Office  # noqa: E402

OUT = os.path.join(bench.ROOT, "build", "profile")
OURS = "libepaaddin.so"
# UNO's runtime: the type library (type descriptions), any/sequence
# construction, reference counts, strings.
UNO_RUNTIME = {"libuno_cppu.so.3", "libuno_sal.so.3"}
# Frames skipped when looking for who called into the runtime.
LOW_LEVEL = UNO_RUNTIME | {"libc.so.6", "inlined", "libstdc++.so.6.0.30", "ld-linux-x86-64.so.2", "?"}


def record(oxt, rows, reps):
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, "per-cell.fods")
    bench.write_workbook(path, "a", bench.inputs(rows))
    data = os.path.join(OUT, "perf.data")
    with Office(oxt) as office:
        doc = office.load(path)
        doc.calculateAll()
        pid = bench.soffice_pid(office)
        perf = subprocess.Popen(["perf", "record", "-q", "-F", "499", "--call-graph", "dwarf,16384",
                                 "-p", str(pid), "-o", data], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        secs = []
        for _ in range(reps):
            secs.append(bench.timed(doc.calculateAll)[0])
        perf.send_signal(2)
        perf.wait()
        doc.close(True)
    return data, secs


def chains(data):
    """[(leaf dso, leaf symbol, [(dso, symbol) from the leaf up])] per sample."""
    out = subprocess.run(["perf", "script", "-i", data, "-F", "ip,sym,dso"], capture_output=True,
                         text=True, errors="replace").stdout
    samples, cur = [], []
    for line in out.splitlines() + [""]:
        line = line.strip()
        if not line:
            if cur:
                samples.append(cur)
            cur = []
            continue
        parts = line.split(None, 1)
        rest = parts[1] if len(parts) > 1 else ""
        dso = rest[rest.rfind("(") + 1:-1] if rest.endswith(")") else "?"
        sym = rest[:rest.rfind("(")].strip() if "(" in rest else rest
        cur.append((os.path.basename(dso), sym))
    return samples


def main():
    if subprocess.run(["sh", "-c", "command -v perf"], capture_output=True).returncode:
        sys.exit("make profile needs perf (Debian package linux-perf)")
    oxt = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 100000
    reps = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    data, secs = record(oxt, rows, reps)
    samples = chains(data)
    n = len(samples) or 1
    by_dso = collections.Counter(s[0][0] for s in samples)
    by_sym = collections.Counter("%s %s" % (s[0][0], s[0][1][:80]) for s in samples)
    through_ours = [s for s in samples if any(d == OURS for d, _ in s)]
    # Time in UNO's type library and the runtime (libuno_cppu, libuno_sal)
    # and in mutexes, charged to the first caller outside them: is any of
    # it called from our library?
    uno = [s for s in samples if s[0][0] in UNO_RUNTIME or "mutex" in s[0][1]]
    callers = collections.Counter(
        next((d for d, _sym in s[1:] if d not in LOW_LEVEL), "?") for s in uno)
    lines = ["# Per-call profile (make profile)", "",
             "%d rows of per-row EPAPREV + EPACOUNT (%d add-in calls per recalculation), %d recalculations "
             "of %s s; %d samples." % (rows, 2 * rows, reps, ", ".join("%.3f" % t for t in secs), len(samples)),
             "", "| library (leaf) | samples | % |", "|---|---:|---:|"]
    for dso, c in by_dso.most_common(12):
        lines.append("| %s | %d | %.1f |" % (dso, c, 100.0 * c / n))
    lines += ["", "| hottest symbols (leaf) | % |", "|---|---:|"]
    for sym, c in by_sym.most_common(20):
        lines.append("| `%s` | %.1f |" % (sym.replace("|", "/"), 100.0 * c / n))
    lines += ["", "- samples with %s in the call chain: %.1f%% (its own code, leaf: %.1f%%)"
              % (OURS, 100.0 * len(through_ours) / n, 100.0 * by_dso[OURS] / n),
              "- leaf in %s or a mutex: %.1f%% of all samples; by the first caller outside them:"
              % (" / ".join(sorted(UNO_RUNTIME)), 100.0 * len(uno) / n), "",
              "| caller | % of all samples |", "|---|---:|"]
    for dso, c in callers.most_common(8):
        lines.append("| %s | %.1f |" % (dso, 100.0 * c / n))
    lines += ["", "Of that time, %s's own calls: %.1f%% of all samples." % (OURS, 100.0 * callers[OURS] / n)]
    with open(os.path.join(OUT, "report.md"), "w") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
