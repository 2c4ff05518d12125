"""The planning model of addin/model/MODEL.md, transcribed once for every
Python test (the oracle, the cases, the range and valgrind workbooks).

Typed in from the document's tables, never read from the C code or the
generated artefacts, so that a wrong number in either shows up as a failing
test.  Section numbers below are those of addin/model/MODEL.md.

The functions here take values that are already accepted (see oracle.py
for what the add-in accepts); they return None where the model defines no
result (an undefined capacity norm).
"""

# ---- section 1: local prevalence (R1, bijlage 4) -------------------------

# §1.1: coefficients per percentage point.
COEF_SINGLE = 0.1574   # one-person households (% eenpersoonshuishoudens)
COEF_WWB = 0.9021      # inhabitants with a WWB benefit
COEF_AO = 0.6106       # inhabitants with an AO benefit

# §1.2: intercept C by CBS urbanity class (1 = zeer sterk stedelijk ... 5 =
# niet stedelijk); 2.0722 is the March 2017 erratum value.
INTERCEPT = {1: 6.8316, 2: 5.2911, 3: 4.1876, 4: 3.1802, 5: 2.0722}
# Lowest OAD of classes 1-4; a boundary value belongs to the denser class.
CLASS_FLOOR = ((1, 2500.0), (2, 1500.0), (3, 1000.0), (4, 500.0))

# §1.4: the report's worked example: matig stedelijk (any OAD in [1000,
# 1500)), S = 23.14, W = 5.60, A = 3.45, 3,917 adults.
WORKED = 14.988166          # P, unrounded; printed 14.99 (N = 58.7086, printed 59)
SOCIO = COEF_SINGLE * 23.14 + COEF_WWB * 5.60 + COEF_AO * 3.45   # its three terms

# §1.5: actual minus predicted per coverage (% of areas): (lower, upper).
BANDS = {25: (-1.7, 0.6), 50: (-2.8, 2.1), 75: (-4.4, 4.7), 90: (-6.3, 8.3), 95: (-7.8, 11.1)}
COVERAGE_TOLERANCE = 1e-9   # 0.1 + 0.8 is the coverage 0.9
BOUND_TOLERANCE = 1e-9      # band bounds are inclusive

# §1.6 and §1.7
INSTITUTION_THRESHOLD = 42.5    # strictly above
NOT_IN_CARE_SHARE = 0.25        # default share not in GGZ care

# ---- section 2: reference frame (R1, bijlage 3) --------------------------

BUDGET_PER_100K = 38e6          # §2.1, EUR per 100,000 inhabitants, 2014
# §2.5: the national reference, people with EPA (all ages) per 100,000
# inhabitants, midpoint of 1,500-1,800; the adults' share of the 216,000 in
# care of whom 31,000 are under 18 (R1, bijlage 4).
REFERENCE_100K = 1650
ADULT_SHARE = 1 - 31000 / 216000
PER = 100000.0                  # norms are per 100,000 inhabitants

# §2.2: shares in % by category: (current 2014, scenario 1, scenario 2).
# Key: canonical English name; "total" is 1 exactly (not in this table).
SHARES = {"clinical": (38, 27.5, 20), "sheltered housing": (18, 12.5, 5),
          "ambulatory epa": (12, 30, 50), "ambulatory other": (32, 30, 25)}
CATEGORY_NL = {"clinical": "klinisch", "sheltered housing": "beschermd wonen",
               "ambulatory epa": "ambulant epa", "ambulatory other": "ambulant overig",
               "total": "totaal"}
PROGRESS_DEFAULT = 1.0          # §2.3

