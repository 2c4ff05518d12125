"""`make install` / `make uninstall` for a normal user, and an upgrade.

Runs the Makefile's own install and uninstall recipes (read with make -n)
as an unprivileged user (nobody, when this runs as root) whose HOME is a
temporary folder, so unopkg uses that user's default profile
($HOME/.config/libreoffice/4), as it does for a real user:
  - install 1.0.0: `unopkg list` shows it, Calc computes EPAPREV and finds
    the template;
  - install a copy re-versioned 1.0.1 over it (make install, --force) and
    plain `unopkg add` without --force: the list shows only 1.0.1 and the
    functions still work; an older version without --force is refused;
  - make uninstall: the list is empty and EPAPREV is #NAME? again;
  - as root, unopkg refuses a per-user install (so `sudo make install`
    fails: install as yourself).
Usage: /usr/bin/python3 tests/e2e/test_install.py build/epa-addin-VERSION.oxt
"""
import os
import pwd
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

from harness import ROOT, Results, cell_outcome, oxt_arg
from office import UNOPKG, Office

ID = "nl.epaplanning.calc.epa-addin"
USER = "nobody"


class HomeOffice(Office):
    """soffice on the user's default profile below $HOME (no -env override)."""
    def profile_url(self):
        return "file://" + os.path.join(self.dir, ".config", "libreoffice", "4")


def as_user(cmd, home):
    env = {"HOME": home, "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8"}
    if os.getuid() == 0:      # runuser sets HOME from passwd: set ours again inside
        cmd = ["runuser", "-u", USER, "--", "env", "HOME=" + home] + cmd
    return subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          timeout=120, cwd=home)


def recipe(target, oxt):
    """The unopkg command lines of a Makefile target, as make would run them."""
    out = subprocess.run(["make", "--no-print-directory", "-s", "-n", "-C", ROOT, target, "OXT=" + oxt],
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, check=True).stdout
    cmds = [line.split() for line in out.splitlines() if line.startswith("unopkg ")]
    # The Makefile calls `unopkg` from PATH; use LibreOffice's own wrapper.
    return [[UNOPKG] + c[1:] for c in cmds]


def versions(home):
    out = as_user([UNOPKG, "list"], home).stdout
    found = re.findall(r"Identifier: (\S+)\s+Version: (\S+)", out)
    return [v for i, v in found if i == ID]


def reversioned(oxt, version, folder):
    path = os.path.join(folder, "epa-addin-%s.oxt" % version)
    with zipfile.ZipFile(oxt) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "description.xml":
                data = re.sub(rb'<version value="[^"]*"/>', b'<version value="%s"/>' % version.encode(), data)
            dst.writestr(item, data)
    os.chmod(path, 0o644)
    return path


def calc_state(home):
    """(EPAPREV outcome, template folder of the extension present) in the user's Calc."""
    office = HomeOffice(profile=home)
    try:
        office._prepare()
        office.launch()
        doc = office.new_calc()
        cell = doc.Sheets.getByIndex(0).getCellRangeByName("A1")
        cell.setFormula("=EPAPREV(1200;23.14;5.6;3.45)")
        doc.calculateAll()
        out = cell_outcome(cell)
        doc.close(True)
        ps = office.service("com.sun.star.util.PathSettings")
        templates = [u for u in ps.Template_internal if "uno_packages" in u]
        return out, templates
    finally:
        office.stop()


def main():
    res = Results("install")
    oxt = os.path.abspath(oxt_arg())
    home = tempfile.mkdtemp(prefix="epa-home-")
    os.chmod(home, 0o755)
    if os.getuid() == 0:
        pw = pwd.getpwnam(USER)
        os.chown(home, pw.pw_uid, pw.pw_gid)
    # A folder of this run's own: several suites may run at once (7.4, 25.2, arm64).
    work = tempfile.mkdtemp(prefix="epa-install-")
    try:
        old = os.path.join(home, "epa-addin-1.0.0.oxt")
        shutil.copy(reversioned(oxt, "1.0.0", work), old)
        os.chmod(old, 0o644)
        new = shutil.copy(reversioned(oxt, "1.0.1", work), home)
        os.chmod(new, 0o644)

        install = recipe("install", old)
        res.check(install == [[UNOPKG, "add", "--force", "--suppress-license", old]],
                  "make install runs %r" % install)
        for cmd in install:
            r = as_user(cmd, home)
            res.check(r.returncode == 0, "make install as %s: %s" % (USER, r.stdout))
        res.check(versions(home) == ["1.0.0"], "after install: %r" % versions(home))
        out, tpl = calc_state(home)
        res.check(out == ("num", 14.988166), "EPAPREV after make install: %r" % (out,))
        res.check(len(tpl) == 1, "template folder after install: %r" % tpl)

        for cmd in recipe("install", new):                 # make install of a newer build
            r = as_user(cmd, home)
            res.check(r.returncode == 0, "upgrade with make install: %s" % r.stdout)
        res.check(versions(home) == ["1.0.1"], "after upgrade: %r" % versions(home))
        r = as_user([UNOPKG, "add", "--suppress-license", new], home)   # same version again, no --force
        res.check(versions(home) == ["1.0.1"], "after re-adding 1.0.1 without --force (exit %d): %r"
                  % (r.returncode, versions(home)))
        r = as_user([UNOPKG, "add", "--suppress-license", old], home)   # downgrade without --force
        res.check(r.returncode != 0 and versions(home) == ["1.0.1"],
                  "downgrade without --force: exit %d, %r" % (r.returncode, versions(home)))
        print("downgrade without --force is refused: %s" % r.stdout.strip().splitlines()[0][:100])
        out, tpl = calc_state(home)
        res.check(out == ("num", 14.988166), "EPAPREV after the upgrade: %r" % (out,))
        res.check(len(tpl) == 1, "template folders after the upgrade: %r" % tpl)

        uninstall = recipe("uninstall", old)
        res.check(uninstall == [[UNOPKG, "remove", ID]], "make uninstall runs %r" % uninstall)
        for cmd in uninstall:
            r = as_user(cmd, home)
            res.check(r.returncode == 0, "make uninstall: %s" % r.stdout)
        res.check(versions(home) == [], "after uninstall: %r" % versions(home))
        out, tpl = calc_state(home)
        res.check(out == ("err", 525), "EPAPREV after uninstall: %r (want #NAME?, Err:525)" % (out,))
        res.check(tpl == [], "template folder after uninstall: %r" % tpl)

        if os.getuid() == 0:
            r = subprocess.run([UNOPKG, "add", "--suppress-license", old], env={"HOME": home, "PATH": "/usr/bin:/bin"},
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=120)
            res.check(r.returncode != 0 and "root" in r.stdout, "unopkg as root: exit %d %s" % (r.returncode, r.stdout))
            print("as root: %s" % r.stdout.strip().splitlines()[0])
    finally:
        shutil.rmtree(home, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)
    return res.finish()


if __name__ == "__main__":
    sys.exit(main())
