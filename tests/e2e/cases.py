"""End-to-end cases: formulas as users type them, with the value MODEL.md
gives.  Expected numbers are written from the tables of MODEL.md (the
test's own transcription below), never taken from the implementation.

An expected value is a number (compared to 1e-9 relative unless a case gives
its own tolerance) or an error text such as "Err:502".
"""

ERR = "Err:502"
WORKED = 14.988166          # MODEL.md section 1, worked example, unrounded
SOCIO = 0.1574 * 23.14 + 0.9021 * 5.60 + 0.6106 * 3.45   # its three terms
INTERCEPT = {1: 6.8316, 2: 5.2911, 3: 4.1876, 4: 3.1802, 5: 2.0722}
BANDS = {25: (-1.7, 0.6), 50: (-2.8, 2.1), 75: (-4.4, 4.7), 90: (-6.3, 8.3), 95: (-7.8, 11.1)}

# MODEL.md section 2: shares in % (current, scenario 1, scenario 2).
SHARES = {"klinisch": (38, 27.5, 20), "beschermd wonen": (18, 12.5, 5),
          "ambulant epa": (12, 30, 50), "ambulant overig": (32, 30, 25), "totaal": (100, 100, 100)}
# Capacity norms per 100,000: (low, high) per scenario, None = undefined.
CAPACITY = {
    "fact_teams": ((2, 2), (4, 4), (5, 5)),
    "fact_fte": ((20, 20), (60, 60), None),
    "fact_clients": ((400, 500), (800, 800), (400, 500)),
    "iht_fte": (None, (12, 12), None),
    "vip_fte": (None, (10 / 1.5, 10 / 1.5), None),
    "neighbourhood_centres": (None, None, (5, 5)),
    "neighbourhood_fte": (None, None, (200, 200)),
    "beds": ((100, 100), (60, 70), (40, 40)),
    "short_stay_beds": ((60, 60), (30, 40), (20, 20)),
    "bw_places": ((100, 100), (60, 70), (30, 35)),
    "freed_fte": (None, (30, 40), None),
    "peer_fte": (None, (15, 15), None),
}
REGION = 250000
REGION_BUDGET = 38e6 * REGION / 1e5   # GGZBUDGET default: EUR 38 million per 100,000


