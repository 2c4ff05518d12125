#!/usr/bin/python3
"""Calc's real GUI under Xvfb: what a user sees, as screenshots.

    gui.py build/epa-addin-VERSION.oxt          (make gui: LibreOffice 25.2)

Runs the office EPA_OFFICE selects (make gui: the 25.2 tree with the GTK3
plugin, lo-25.2 in the office cache) on a private X server (Xvfb, openbox as window
manager, xdotool for keys, ImageMagick `import` for screenshots; all from
Debian: `.ci/install-deps gui`), once with an English and once with a
Dutch UI, and saves under build/gui/:
  wizard-LANG-epaprev.png        the Function Wizard on =EPAPREV(...)
  wizard-LANG-scenarioshare.png  the Function Wizard on =SCENARIOSHARE(...) (an optional argument)
  template-LANG.png              the planning template, opened as a template, at 100% zoom
  template-LANG-gebieden.png     its area sheet (headers at 100% zoom)
glibc here has no nl_NL or en_US locale: localedef builds them into
build/gui/locale (LOCPATH), nothing is installed.  The screenshots are for
a person to look at; the script only fails when it cannot take them.
Not part of `make check` (a GUI under Xvfb depends on timing).
"""
import os
import shutil
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "tests", "e2e"))
sys.path.insert(0, os.path.join(ROOT, "tools"))

import uno  # noqa: E402

from office import Office, props  # noqa: E402
from sheets import installed_template  # noqa: E402
from workbook import seed_ui_locale  # noqa: E402

OUT = os.path.join(ROOT, "build", "gui")
LOCPATH = os.path.join(OUT, "locale")
WIDTH, HEIGHT = 1440, 900
WATCHDOG = 150           # seconds for one language's screenshots
TOOLS = ("Xvfb", "openbox", "xdotool", "import", "localedef")


class GuiOffice(Office):
    HEADLESS = ()
    STOP_TIMEOUT = 15

    def _env(self):
        env = super()._env()
        env["LOCPATH"] = LOCPATH
        env["SAL_USE_VCLPLUGIN"] = os.environ.get("SAL_USE_VCLPLUGIN", "gtk3")
        env["NO_AT_BRIDGE"] = "1"
        return env


def locales():
    for name, src in (("nl_NL.UTF-8", "nl_NL"), ("en_US.UTF-8", "en_US")):
        if not os.path.isdir(os.path.join(LOCPATH, name)):
            os.makedirs(LOCPATH, exist_ok=True)
            subprocess.run(["localedef", "-i", src, "-f", "UTF-8", os.path.join(LOCPATH, name)], check=True)
    os.chmod(LOCPATH, 0o755)


def start_x():
    n = next(i for i in range(70, 100) if not os.path.exists("/tmp/.X11-unix/X%d" % i)
             and not os.path.exists("/tmp/.X%d-lock" % i))
    display = ":%d" % n
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "%dx%dx24" % (WIDTH, HEIGHT), "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        if os.path.exists("/tmp/.X11-unix/X%d" % n):
            break
        time.sleep(0.1)
    env = dict(os.environ, DISPLAY=display)
    wm = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1)
    return display, [wm, xvfb]


def xdo(display, *args):
    return subprocess.run(["xdotool", *args], env=dict(os.environ, DISPLAY=display),
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True).stdout


def shot(display, name):
    path = os.path.join(OUT, name)
    subprocess.run(["import", "-display", display, "-window", "root", path], check=True)
    print("gui: %s" % os.path.relpath(path, ROOT))
    return path


def visible(office, doc):
    """Maximizes the document window and gives it the focus."""
    win = doc.CurrentController.Frame.ContainerWindow
    win.setPosSize(0, 0, WIDTH, HEIGHT, 15)
    try:
        win.IsMaximized = True
    except Exception:
        pass
    win.setFocus()
    time.sleep(2)


def wizard(office, display, doc, formula, name):
    """The Function Wizard on a cell holding formula, as Ctrl+F2 opens it."""
    sheet = doc.Sheets.getByIndex(0)
    cell = sheet.getCellRangeByName("B2")
    cell.setFormula(formula)
    doc.CurrentController.select(cell)
    time.sleep(1)
    dispatcher = office.service("com.sun.star.frame.DispatchHelper")
    frame = doc.CurrentController.Frame
    # The dialog is modal: the dispatch returns when it closes.
    t = threading.Thread(target=lambda: dispatcher.executeDispatch(frame, ".uno:FunctionDialog", "", 0, ()),
                         daemon=True)
    t.start()
    time.sleep(6)
    # Under Xvfb the dialog opens narrower than its content: give it room.
    for wid in xdo(display, "search", "--onlyvisible", "--name", "Function Wizard|Functie-assistent").split():
        xdo(display, "windowsize", wid, "1100", "720")
        xdo(display, "windowmove", wid, "170", "90")
    time.sleep(2)
    path = shot(display, name)
    xdo(display, "key", "Escape")
    t.join(10)
    return path


def run(oxt, display, lang):
    loc = {"en": "en_US.UTF-8", "nl": "nl_NL.UTF-8"}[lang]
    office = GuiOffice(oxt, lang=loc)
    office.DISPLAY = display

    def kill():
        # A GUI under Xvfb sometimes stops answering: end this office, so
        # the UNO call that waits for it fails and main() can try again.
        print("gui: %s: no progress within %d s, ending that office" % (lang, WATCHDOG))
        if office.proc is not None:
            try:
                os.killpg(office.proc.pid, 9)
            except ProcessLookupError:
                pass
    watchdog = threading.Timer(WATCHDOG, kill)
    watchdog.start()
    try:
        office._prepare()
        office.install(oxt)
        if lang == "nl":
            seed_ui_locale(office, "nl")
        office.launch()
        doc = office.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, props(Hidden=False))
        visible(office, doc)
        wizard(office, display, doc, "=EPAPREV(1200;23.14;5.6;3.45)", "wizard-%s-epaprev.png" % lang)
        wizard(office, display, doc, '=SCENARIOSHARE(1;"klinisch")', "wizard-%s-scenarioshare.png" % lang)
        doc.setModified(False)
        doc.close(True)
        tpl = installed_template(office)
        doc = office.desktop.loadComponentFromURL(uno.systemPathToFileUrl(tpl), "_blank", 0,
                                                  props(Hidden=False, AsTemplate=True))
        visible(office, doc)
        doc.CurrentController.ZoomValue = 100
        time.sleep(3)
        shot(display, "template-%s.png" % lang)
        # The area sheet, whose headers must not break mid-word at 100%.
        doc.CurrentController.setActiveSheet(doc.Sheets.getByName("Gebieden"))
        time.sleep(2)
        shot(display, "template-%s-gebieden.png" % lang)
        doc.setModified(False)
        doc.close(True)
    finally:
        watchdog.cancel()
        office.cleanup()


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    missing = [t for t in TOOLS if not shutil.which(t)]
    if missing:
        sys.exit("gui: missing %s (.ci/install-deps gui)" % ", ".join(missing))
    oxt = os.path.abspath(sys.argv[1])
    os.makedirs(OUT, exist_ok=True)
    locales()
    display, procs = start_x()
    try:
        for lang in ("en", "nl"):
            for attempt in (1, 2):
                try:
                    run(oxt, display, lang)
                    break
                except Exception as e:
                    print("gui: %s, attempt %d: %s" % (lang, attempt, str(e).splitlines()[0] if str(e) else repr(e)))
                    if attempt == 2:
                        raise
    finally:
        for p in procs:
            p.terminate()
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                p.kill()
    print("gui: screenshots in %s" % os.path.relpath(OUT, ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
