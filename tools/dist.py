"""`make dist`: the release folder a user can be handed.

Everything in it comes from the built .oxt (so the folder holds what the
extension ships) and from packaging/RELEASE-NOTES.md; version and date come
from include/epa.h (EPA_VERSION, EPA_RELEASE_DATE).  One headless office
with the .oxt installed in a private profile (tools/office.py, as the tests
run it) converts the guide to PDF and recalculates the example:

  epa-addin-VERSION.oxt        the extension
  handleiding.html, .pdf       the Dutch guide, readable before installing
  epa-planning.ots             the template (also inside the .oxt)
  voorbeeld-utrecht-2023.ods   the template as a workbook, recalculated in
  voorbeeld-utrecht-2023.pdf   Calc: Utrecht, CBS KWB 2023 (what `make demo` shows)
  RELEASE-NOTES.txt            packaging/RELEASE-NOTES.md (also inside the .oxt)
  LICENSE.txt                  MPL 2.0
  LEESMIJ.txt                  what is what, in Dutch and English
  SHA256SUMS                   `sha256sum -c SHA256SUMS` checks the others

Usage: /usr/bin/python3 tools/dist.py build/epa-addin-VERSION.oxt build/dist/epa-addin-VERSION
"""
import hashlib
import os
import re
import shutil
import sys
import zipfile

import uno

import make_template as L
from office import Office, props
from sheets import ROOT, error_cells, installed_template

GUIDE = "help/handleiding.html"
PICTURES = ("help/gemeenten.png", "help/regio-telling.png")     # the guide's, beside it
XLL = "epaaddin.xll"
TEMPLATE = "templates/EPA-planning/epa-planning.ots"
# The example's file name; its year is that of the CBS figures in it.
EXAMPLE = "voorbeeld-utrecht-%s"


def release():
    """(version, date) from include/epa.h, the one place they are written."""
    with open(os.path.join(ROOT, "include", "epa.h"), encoding="utf-8") as f:
        text = f.read()
    version = re.search(r'^#define EPA_VERSION "([^"]+)"', text, re.M)
    date = re.search(r'^#define EPA_RELEASE_DATE "(\d{4}-\d{2}-\d{2})"', text, re.M)
    if not version or not date:
        sys.exit("include/epa.h: EPA_VERSION or EPA_RELEASE_DATE (YYYY-MM-DD) is missing")
    return version.group(1), date.group(1)


