"""End-to-end cases: formulas as users type them, with the value the model
gives.  Expected numbers come from model.py (the test's own transcription
of addin/model/MODEL.md), never from the implementation.

An expected value is a number (compared to 1e-9 relative unless a case gives
its own tolerance) or an error text such as "Err:502".
"""
from model import BANDS, BUDGET_PER_100K, CAPACITY, CATEGORY_NL, INTERCEPT, SCENARIO_NAMES, SHARES, SOCIO, WORKED

ERR = "Err:502"
REGION = 250000
REGION_BUDGET = BUDGET_PER_100K * REGION / 1e5   # GGZBUDGET with its default rate
ALL_SHARES = dict(SHARES, total=(100, 100, 100))


def cases():
    c = []

    def add(label, formula, expected, tol=None):
        c.append((label, formula, expected, tol))

    # --- EPAPREV / EPACOUNT: the worked example (annex 4) ----------------
    add("worked example, unrounded", "=EPAPREV(1200;23.14;5.6;3.45)", WORKED, 1e-12)
    add("worked example, as printed", "=ROUND(EPAPREV(1200;23.14;5.6;3.45);2)", 14.99, 0)
    add("worked example from CBS counts", "=EPAPREVCBS(1200;10000;2314;10000;560;345)", WORKED, 1e-12)
    add("CBS counts, other totals", "=EPAPREVCBS(1200;5000;1157;20000;1120;690)", WORKED, 1e-12)
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
    for s in range(3):
        for cat, shares in ALL_SHARES.items():
            dutch = CATEGORY_NL[cat]
            add("share %s scenario %d" % (dutch, s), '=SCENARIOSHARE(%d;"%s")' % (s, dutch), shares[s] / 100)
            add("budget %s %s" % (cat, SCENARIO_NAMES[s][1]),
                '=SCENARIOBUDGET(%d;"%s";"%s")' % (REGION_BUDGET, SCENARIO_NAMES[s][1], cat),
                REGION_BUDGET * shares[s] / 100)
            add("budget %s %s halfway" % (dutch, SCENARIO_NAMES[s][0]),
                '=SCENARIOBUDGET(%d;"%s";"%s";0.5)' % (REGION_BUDGET, SCENARIO_NAMES[s][0], dutch),
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
    for f in ("=EPAPREVCBS(1200;0;0;10000;560;345)", "=EPAPREVCBS(1200;100;101;1000;5;5)",
              '=EPAPREVCBS(1200;10000;2314;10000;".";345)', "=EPAPREVCBS(1200;10000;2314;10000;560;-99997)",
              "=EPAPOPULATION(216000;0.9999999999)", "=GGZBUDGET(1E9;1E15)", '=EPABAND(1000;75;"high")',
              "=GGZBUDGET(250000;0)"):
        add("rejected result: " + f, f, ERR)
    # An error value as argument: Calc passes the error on without calling.
    add("error argument propagates", "=EPAPREV(1200;23.14;5.6;1/0)", "Err:532")
    return c
