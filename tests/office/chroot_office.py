#!/usr/bin/python3
"""A Debian chroot with a newer LibreOffice, and the end-to-end suite run in it.

    chroot_office.py make ROOT SUITE TARGET PACKAGE...
    chroot_office.py run ROOT -- COMMAND...

`make` makes ROOT a Debian SUITE (e.g. trixie) by debootstrap, from the
Debian mirror the host's apt uses (deb.debian.org) and checked with the
host's debian-archive-keyring, then installs PACKAGE... in it with apt from
TARGET (e.g. trixie-backports: `apt-get install -t TARGET`).  ROOT/.epa-chroot
is written last: the packages asked for and the versions installed.  A
ROOT with that stamp is used as it is (no network); one without it (a run
that was interrupted) or for other packages is removed and made again.

`run` runs COMMAND inside ROOT with the current directory, the clone,
bind-mounted at the same path, so the clone's build/*.oxt, tests and
tools are the same files inside as outside, and COMMAND runs with the
chroot's /usr/bin/python3, its pyuno and its LibreOffice in
/usr/lib/libreoffice: the harness (tools/office.py) sees a Debian system
whose office happens to be 26.8, EPA_OFFICE unset.

Why the whole suite runs inside, not only soffice: the host's pyuno is
7.4's; a 7.4 pyuno talking URP to a newer soffice fails ("Binary URP
bridge disposed during call", seen with 25.2), and the newer pyuno is
built for trixie's Python 3.13 and glibc, so it loads only inside.  The
tests also hand the office file paths (profiles, workbooks): inside, the
paths are the office's own.

Why unshare: `run` (and the apt step of `make`) mounts /proc, /sys, /dev,
a fresh /tmp and the clone inside ROOT in a private mount namespace and a
new PID namespace (`unshare --mount --pid --fork`).  The host never sees
these mounts, so nothing is left mounted when the command ends or is
killed, and removing ROOT can never reach into /dev or the clone; when the
command ends the kernel ends every process left in the namespace (a
soffice that did not exit).  Root is needed (debootstrap, chroot, mount).
"""
import hashlib
import os
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cache import locked, read_stamp  # noqa: E402
from unpack_office import KEYRING, mirror  # noqa: E402

STAMP = ".epa-chroot"
# Bump when what `make` does to ROOT changes (the stamp's key includes it).
LAYOUT = 1
# What `run` mounts inside ROOT before it chroots ($1 ROOT, $2 the clone, $3... the command).
ENTER = r'''set -e
root=$1; src=$2; shift 2
mount -t proc proc "$root/proc"
mount --rbind /sys "$root/sys"
mount --rbind /dev "$root/dev"
mount -t tmpfs -o mode=1777 tmpfs "$root/tmp"
if [ -n "$src" ]; then mkdir -p "$root$src"; mount --bind "$src" "$root$src"; fi
exec chroot "$root" /usr/bin/env -i "$@"
'''
# The environment inside: a plain Debian root's, plus the suite's own EPA_*
# options (not EPA_OFFICE: inside, the office is the system's).
PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"


def key(suite, target, packages):
    return hashlib.sha256(repr((LAYOUT, suite, target, sorted(packages))).encode()).hexdigest()


def intact(root, want=None):
    stamp = read_stamp(os.path.join(root, STAMP))
    return stamp is not None and (want is None or stamp == want) and \
        os.path.exists(os.path.join(root, "usr/lib/libreoffice/program/soffice.bin")) and \
        os.path.exists(os.path.join(root, "usr/bin/python3"))


def mounted_below(root):
    """Mount points at or below root in this mount namespace."""
    out = []
    with open("/proc/self/mountinfo") as f:
        for line in f:
            mp = line.split()[4].replace("\\040", " ")
            if mp == root or mp.startswith(root + "/"):
                out.append(mp)
    return out


def inside(root, env, *cmd, src="", check=True, capture=False):
    """cmd run in root (see ENTER); env: the variables it gets."""
    args = ["unshare", "--mount", "--pid", "--fork", "--propagation", "private", "--",
            "/bin/sh", "-c", ENTER, "enter", root, src,
            *("%s=%s" % kv for kv in env.items()), *cmd]
    r = subprocess.run(args, stdout=subprocess.PIPE if capture else None, text=True)
    if check and r.returncode != 0:
        sys.exit("chroot_office: %s failed in %s (exit %d)" % (" ".join(cmd), root, r.returncode))
    return r


