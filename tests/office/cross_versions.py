#!/usr/bin/python3
"""Workbooks saved by one LibreOffice version, opened in the other.

    cross_versions.py build/epa-addin-VERSION.oxt

Template sheets travel between regions that run different versions.  With
the extension installed in both, each office (Debian 12's 7.4 and 25.2
from the office cache, `make lo25`) saves two workbooks, the small one with
every function (tests/e2e/test_files.py) and the Dutch planning template,
as .ods and as .xlsx; then each office opens every file, also those the
other saved, and recalculates.  Per direction and format the script prints
how many add-in cells show the saved value as opened and after
recalculation, and which function names the .xlsx holds, and checks that
against tests/e2e/versions.py: every direction computes, except an .xlsx
written with CompatibilityNames (EPAPREV) by 25.2 and opened in 7.4, which
gives #NAME? after recalculation.

The two offices need different pyuno modules, so one Python process per
office does the work (the same script with --worker) and this one
compares.  Without an unpacked 25.2 the script prints a 'skipped' line and
passes.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "tests", "e2e"))
sys.path.insert(0, os.path.join(ROOT, "tools"))
sys.path.insert(0, HERE)
from cache import office_cache  # noqa: E402

LO25 = os.path.join(office_cache(), "lo-25.2")
OFFICES = {   # name: (EPA_OFFICE, PYTHONPATH); None: the system's
    "7.4": (None, None),
    "25.2": (os.path.join(LO25, "epa-office"), os.path.join(LO25, "usr", "lib", "python3", "dist-packages")),
}
FILES = [(w, ext) for w in ("functions", "planning") for ext in ("ods", "xlsx")]
FILTERS = {"ods": "calc8", "xlsx": "Calc Office Open XML"}


def key(k):
    return "%s|%s" % k


# -- worker: runs in one office --------------------------------------------
def worker_save(oxt, out):
    import uno
    from harness import BUILD
    from office import Office, props
    from test_files import small_workbook, xlsx_function_names
    from harness import formula_outcomes as snapshot
    from workbook import new_planning
    os.makedirs(BUILD, exist_ok=True)
    src = os.path.join(out, "functions.fods")
    small_workbook(src)
    result = {}
    with Office(oxt) as office:
        result["version"] = list(office.version())
        docs = (("functions", lambda: office.load(src)),
                ("planning", lambda: new_planning(office)))
        for name, open_doc in docs:
            doc = open_doc()
            doc.calculateAll()
            snap = snapshot(doc)
            result[name] = {key(k): [list(o), f] for k, (o, f) in snap.items()}
            for ext in ("ods", "xlsx"):
                tmp = os.path.join(office.dir, "%s.%s" % (name, ext))
                doc.storeToURL(uno.systemPathToFileUrl(tmp), props(FilterName=FILTERS[ext]))
                shutil.copy(tmp, out)
                os.chmod(os.path.join(out, os.path.basename(tmp)), 0o644)
                if ext == "xlsx":
                    result[name + ".xlsx names"] = sorted(xlsx_function_names(tmp))
            doc.close(True)
    with open(os.path.join(out, "saved.json"), "w") as f:
        json.dump(result, f)


def worker_open(oxt, share, out):
    from office import Office
    from harness import formula_outcomes as snapshot
    result = {}
    with Office(oxt) as office:
        result["version"] = list(office.version())
        for saver in OFFICES:
            for name, ext in FILES:
                path = os.path.join(share, saver, "%s.%s" % (name, ext))
                if not os.path.exists(path):
                    continue
                doc = office.load(path)
                loaded = snapshot(doc)
                doc.calculateAll()
                after = snapshot(doc)
                doc.close(True)
                result["%s/%s.%s" % (saver, name, ext)] = {
                    "loaded": {key(k): list(o) for k, (o, _f) in loaded.items()},
                    "after": {key(k): [list(o), f] for k, (o, f) in after.items()}}
    with open(out, "w") as f:
        json.dump(result, f)


# -- main: compares --------------------------------------------------------
def run_in(office, *args):
    env = dict(os.environ)
    program, pythonpath = OFFICES[office]
    env.pop("EPA_OFFICE", None)
    env.pop("PYTHONPATH", None)
    if program:
        env["EPA_OFFICE"] = program
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    r = subprocess.run(["/usr/bin/python3", os.path.abspath(__file__), "--worker", *args], env=env,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=1800)
    if r.returncode != 0:
        raise RuntimeError("worker in %s %s failed:\n%s" % (office, args[0], r.stdout[-3000:]))


def same(a, b):
    from test_files import same as same_outcome
    return same_outcome(tuple(a), tuple(b))


def calls_addin(formula):
    from versions import PROGRAMMATIC
    return PROGRAMMATIC in formula.upper()


def main():
    from harness import Results
    from versions import NAME_ERROR, has_compatibility_names, xlsx_reads_compatibility_name, \
        xlsx_writes_compatibility_name
    res = Results("versions")
    if len(sys.argv) != 2:
        sys.exit("usage: %s build/epa-addin-VERSION.oxt" % sys.argv[0])
    oxt = os.path.abspath(sys.argv[1])
    if not os.path.exists(os.path.join(LO25, ".unpacked")):
        print("versions: skipped: LibreOffice 25.2 is not unpacked in %s (make lo25)" % LO25)
        return res.finish()
    compat = has_compatibility_names(oxt)
    share = tempfile.mkdtemp(prefix="epa-versions-")
    os.chmod(share, 0o777)
    try:
        saved, opened = {}, {}
        for office in OFFICES:
            d = os.path.join(share, office)
            os.makedirs(d)
            os.chmod(d, 0o777)
            run_in(office, "save", oxt, d)
            with open(os.path.join(d, "saved.json")) as f:
                saved[office] = json.load(f)
        for office in OFFICES:
            out = os.path.join(share, "opened-%s.json" % office)
            run_in(office, "open", oxt, share, out)
            with open(out) as f:
                opened[office] = json.load(f)
        rows = []
        print("extension %s CompatibilityNames" % ("with" if compat else "without"))
        for saver in OFFICES:
            sv = tuple(saved[saver]["version"])
            for name, ext in FILES:
                snap = saved[saver][name]
                addin = [k for k, (_o, f) in snap.items() if calls_addin(f)]
                for reader in OFFICES:
                    rv = tuple(opened[reader]["version"])
                    got = opened[reader]["%s/%s.%s" % (saver, name, ext)]
                    as_loaded = sum(1 for k in addin if k in got["loaded"] and same(got["loaded"][k], snap[k][0]))
                    computed = sum(1 for k in addin if k in got["after"] and same(got["after"][k][0], snap[k][0]))
                    named = sum(1 for k in addin if k in got["after"] and got["after"][k][0] == ["err", NAME_ERROR])
                    breaks = (ext == "xlsx" and xlsx_writes_compatibility_name(sv, compat)
                              and not xlsx_reads_compatibility_name(rv, compat))
                    names = saved[saver].get(name + ".xlsx names", []) if ext == "xlsx" else ["(programmatic)"]
                    rows.append((saver, reader, "%s.%s" % (name, ext), len(addin), as_loaded, computed, named,
                                 names[0] if names else "-"))
                    what = "%s saved by %s, opened in %s" % ("%s.%s" % (name, ext), saver, reader)
                    if breaks:     # as opened, most cells still show the saved value
                        res.check(named > 0,
                                  "%s: expected #NAME? after recalculation (EPAPREV not understood), got %d computed,"
                                  " %d #NAME? of %d" % (what, computed, named, len(addin)))
                    else:
                        res.check(as_loaded == len(addin), "%s: as opened %d of %d add-in cells show the saved value"
                                  % (what, as_loaded, len(addin)))
                        res.check(computed == len(addin) and named == 0,
                                  "%s: after recalculation %d of %d add-in cells compute, %d #NAME?" % (
                                      what, computed, len(addin), named))
        print("saved by | opened in | file | add-in cells | as opened: saved value | after recalculation:"
              " computed | #NAME? | .xlsx calls")
        for r in rows:
            print("%s | %s | %s | %d | %d | %d | %d | %s" % r)
    finally:
        shutil.rmtree(share, ignore_errors=True)
    return res.finish()


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        if sys.argv[2] == "save":
            worker_save(sys.argv[3], sys.argv[4])
        else:
            worker_open(sys.argv[3], sys.argv[4], sys.argv[5])
        sys.exit(0)
    sys.exit(main())
