"""What the end-to-end tests expect per LibreOffice version.

The suite runs in Debian 12's LibreOffice 7.4, in 25.2 from
bookworm-backports and in 26.8 from trixie-backports (a trixie chroot;
tests/office/office.mk, docs/platforms.md).  The version comes from the
running office (Office.version(): ooSetupVersion over UNO), never from a
path.  Measured in 7.4.7, 25.2.3 and 26.8.3; the versions in between are
not measured: a difference first seen in 25.2 is expected from every
version after 7.4, one first seen in 26.8 from every version after 25.2.

Everything the suite checks is the same in the three versions except:

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
26.8 is 25.2 here (tests/e2e/test_files.py: the .xlsx it writes holds the
programmatic name, a bare EPAPREV(...) in an .xlsx computes).

A subnormal number typed in a formula, =EPAPREV(5E-324;...) (Calc's own
formula parser, before the add-in is called):
 - 7.4 and 25.2 refuse the literal: Err:502, the add-in is not called.
 - 26.8 reads it as the number 5e-324 and calls the add-in with it, which
   then gives what it gives for a cell holding 5e-324 (every version passes
   that through as a number): the oracle's outcome for that value.
(tests/e2e/test_bad_input.py, 26 cases: every numeric argument.)

An unknown function (the add-in not installed) directly inside an
error test, =IF(ISERROR(NL.EPAPLANNING.CALC.EPAADDIN.EPAURBANITY(1000));
"LET OP ...";""), the template's "extension missing" check cells:
 - 7.4 and 25.2: the call is #NAME?, ISERROR catches it, the cell warns.
 - 26.8: the whole formula is Err:509 (missing operator), as opened and
   after recalculation; the same with ISERR, ISNA, IFERROR, ISTEXT and
   ERROR.TYPE around it.  =ISERROR(A1) with A1 holding the call is TRUE,
   and the call alone (or inside SUM, ABS) is #NAME? as in every version.
(tests/e2e/test_no_extension.py.)

The committed template is saved by 7.4 (`make template`); other versions
write other ODF (namespace declarations, office:version), so
tests/e2e/test_template_fresh.py compares it only in the office that made
it (TEMPLATE_OFFICE).
"""
import re
import zipfile

PROGRAMMATIC = "NL.EPAPLANNING.CALC.EPAADDIN."
NAME_ERROR = 525          # #NAME?
MISSING_OPERATOR = 509    # Err:509
TEMPLATE_OFFICE = (7, 4)  # the office `make template` saves the committed template with


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


def calc_reads_subnormal_literal(version):
    """True when Calc reads a subnormal number typed in a formula (5E-324) as
    that number and hands it to the add-in; False when it refuses it with
    Err:502 before the call (7.4, 25.2)."""
    return version > (25, 2)


def error_test_catches_unknown_function(version):
    """True when ISERROR(F(...)) with F unknown is TRUE (7.4, 25.2); False
    when Calc makes the whole formula Err:509 (26.8)."""
    return version <= (25, 2)
