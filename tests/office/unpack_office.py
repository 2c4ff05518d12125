#!/usr/bin/python3
"""Unpacks a Debian LibreOffice into the office cache without installing it.

    unpack_office.py ARCH SUITE DEST PACKAGE...

ARCH is a Debian architecture (amd64, arm64), SUITE the suite whose
LibreOffice is wanted (bookworm, bookworm-backports), DEST the directory
that becomes the root of the unpacked tree (office.mk: a folder of the
office cache, tests/office/cache.py), PACKAGE the packages to
unpack with their dependencies (e.g. libreoffice-calc-nogui).

Only Debian's own packages and tools: apt works out the dependency
closure and downloads the .debs (`apt-get install -s`, `apt-get
download`), `dpkg -x` unpacks them.  apt runs with a private state under
DEST.apt/ (its own sources list, package lists and, for a foreign
architecture, an empty dpkg status), so the system's apt sources,
architectures and lock are left alone and nothing is installed.
 - For the host's architecture the host's dpkg status is used: only what
   the host lacks, or has in another version, is unpacked; the rest comes
   from the host at run time (LD_LIBRARY_PATH).
 - For a foreign architecture the closure is complete and the tree is the
   root qemu-user runs the office in (`qemu-aarch64-static -L DEST`).

Debian's files hard-code /usr/lib/libreoffice and /etc/libreoffice; the
tree's copies are re-pointed into DEST (fundamentalrc, sofficerc, unopkg,
uno.py), main.xcd is copied where libreoffice-common's postinst puts it,
and absolute symlinks are re-pointed into the tree.

DEST/epa-office/ then holds `soffice` and `unopkg` wrappers: the folder
EPA_OFFICE names (tools/office.py).  For a foreign architecture they run
the office under qemu-user-static.

Idempotent: DEST/.unpacked, written last, records what was asked for
(its first line: a key of ARCH, SUITE, the packages and LAYOUT) and what
was unpacked (the package versions).  A rerun with the same arguments finds
it and does nothing, without the network; a DEST without it (an unpacking
that was interrupted) or with another key is removed and unpacked again.
The .debs stay in DEST.apt/debs, so that costs no download.  DEST.lock
keeps two runs (two clones sharing the cache) from unpacking at once.
"""
import glob
import hashlib
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cache import locked, read_stamp  # noqa: E402

LO = "/usr/lib/libreoffice"
STAMP = ".unpacked"
# Bump when what this script makes of DEST changes (the stamp's key includes
# it): every cached tree is then unpacked again.
LAYOUT = 1
QEMU = {"arm64": "qemu-aarch64-static", "armhf": "qemu-arm-static", "ppc64el": "qemu-ppc64le-static",
        "s390x": "qemu-s390x-static", "amd64": "qemu-x86_64-static"}
MULTIARCH = {"amd64": "x86_64-linux-gnu", "arm64": "aarch64-linux-gnu"}
KEYRING = "/usr/share/keyrings/debian-archive-keyring.gpg"


def host_arch():
    return subprocess.run(["dpkg", "--print-architecture"], stdout=subprocess.PIPE, text=True,
                          check=True).stdout.strip()


def mirror():
    """The Debian mirror the host's apt sources use."""
    for f in glob.glob("/etc/apt/sources.list.d/*.sources") + ["/etc/apt/sources.list"]:
        try:
            text = open(f).read()
        except OSError:
            continue
        m = re.search(r"^URIs:\s*(\S+/debian)/?\s*$", text, re.M) or \
            re.search(r"^deb\s+(?:\[[^]]*\]\s+)?(\S+/debian)/?\s+bookworm\b", text, re.M)
        if m:
            return m.group(1)
    return "http://deb.debian.org/debian"


