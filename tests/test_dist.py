"""`make dist-check`: the release folder is complete and consistent.

Checks build/dist/epa-addin-VERSION/ (tools/dist.py) and its .zip beside it:
  - the folder holds exactly the release's files, SHA256SUMS lists each of
    the others once and `sha256sum -c --strict` accepts it, and the .zip holds
    the same files, byte for byte;
  - one version and date everywhere: include/epa.h, the folder, .oxt and zip
    names, description.xml, the release notes' first heading, LEESMIJ.txt,
    the guide (HTML and PDF text) and the template's page footer; the guide,
    template and release notes are those of the repository and of the .oxt;
  - both PDFs have pages (pdfinfo), the guide's PDF has the guide's headings;
  - description.xml names an icon and a high-contrast icon (42 x 42 PNGs)
    and release notes in Dutch and English, each a file of the .oxt;
  - the .oxt installs in a private profile: the Extension Manager lists it
    with this version and its icons, EPAPREV gives the oracle's value
    (tests/e2e/model.py), and the example workbook opens, names its CBS
    source, and recalculates, without error cells, to the values it was
    saved with.
With --sources it checks only the repository (no office, no build, a
second): the release notes' first heading, the guide's version line and
the template's footer agree with include/epa.h (`make release-check`).
Usage: /usr/bin/python3 tests/test_dist.py build/dist/epa-addin-VERSION
       /usr/bin/python3 tests/test_dist.py --sources
"""
import glob
import os
import re
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "e2e"))
from harness import ROOT, Results, cell_outcome, formula_outcomes, same  # noqa: E402  (harness adds tools/ to the path)
from dist import release  # noqa: E402
import model  # noqa: E402
from office import Office  # noqa: E402
from sheets import error_cells  # noqa: E402

DESC = "{http://openoffice.org/extensions/description/2006}"
XLINK = "{http://www.w3.org/1999/xlink}href"
ID = "nl.epaplanning.calc.epa-addin"


def read(path, mode="rb"):
    with open(path, mode) as f:
        return f.read()


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", path], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True).stdout
    m = re.search(r"^Pages:\s+(\d+)", out, re.M)
    return int(m.group(1)) if m else 0


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], stdout=subprocess.PIPE, text=True).stdout


def png_size(data):
    """(width, height) of a PNG, or None when data is not one."""
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", data[16:24])


def word(version, text):
    return re.search(r"(?<![\w.])%s(?![\w]|\.\d)" % re.escape(version), text) is not None


def check_sources(res, version, date):
    """The committed files that carry the version agree with include/epa.h."""
    res.check(re.fullmatch(r"\d+\.\d+\.\d+", version) is not None, "EPA_VERSION %r is not N.N.N" % version)
    res.check(re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) is not None, "EPA_RELEASE_DATE %r is not YYYY-MM-DD" % date)
    notes = read(os.path.join(ROOT, "packaging", "RELEASE-NOTES.md"), "r")
    heads = re.findall(r"^## (.*)$", notes, re.M)
    res.check(heads[:1] == ["%s (%s)" % (version, date)],
              "packaging/RELEASE-NOTES.md: the first heading %r is not '## %s (%s)' (include/epa.h)"
              % (heads[:1], version, date))
    res.check(len(set(heads)) == len(heads), "packaging/RELEASE-NOTES.md repeats a heading: %r" % heads)
    guide = read(os.path.join(ROOT, "packaging", "help", "handleiding.html"), "r")
    res.check(word(version, re.sub(r"<[^>]+>", " ", guide)),
              "packaging/help/handleiding.html does not name version %s: make template" % version)
    with zipfile.ZipFile(os.path.join(ROOT, "packaging", "templates", "EPA-planning", "epa-planning.ots")) as z:
        styles = re.sub(r"<[^>]+>", "", z.read("styles.xml").decode("utf-8"))
    res.check(word(version, styles), "the template's footer (styles.xml) does not name version %s: make template"
              % version)
    desc = read(os.path.join(ROOT, "packaging", "description.xml.in"), "r")
    res.check('<version value="@VERSION@"/>' in desc, "packaging/description.xml.in does not take @VERSION@")


