"""What the end-to-end tests expect per LibreOffice version.

The suite runs in Debian 12's LibreOffice 7.4 and in 25.2 from
bookworm-backports (tests/office/office.mk).  The version comes from the
running office (Office.version(): ooSetupVersion over UNO), never from a
path.  Measured in 7.4.7 and 25.2.3; the versions in between are not
measured, so anything newer than 7.4 is expected to behave like 25.2.

.xlsx (Office Open XML) and add-in function names, when the extension
gives its functions a CompatibilityName (CalcAddIns.xcu, en-US EPAPREV):
 - 7.4 writes the programmatic name, NL.EPAPLANNING.CALC.EPAADDIN.EPAPREV(...),
   and reads only that: its OOXML formula compiler has no add-in
   compatibility names, so a bare EPAPREV(...) reads back as #NAME?
   (Err:525).
 - 25.2 writes the CompatibilityName, EPAPREV(...) (as Excel would), and
   reads both forms; so its .xlsx stop computing in 7.4.
Without a CompatibilityName both write and read only the programmatic name;
a bare EPAPREV(...) in an .xlsx is then #NAME? in both.
.ods (ODF) is the same in both: the programmatic name, read by both.
(tests/office/cross_versions.py measures every direction.)
"""
import re
import zipfile

PROGRAMMATIC = "NL.EPAPLANNING.CALC.EPAADDIN."
NAME_ERROR = 525          # #NAME?


def label(version):
    return "LibreOffice %d.%d" % version


def has_compatibility_names(oxt):
    """True when the extension's CalcAddIns.xcu gives CompatibilityNames."""
    with zipfile.ZipFile(oxt) as z:
        return re.search(rb'oor:name="CompatibilityName"', z.read("CalcAddIns.xcu")) is not None


def xlsx_writes_compatibility_name(version, compat=True):
    """True when this version writes EPAPREV(...) into .xlsx, False when it
    writes NL.EPAPLANNING.CALC.EPAADDIN.EPAPREV(...); compat: the extension
    has CompatibilityNames."""
    return compat and version > (7, 4)


def xlsx_reads_compatibility_name(version, compat=True):
    """True when this version computes an .xlsx cell that calls EPAPREV(...)."""
    return compat and version > (7, 4)