# LEESMIJ.txt: what each file of the folder is.
def readme(version, date, oxt_name, example, source):
    title = "EPA regionale planningsfuncties %s (%s)" % (version, date)
    return title + "\n" + "=" * len(title) + """

Nederlands
----------
Een uitbreiding (extensie) van LibreOffice Calc met rekenbladfuncties voor de
regionale planning van zorg voor mensen met een ernstige psychische
aandoening (EPA), en een Nederlands sjabloon voor een planningswerkmap.

  handleiding.pdf              begin hier: installeren, invullen, de uitkomsten
  handleiding.html             dezelfde handleiding, voor de browser
  gemeenten.png, regio-telling.png  de afbeeldingen bij handleiding.html
  {col}  de extensie: LibreOffice > Extra > Extensiebeheer > Toevoegen
  epa-planning.ots             het sjabloon (na installeren ook onder
                               Bestand > Nieuw > Sjablonen, categorie EPA-planning)
  {ex}.ods   het sjabloon als werkmap, doorgerekend: Utrecht en
                               haar wijken, bron: {src}
  {ex}.pdf   dezelfde werkmap als PDF, te lezen zonder LibreOffice
  epaaddin.xll                 dezelfde functies voor 64-bits Excel op Windows
                               (Bestand > Opties > Invoegtoepassingen; eerst
                               deblokkeren, zie README; niet getest in een echte Excel)
  RELEASE-NOTES.txt            wat er nieuw is in deze versie
  LICENSE.txt                  de licentie (MPL 2.0)
  SHA256SUMS                   controlesommen: sha256sum -c SHA256SUMS

Nodig: LibreOffice 7.4 of nieuwer op Windows (x86-64) of Linux (x86-64, aarch64).

English
-------
A LibreOffice Calc extension with spreadsheet functions for the Dutch
regional planning of care for people with a severe mental illness (EPA), and
a Dutch planning-workbook template. Start with handleiding.pdf (Dutch guide);
install {oxt} with Tools > Extension Manager > Add.
Requires LibreOffice 7.4 or later on Windows (x86-64) or Linux (x86-64, aarch64).
""".format(v=version, d=date, oxt=oxt_name, col=oxt_name.ljust(27), ex=example, src=source)


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 16), b""):
            h.update(block)
    return h.hexdigest()


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().splitlines()[-1])
    oxt, out = sys.argv[1], sys.argv[2]
    version, date = release()
    oxt_name = "epa-addin-%s.oxt" % version
    if os.path.basename(oxt) != oxt_name:
        sys.exit("%s is not the .oxt of version %s (include/epa.h)" % (oxt, version))
    if os.path.basename(os.path.normpath(out)) != "epa-addin-%s" % version:
        sys.exit("%s is not the release folder of version %s" % (out, version))
    with zipfile.ZipFile(oxt) as z:
        described = re.search(r'<version value="([^"]+)"', z.read("description.xml").decode("utf-8"))
        if not described or described.group(1) != version:
            sys.exit("%s: description.xml says version %r, include/epa.h %s: rebuild it (make)"
                     % (oxt, described and described.group(1), version))
        shipped = {name: z.read(name) for name in (GUIDE, TEMPLATE, "RELEASE-NOTES.txt", "LICENSE.txt") + PICTURES}

    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    shutil.copy(oxt, os.path.join(out, oxt_name))
    # The Excel add-in, built beside the .oxt from the same sources.
    xll = os.path.join(os.path.dirname(os.path.abspath(oxt)), XLL)
    if not os.path.exists(xll):
        sys.exit("%s is missing: run make" % xll)
    shutil.copy(xll, os.path.join(out, XLL))
    for name, target in ((GUIDE, "handleiding.html"), (TEMPLATE, "epa-planning.ots"),
                         ("RELEASE-NOTES.txt", "RELEASE-NOTES.txt"), ("LICENSE.txt", "LICENSE.txt")) + tuple(
                             (name, os.path.basename(name)) for name in PICTURES):
        with open(os.path.join(out, target), "wb") as f:
            f.write(shipped[name])

    with Office(oxt, lang="nl_NL.UTF-8") as office:
        # The guide: opened as HTML (Writer/Web) and exported to PDF.
        guide_tmp = os.path.join(office.dir, "handleiding.html")
        for name in ("handleiding.html",) + tuple(os.path.basename(p) for p in PICTURES):
            shutil.copy(os.path.join(out, name), os.path.join(office.dir, name))
            os.chmod(os.path.join(office.dir, name), 0o644)
        doc = office.load(guide_tmp)
        if doc is None:
            sys.exit("the office did not open the guide (is libreoffice-writer-nogui installed?)")
        guide_pdf = os.path.join(office.dir, "handleiding.pdf")
        doc.storeToURL(uno.systemPathToFileUrl(guide_pdf), props(FilterName="writer_web_pdf_Export"))
        doc.close(True)

        # The example: the installed template as a new workbook, recalculated.
        template = installed_template(office)
        if template is None or not os.path.exists(template):
            sys.exit("the extension did not install its template (Paths.xcu): %r" % template)
        doc = office.desktop.loadComponentFromURL(uno.systemPathToFileUrl(template), "_blank", 0,
                                                  props(Hidden=True, AsTemplate=True))
        L.paste_example(doc)
        doc.calculateAll()
        errors = error_cells(doc)
        if errors:
            sys.exit("the example has error cells: %s" % ", ".join("%s.%s Err:%d" % e for e in errors[:10]))
        # Where its figures come from, as the workbook states it (CBS-gegevens).
        source = doc.Sheets.getByName("CBS-gegevens").getCellRangeByName("A%d" % L.R_SOURCE).String
        year = re.search(r"^Bron: (CBS, Kerncijfers wijken en buurten (20\d\d))", source)
        if not year:
            sys.exit("the example does not name its CBS source in CBS-gegevens.A%d: %r" % (L.R_SOURCE, source))
        source, name = year.group(1), EXAMPLE % year.group(2)
        info = doc.DocumentProperties
        info.Title = "EPA-planning, voorbeeld: Utrecht (%s)" % source
        info.Subject = "EPA regionale planningsfuncties %s" % version
        info.Description = ("Het sjabloon epa-planning.ots, ingevuld met de gemeente Utrecht en haar wijken "
                            "en doorgerekend in LibreOffice. Bron: %s, CC BY 4.0." % source)
        example = {}
        for ext, flt in (("ods", "calc8"), ("pdf", "calc_pdf_Export")):
            example[ext] = os.path.join(office.dir, "%s.%s" % (name, ext))
            doc.storeToURL(uno.systemPathToFileUrl(example[ext]), props(FilterName=flt))
        doc.close(True)
        shutil.copy(guide_pdf, out)
        for path in example.values():
            shutil.copy(path, out)
    with open(os.path.join(out, "LEESMIJ.txt"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write(readme(version, date, oxt_name, name, source))

    names = sorted(n for n in os.listdir(out) if n != "SHA256SUMS")
    with open(os.path.join(out, "SHA256SUMS"), "w") as f:
        for n in names:
            f.write("%s  %s\n" % (sha256(os.path.join(out, n)), n))
    for n in names + ["SHA256SUMS"]:
        print("  %9d  %s" % (os.path.getsize(os.path.join(out, n)), n))
    return 0


if __name__ == "__main__":
    sys.exit(main())