def check_files(res, folder, version, date):
    name = "epa-addin-%s" % version
    oxt_name = name + ".oxt"
    res.check(os.path.basename(os.path.normpath(folder)) == name,
              "the folder %s is not named %s (include/epa.h)" % (folder, name))
    examples = sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(folder, "voorbeeld-*.ods")))
    res.check(len(examples) == 1, "one example workbook voorbeeld-*.ods: %r" % examples)
    example = examples[0] if examples else "voorbeeld-?"
    want = {oxt_name, "handleiding.html", "handleiding.pdf", "epa-planning.ots", example + ".ods",
            example + ".pdf", "RELEASE-NOTES.txt", "LICENSE.txt", "LEESMIJ.txt", "SHA256SUMS", "epaaddin.xll",
            "gemeenten.png", "regio-telling.png"}
    have = set(os.listdir(folder))
    res.check(have == want, "the folder holds %s; missing %s, unexpected %s"
              % (sorted(have), sorted(want - have), sorted(have - want)))

    # SHA256SUMS: every other file once, in sha256sum's format, and it verifies.
    sums = read(os.path.join(folder, "SHA256SUMS"), "r")
    lines = sums.splitlines()
    listed = [m.group(1) for m in (re.fullmatch(r"[0-9a-f]{64}  (\S+)", line) for line in lines) if m]
    res.check(len(listed) == len(lines), "SHA256SUMS has lines not in sha256sum's format: %r" % lines)
    res.check(sorted(listed) == sorted(want - {"SHA256SUMS"}), "SHA256SUMS lists %r" % listed)
    r = subprocess.run(["sha256sum", "-c", "--strict", "SHA256SUMS"], cwd=folder,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    res.check(r.returncode == 0, "sha256sum -c SHA256SUMS: %s" % r.stdout)

    # The zip beside the folder: the same files below the folder's name.
    zpath = os.path.join(os.path.dirname(os.path.normpath(folder)), name + ".zip")
    if res.check(os.path.isfile(zpath), "%s is missing" % zpath):
        with zipfile.ZipFile(zpath) as z:
            members = {n for n in z.namelist() if not n.endswith("/")}
            res.check(members == {name + "/" + f for f in want}, "the zip holds %r" % sorted(members))
            for f in sorted(want & have):
                if name + "/" + f in members:
                    res.check(z.read(name + "/" + f) == read(os.path.join(folder, f)),
                              "%s in the zip differs from the folder's" % f)
    return oxt_name, example


def check_contents(res, folder, version, date, oxt_name, example):
    with zipfile.ZipFile(os.path.join(folder, oxt_name)) as z:
        oxt = {n: z.read(n) for n in z.namelist()}

    # description.xml: version, icons, release notes.
    desc = ET.fromstring(oxt["description.xml"])
    res.check(desc.find(DESC + "version").get("value") == version,
              "description.xml version %r" % desc.find(DESC + "version").get("value"))
    for kind in ("default", "high-contrast"):
        icon = desc.find("%sicon/%s%s" % (DESC, DESC, kind))
        href = icon.get(XLINK) if icon is not None else None
        res.check(href in oxt and png_size(oxt[href]) == (42, 42),
                  "description.xml icon/%s: %r is not a 42 x 42 PNG in the .oxt" % (kind, href))
    notes = {src.get("lang"): src.get(XLINK) for src in desc.findall("%srelease-notes/%ssrc" % (DESC, DESC))}
    res.check(set(notes) == {"nl", "en-US"}, "release notes for %r" % sorted(notes))
    for lang, href in notes.items():
        res.check(href in oxt, "release notes (%s) %r are not in the .oxt" % (lang, href))

    # Release notes: the repository's, with this release on top.
    text = read(os.path.join(folder, "RELEASE-NOTES.txt"))
    res.check(text == read(os.path.join(ROOT, "packaging", "RELEASE-NOTES.md")),
              "RELEASE-NOTES.txt is not packaging/RELEASE-NOTES.md")
    res.check(all(oxt.get(h) == text for h in notes.values()), "the .oxt's release notes differ")
    heads = re.findall(r"^## (.*)$", text.decode("utf-8"), re.M)
    res.check(heads[:1] == ["%s (%s)" % (version, date)],
              "the release notes' first heading %r is not '%s (%s)'" % (heads[:1], version, date))

    readme = read(os.path.join(folder, "LEESMIJ.txt"), "r")
    res.check(readme.splitlines()[0].endswith("%s (%s)" % (version, date)), "LEESMIJ.txt title %r"
              % readme.splitlines()[0])
    for f in os.listdir(folder):
        res.check(f == "LEESMIJ.txt" or f in readme, "LEESMIJ.txt does not mention %s" % f)

    # The guide: the repository's and the .oxt's, this version; its PDF has its headings.
    guide = read(os.path.join(folder, "handleiding.html"))
    res.check(guide == read(os.path.join(ROOT, "packaging", "help", "handleiding.html")) ==
              oxt.get("help/handleiding.html"), "handleiding.html differs from packaging/help and the .oxt's")
    guide = guide.decode("utf-8")
    pdf = os.path.join(folder, "handleiding.pdf")
    pages = pdf_pages(pdf)
    res.check(pages >= 1, "handleiding.pdf has %d pages" % pages)
    print("handleiding.pdf: %d pages" % pages)
    shown = " ".join(pdf_text(pdf).split())
    heads = [" ".join(re.sub(r"<[^>]+>", "", h).split()) for h in re.findall(r"<h[12]>(.*?)</h[12]>", guide, re.S)]
    res.check(len(heads) >= 2, "the guide has headings: %r" % heads)
    for h in heads:
        h = h.replace("&gt;", ">").replace("&lt;", "<").replace("&amp;", "&")
        res.check(h in shown, "handleiding.pdf lacks the heading %r" % h)
    res.check(word(version, shown), "handleiding.pdf does not name version %s" % version)
    # Its pictures: beside it, in the .oxt, the same files as packaging/help's, and in its PDF.
    for name in re.findall(r'<img src="([^"]+)"', guide):
        res.check(read(os.path.join(folder, name)) == oxt.get("help/" + name) ==
                  read(os.path.join(ROOT, "packaging", "help", name)), "%s: beside the guide, in the .oxt" % name)
    listed = subprocess.run(["pdfimages", "-list", pdf], capture_output=True, text=True).stdout.splitlines()[2:]
    res.check(len(listed) == len(re.findall(r"<img ", guide)) >= 2,
              "handleiding.pdf holds the guide's pictures: %d images" % len(listed))

    # The template: the repository's and the .oxt's; its footer names this version.
    ots = read(os.path.join(folder, "epa-planning.ots"))
    res.check(ots == read(os.path.join(ROOT, "packaging", "templates", "EPA-planning", "epa-planning.ots")) ==
              oxt.get("templates/EPA-planning/epa-planning.ots"), "epa-planning.ots differs from packaging's")

    pages = pdf_pages(os.path.join(folder, example + ".pdf"))
    res.check(pages >= 1, "%s.pdf has %d pages" % (example, pages))
    print("%s.pdf: %d pages" % (example, pages))


def check_install(res, folder, version, oxt_name, example):
    office = Office(lang="nl_NL.UTF-8")
    try:
        # Installed as a user does, and listed before the office runs (unopkg
        # waits for a running office on the same profile).
        office._prepare()
        office.install(os.path.join(folder, oxt_name))
        listing = office.unopkg("list").stdout
        found = re.findall(r"Identifier: (\S+)\s+Version: (\S+)", listing)
        res.check(found == [(ID, version)], "unopkg list after installing: %r" % found)
        office.launch()
        em = office.ctx.getValueByName("/singletons/com.sun.star.deployment.ExtensionManager")
        mine = [p for p in em.getDeployedExtensions("user", None, None) if p.getIdentifier().Value == ID]
        if res.check(len(mine) == 1, "the Extension Manager lists %d of %s" % (len(mine), ID)):
            pkg = mine[0]
            res.check(pkg.getVersion() == version, "the Extension Manager shows version %r" % pkg.getVersion())
            res.check(pkg.getIcon(False) is not None, "the Extension Manager has no icon")
            res.check(pkg.getIcon(True) is not None, "the Extension Manager has no high-contrast icon")

        doc = office.new_calc()
        cell = doc.Sheets.getByIndex(0).getCellRangeByName("A1")
        cell.setFormula("=EPAPREV(1200;23.14;5.6;3.45)")
        doc.calculateAll()
        want = model.prevalence(model.urbanity(1200), 23.14, 5.6, 3.45)
        got = cell_outcome(cell)
        res.check(same(got, ("num", want)), "EPAPREV(1200;23.14;5.6;3.45) = %r, the oracle %r" % (got, want))
        doc.close(True)

        doc = office.load(os.path.join(folder, example + ".ods"))
        res.check("CBS" in doc.DocumentProperties.Description and "CBS" in doc.DocumentProperties.Title,
                  "the example's properties do not name its source: %r / %r"
                  % (doc.DocumentProperties.Title, doc.DocumentProperties.Description))
        source = doc.Sheets.getByName("CBS-gegevens").getCellRangeByName("A2").String
        res.check(source.startswith("Bron: CBS"), "the example's CBS-gegevens.A2 (its source): %r" % source)
        saved = {k: o for k, (o, _formula) in formula_outcomes(doc).items()}
        doc.calculateAll()
        now = {k: o for k, (o, _formula) in formula_outcomes(doc).items()}
        res.check(len(saved) >= 100, "the example has only %d formula cells" % len(saved))
        differ = [k for k in saved if not same(saved[k], now.get(k, ("missing",)))]
        res.check(not differ, "recalculated, %d cells of the example change, e.g. %r"
                  % (len(differ), [(k, saved[k], now.get(k)) for k in differ[:3]]))
        errors = error_cells(doc)
        res.check(not errors, "the example has error cells: %r" % errors[:5])
        print("%s.ods: %d formula cells recalculate to the saved values" % (example, len(saved)))
        doc.close(True)
    finally:
        office.cleanup()


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: %s build/dist/epa-addin-VERSION | --sources" % sys.argv[0])
    folder = sys.argv[1]
    version, date = release()
    res = Results("release sources" if folder == "--sources" else "dist")
    check_sources(res, version, date)
    if folder == "--sources":
        return res.finish()
    if not res.check(os.path.isdir(folder), "%s is not a folder (make dist)" % folder):
        return res.finish()
    oxt_name, example = check_files(res, folder, version, date)
    check_contents(res, folder, version, date, oxt_name, example)
    check_install(res, folder, version, oxt_name, example)
    return res.finish()


if __name__ == "__main__":
    sys.exit(main())