# §2.4: capacity norms per 100,000: (low, high) per scenario, None = "-".
CAPACITY = {
    "fact_teams": ((2, 2), (4, 4), (5, 5)),
    "fact_fte": ((20, 20), (60, 60), None),
    "fact_clients": ((400, 500), (800, 800), (400, 500)),
    "iht_fte": (None, (12, 12), None),
    "vip_fte": (None, (10 / 1.5, 10 / 1.5), None),    # 10 fte per 150,000
    "neighbourhood_centres": (None, None, (5, 5)),
    "neighbourhood_fte": (None, None, (200, 200)),
    "beds": ((100, 100), (60, 70), (40, 40)),
    "short_stay_beds": ((60, 60), (30, 40), (20, 20)),
    "bw_places": ((100, 100), (60, 70), (30, 35)),
    "freed_fte": (None, (30, 40), None),
    "peer_fte": (None, (15, 15), None),
}
BOUND_DEFAULT = "mid"

# ---- section 4: what the add-in accepts ----------------------------------

# §4.1 limits
MAX_OAD = 1e5
MAX_PEOPLE = 1e9
MAX_EUR = 1e15
# The plausible range of each result kind (catalogue.json "result"), from 0:
# the range the function consuming it accepts as input.
RESULT_MAX = {"per_1000": 1000.0, "people": 1e9, "class": 5, "fraction": 1.0, "flag": 1.0,
              "eur": 1e15, "capacity": 1e9}
MAX_PER_1000 = 1000.0
MIN_SINGLE_PCT = 1.0            # exclusive: <= 1 is a fraction, not percentage points

# §4.2 names, in normal form -> canonical value
NAME_MAX_BYTES = 64
SEPARATORS = " -_"
# Unicode White_Space (PropList.txt), trimmed at both ends first; str.strip()
# without arguments would also take U+001C-001F, which are not White_Space.
WHITE_SPACE = ("\t\n\v\f\r \x85\xa0\u1680" + "".join(chr(c) for c in range(0x2000, 0x200B))
               + "\u2028\u2029\u202f\u205f\u3000")
SIDES = {"low": "low", "laag": "low", "high": "high", "hoog": "high"}
BOUNDS = {"low": "low", "laag": "low", "mid": "mid", "midden": "mid", "middle": "mid",
          "high": "high", "hoog": "high"}
SCENARIOS = {"0": 0, "huidig": 0, "current": 0, "1": 1, "intensivering": 1, "intensified": 1,
             "2": 2, "wijk": 2, "integrated": 2}
SCENARIO_NAMES = (("huidig", "current"), ("intensivering", "intensified"), ("wijk", "integrated"))
CATEGORIES = {"klinisch": "clinical", "clinical": "clinical",
              "bw": "sheltered housing", "beschermd_wonen": "sheltered housing",
              "sheltered_housing": "sheltered housing",
              "ambulant_epa": "ambulatory epa", "ambulatory_epa": "ambulatory epa",
              "ambulant_overig": "ambulatory other", "ambulatory_other": "ambulatory other",
              "totaal": "total", "total": "total"}
ITEMS = {k: k for k in CAPACITY}
ITEMS.update({
    "factteams": "fact_teams", "fte_fact": "fact_fte", "fact_clienten": "fact_clients",
    "fact_cliënten": "fact_clients", "fte_iht": "iht_fte", "fte_vip": "vip_fte",
    "neighborhood_centers": "neighbourhood_centres", "neighborhood_centres": "neighbourhood_centres",
    "neighbourhood_centers": "neighbourhood_centres", "wijkcentra": "neighbourhood_centres",
    "wijk_ggz_centra": "neighbourhood_centres",
    "neighborhood_fte": "neighbourhood_fte", "wijk_fte": "neighbourhood_fte",
    "fte_wijkcentra": "neighbourhood_fte",
    "bedden": "beds", "klinische_bedden": "beds", "klinische_plaatsen": "beds",
    "kortverblijf_bedden": "short_stay_beds", "kortdurende_bedden": "short_stay_beds",
    "bw_plaatsen": "bw_places", "beschermd_wonen_plaatsen": "bw_places",
    "vrijgekomen_fte": "freed_fte", "ervaringsdeskundigen": "peer_fte",
    "ervaringsdeskundigen_fte": "peer_fte",
})


