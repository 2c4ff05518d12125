"""The test's own model of what every add-in function must return.

Written from MODEL.md (the numbers, through cases.py's transcription of its
tables) and the README (the accepted ranges and names), not from the C
code, so that tests/e2e/test_bad_input.py can tell for any argument whether
the documented result is a number or an error.  Every error the add-in
itself raises shows as Err:502 in Calc, so the oracle needs to know only
*whether* an input is rejected, not which check rejects it.

An argument is what the add-in receives for one element:
  ("num", x)     a number (Calc passes TRUE/FALSE as 1/0 and a reference
                 to a single empty cell as 0)
  ("text", s)    a non-empty text
  ("empty",)     an empty text, or an empty cell inside a range
  ("omitted",)   the argument was left out
"""
import cases

ERR = ("err", 502)

# ---- names (README "Names" and the item table) ----------------------------
SIDES = {"low": "low", "laag": "low", "high": "high", "hoog": "high"}
BOUNDS = {"low": "low", "laag": "low", "mid": "mid", "midden": "mid", "middle": "mid",
          "high": "high", "hoog": "high"}
SCENARIOS = {"0": 0, "huidig": 0, "current": 0, "1": 1, "intensivering": 1, "intensified": 1,
             "2": 2, "wijk": 2, "integrated": 2}
CATEGORIES = {"klinisch": "klinisch", "clinical": "klinisch", "bw": "beschermd wonen",
              "beschermd_wonen": "beschermd wonen", "sheltered_housing": "beschermd wonen",
              "ambulant_epa": "ambulant epa", "ambulatory_epa": "ambulant epa",
              "ambulant_overig": "ambulant overig", "ambulatory_other": "ambulant overig",
              "totaal": "totaal", "total": "totaal"}
ITEMS = {k: k for k in cases.CAPACITY}
ITEMS.update({
    "factteams": "fact_teams", "fte_fact": "fact_fte", "fact_clienten": "fact_clients",
    "fact_cliënten": "fact_clients", "fte_iht": "iht_fte", "fte_vip": "vip_fte",
    "wijkcentra": "neighbourhood_centres", "wijk_ggz_centra": "neighbourhood_centres",
    "wijk_fte": "neighbourhood_fte", "fte_wijkcentra": "neighbourhood_fte",
    "bedden": "beds", "klinische_bedden": "beds", "klinische_plaatsen": "beds",
    "kortverblijf_bedden": "short_stay_beds", "kortdurende_bedden": "short_stay_beds",
    "bw_plaatsen": "bw_places", "beschermd_wonen_plaatsen": "bw_places",
    "vrijgekomen_fte": "freed_fte", "ervaringsdeskundigen": "peer_fte",
    "ervaringsdeskundigen_fte": "peer_fte",
    # "American spellings are accepted too"
    "neighborhood_centers": "neighbourhood_centres", "neighborhood_centres": "neighbourhood_centres",
    "neighbourhood_centers": "neighbourhood_centres", "neighborhood_fte": "neighbourhood_fte",
})

NAME_MAX_BYTES = 64
SEPARATORS = " -_"


def normalise(text):
    """README: case-insensitive, space/hyphen/underscore alike, runs count
    once, leading and trailing ones ignored; longer than 64 bytes is no
    name.  Case folding is ASCII only (letters are not guessed: the Kelvin
    sign is not a K), plus the one documented non-ASCII alias letter:
    "cliënten" is accepted in either case."""
    raw = text.encode("utf-8", "surrogatepass")
    if len(raw) > NAME_MAX_BYTES or "\0" in text:
        return None
    out, pending = [], False
    for ch in text:
        if ch in SEPARATORS:
            pending = bool(out)
            continue
        if pending:
            out.append("_")
            pending = False
        if "A" <= ch <= "Z":
            ch = ch.lower()
        elif ch == "Ë":
            ch = "ë"
        out.append(ch)
    return "".join(out)


def _name(arg, table, optional_default=None):
    """(ok, value) of a name argument."""
    if arg[0] == "omitted":
        return (optional_default is not None, optional_default)
    if arg[0] != "text":
        return (False, None)
    key = normalise(arg[1])
    if key is None or key not in table:
        return (False, None)
    return (True, table[key])


def _scenario(arg):
    if arg[0] == "num":
        x = arg[1]
        return (x in (0.0, 1.0, 2.0), int(x) if x in (0.0, 1.0, 2.0) else None)
    ok, v = _name(arg, SCENARIOS)
    # "-1" is a negative number, not scenario 1 (separators are dropped).
    if ok and arg[1].lstrip(" _")[:1] == "-" and arg[1].strip(SEPARATORS).isdigit():
        return (False, None)
    return (ok, v)


def _number(arg, lo, hi, lo_open=False, hi_open=False, default=None):
    if arg[0] == "omitted":
        return (default is not None, default)
    if arg[0] != "num":
        return (False, None)
    x = arg[1]
    ok = (x > lo if lo_open else x >= lo) and (x < hi if hi_open else x <= hi)
    return (ok, x + 0.0)  # -0 -> 0


def _coverage(arg):
    if arg[0] != "num":
        return (False, None)
    for pct in cases.BANDS:
        if abs(arg[1] - pct) <= 1e-9 or abs(arg[1] - pct / 100) <= 1e-9:
            return (True, pct)
    return (False, None)


