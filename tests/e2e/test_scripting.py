"""docs/scripting.md's examples run, as they stand there, and give the
model's numbers: the Basic macro from a document's library, the Python
macro from the profile's Scripts/python, and the two scripts outside the
office as separate processes connected to it over its socket.  Also the
two failures the page explains: a plain tuple of rows refused by
FunctionAccess (for Calc's own SUM too), and the add-in's service created
from outside without epa.rdb breaking that client's connection while the
office keeps answering.  An office that cannot run an example (no Python
script provider) makes it a skipped check with the reason.
Usage: /usr/bin/python3 tests/e2e/test_scripting.py build/epa-addin-VERSION.oxt
"""
import ast
import os
import re
import subprocess
import sys

import oracle
from harness import BUILD, ROOT, Results, oxt_arg
from office import Office

DOC = os.path.join(ROOT, "docs", "scripting.md")
EXAMPLES = ("basic-macro", "python-macro", "python-remote", "python-remote-service")
EXAMPLE = re.compile(r"^<!-- example: ([a-z-]+) -->\n```[a-z]+\n(.*?)^```$", re.M | re.S)
PYTHON_PROVIDER = "com.sun.star.script.provider.ScriptProviderForPython"
CLIENT_TIMEOUT = 300   # seconds; the arm64 office under qemu-user is slow

# The examples' one call and their two rows of OAD.
ARGS = (1200.0, 23.14, 5.6, 3.45)
OAD_ROWS = (1200.0, 5000.0)


def epaprev(oad):
    out = oracle.evaluate("EPAPREV", [("num", v) for v in (oad,) + ARGS[1:]])
    assert out[0] == "num", out   # the examples' inputs are good ones
    return out[1]


def close(a, b):
    return abs(a - b) <= 1e-9 * max(1.0, abs(b))


def same_rows(got, rows):
    """got is a tuple of rows of one value each, equal to rows."""
    try:
        return len(got) == len(rows) and all(len(g) == 1 and close(g[0], r) for g, r in zip(got, rows))
    except TypeError:
        return False


def examples():
    with open(DOC, encoding="utf-8") as f:
        return dict(EXAMPLE.findall(f.read()))


# The failures docs/scripting.md describes, from a client of its own (a
# broken bridge must not take the test's connection with it).
CONTROL = r'''
import sys
import uno
port = sys.argv[1]
local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
ctx = resolver.resolve("uno:socket,host=127.0.0.1,port=%s;urp;StarOffice.ComponentContext" % port)
fa = ctx.ServiceManager.createInstanceWithContext("com.sun.star.sheet.FunctionAccess", ctx)
for name, args in (("EPAPREV", (((1200,), (5000,)), 23.14, 5.6, 3.45)), ("SUM", (((1,), (2,)),))):
    try:
        print(name, "tuple of rows gave", fa.callFunction(name, args))
    except Exception as e:
        print(name, "tuple of rows raised", type(e).__name__)
try:
    ctx.ServiceManager.createInstanceWithContext("nl.epaplanning.calc.EpaAddIn", ctx)
    print("service without epa.rdb: created")
except Exception as e:
    print("service without epa.rdb raised", type(e).__name__, getattr(e, "Message", str(e)).split(" at ")[0])
'''


def client(res, name, source, *args):
    """Runs source as a script of its own with args; its stdout lines, or
    None (a failed check) when it did not exit 0."""
    path = os.path.join(BUILD, "scripting", name + ".py")
    with open(path, "w", encoding="utf-8") as f:
        f.write(source)
    try:
        r = subprocess.run([sys.executable, path, *args], capture_output=True, text=True, timeout=CLIENT_TIMEOUT)
    except subprocess.TimeoutExpired:
        res.check(False, "%s: no answer within %d s" % (name, CLIENT_TIMEOUT))
        return None
    if not res.check(r.returncode == 0, "%s exited %d: %s" % (name, r.returncode, (r.stderr or r.stdout)[-800:])):
        return None
    return r.stdout.splitlines()


def printed(lines, label):
    """The value printed after `label ` (a Python literal), or None."""
    for line in lines:
        if line.startswith(label + " "):
            try:
                return ast.literal_eval(line[len(label) + 1:])
            except (ValueError, SyntaxError):
                return line[len(label) + 1:]
    return None


