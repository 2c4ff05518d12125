"""The test's own model of what every add-in function must return.

Numbers and names come from model.py (the one Python transcription of
addin/model/MODEL.md), the functions and their parameters from the
catalogue (catalogue.py, build/catalogue.json).  What is kept by hand here
is only what the catalogue cannot say: what each argument accepts
(MODEL.md section 4.1, one entry per argument name, shared by every
function that has it) and the model operation of each function
(OPERATIONS, one entry per catalogue row).  check_catalogue() names the
row when either is missing or does not fit.

Every error the add-in itself raises shows as Err:502 in Calc, so the
oracle needs to know only *whether* an input is rejected, not which check
rejects it.

An argument is what the add-in receives for one element:
  ("num", x)     a number (Calc passes TRUE/FALSE as 1/0 and a reference
                 to a single empty cell as 0)
  ("text", s)    a non-empty text (a name, or a count of EPAPREVCBS)
  ("empty",)     an empty text, or an empty cell inside a range
  ("omitted",)   the argument was left out
"""
import inspect

import catalogue
import model as m

ERR = ("err", 502)


def _name(arg, table):
    if arg[0] != "text":
        return (False, None)
    key = m.normalise(arg[1])
    if key is None or key not in table:
        return (False, None)
    return (True, table[key])


def _scenario(arg):
    if arg[0] == "num":
        x = arg[1]
        return (x in (0.0, 1.0, 2.0), int(x) if x in (0.0, 1.0, 2.0) else None)
    ok, v = _name(arg, m.SCENARIOS)
    # "-1" is a negative number, not scenario 1 (separators are dropped).
    if ok and arg[1].strip(m.WHITE_SPACE).lstrip(" _")[:1] == "-" and arg[1].strip(m.SEPARATORS).isdigit():
        return (False, None)
    return (ok, v)


def _number(lo, hi, lo_open=False, hi_open=False):
    def check(arg):
        if arg[0] != "num":
            return (False, None)
        x = arg[1]
        ok = (x > lo if lo_open else x >= lo) and (x < hi if hi_open else x <= hi)
        return (ok, x + 0.0)  # -0 -> 0
    return check


def _count(lo, hi, lo_open=False):
    """A count of EPAPREVCBS (MODEL.md 1.9): a number, or a text holding a
    plain whole number, then the range of a number."""
    number = _number(lo, hi, lo_open=lo_open)

    def check(arg):
        if arg[0] == "text":
            value = m.count_text(arg[1])
            return (False, None) if value is None else number(("num", value))
        return number(arg)
    return check


def _coverage(arg):
    if arg[0] != "num":
        return (False, None)
    for pct in m.BANDS:
        if abs(arg[1] - pct) <= m.COVERAGE_TOLERANCE or abs(arg[1] - pct / 100) <= m.COVERAGE_TOLERANCE:
            return (True, pct)
    return (False, None)


def _class(arg):
    if arg[0] != "num":
        return (False, None)
    x = arg[1]
    return (x in (1.0, 2.0, 3.0, 4.0, 5.0), int(x) if x in (1.0, 2.0, 3.0, 4.0, 5.0) else None)


class Arg:
    """What an argument accepts (MODEL.md 4.1): its catalogue kind, the check
    of one element giving (accepted, value), the model's default when it may
    be omitted (None: required) and a good value for the bad-input matrix."""
    def __init__(self, kind, check, good, default=None):
        self.kind, self.check, self.good, self.default = kind, check, good, default

    def accept(self, arg):
        if arg[0] == "omitted":
            return (self.default is not None, self.default)
        return self.check(arg)


# By IDL parameter name (catalogue.json "name"; the wizard labels may change,
# these may not).  The order is the column order of the bad-input matrix's
# Good sheet.
ARGUMENTS = {
    "oad": Arg("number", _number(0, m.MAX_OAD, lo_open=True), 1200.0),
    "singlePct": Arg("number", _number(m.MIN_SINGLE_PCT, 100, lo_open=True), 23.14),
    "wwbPct": Arg("number", _number(0, 100), 5.6),
    "aoPct": Arg("number", _number(0, 100), 3.45),
    "adults": Arg("number", _number(0, m.MAX_PEOPLE), 3917.0),
    "households": Arg("count", _count(0, m.MAX_PEOPLE, lo_open=True), 10000.0),
    "singleHouseholds": Arg("count", _count(0, m.MAX_PEOPLE), 2314.0),
    "inhabitantsCount": Arg("count", _count(0, m.MAX_PEOPLE, lo_open=True), 10000.0),
    "wwbCount": Arg("count", _count(0, m.MAX_PEOPLE), 560.0),
    "aoCount": Arg("count", _count(0, m.MAX_PEOPLE), 345.0),
    "urbanity": Arg("number", _class, 3.0),
    "predicted": Arg("number", _number(0, m.MAX_PER_1000), 14.99),
    "actual": Arg("number", _number(0, m.MAX_PER_1000), 15.0),
    "coverage": Arg("number", _coverage, 75.0),
    "side": Arg("side", lambda a: _name(a, m.SIDES), "high"),
    "inCare": Arg("number", _number(0, m.MAX_PEOPLE), 216000.0),
    "notInCareShare": Arg("number", _number(0, 1, hi_open=True), 0.23, default=m.NOT_IN_CARE_SHARE),
    "inhabitants": Arg("number", _number(0, m.MAX_PEOPLE), 250000.0),
    # 0 per 100,000 is no real spending (and what an empty cell gives).
    "per100k": Arg("number", _number(0, m.MAX_EUR, lo_open=True), 4e7, default=m.BUDGET_PER_100K),
    "scenario": Arg("scenario", _scenario, 1.0),
    "category": Arg("category", lambda a: _name(a, m.CATEGORIES), "klinisch"),
    "progress": Arg("number", _number(0, 1), 0.4, default=m.PROGRESS_DEFAULT),
    "totalBudget": Arg("number", _number(0, m.MAX_EUR), 95e6),
    "item": Arg("item", lambda a: _name(a, m.ITEMS), "beds"),
    "normBound": Arg("bound", lambda a: _name(a, m.BOUNDS), "high", default=m.BOUND_DEFAULT),
}


