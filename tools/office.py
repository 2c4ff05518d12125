"""Real headless LibreOffice for tests, the demo and the benchmark.

Office(oxt) makes a throwaway user profile, installs the extension into it
with unopkg (as an unprivileged user: unopkg refuses per-user installs as
root), starts `soffice` (the wrapper script, which handles the restart exit
code 81 of the first start after an install) listening on a loopback port,
and connects over UNO.  Use it as a context manager.

Run with /usr/bin/python3: python3-uno lives in the system interpreter.
"""
import contextlib
import os
import pwd
import resource
import shutil
import subprocess
import tempfile
import time
import socket

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

# The office under test: a LibreOffice program/ folder holding `soffice` and
# `unopkg` (default: Debian's).  EPA_OFFICE selects another one, e.g. an
# unpacked 25.2 or arm64 tree; its pyuno must be on PYTHONPATH as well.
DEBIAN_PROGRAM = "/usr/lib/libreoffice/program"
LO_PROGRAM = os.environ.get("EPA_OFFICE", DEBIAN_PROGRAM)
SOFFICE = os.path.join(LO_PROGRAM, "soffice")
UNOPKG = os.path.join(LO_PROGRAM, "unopkg")


def emulated_office():
    """True when the office under test runs under qemu-user (the arm64 tree,
    tests/office/office.mk): the planning workbook's suites are left to the
    native offices there."""
    return "arm64" in os.path.realpath(LO_PROGRAM)


def props(**kw):
    out = []
    for k, v in kw.items():
        p = PropertyValue()
        p.Name, p.Value = k, v
        out.append(p)
    return tuple(out)


def _as_user(user):
    """preexec_fn that drops root to `user` (no-op when not root)."""
    if os.getuid() != 0:
        return None
    pw = pwd.getpwnam(user)

    def drop():
        os.setgid(pw.pw_gid)
        os.setuid(pw.pw_uid)
    return drop


class Office:
    # Seconds to wait for soffice to answer, and to exit after terminate();
    # a subclass running it under valgrind needs far more.
    START_TIMEOUT = 120
    STOP_TIMEOUT = 60
    # soffice options for a UI-less office; a GUI check (tests/office/gui.py)
    # clears them and sets DISPLAY.
    HEADLESS = ("--headless", "--invisible")
    DISPLAY = None

    def __init__(self, oxt=None, lang=None, user="nobody", profile=None):
        self.oxt = oxt
        self.lang = lang
        self.user = user
        self.dir = profile or tempfile.mkdtemp(prefix="epa-office-")
        self.proc = None
        self.desktop = None
        self.port = None

    # -- profile -----------------------------------------------------------
    def _env(self):
        env = dict(os.environ)
        env["HOME"] = self.dir
        env.pop("DISPLAY", None)
        if self.DISPLAY:
            env["DISPLAY"] = self.DISPLAY
        if self.lang:
            env["LANG"] = env["LC_ALL"] = self.lang
        return env

    def profile_url(self):
        return "file://" + os.path.join(self.dir, "profile")

    def _prepare(self):
        os.chmod(self.dir, 0o777)
        if os.getuid() == 0:
            pw = pwd.getpwnam(self.user)
            os.chown(self.dir, pw.pw_uid, pw.pw_gid)

    def unopkg(self, *args, check=True):
        cmd = [UNOPKG, *args, "-env:UserInstallation=" + self.profile_url()]
        r = subprocess.run(cmd, env=self._env(), preexec_fn=_as_user(self.user),
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           text=True, timeout=300)
        if check and r.returncode != 0:
            raise RuntimeError("unopkg %s failed (%d): %s" % (args, r.returncode, r.stdout))
        return r

    def install(self, oxt):
        # The unprivileged user must be able to read the package.
        copy = os.path.join(self.dir, os.path.basename(oxt))
        shutil.copy(oxt, copy)
        os.chmod(copy, 0o644)
        self.unopkg("add", "--force", "--suppress-license", copy)

    # -- process -----------------------------------------------------------
    def start(self):
        self._prepare()
        if self.oxt:
            self.install(self.oxt)
        self.launch()
        return self

    def launch(self):
        # A loopback socket, not a named pipe: soffice runs as another user
        # and OSL pipes are per user.
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        conn = "socket,host=127.0.0.1,port=%d;urp;StarOffice.ComponentContext" % self.port
        cmd = [SOFFICE, *self.HEADLESS, "--norestore", "--nologo",
               "--nodefault", "--nolockcheck",
               "-env:UserInstallation=" + self.profile_url(),
               "--accept=" + conn]
        self.proc = subprocess.Popen(cmd, env=self._env(), preexec_fn=_as_user(self.user),
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                     start_new_session=True)
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.time() + self.START_TIMEOUT
        while True:
            try:
                self.ctx = resolver.resolve("uno:" + conn)
                break
            except NoConnectException:
                if time.time() > deadline:
                    raise RuntimeError("soffice did not start within %d s" % self.START_TIMEOUT)
                time.sleep(0.25)
        self.smgr = self.ctx.ServiceManager
        self.desktop = self.smgr.createInstanceWithContext(
            "com.sun.star.frame.Desktop", self.ctx)
        return self

    def alive(self):
        """True when soffice still answers."""
        try:
            self.desktop.getComponents()
            return True
        except Exception:
            return False

    def stop(self):
        if self.desktop is not None:
            try:
                self.desktop.terminate()
            except Exception:
                pass  # the bridge drops when soffice exits
            self.desktop = None
        if self.proc is not None:
            try:
                self.proc.wait(timeout=self.STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                pass
            # soffice.bin runs in the wrapper's session: take down whatever
            # is left of it, so no test leaves an office process behind.
            try:
                os.killpg(self.proc.pid, 9)
            except ProcessLookupError:
                pass
            self.proc.wait()
            self.proc = None

    def cleanup(self):
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self):
        try:
            return self.start()
        except BaseException:
            self.cleanup()  # __exit__ does not run when __enter__ fails
            raise

    def __exit__(self, *exc):
        self.cleanup()

    @staticmethod
    @contextlib.contextmanager
    def address_space_limit(limit):
        """RLIMIT_AS for what starts inside the block (soffice inherits it),
        then the old limit again: keeps a runaway soffice off the machine."""
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
        try:
            yield
        finally:
            resource.setrlimit(resource.RLIMIT_AS, (soft, hard))

    # -- documents ---------------------------------------------------------
    def load(self, path, hidden=True):
        url = uno.systemPathToFileUrl(os.path.abspath(path))
        return self.desktop.loadComponentFromURL(url, "_blank", 0, props(Hidden=hidden))

    def new_calc(self):
        return self.desktop.loadComponentFromURL(
            "private:factory/scalc", "_blank", 0, props(Hidden=True))

    def service(self, name):
        return self.smgr.createInstanceWithContext(name, self.ctx)

    def version(self):
        """(major, minor) of the running office, e.g. (7, 4) or (25, 2): its
        org.openoffice.Setup/Product/ooSetupVersion, asked over UNO."""
        cp = self.service("com.sun.star.configuration.ConfigurationProvider")
        node = cp.createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                              props(nodepath="/org.openoffice.Setup/Product"))
        return tuple(int(x) for x in node.getByName("ooSetupVersion").split(".")[:2])