class Apt:
    """apt-get with a private state directory."""

    def __init__(self, state, arch, suite):
        self.state = state
        self.arch = arch
        self.native = arch == host_arch()
        os.makedirs(os.path.join(state, "lists", "partial"), exist_ok=True)
        os.makedirs(os.path.join(state, "cache", "archives", "partial"), exist_ok=True)
        os.makedirs(os.path.join(state, "parts"), exist_ok=True)
        os.makedirs(os.path.join(state, "prefs"), exist_ok=True)
        base = mirror()
        security = re.sub(r"/debian$", "/debian-security", base)
        suites = ["bookworm", "bookworm-updates"]
        if suite not in suites:
            suites.append(suite)
        with open(os.path.join(state, "sources.list"), "w") as f:
            for s in suites:
                f.write("deb [signed-by=%s] %s %s main\n" % (KEYRING, base, s))
            f.write("deb [signed-by=%s] %s bookworm-security main\n" % (KEYRING, security))
        self.status = "/var/lib/dpkg/status"
        if not self.native:
            # Nothing of the foreign architecture is installed: the closure is complete.
            self.status = os.path.join(state, "status")
            open(self.status, "a").close()
        self.suite = suite

    def opts(self):
        o = {"Dir::State": self.state, "Dir::State::Lists": os.path.join(self.state, "lists"),
             "Dir::State::status": self.status, "Dir::Cache": os.path.join(self.state, "cache"),
             "Dir::Etc::SourceList": os.path.join(self.state, "sources.list"),
             "Dir::Etc::SourceParts": os.path.join(self.state, "parts"),
             "Dir::Etc::Preferences": "/dev/null",
             "Dir::Etc::PreferencesParts": os.path.join(self.state, "prefs"),
             "DPkg::Lock::Timeout": "600", "APT::Install-Recommends": "false",
             "APT::Get::List-Cleanup": "true", "Acquire::Languages": "none"}
        if not self.native:
            o["APT::Architecture"] = self.arch
            o["APT::Architectures"] = self.arch
        out = []
        for k, v in o.items():
            out += ["-o", "%s=%s" % (k, v)]
        return out

    def run(self, *args, cwd=None):
        cmd = ["apt-get", "-q", *self.opts(), *args]
        r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=cwd)
        if r.returncode != 0:
            sys.exit("unpack_office: %s failed:\n%s%s" % (" ".join(args[:2]), r.stdout[-3000:], r.stderr[-3000:]))
        return r.stdout

    def closure(self, packages):
        """[(name, version)] apt would install (or upgrade) for packages."""
        out = self.run("install", "-s", "-t", self.suite, *packages)
        pkgs = []
        for line in out.splitlines():
            m = re.match(r"Inst (\S+) (?:\[[^]]*\] )?\((\S+) ", line)
            if m:
                pkgs.append((m.group(1), m.group(2)))
        if not pkgs:
            sys.exit("unpack_office: apt found nothing to unpack for %s:\n%s" % (packages, out[-2000:]))
        return pkgs


def patch_tree(dest, arch, native):
    lo = dest + LO
    etc = dest + "/etc/libreoffice"
    # Text files of the office that name the system's paths.
    candidates = [os.path.join(lo, "program", f) for f in
                  ("fundamentalrc", "sofficerc", "unopkg", "soffice", "lounorc", "bootstraprc", "unorc", "redirectrc")]
    candidates += glob.glob(dest + "/usr/lib/python3/dist-packages/uno.py")
    candidates += [etc + "/sofficerc", etc + "/soffice.sh"]
    for path in candidates:
        if not os.path.isfile(path) or os.path.islink(path):
            continue
        with open(path, encoding="utf-8", errors="surrogateescape") as f:
            text = f.read()
        new = re.sub(r"(?<![\w/.])(file://)?/(usr/lib/libreoffice|etc/libreoffice|var/lib/libreoffice|"
                     r"var/spool/libreoffice)", lambda m: (m.group(1) or "") + dest + "/" + m.group(2), text)
        if new != text:
            with open(path, "w", encoding="utf-8", errors="surrogateescape") as f:
                f.write(new)
    if not native:
        # No binfmt_misc: an office helper the office starts itself (unopkg
        # runs `uno` to register components) must be started with qemu too.
        qemu = shutil.which(QEMU[arch]) or "/usr/bin/" + QEMU[arch]
        for name in ("uno", "unopkg", "soffice"):
            path = os.path.join(lo, "program", name)
            if not os.path.isfile(path) or os.path.islink(path):
                continue
            with open(path, encoding="utf-8", errors="surrogateescape") as f:
                text = f.read()
            new = re.sub(r'^(\s*exec\s+(?:\$[A-Z_]+\s+)*)("[^"]*(?:\.bin|/oosplash)")', lambda m: '%s%s -L "%s" %s' % (
                m.group(1), qemu, dest, m.group(2)), text, flags=re.M)
            with open(path, "w", encoding="utf-8", errors="surrogateescape") as f:
                f.write(new)
    # What the packages' postinst scripts do with ucf: main.xcd (libreoffice-
    # common), Langpack-*.xcd, calc.xcd ... into /etc/libreoffice/registry.
    os.makedirs(etc + "/registry", exist_ok=True)
    for xcd in glob.glob(lo + "/share/.registry/*.xcd"):
        target = os.path.join(etc, "registry", os.path.basename(xcd))
        if not os.path.exists(target):
            shutil.copy(xcd, target)
    # Absolute symlinks: into the tree (creating the directories postinst would).
    for root, dirs, files in os.walk(dest):
        for name in dirs + files:
            p = os.path.join(root, name)
            if not os.path.islink(p):
                continue
            target = os.readlink(p)
            if not target.startswith("/") or target.startswith(dest + "/"):
                continue
            inside = dest + target
            if re.match(r"/(etc|var/lib|var/spool)/libreoffice/", target) and not os.path.lexists(inside):
                if "." not in os.path.basename(target):
                    os.makedirs(inside, exist_ok=True)
            if os.path.lexists(inside) or not native:
                os.unlink(p)
                os.symlink(inside, p)