def normalise(text):
    """§4.2: the normal form of a name, or None for no name.  Only ASCII
    letters are case-folded, plus the one non-ASCII alias letter (Ë, so
    that FACT_CLIËNTEN is accepted); separators alike, runs count once,
    leading and trailing ones dropped; over 64 UTF-8 bytes or a NUL is no
    name.  First, white space is trimmed at both ends (before the limit)
    and e/E + U+0308 is the precomposed ë/Ë."""
    text = text.strip(WHITE_SPACE).replace("e\u0308", "\u00eb").replace("E\u0308", "\u00cb")
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


# ---- the model operations --------------------------------------------------

def urbanity(oad):
    for cls, floor in CLASS_FLOOR:
        if oad >= floor:
            return cls
    return 5


def prevalence(cls, single, wwb, ao):
    return COEF_SINGLE * single + COEF_WWB * wwb + COEF_AO * ao + INTERCEPT[cls]


def count_text(text):
    """§1.9: the number a count argument's text stands for, or None.  Only
    ASCII digits (leading zeros allowed) after White_Space is trimmed at
    both ends; a digit string above 10^15 is just "too large" (10^16)."""
    digits = text.strip(WHITE_SPACE)
    if not digits or any(ch not in "0123456789" for ch in digits):
        return None
    value = int(digits)
    return float(value) if value <= 10 ** 15 else 1e16


def prevalence_counts(oad, households, single_households, inhabitants, wwb_count, ao_count):
    """§1.9: P from CBS counts, or None where they are refused: a whole of
    0, a part above its whole, more households than inhabitants, or S (as
    the document computes it, part / whole * 100) at most 1, as EPAPREV
    refuses it."""
    if households == 0 or inhabitants == 0:
        return None
    if single_households > households or households > inhabitants:
        return None
    if wwb_count > inhabitants or ao_count > inhabitants:
        return None
    single = single_households / households * 100
    if single <= MIN_SINGLE_PCT:
        return None
    return prevalence(urbanity(oad), single, wwb_count / inhabitants * 100, ao_count / inhabitants * 100)


def count(per_1000, adults):
    return per_1000 * adults / 1000


def variant_factor(adults_with_epa, inhabitants, reference=REFERENCE_100K):
    """§2.5: F = L / (R x a), L the estimated adults with EPA (in care or
    not) per 100,000 inhabitants of all ages."""
    return (adults_with_epa / inhabitants * PER) / (reference * ADULT_SHARE)


def band(predicted, pct, side):
    lo, hi = BANDS[pct]
    return predicted + hi if side == "high" else max(predicted + lo, 0.0)


def deviation(actual, predicted):
    d = actual - predicted
    for pct in sorted(BANDS):
        lo, hi = BANDS[pct]
        if lo - BOUND_TOLERANCE <= d <= hi + BOUND_TOLERANCE:
            return pct / 100
    return 1.0


def institutional(actual):
    return 1.0 if actual > INSTITUTION_THRESHOLD else 0.0


def population(in_care, share):
    return in_care / (1 - share)


def budget(inhabitants, per_100k):
    return inhabitants * per_100k / PER


def share(scenario, category, progress):
    if category == "total":
        return 1.0
    cur, target = SHARES[category][0], SHARES[category][scenario]
    return (cur + progress * (target - cur)) / 100


def norm(scenario, item, bound):
    """The norm per 100,000, or None where the scenario defines none."""
    n = CAPACITY[item][scenario]
    if n is None:
        return None
    lo, hi = n
    return {"low": lo, "high": hi, "mid": (lo + hi) / 2}[bound]


def capacity(scenario, item, inhabitants, bound):
    n = norm(scenario, item, bound)
    return None if n is None else n * inhabitants / PER