# The model operation of each function, by the name users type; it takes
# the accepted values in catalogue parameter order and returns the result
# (None: the model defines none, an error).
OPERATIONS = {
    "EPAPREV": lambda oad, s, w, a: m.prevalence(m.urbanity(oad), s, w, a),
    "EPAPREVCBS": m.prevalence_counts,
    "EPACOUNT": lambda oad, s, w, a, adults: m.count(m.prevalence(m.urbanity(oad), s, w, a), adults),
    "EPAURBANITY": m.urbanity,
    "EPAPREVCLASS": m.prevalence,
    "EPABAND": m.band,
    "EPADEVIATION": m.deviation,
    "EPAINSTITUTIONAL": m.institutional,
    "EPAPOPULATION": m.population,
    "GGZBUDGET": m.budget,
    "SCENARIOSHARE": m.share,
    "SCENARIOBUDGET": lambda total, s, c, p: total * m.share(s, c, p),
    "SCENARIOCAPACITY": m.capacity,
}


def check_catalogue():
    """[(ok, message)] for every catalogue row and parameter: the oracle has
    exactly one operation per row, taking that row's parameters, and knows
    every parameter with the kind, optional flag and default the catalogue
    gives it."""
    out = []

    def check(ok, message):
        out.append((ok, message))
        return ok

    rows = catalogue.elements()
    for fn in rows:
        name, params = fn["name"], fn["params"]
        op = OPERATIONS.get(name)
        if check(op is not None, "catalogue row %s: no entry in oracle.OPERATIONS" % name):
            arity = len(inspect.signature(op).parameters)
            check(arity == len(params), "catalogue row %s: oracle.OPERATIONS[%r] takes %d values, the row "
                  "has %d parameters" % (name, name, arity, len(params)))
        for p in params:
            arg = ARGUMENTS.get(p["name"])
            where = "catalogue row %s, parameter %s" % (name, p["name"])
            if not check(arg is not None, "%s: no entry in oracle.ARGUMENTS" % where):
                continue
            check(arg.kind == p["kind"], "%s: kind %r, the oracle expects %r" % (where, p["kind"], arg.kind))
            want = "the default %r" % (arg.default,) if arg.default is not None else "no default"
            check(p["optional"] == (arg.default is not None),
                  "%s: optional is %s, MODEL.md gives %s" % (where, p["optional"], want))
            check(p["default"] == arg.default, "%s: default %r, MODEL.md says %r" % (where, p["default"], arg.default))
    names = [fn["name"] for fn in rows]
    for extra in sorted(set(OPERATIONS) - set(names)):
        check(False, "oracle.OPERATIONS[%r] has no catalogue row" % extra)
    return out


REJECTED = ("rejected",)          # an argument refused, or no result defined
OUT_OF_RANGE = ("out of range",)  # a result beyond its kind's plausible range


def outcome(function, args):
    """("num", value), REJECTED or OUT_OF_RANGE for one call of function
    with add-in args (Calc shows both errors as Err:502, Excel does not)."""
    fn = catalogue.function(function)
    values = []
    for p, arg in zip(fn["params"], args):
        ok, v = ARGUMENTS[p["name"]].accept(arg)
        if not ok:
            return REJECTED
        values.append(v)
    result = OPERATIONS[function](*values)
    if result is None:
        return REJECTED
    if not 0 <= result <= m.RESULT_MAX[fn["result"]]:
        return OUT_OF_RANGE
    return ("num", float(result))


def evaluate(function, args):
    """("num", value) or ERR (Err:502) for one call of function with add-in args."""
    o = outcome(function, args)
    return o if o[0] == "num" else ERR


def good_arg(param):
    """The oracle's good value of a catalogue parameter, as an add-in argument."""
    g = ARGUMENTS[param["name"]].good
    return ("text", g) if isinstance(g, str) else ("num", float(g))