WRAP_NATIVE = """#!/bin/sh
# {what} of the LibreOffice unpacked in {dest} (made by tests/office/unpack_office.py).
LD_LIBRARY_PATH="{libs}${{LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}}"
export LD_LIBRARY_PATH
exec "{dest}{lo}/program/{what}" "$@"
"""

WRAP_QEMU = """#!/bin/sh
# {what} of the {arch} LibreOffice unpacked in {dest}, run with qemu-user
# (made by tests/office/unpack_office.py; no binfmt_misc needed).
QEMU_LD_PREFIX="{dest}"
export QEMU_LD_PREFIX
SAL_USE_VCLPLUGIN=${{SAL_USE_VCLPLUGIN:-svp}}
export SAL_USE_VCLPLUGIN
while :; do
    {qemu} -L "{dest}" "{dest}{lo}/program/{what}.bin" "$@"
    rc=$?
    # 81: the office restarts itself (first start after an extension install).
    [ "$rc" -eq 81 ] || exit "$rc"
done
"""


def wrappers(dest, arch, native):
    out = os.path.join(dest, "epa-office")
    os.makedirs(out, exist_ok=True)
    for what in ("soffice", "unopkg"):
        if native:
            # The office's own folder first: its libraries find each other
            # through $ORIGIN, which must not become the multiarch folder.
            multiarch = MULTIARCH.get(arch, "")
            dirs = (dest + LO + "/program", dest + "/usr/lib/" + multiarch, dest + "/lib/" + multiarch)
            libs = ":".join(p for p in dirs if os.path.isdir(p))
            text = WRAP_NATIVE.format(what=what, dest=dest, lo=LO, libs=libs)
        else:
            qemu = shutil.which(QEMU[arch]) or "/usr/bin/" + QEMU[arch]
            text = WRAP_QEMU.format(what=what, dest=dest, lo=LO, arch=arch, qemu=qemu)
        path = os.path.join(out, what)
        with open(path, "w") as f:
            f.write(text)
        os.chmod(path, 0o755)
    return out


def main():
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    arch, suite, dest, packages = sys.argv[1], sys.argv[2], os.path.abspath(sys.argv[3]), sys.argv[4:]
    with locked(dest):
        return unpack(arch, suite, dest, packages)


def intact(dest, key):
    return read_stamp(os.path.join(dest, STAMP)) == key and all(
        os.path.exists(os.path.join(dest, "epa-office", w)) for w in ("soffice", "unopkg")) and \
        os.path.exists(dest + LO + "/program/soffice.bin")


def unpack(arch, suite, dest, packages):
    key = hashlib.sha256(repr((LAYOUT, arch, suite, sorted(packages))).encode()).hexdigest()
    stamp = os.path.join(dest, STAMP)
    if intact(dest, key):
        with open(stamp) as f:
            print("unpack_office: %s is up to date (%s)" % (dest, f.readlines()[1].strip()))
        return 0
    native = arch == host_arch()
    if not native and not shutil.which(QEMU.get(arch, "-")):
        sys.exit("unpack_office: %s needed for %s (.ci/install-deps installs it)" % (QEMU.get(arch), arch))
    apt = Apt(dest + ".apt", arch, suite)
    print("unpack_office: package lists for %s %s" % (arch, suite))
    apt.run("update")
    pkgs = apt.closure(packages)
    debs = os.path.join(dest + ".apt", "debs")
    os.makedirs(debs, exist_ok=True)
    have = set(os.listdir(debs))
    want = [n + "=" + v for n, v in pkgs]
    missing = [w for w in want if not any(f.startswith(w.split("=")[0].split(":")[0] + "_") and
                                          f.split("_")[1].replace("%3a", ":") == w.split("=")[1] for f in have)]
    print("unpack_office: %d packages, %d to download" % (len(pkgs), len(missing)))
    if missing:
        apt.run("download", *missing, cwd=debs)
    files = []
    for n, v in pkgs:
        n = n.split(":")[0]
        hits = [f for f in os.listdir(debs) if f.startswith(n + "_") and
                f.split("_")[1].replace("%3a", ":") == v]
        if not hits:
            sys.exit("unpack_office: no .deb for %s %s" % (n, v))
        files.append(os.path.join(debs, hits[0]))
    size = sum(os.path.getsize(f) for f in files)
    if os.path.exists(dest):
        shutil.rmtree(dest)
    os.makedirs(dest)
    for f in files:
        subprocess.run(["dpkg", "-x", f, dest], check=True)
    patch_tree(dest, arch, native)
    office = wrappers(dest, arch, native)
    with open(stamp + ".new", "w") as f:
        f.write(key + "\n")
        f.write("%s %s: %d packages, %.1f MB of .debs\n" % (arch, suite, len(files), size / 1e6))
        f.writelines("%s %s\n" % p for p in pkgs)
    os.rename(stamp + ".new", stamp)     # last: the tree is complete
    print("unpack_office: %s %s: %d packages (%.1f MB of .debs) in %s; EPA_OFFICE=%s" % (
        arch, suite, len(files), size / 1e6, dest, office))
    return 0


if __name__ == "__main__":
    sys.exit(main())