def cases():
    c = []

    def add(label, formula, expected, tol=None):
        c.append((label, formula, expected, tol))

    # --- EPAPREV / EPACOUNT: the worked example (annex 4) ----------------
    add("worked example, unrounded", "=EPAPREV(1200;23.14;5.6;3.45)", WORKED, 1e-12)
    add("worked example, as printed", "=ROUND(EPAPREV(1200;23.14;5.6;3.45);2)", 14.99, 0)
    add("worked example count", "=EPACOUNT(1200;23.14;5.6;3.45;3917)", WORKED * 3917 / 1000, 1e-9)
    add("worked example count, one decimal", "=ROUND(EPACOUNT(1200;23.14;5.6;3.45;3917);1)", 58.7, 0)
    add("worked example count, as printed", "=ROUND(EPACOUNT(1200;23.14;5.6;3.45;3917);0)", 59, 0)
    add("count of 0 adults", "=EPACOUNT(1200;23.14;5.6;3.45;0)", 0, 0)
    for cls, oad in ((1, 2500), (2, 1500), (3, 1000), (4, 500), (5, 0.5)):
        add("EPAPREV class %d at OAD %s" % (cls, oad), "=EPAPREV(%s;23.14;5.6;3.45)" % oad,
            SOCIO + INTERCEPT[cls])
        add("EPAPREVCLASS class %d" % cls, "=EPAPREVCLASS(%d;23.14;5.6;3.45)" % cls,
            SOCIO + INTERCEPT[cls])
    # --- EPAURBANITY: every class and both sides of every boundary --------
    for oad, cls in ((0.001, 5), (499.999, 5), (500, 4), (999.999, 4), (1000, 3), (1499.999, 3),
                     (1500, 2), (2499.999, 2), (2500, 1), (12000, 1)):
        add("urbanity of OAD %s" % oad, "=EPAURBANITY(%s)" % oad, cls, 0)
    # --- EPABAND: every row, both sides, percent and fraction -------------
    for cov, (lo, hi) in BANDS.items():
        add("band %d%% low" % cov, '=EPABAND(14.99;%d;"low")' % cov, 14.99 + lo)
        add("band %d%% high" % cov, '=EPABAND(14.99;%d;"high")' % cov, 14.99 + hi)
        add("band %s laag" % (cov / 100), '=EPABAND(14.99;%s;"laag")' % (cov / 100), 14.99 + lo)
        add("band %s HOOG" % (cov / 100), '=EPABAND(14.99;%s;"HOOG")' % (cov / 100), 14.99 + hi)
    add("band low bound clamped at 0", '=EPABAND(1;95;"low")', 0, 0)
    # --- EPADEVIATION ------------------------------------------------------
    add("deviation inside 25%", "=EPADEVIATION(15;14.99)", 0.25, 0)
    add("deviation on the 25% lower bound", "=EPADEVIATION(10;11.7)", 0.25, 0)
    add("deviation just past the 25% upper bound", "=EPADEVIATION(10.61;10)", 0.5, 0)
    add("deviation in 90%", "=EPADEVIATION(20;15)", 0.9, 0)
    add("deviation on the 95% lower bound", "=EPADEVIATION(15;22.8)", 0.95, 0)
    add("deviation outside 95%", "=EPADEVIATION(15;22.9)", 1, 0)
    add("deviation far above", "=EPADEVIATION(60;15)", 1, 0)
    # --- EPAINSTITUTIONAL --------------------------------------------------
    add("institutional at 42.5", "=EPAINSTITUTIONAL(42.5)", 0, 0)
    add("institutional above 42.5", "=EPAINSTITUTIONAL(42.6)", 1, 0)
    add("institutional result is TRUE in Calc", "=IF(EPAINSTITUTIONAL(50)=TRUE();1;0)", 1, 0)
    # --- EPAPOPULATION -----------------------------------------------------
    add("population, default 25% not in care", "=EPAPOPULATION(216000)", 288000)
    add("population, 23% not in care", "=EPAPOPULATION(216000;0.23)", 216000 / 0.77)
    add("population, share 0", "=EPAPOPULATION(216000;0)", 216000)
    # --- GGZBUDGET / SCENARIO* (annex 3), region of 250,000 ----------------
    add("GGZ budget of the region", "=GGZBUDGET(%d)" % REGION, REGION_BUDGET)
    add("GGZ budget at own rate", "=GGZBUDGET(%d;40000000)" % REGION, 100e6)
    names = (("huidig", "current"), ("intensivering", "intensified"), ("wijk", "integrated"))
    english = {"klinisch": "clinical", "beschermd wonen": "sheltered housing", "ambulant epa": "ambulatory epa",
               "ambulant overig": "ambulatory other", "totaal": "total"}
    for s in range(3):
        for cat, shares in SHARES.items():
            add("share %s scenario %d" % (cat, s), '=SCENARIOSHARE(%d;"%s")' % (s, cat), shares[s] / 100)
            add("budget %s %s" % (english[cat], names[s][1]),
                '=SCENARIOBUDGET(%d;"%s";"%s")' % (REGION_BUDGET, names[s][1], english[cat]),
                REGION_BUDGET * shares[s] / 100)
            add("budget %s %s halfway" % (cat, names[s][0]),
                '=SCENARIOBUDGET(%d;"%s";"%s";0.5)' % (REGION_BUDGET, names[s][0], cat),
                REGION_BUDGET * (shares[0] + 0.5 * (shares[s] - shares[0])) / 100)
    add("share at progress 0 is 2014", '=SCENARIOSHARE(2;"klinisch";0)', 0.38)
    add("share at progress 0.4", '=SCENARIOSHARE("Intensivering";"Ambulant-Overig";0.4)', 0.32 + 0.4 * (0.30 - 0.32))
    add("shares sum to 1 at progress 0.4",
        '=SCENARIOSHARE(2;"klinisch";0.4)+SCENARIOSHARE(2;"bw";0.4)+SCENARIOSHARE(2;"ambulant epa";0.4)'
        '+SCENARIOSHARE(2;"ambulant overig";0.4)', 1, 1e-12)
    for item, per_scenario in CAPACITY.items():
        for s in range(3):
            norm = per_scenario[s]
            if norm is None:
                add("capacity %s scenario %d undefined" % (item, s),
                    '=SCENARIOCAPACITY(%d;"%s";%d)' % (s, item, REGION), ERR)
                continue
            lo, hi = norm
            for bound, v in (("low", lo), ("high", hi), ("mid", (lo + hi) / 2)):
                add("capacity %s scenario %d %s" % (item, s, bound),
                    '=SCENARIOCAPACITY(%d;"%s";%d;"%s")' % (s, item, REGION, bound), v * REGION / 1e5)
            add("capacity %s scenario %d default mid" % (item, s),
                '=SCENARIOCAPACITY(%d;"%s";%d)' % (s, item, REGION), (lo + hi) / 2 * REGION / 1e5)
    add("scenario 1: 10 FACT teams", '=SCENARIOCAPACITY(1;"FACT teams";250000)', 10, 0)
    add("scenario 1: 150 beds (low)", '=SCENARIOCAPACITY("intensified";"bedden";250000;"laag")', 150, 0)
    add("scenario 1: 175 beds (high)", '=SCENARIOCAPACITY(1;"klinische_bedden";250000;"hoog")', 175, 0)
    add("Dutch item alias", '=SCENARIOCAPACITY("wijk";"wijkcentra";250000)', 12.5)
    # --- bad input: Err:502, never a number --------------------------------
    for f in ("=EPAPREV(-1;1;1;1)", "=EPAPREV(-99997;23.14;5.6;3.45)", "=EPAPREV(1200;-99995;5.6;3.45)",
              "=EPAPREV(1200;100.01;5.6;3.45)", "=EPAPREV(1200;23.14;101;3.45)", "=EPAPREV(1200;23.14;5.6;-0.5)",
              "=EPAPREV(1200;0.2314;0.056;0.0345)", "=EPAPREV(1200;1;5.6;3.45)",
              "=EPAPREV(1E+308;23.14;5.6;3.45)", '=EPAPREV("1200";23.14;5.6;3.45)',
              "=EPACOUNT(1200;23.14;5.6;3.45;-1)", "=EPAURBANITY(-1)", "=EPAURBANITY(0)", "=EPAURBANITY(100001)",
              "=EPAPREVCLASS(0;23.14;5.6;3.45)", "=EPAPREVCLASS(6;23.14;5.6;3.45)",
              "=EPAPREVCLASS(2.5;23.14;5.6;3.45)", '=EPAPREVCLASS("3";23.14;5.6;3.45)',
              '=EPABAND(14.99;80;"low")', '=EPABAND(14.99;1;"low")', '=EPABAND(14.99;75;"mid")',
              '=EPABAND(-1;75;"low")', "=EPABAND(14.99;75;1)", "=EPADEVIATION(-1;10)", "=EPADEVIATION(10;-1)",
              "=EPAINSTITUTIONAL(-0.1)", "=EPAPOPULATION(100;1)", "=EPAPOPULATION(100;-0.1)",
              "=EPAPOPULATION(-100)", "=GGZBUDGET(-1)", "=GGZBUDGET(1000;-5)",
              '=SCENARIOSHARE(3;"klinisch")', '=SCENARIOSHARE(1.5;"klinisch")', '=SCENARIOSHARE("morgen";"klinisch")',
              '=SCENARIOSHARE(1;"kliniek")', '=SCENARIOSHARE(1;"klinisch";1.01)', '=SCENARIOSHARE(1;"klinisch";-0.01)',
              '=SCENARIOBUDGET(-1;1;"klinisch")', '=SCENARIOCAPACITY(1;"bedz";1000)',
              '=SCENARIOCAPACITY(1;"beds";-1)', '=SCENARIOCAPACITY(1;"beds";1000;"middel")'):
        add("rejected: " + f, f, ERR)
    # A required argument left out: Calc refuses the call itself (Err:504,
    # "error in parameter list"), since required parameters are not `any`.
    for f in ("=EPAPREV(1200;23.14;5.6)", "=EPAPREV()", '=SCENARIOCAPACITY(1;"beds")'):
        add("required argument left out: " + f, f, "Err:504")
    # Results beyond their plausible range (issue 13): Err:502, not a number.
    for f in ("=EPAPOPULATION(216000;0.9999999999)", "=GGZBUDGET(1E9;1E15)", '=EPABAND(1000;75;"high")',
              "=GGZBUDGET(250000;0)"):
        add("rejected result: " + f, f, ERR)
    # An error value as argument: Calc passes the error on without calling.
    add("error argument propagates", "=EPAPREV(1200;23.14;5.6;1/0)", "Err:532")
    return c
