"""What the end-to-end tests expect per LibreOffice version.

The suite runs in Debian 12's LibreOffice 7.4 and in 25.2 from
bookworm-backports (tests/office/office.mk).  The version comes from the
running office (Office.version(): ooSetupVersion over UNO), never from a
path.  Measured in 7.4.7 and 25.2.3; the versions in between are not
measured, so anything newer than 7.4 is expected to behave like 25.2.

.xlsx (Office Open XML) and add-in function names:
 - 7.4 writes the programmatic name, NL.EPAPLANNING.CALC.EPAADDIN.EPAPREV(...),
   and reads only that: its OOXML formula compiler has no add-in
   compatibility names, so a bare EPAPREV(...) reads back as #NAME?
   (Err:525).
 - 25.2 writes the CompatibilityName that packaging/gen_xcu.c sets, EPAPREV(...)
   (as Excel would), and reads both forms.
.ods (ODF) is the same in both: the programmatic name, read by both.
"""

PROGRAMMATIC = "NL.EPAPLANNING.CALC.EPAADDIN."
NAME_ERROR = 525          # #NAME?


def label(version):
    return "LibreOffice %d.%d" % version


def xlsx_writes_compatibility_name(version):
    """True when this version writes EPAPREV(...) into .xlsx, False when it
    writes NL.EPAPLANNING.CALC.EPAADDIN.EPAPREV(...)."""
    return version > (7, 4)


def xlsx_reads_compatibility_name(version):
    """True when this version computes an .xlsx cell that calls EPAPREV(...)."""
    return version > (7, 4)
