"""The committed template is what tools/make_template.py makes now.

Regenerates the template and the Dutch guide into build/e2e/fresh/ with the
built extension and compares them with the committed
packaging/templates/EPA-planning/epa-planning.ots and
packaging/help/handleiding.html: content.xml, styles.xml and each chart's
content.xml, normalised (the print-date field's saved value; meta.xml with
its timestamps and generator version is not compared).  A difference means
the generator or the extension changed without `make template`.
Usage: /usr/bin/python3 tests/e2e/test_template_fresh.py build/epa-addin-VERSION.oxt
"""
import difflib
import os
import re
import subprocess
import sys
import zipfile

from harness import BUILD, ROOT, Results, oxt_arg
from versions import TEMPLATE_OFFICE, label as version_label
from workbook import TEMPLATE_SRC
import make_template
import office

HINT = "run `make template` and commit packaging/templates/EPA-planning/epa-planning.ots and packaging/help/"


def normalised(data):
    text = data.decode("utf-8")
    text = re.sub(r'text:date-value="[^"]*"', 'text:date-value=""', text)
    return re.sub(r"<text:date([^>]*)>[^<]*</text:date>", r"<text:date\1></text:date>", text)


def parts(path):
    with zipfile.ZipFile(path) as z:
        names = [n for n in z.namelist() if n in ("content.xml", "styles.xml") or
                 re.fullmatch(r"[^/]+/(content|styles)\.xml", n)]
        return {n: normalised(z.read(n)) for n in names}


def first_difference(a, b):
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return "at %d: committed %r, generated %r" % (i, a[max(0, i - 60):i + 60], b[max(0, i - 60):i + 60])
    return "lengths %d and %d" % (len(a), len(b))


def main():
    res = Results("template fresh")
    oxt = oxt_arg()
    # `make template` writes the committed template with Debian 12's 7.4;
    # another office writes other ODF (25.2: office:version 1.4), so the
    # comparison is made in the run against that office only: by its
    # version, not its path (the 26.8 chroot's office is /usr/lib/libreoffice).
    with office.Office() as probe:
        version = probe.version()
    if version != TEMPLATE_OFFICE:
        res.skip("the whole suite: not compared in %s (the committed template is made by %s)"
                 % (version_label(version), version_label(TEMPLATE_OFFICE)))
        return res.finish()
    out = os.path.join(BUILD, "fresh")
    os.makedirs(out, exist_ok=True)
    ots, guide = os.path.join(out, "epa-planning.ots"), os.path.join(out, "handleiding.html")
    run = subprocess.run([sys.executable, os.path.join(ROOT, "tools", "make_template.py"), oxt, ots, guide],
                         capture_output=True, text=True)
    if not res.check(run.returncode == 0, "make_template.py failed: %s" % (run.stderr or run.stdout)[-800:]):
        return res.finish()
    committed, fresh = parts(TEMPLATE_SRC), parts(ots)
    res.check(sorted(committed) == sorted(fresh), "parts differ: committed %r, generated %r; %s" % (
        sorted(committed), sorted(fresh), HINT))
    for name in sorted(set(committed) & set(fresh)):
        same = committed[name] == fresh[name]
        res.check(same, "%s of the committed template is stale (%s); %s" % (
            name, "" if same else first_difference(committed[name], fresh[name]), HINT))
    with open(make_template.GUIDE_PATH, encoding="utf-8") as f:
        old = f.read()
    with open(guide, encoding="utf-8") as f:
        new = f.read()
    res.check(old == new, "packaging/help/handleiding.html is stale: %s; %s" % (
        "".join(list(difflib.unified_diff(old.splitlines(True), new.splitlines(True)))[:8]), HINT))
    with zipfile.ZipFile(oxt) as z:
        shipped = z.read("help/handleiding.html").decode("utf-8") if "help/handleiding.html" in z.namelist() else None
    res.check(shipped == old, "the .oxt must ship packaging/help/handleiding.html as help/handleiding.html")
    # The guide's pictures: what the generator renders now, shipped in the .oxt.
    with zipfile.ZipFile(oxt) as z:
        for name in make_template.SHOTS:
            with open(os.path.join(os.path.dirname(make_template.GUIDE_PATH), name[0]), "rb") as f:
                committed_png = f.read()
            with open(os.path.join(out, name[0]), "rb") as f:
                res.check(f.read() == committed_png, "packaging/help/%s is stale; %s" % (name[0], HINT))
            res.check(z.read("help/" + name[0]) == committed_png, "the .oxt must ship help/%s" % name[0])
            res.check('<img src="%s"' % name[0] in old, "the guide shows %s" % name[0])
    # The guide is for users: no developer commands or paths; it links to
    # CBS's data and says where a region's gemeente codes come from.
    for dev in ("make ", "tools/", "tests/", ".py"):
        res.check(dev not in old, "developer text %r in the user's guide" % dev)
    res.check('<a href="https://www.cbs.nl/' in old, "the guide links to CBS's Kerncijfers wijken en buurten")
    res.check("Gebieden in Nederland" in old and "gwb_code_10" in old,
              "the guide says where a region's gemeente codes come from")
    print("compared with the generator's output: %s and the guide" % ", ".join(sorted(fresh)))
    return res.finish()


if __name__ == "__main__":
    sys.exit(main())
