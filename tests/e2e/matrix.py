"""The bad-input case matrix: one generator for the three drivers that call
the add-in with it, each in its own medium:
  - real Calc: tests/e2e/test_bad_input.py (formulas in a workbook);
  - the Windows DLL under Wine as the UNO bridge calls it:
    tests/wine/gen_cases.py -> build/wine/cases.h -> tests/wine/driver.c;
  - the XLL in the stand-in Excel: tests/xll/gen_cases.py ->
    build/xll/cases.h -> tests/xll/host.c.

Per catalogue function (build/catalogue.json), from the oracle's good
value of each argument (oracle.ARGUMENTS), the cases are
  good      the good call;
  bad       each argument as a text no kind reads, and as the number -1
            (outside every range; a number where a name belongs);
  empty     each argument empty (an empty cell, or the empty text);
  omitted   each argument left out in its place (=F(a;;c));
  padded    each argument that takes text (names, counts) with white
            space pasted around it (the scenario number as its Dutch name,
            a count as its digits);
  fewer     the call with only its first k arguments, for every k < n.
A case says what the add-in receives for each argument, in the oracle's
form (oracle.py: ("num", x), ("text", s), ("empty",), ("omitted",)), so
every driver writes it in its medium and takes the expected outcome from
the oracle; what a medium decides before the add-in is called (Calc
refuses a call without a required argument) is the driver's to say.

A function whose good call the oracle rejects, or whose matrix has no
rejected call, stops the generator naming it: a catalogue row cannot go
untested.
"""
import collections

import catalogue
import model
import oracle

# A no-break space, a space, the name, a tab, CR and LF: as pasted.
PADDING = " \u00a0%s\t\r\n"
BAD_TEXT = ("text", "no such name")
BAD_NUMBER = ("num", -1.0)

Case = collections.namedtuple("Case", "fn form pos label args")
"""fn: the catalogue row (dict); form: one of FORMS; pos: the argument
varied (None for good and fewer); label: for reports; args: one oracle
argument per parameter."""
FORMS = ("good", "bad", "empty", "omitted", "padded", "fewer")


def text_of(param, good):
    """The text a user may paste for an argument's good value, or None for a
    plain number: the name itself, a scenario's Dutch name, a count's
    digits (CBS's xlsx holds counts as text)."""
    if good[0] == "text":
        return good[1]
    if param["kind"] == "scenario":
        return model.SCENARIO_NAMES[int(good[1])][0]
    if param["kind"] == "count":
        return "%d" % good[1]
    return None


def function_cases(fn):
    params = fn["params"]
    good = [oracle.good_arg(p) for p in params]
    out = []

    def add(form, pos, label, args):
        out.append(Case(fn, form, pos, label, args))

    def with_arg(i, arg):
        return good[:i] + [arg] + good[i + 1:]

    add("good", None, "good values", good)
    for i, p in enumerate(params):
        add("bad", i, "%s a text no kind reads" % p["name"], with_arg(i, BAD_TEXT))
        add("bad", i, "%s -1" % p["name"], with_arg(i, BAD_NUMBER))
        add("empty", i, "%s empty" % p["name"], with_arg(i, ("empty",)))
        add("omitted", i, "%s left out in place" % p["name"], with_arg(i, ("omitted",)))
        text = text_of(p, good[i])
        if text is not None:
            add("padded", i, "%s with pasted white space" % p["name"], with_arg(i, ("text", PADDING % text)))
    for k in range(len(params)):
        add("fewer", None, "only the first %d of %d arguments" % (k, len(params)),
            good[:k] + [("omitted",)] * (len(params) - k))
    outcomes = [oracle.evaluate(fn["name"], c.args) for c in out]
    if outcomes[0][0] != "num":
        raise SystemExit("matrix.py: %s: the oracle rejects its good call (check oracle.ARGUMENTS' good values)"
                         % fn["name"])
    if oracle.ERR not in outcomes:
        raise SystemExit("matrix.py: %s: the oracle rejects none of its calls" % fn["name"])
    return out


def cases():
    """Every function's cases, in catalogue order."""
    return [c for fn in catalogue.elements() for c in function_cases(fn)]


def required_left_out(case):
    """A required argument is left out (which Calc refuses before the call)."""
    return any(a == ("omitted",) and not p["optional"] for p, a in zip(case.fn["params"], case.args))