def _class(arg):
    if arg[0] != "num":
        return (False, None)
    x = arg[1]
    return (x in (1.0, 2.0, 3.0, 4.0, 5.0), int(x) if x in (1.0, 2.0, 3.0, 4.0, 5.0) else None)


# Parameter checks by en-US display name (CalcAddIns.xcu); ranges from the
# README.  Each gives (accepted, value).
PARAMS = {
    "oad": lambda a: _number(a, 0, 1e5, lo_open=True),
    "single_pct": lambda a: _number(a, 1, 100, lo_open=True),
    "wwb_pct": lambda a: _number(a, 0, 100),
    "ao_pct": lambda a: _number(a, 0, 100),
    "adults": lambda a: _number(a, 0, 1e9),
    "urbanity": _class,
    "predicted": lambda a: _number(a, 0, 1000),
    "actual": lambda a: _number(a, 0, 1000),
    "coverage": _coverage,
    "side": lambda a: _name(a, SIDES),
    "in_care": lambda a: _number(a, 0, 1e9),
    "not_in_care": lambda a: _number(a, 0, 1, hi_open=True, default=0.25),
    "inhabitants": lambda a: _number(a, 0, 1e9),
    "per_100k": lambda a: _number(a, 0, 1e15, lo_open=True, default=38e6),
    "scenario": _scenario,
    "category": lambda a: _name(a, CATEGORIES),
    "progress": lambda a: _number(a, 0, 1, default=1.0),
    "total_budget": lambda a: _number(a, 0, 1e15),
    "item": lambda a: _name(a, ITEMS),
    "bound": lambda a: _name(a, BOUNDS, optional_default="mid"),
}

OPTIONAL = {"not_in_care", "per_100k", "progress", "bound"}


def urbanity(oad):
    for cls, floor in ((1, 2500), (2, 1500), (3, 1000), (4, 500)):
        if oad >= floor:
            return cls
    return 5


def prevalence(cls, s, w, a):
    return 0.1574 * s + 0.9021 * w + 0.6106 * a + cases.INTERCEPT[cls]


def band(p, pct, side):
    lo, hi = cases.BANDS[pct]
    return p + hi if side == "high" else max(p + lo, 0.0)


def deviation(a, p):
    d = a - p
    for pct, (lo, hi) in cases.BANDS.items():
        if lo - 1e-9 <= d <= hi + 1e-9:
            return pct / 100
    return 1.0


def share(s, cat, progress):
    if cat == "totaal":
        return 1.0
    cur, target = cases.SHARES[cat][0], cases.SHARES[cat][s]
    return (cur + progress * (target - cur)) / 100


def capacity(s, item, n, bound):
    norm = cases.CAPACITY[item][s]
    if norm is None:
        return None
    lo, hi = norm
    return {"low": lo, "high": hi, "mid": (lo + hi) / 2}[bound] * n / 1e5


# Functions by en-US display name: the parameter names in order and the
# result from the accepted values (None: documented error).
FUNCTIONS = {
    "EPAPREV": (("oad", "single_pct", "wwb_pct", "ao_pct"),
                lambda o, s, w, a: prevalence(urbanity(o), s, w, a)),
    "EPACOUNT": (("oad", "single_pct", "wwb_pct", "ao_pct", "adults"),
                 lambda o, s, w, a, n: prevalence(urbanity(o), s, w, a) * n / 1000),
    "EPAURBANITY": (("oad",), urbanity),
    "EPAPREVCLASS": (("urbanity", "single_pct", "wwb_pct", "ao_pct"), prevalence),
    "EPABAND": (("predicted", "coverage", "side"), band),
    "EPADEVIATION": (("actual", "predicted"), deviation),
    "EPAINSTITUTIONAL": (("actual",), lambda a: 1.0 if a > 42.5 else 0.0),
    "EPAPOPULATION": (("in_care", "not_in_care"), lambda n, sh: n / (1 - sh)),
    "GGZBUDGET": (("inhabitants", "per_100k"), lambda n, r: n * r / 1e5),
    "SCENARIOSHARE": (("scenario", "category", "progress"), share),
    "SCENARIOBUDGET": (("total_budget", "scenario", "category", "progress"),
                       lambda b, s, c, p: b * share(s, c, p)),
    "SCENARIOCAPACITY": (("scenario", "item", "inhabitants", "bound"), capacity),
}


# The plausible range of each result (README, "Errors"): the range the
# function consuming it accepts.  A result beyond it is an error, not a number.
RESULT_MAX = {"EPAPREV": 1000, "EPACOUNT": 1e9, "EPAURBANITY": 5, "EPAPREVCLASS": 1000, "EPABAND": 1000,
              "EPADEVIATION": 1, "EPAINSTITUTIONAL": 1, "EPAPOPULATION": 1e9, "GGZBUDGET": 1e15,
              "SCENARIOSHARE": 1, "SCENARIOBUDGET": 1e15, "SCENARIOCAPACITY": 1e9}


def evaluate(function, args):
    """("num", value) or ERR for one call of function with add-in args."""
    params, compute = FUNCTIONS[function]
    values = []
    for name, arg in zip(params, args):
        ok, v = PARAMS[name](arg)
        if not ok:
            return ERR
        values.append(v)
    result = compute(*values)
    if result is None or not 0 <= result <= RESULT_MAX[function]:
        return ERR
    return ("num", float(result))