def make(root, suite, target, packages):
    want = key(suite, target, packages)
    with locked(root):
        if intact(root, want):
            print("chroot_office: %s is up to date (%s)" % (root, open(os.path.join(root, STAMP)).readlines()[1].strip()))
            return 0
        if os.geteuid() != 0:
            sys.exit("chroot_office: making %s needs root (debootstrap, chroot)" % root)
        if not shutil.which("debootstrap"):
            sys.exit("chroot_office: debootstrap is missing (.ci/install-deps installs it)")
        busy = mounted_below(root)
        if busy:
            sys.exit("chroot_office: %s has mounts below it (%s): not removing it" % (root, ", ".join(busy)))
        if os.path.lexists(root):
            print("chroot_office: %s is not intact or for other packages: made again" % root)
            shutil.rmtree(root)
        base = mirror()
        t0 = time.time()
        print("chroot_office: debootstrap %s from %s into %s" % (suite, base, root))
        subprocess.run(["debootstrap", "--variant=minbase", "--keyring=" + KEYRING, suite, root, base],
                       check=True, stdout=subprocess.DEVNULL)
        t1 = time.time()
        security = base.rsplit("/debian", 1)[0] + "/debian-security"
        with open(os.path.join(root, "etc/apt/sources.list"), "w") as f:
            for s in (suite, suite + "-updates", target):
                f.write("deb [signed-by=%s] %s %s main\n" % (KEYRING, base, s))
            f.write("deb [signed-by=%s] %s %s-security main\n" % (KEYRING, security, suite))
        shutil.copy("/etc/resolv.conf", os.path.join(root, "etc/resolv.conf"))
        with open(os.path.join(root, "usr/sbin/policy-rc.d"), "w") as f:
            f.write("#!/bin/sh\nexit 101\n")     # no service starts in the chroot
        os.chmod(os.path.join(root, "usr/sbin/policy-rc.d"), 0o755)
        env = {"PATH": PATH, "HOME": "/root", "LANG": "C.UTF-8", "DEBIAN_FRONTEND": "noninteractive"}
        apt = ["apt-get", "-q", "-o", "Acquire::Languages=none", "-o", "APT::Install-Recommends=false"]
        inside(root, env, *apt, "update", capture=True)
        r = inside(root, env, *apt, "install", "-y", "-t", target, *packages, capture=True, check=False)
        if r.returncode != 0:
            sys.exit("chroot_office: apt-get install failed:\n" + r.stdout[-3000:])
        inside(root, env, "apt-get", "clean")
        versions = inside(root, env, "dpkg-query", "-W", "-f", "${Package} ${Version}\\n", capture=True).stdout
        t2 = time.time()
        office = [line for line in versions.splitlines() if line.startswith("libreoffice-core")]
        with open(os.path.join(root, STAMP), "w") as f:
            f.write(want + "\n")
            f.write("%s + %s from %s: %s (debootstrap %.0f s, apt %.0f s)\n" % (
                suite, " ".join(packages), target, ", ".join(office), t1 - t0, t2 - t1))
            f.write(versions)
        print("chroot_office: %s ready: %s; debootstrap %.0f s, LibreOffice and the rest %.0f s" % (
            root, ", ".join(office), t1 - t0, t2 - t1))
    return 0


def run(root, cmd):
    if not intact(root):
        sys.exit("chroot_office: %s is not made (make lo26)" % root)
    env = {"PATH": PATH, "HOME": "/root", "LANG": "C.UTF-8", "TERM": os.environ.get("TERM", "dumb")}
    env.update((k, v) for k, v in os.environ.items() if k.startswith("EPA_") and k not in ("EPA_OFFICE",))
    src = os.getcwd()
    r = inside(root, env, "/bin/sh", "-c", 'cd "$0" && exec "$@"', src, *cmd, src=src, check=False)
    return r.returncode


def main():
    a = sys.argv[1:]
    if len(a) >= 5 and a[0] == "make":
        return make(os.path.abspath(a[1]), a[2], a[3], a[4:])
    if len(a) >= 4 and a[0] == "run" and a[2] == "--":
        return run(os.path.abspath(a[1]), a[3:])
    sys.exit(__doc__)


if __name__ == "__main__":
    sys.exit(main())