def check_basic(office, res, source):
    doc = office.new_calc()
    libs = doc.BasicLibraries
    lib = libs.getByName("Standard") if libs.hasByName("Standard") else libs.createLibrary("Standard")
    lib.insertByName("Epa", source)
    provider = doc.getScriptProvider()

    def run(fn):
        url = "vnd.sun.star.script:Standard.Epa.%s?language=Basic&location=document" % fn
        return provider.getScript(url).invoke((), (), ())[0]

    one = epaprev(ARGS[0])
    for fn in ("EpaPrevVoorbeeld", "EpaPrevInCel", "EpaPrevService"):
        got = run(fn)
        res.check(isinstance(got, float) and close(got, one), "Basic %s gave %r, the model %r" % (fn, got, one))
    rows = run("EpaPrevTweeGebieden")
    want = [epaprev(v) for v in OAD_ROWS]
    res.check(same_rows(rows, want), "Basic EpaPrevTweeGebieden gave %r, the model %r" % (rows, want))
    cell = doc.Sheets.getByIndex(0).getCellRangeByName("A1")
    res.check(cell.Formula == "=NL.EPAPLANNING.CALC.EPAADDIN.EPAPREV(1200;23.14;5.6;3.45)",
              "EpaPrevInCel's formula reads back as %r" % cell.Formula)
    doc.close(True)


def check_python_macro(office, res, source):
    if PYTHON_PROVIDER not in office.smgr.getAvailableServiceNames():
        res.skip("the Python macro: this office has no Python script provider (%s)" % PYTHON_PROVIDER, 2)
        return
    folder = os.path.join(office.dir, "profile", "user", "Scripts", "python")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "epa_macro.py"), "w", encoding="utf-8") as f:
        f.write(source)
    # soffice runs as another user (tools/office.py): it must read the folder.
    for d in (os.path.dirname(folder), folder):
        os.chmod(d, 0o755)
    provider = office.service("com.sun.star.script.provider.MasterScriptProviderFactory").createScriptProvider("")
    one = epaprev(ARGS[0])
    for fn in ("epa_prev_voorbeeld", "epa_prev_service"):
        url = "vnd.sun.star.script:epa_macro.py$%s?language=Python&location=user" % fn
        got = provider.getScript(url).invoke((), (), ())[0]
        res.check(isinstance(got, float) and close(got, one), "Python macro %s gave %r, the model %r" % (fn, got, one))


def check_printed(res, example, lines, ones, row_labels, refused):
    """The labels in ones printed the one call's value, those in row_labels
    the two rows' values, and the line refused was printed."""
    one, rows = epaprev(ARGS[0]), [epaprev(v) for v in OAD_ROWS]
    for label in ones:
        got = printed(lines, label)
        res.check(isinstance(got, float) and close(got, one), "%s printed %s %r, the model %r" % (example, label, got, one))
    for label in row_labels:
        got = printed(lines, label)
        res.check(same_rows(got, rows), "%s printed %s %r, the model %r" % (example, label, got, rows))
    res.check(refused in lines, "%s did not print %r: %r" % (example, refused, lines))


def check_remote(office, res, source):
    lines = client(res, "python_remote", source, str(office.port))
    if lines is not None:
        check_printed(res, "python-remote", lines, ("EPAPREV", "A1"), ("EPAPREV rows", "EPAPREV B1:B2"),
                      "EPAURBANITY(-1) refused")


def check_remote_service(office, res, source, oxt):
    lines = client(res, "python_remote_service", source, os.path.abspath(oxt), str(office.port))
    if lines is not None:
        check_printed(res, "python-remote-service", lines, ("epaprev",), ("epaprev rows",),
                      "epaurbanity(-1) refused: EPAURBANITY: the number is negative")


def check_failures(office, res):
    lines = client(res, "control", CONTROL, str(office.port))
    if lines is None:
        return
    for name in ("EPAPREV", "SUM"):
        want = "%s tuple of rows raised com.sun.star.lang.IllegalArgumentException" % name
        res.check(want in lines, "FunctionAccess %s with a plain tuple of rows: expected %r, got %r" % (name, want, lines))
    want = "service without epa.rdb raised com.sun.star.uno.RuntimeException Binary URP bridge disposed during call"
    res.check(want in lines, "the service without epa.rdb: expected %r, got %r" % (want, lines))
    res.check(office.alive(), "soffice answers after a client's bridge broke")


def main():
    res = Results("scripting")
    oxt = oxt_arg()
    os.makedirs(os.path.join(BUILD, "scripting"), exist_ok=True)
    found = examples()
    for name in EXAMPLES:
        res.check(name in found, "docs/scripting.md has no example %r" % name)
    res.check(sorted(found) == sorted(EXAMPLES), "docs/scripting.md's examples %r: each must be run here" % sorted(found))
    with Office(oxt) as office:
        if "basic-macro" in found:
            check_basic(office, res, found["basic-macro"])
        if "python-macro" in found:
            check_python_macro(office, res, found["python-macro"])
        if "python-remote" in found:
            check_remote(office, res, found["python-remote"])
        if "python-remote-service" in found:
            check_remote_service(office, res, found["python-remote-service"], oxt)
        check_failures(office, res)
        res.check(office.alive(), "soffice survived")
    return res.finish()


if __name__ == "__main__":
    sys.exit(main())
