/*
 * catalogue.c - every function's row: names, arguments with their kinds and
 * defaults, the model operation, the result kind and the Function Wizard
 * texts in English (en-US) and Dutch (nl).  See catalogue.h.
 *
 * Adding a function: docs/adding-a-function.md.
 */
#include <string.h>

#include "catalogue.h"
#include "table.h"

#define REQUIRED(kind) kind, false, { 0.0, NULL }
#define OPTIONAL_NUMBER(v) EPA_ARG_NUMBER, true, { (v), NULL }
#define OPTIONAL_NAME(kind, name) kind, true, { 0.0, (name) }

/* Arguments shared by several functions, written once. */
#define P_OAD                                                                  \
    { "oad", REQUIRED(EPA_ARG_NUMBER), "oad", "oad",                                  \
      "Mean address density (OAD) of the area, addresses per km2 (CBS); "      \
      "above 0.",                                                              \
      "Gemiddelde omgevingsadressendichtheid (OAD) van het gebied, adressen "  \
      "per km2 (CBS); boven 0." }
#define P_SINGLE                                                               \
    { "singlePct", REQUIRED(EPA_ARG_NUMBER), "single pct", "alleenstaand pct",        \
      "One-person households as % of private households, in percentage "       \
      "points (23.14 for 23.14%); must be above 1.",                           \
      "Eenpersoonshuishoudens als % van de particuliere huishoudens, in "      \
      "procentpunten (23,14 voor 23,14%); moet boven 1 liggen." }
#define P_WWB                                                                  \
    { "wwbPct", REQUIRED(EPA_ARG_NUMBER), "wwb pct", "wwb pct",                       \
      "Inhabitants (any age) with a social assistance (WWB) benefit, % in "    \
      "percentage points (5.6 for 5.6%).",                                     \
      "Inwoners (alle leeftijden) met een bijstandsuitkering (WWB), % in "     \
      "procentpunten (5,6 voor 5,6%)." }
#define P_AO                                                                   \
    { "aoPct", REQUIRED(EPA_ARG_NUMBER), "ao pct", "ao pct",                          \
      "Inhabitants (any age) with a disability benefit (WIA, WAO, WAZ, "       \
      "Wajong), % in percentage points (3.45 for 3.45%).",                     \
      "Inwoners (alle leeftijden) met een arbeidsongeschiktheidsuitkering "    \
      "(WIA, WAO, WAZ, Wajong), % in procentpunten (3,45 voor 3,45%)." }
#define P_SCENARIO                                                             \
    { "scenario", REQUIRED(EPA_ARG_SCENARIO), "scenario", "scenario",                 \
      "0 or \"current\" (2014), 1 or \"intensified\" (intensified "            \
      "ambulatory care), 2 or \"integrated\" (integrated GGZ in the "          \
      "neighbourhood); Dutch: huidig, intensivering, wijk.",                   \
      "0 of \"huidig\" (2014), 1 of \"intensivering\" (intensivering "         \
      "ambulante zorg), 2 of \"wijk\" (geintegreerde GGZ in de wijk); "        \
      "Engels: current, intensified, integrated." }
#define P_CATEGORY                                                             \
    { "category", REQUIRED(EPA_ARG_CATEGORY), "category", "categorie",                    \
      "\"clinical\", \"sheltered housing\" (\"bw\"), \"ambulatory epa\", "     \
      "\"ambulatory other\" or \"total\"; Dutch: klinisch, beschermd wonen, "  \
      "ambulant epa, ambulant overig, totaal.",                                \
      "\"klinisch\", \"beschermd wonen\" (\"bw\"), \"ambulant epa\", "         \
      "\"ambulant overig\" of \"totaal\"; Engels: clinical, sheltered "        \
      "housing, ambulatory epa, ambulatory other, total." }
#define P_PROGRESS                                                             \
    { "progress", OPTIONAL_NUMBER(1.0), "progress", "voortgang",                  \
      "Optional, 0 to 1 (default 1): how far the region has moved from the "   \
      "2014 split to the scenario's; 0.4 is 40% of the way.",                  \
      "Optioneel, 0 tot 1 (standaard 1): hoe ver de regio is van de "          \
      "verdeling van 2014 naar die van het scenario; 0,4 is 40% van de weg." }


/* The region's table functions share their arguments (MODEL.md 6). */
#define P_PASTE                                                                \
    { "paste", EPA_ARG_PASTE, false, { 0.0, NULL }, "paste", "plak",           \
      "The pasted CBS block (Kerncijfers wijken en buurten): its header row "  \
      "with the column names and every row below it; columns are found by "    \
      "name.",                                                                 \
      "Het geplakte CBS-blok (Kerncijfers wijken en buurten): de kopregel met " \
      "de kolomnamen en alle rijen eronder; kolommen worden op naam gevonden." }
#define P_LIST                                                                 \
    { "gemeenten", EPA_ARG_LIST, true, { 0.0, NULL }, "gemeenten", "gemeenten", \
      "Optional: the region's gemeente codes (GM0344, 0344 or 344), a range; "  \
      "left out or empty: every gemeente pasted.",                             \
      "Optioneel: de gemeentecodes van de regio (GM0344, 0344 of 344), een "   \
      "bereik; weggelaten of leeg: alle geplakte gemeenten." }
#define P_LEVEL                                                                \
    { "level", OPTIONAL_NAME(EPA_ARG_LEVEL, "wijk"), "level", "niveau",        \
      "Optional, \"wijk\" (default) or \"buurt\": the level the region is "     \
      "counted at; a gemeente without it counts at the other, else by its "    \
      "gemeente row.",                                                          \
      "Optioneel, \"wijk\" (standaard) of \"buurt\": het niveau waarop de "     \
      "regio telt; een gemeente zonder dat niveau telt op het andere, anders " \
      "met haar gemeenteregel." }
#define P_FACTOR                                                               \
    { "adultFactor", OPTIONAL_NUMBER(EPA_ADULT_FACTOR), "adult factor",        \
      "factor 18plus",                                                         \
      "Optional, 0 to 1 (default 0.7): the share of the 15-24 band that is "   \
      "18 or over; adults = factor x 15-24 + 25-44 + 45-64 + 65+.",            \
      "Optioneel, 0 tot 1 (standaard 0,7): het deel van de 15-24-jarigen dat " \
      "18+ is; volwassenen = factor x 15-24 + 25-44 + 45-64 + 65+." }
#define P_FIRST_ROW                                                            \
    { "firstRow", EPA_ARG_ROW, true, { 2.0, NULL }, "first row", "eerste rij", \
      "Optional (default 2): the sheet row of the first row under the "        \
      "header, so that reasons name rows as the sheet numbers them.",          \
      "Optioneel (standaard 2): de rij van het blad van de eerste rij onder "  \
      "de kopregel, zodat redenen rijen noemen zoals het blad ze nummert." }

/* ---- model calls: converted arguments, in row order, to the model ------ */
static epa_error call_epaprev(const epa_value *a, double *out)
{
    return epa_prevalence(a[0].number, a[1].number, a[2].number, a[3].number, out);
}
static epa_error call_epaprevcbs(const epa_value *a, double *out)
{
    return epa_prevalence_counts(a[0].number, a[1].number, a[2].number,
                                 a[3].number, a[4].number, a[5].number, out);
}
static epa_error call_epacount(const epa_value *a, double *out)
{
    return epa_count(a[0].number, a[1].number, a[2].number, a[3].number,
                     a[4].number, out);
}
static epa_error call_epaurbanity(const epa_value *a, double *out)
{
    int cls;
    epa_error e = epa_urbanity(a[0].number, &cls);
    if (e == EPA_OK)
        *out = cls;
    return e;
}
static epa_error call_epaprevclass(const epa_value *a, double *out)
{
    int cls;
    epa_error e = epa_class_from_number(a[0].number, &cls);
    return e != EPA_OK ? e
                       : epa_prevalence_class(cls, a[1].number, a[2].number,
                                              a[3].number, out);
}
static epa_error call_epaband(const epa_value *a, double *out)
{
    return epa_band(a[0].number, a[1].number, (epa_side)a[2].choice, out);
}
static epa_error call_epadeviation(const epa_value *a, double *out)
{
    return epa_deviation(a[0].number, a[1].number, out);
}
static epa_error call_epainstitutional(const epa_value *a, double *out)
{
    int flag;
    epa_error e = epa_institutional(a[0].number, &flag);
    if (e == EPA_OK)
        *out = flag;
    return e;
}
static epa_error call_epapopulation(const epa_value *a, double *out)
{
    return epa_population(a[0].number, a[1].number, out);
}
static epa_error call_ggzbudget(const epa_value *a, double *out)
{
    return epa_ggz_budget(a[0].number, a[1].number, out);
}
static epa_error call_scenarioshare(const epa_value *a, double *out)
{
    return epa_scenario_share((epa_scenario)a[0].choice,
                              (epa_category)a[1].choice, a[2].number, out);
}
static epa_error call_scenariobudget(const epa_value *a, double *out)
{
    return epa_scenario_budget(a[0].number, (epa_scenario)a[1].choice,
                               (epa_category)a[2].choice, a[3].number, out);
}
static epa_error call_scenariocapacity(const epa_value *a, double *out)
{
    return epa_scenario_capacity((epa_scenario)a[0].choice, (epa_item)a[1].choice,
                                 a[2].number, (epa_bound)a[3].choice, out);
}

/* ---- the rows ---------------------------------------------------------- */
const epa_function_desc epa_catalogue[] = {
    { "EPAPREV", "Statistical",
      "Predicted annual EPA care prevalence per 1,000 adults of a PC4 area "
      "(Trimbos model, annex 4). Accepts ranges and then returns a column.",
      "Voorspelde EPA-zorgprevalentie per jaar per 1.000 volwassenen van een "
      "PC4-gebied (Trimbos-model, bijlage 4). Accepteert ook bereiken en "
      "geeft dan een kolom.",
      EPA_SAME_IN_EXCEL,
      EPA_ELEMENT(call_epaprev), EPA_RESULT_PER_1000,
      EPA_ARGS(P_OAD, P_SINGLE, P_WWB, P_AO) },

    { "EPAPREVCBS", "Statistical",
      "As EPAPREV, from the counts CBS publishes per wijk or buurt "
      "(Kerncijfers wijken en buurten): the percentages are computed and "
      "checked as EPAPREV checks them (one-person households above 1%). "
      "Counts may be numbers or text holding a whole number ('710'); "
      "households above inhabitants are refused.",
      "Als EPAPREV, met de aantallen die het CBS per wijk of buurt publiceert "
      "(Kerncijfers wijken en buurten): de percentages worden berekend en "
      "gecontroleerd zoals EPAPREV ze controleert (eenpersoonshuishoudens "
      "boven 1%). Aantallen mogen getallen zijn of tekst met een heel getal "
      "('710'); meer huishoudens dan inwoners wordt geweigerd.",
      EPA_EXCEL_NL("Als EPAPREV, met de aantallen die het CBS per wijk of "
      "buurt publiceert (Kerncijfers wijken en buurten). Aantallen mogen "
      "getallen zijn of tekst met een heel getal ('710'); meer huishoudens "
      "dan inwoners wordt geweigerd."),
      EPA_ELEMENT(call_epaprevcbs), EPA_RESULT_PER_1000,
      EPA_ARGS(P_OAD,
        { "households", REQUIRED(EPA_ARG_COUNT), "households", "huishoudens",
          "Private households in the area (CBS a_hh); above 0, at most "
          "inhabitants. A number, or text with digits only.",
          "Particuliere huishoudens in het gebied (CBS a_hh); boven 0, "
          "hoogstens inwoners. Een getal, of tekst met alleen cijfers." },
        { "singleHouseholds", REQUIRED(EPA_ARG_COUNT), "one person",
          "eenpersoons",
          "One-person households (CBS a_1p_hh); above 1% of households, at "
          "most households.",
          "Eenpersoonshuishoudens (CBS a_1p_hh); boven 1% van de "
          "huishoudens, hoogstens huishoudens." },
        { "inhabitantsCount", REQUIRED(EPA_ARG_COUNT), "inhabitants",
          "inwoners",
          "Inhabitants, all ages (CBS a_inw); above 0, at least households.",
          "Inwoners, alle leeftijden (CBS a_inw); boven 0, minstens "
          "huishoudens." },
        { "wwbCount", REQUIRED(EPA_ARG_COUNT), "wwb count", "wwb aantal",
          "Inhabitants with a social assistance benefit (CBS a_soz_wb); at "
          "most inhabitants. CBS's '.' (unknown) is an error.",
          "Inwoners met een bijstandsuitkering (CBS a_soz_wb); hoogstens "
          "inwoners. De '.' van het CBS (onbekend) geeft een fout." },
        { "aoCount", REQUIRED(EPA_ARG_COUNT), "ao count", "ao aantal",
          "Inhabitants with a disability benefit (CBS a_soz_ao); at most "
          "inhabitants. CBS's '.' (unknown) is an error.",
          "Inwoners met een arbeidsongeschiktheidsuitkering (CBS a_soz_ao); "
          "hoogstens inwoners. De '.' van het CBS (onbekend) geeft een "
          "fout." }) },

    { "EPACOUNT", "Statistical",
      "Predicted number of adults with EPA in GGZ care in an area: EPAPREV x "
      "adults / 1000, unrounded.",
      "Voorspeld aantal volwassenen met EPA in GGZ-zorg in een gebied: "
      "EPAPREV x volwassenen / 1000, onafgerond.",
      EPA_SAME_IN_EXCEL,
      EPA_ELEMENT(call_epacount), EPA_RESULT_PEOPLE,
      EPA_ARGS(P_OAD, P_SINGLE, P_WWB, P_AO,
        { "adults", REQUIRED(EPA_ARG_NUMBER), "adults", "volwassenen",
          "Number of inhabitants aged 18 or over in the area.",
          "Aantal inwoners van 18 jaar en ouder in het gebied." }) },

    { "EPAURBANITY", "Statistical",
      "CBS urbanity class of an address density: 1 very strongly urban "
      "(OAD 2500 or more) to 5 not urban (below 500).",
      "CBS-stedelijkheidsklasse van een adressendichtheid: 1 zeer sterk "
      "stedelijk (OAD 2500 of meer) tot 5 niet stedelijk (onder 500).",
      EPA_SAME_IN_EXCEL,
      EPA_ELEMENT(call_epaurbanity), EPA_RESULT_CLASS,
      EPA_ARGS(P_OAD) },

    { "EPAPREVCLASS", "Statistical",
      "As EPAPREV, from a CBS urbanity class (integer 1-5) instead of an OAD.",
      "Als EPAPREV, met een CBS-stedelijkheidsklasse (geheel getal 1-5) in "
      "plaats van een OAD.",
      EPA_SAME_IN_EXCEL,
      EPA_ELEMENT(call_epaprevclass), EPA_RESULT_PER_1000,
      EPA_ARGS({ "urbanity", REQUIRED(EPA_ARG_NUMBER), "urbanity", "stedelijkheid",
          "CBS urbanity class: 1 very strongly urban, 2 strongly, 3 "
          "moderately, 4 hardly, 5 not urban.",
          "CBS-stedelijkheidsklasse: 1 zeer sterk stedelijk, 2 sterk, 3 "
          "matig, 4 weinig, 5 niet stedelijk." },
        P_SINGLE, P_WWB, P_AO) },

    { "EPABAND", "Statistical",
      "Low or high bound of the range in which the real prevalence lies for "
      "the given share of areas (2014 data); the low bound is at least 0.",
      "Onder- of bovengrens van het bereik waarin de werkelijke prevalentie "
      "ligt voor het gegeven aandeel gebieden (gegevens 2014); de ondergrens "
      "is minstens 0.",
      EPA_SAME_IN_EXCEL,
      EPA_ELEMENT(call_epaband), EPA_RESULT_PER_1000,
      EPA_ARGS({ "predicted", REQUIRED(EPA_ARG_NUMBER), "predicted", "voorspeld",
          "Predicted prevalence per 1,000 adults (EPAPREV), 0 or more.",
          "Voorspelde prevalentie per 1.000 volwassenen (EPAPREV), 0 of meer." },
        { "coverage", REQUIRED(EPA_ARG_NUMBER), "coverage", "dekking",
          "Share of areas: 25, 50, 75, 90 or 95 (or 0.25 ... 0.95).",
          "Aandeel gebieden: 25, 50, 75, 90 of 95 (of 0,25 ... 0,95)." },
        { "side", REQUIRED(EPA_ARG_SIDE), "side", "kant",
          "\"low\" or \"high\" (Dutch \"laag\" or \"hoog\").",
          "\"laag\" of \"hoog\" (Engels \"low\" of \"high\")." }) },

    { "EPADEVIATION", "Statistical",
      "Smallest coverage (0.25, 0.5, 0.75, 0.9, 0.95) whose band contains "
      "actual minus predicted; 1 when outside even the 95% band.",
      "Kleinste dekking (0,25, 0,5, 0,75, 0,9, 0,95) waarvan de band "
      "werkelijk min voorspeld bevat; 1 als het buiten de 95%-band valt.",
      EPA_SAME_IN_EXCEL,
      EPA_ELEMENT(call_epadeviation), EPA_RESULT_FRACTION,
      EPA_ARGS({ "actual", REQUIRED(EPA_ARG_NUMBER), "actual", "werkelijk",
          "Actual prevalence per 1,000 adults, 0 or more.",
          "Werkelijke prevalentie per 1.000 volwassenen, 0 of meer." },
        { "predicted", REQUIRED(EPA_ARG_NUMBER), "predicted", "voorspeld",
          "Predicted prevalence per 1,000 adults (EPAPREV), 0 or more.",
          "Voorspelde prevalentie per 1.000 volwassenen (EPAPREV), 0 of meer." }) },

    { "EPAINSTITUTIONAL", "Logical",
      "TRUE (1) when an actual prevalence is above 42.5 per 1,000 adults, "
      "which points to a residential institution in the area; else FALSE (0).",
      "WAAR (1) als een werkelijke prevalentie boven 42,5 per 1.000 "
      "volwassenen ligt, wat wijst op een instelling met bewoners in het "
      "gebied; anders ONWAAR (0).",
      EPA_SAME_IN_EXCEL,
      EPA_ELEMENT(call_epainstitutional), EPA_RESULT_FLAG,
      EPA_ARGS({ "actual", REQUIRED(EPA_ARG_NUMBER), "actual", "werkelijk",
          "Actual prevalence per 1,000 adults, 0 or more.",
          "Werkelijke prevalentie per 1.000 volwassenen, 0 of meer." }) },

    { "EPAPOPULATION", "Statistical",
      "People with EPA including those not in GGZ care: in_care / (1 - "
      "share not in care).",
      "Mensen met EPA inclusief wie niet in GGZ-zorg is: in_zorg / (1 - "
      "aandeel niet in zorg).",
      EPA_SAME_IN_EXCEL,
      EPA_ELEMENT(call_epapopulation), EPA_RESULT_PEOPLE,
      EPA_ARGS({ "inCare", REQUIRED(EPA_ARG_NUMBER), "in care", "in zorg",
          "People with EPA in GGZ care (e.g. EPACOUNT), 0 or more.",
          "Mensen met EPA in GGZ-zorg (bijv. EPACOUNT), 0 of meer." },
        { "notInCareShare", OPTIONAL_NUMBER(EPA_NOT_IN_CARE_SHARE),
          "not in care", "niet in zorg",
          "Optional, share of people with EPA not in GGZ care, 0 to below 1 "
          "(default 0.25).",
          "Optioneel, aandeel mensen met EPA dat niet in GGZ-zorg is, 0 tot "
          "onder 1 (standaard 0,25)." }) },

    { "GGZBUDGET", "Financial",
      "GGZ budget of a population in euros: inhabitants x amount per "
      "100,000 / 100,000 (default EUR 38 million per 100,000, 2014).",
      "GGZ-budget van een bevolking in euro: inwoners x bedrag per 100.000 "
      "/ 100.000 (standaard 38 miljoen euro per 100.000, 2014).",
      EPA_SAME_IN_EXCEL,
      EPA_ELEMENT(call_ggzbudget), EPA_RESULT_EUR,
      EPA_ARGS({ "inhabitants", REQUIRED(EPA_ARG_NUMBER), "inhabitants", "inwoners",
          "Number of inhabitants, 0 or more.",
          "Aantal inwoners, 0 of meer." },
        { "per100k", OPTIONAL_NUMBER(EPA_BUDGET_PER_100K), "per 100k", "per 100.000",
          "Optional, euros per 100,000 inhabitants (default 38,000,000).",
          "Optioneel, euro per 100.000 inwoners (standaard 38.000.000)." }) },

    { "SCENARIOSHARE", "Financial",
      "Share of the total GGZ budget that a category gets in a scenario, as "
      "a fraction (annex 3); \"total\" gives 1.",
      "Aandeel van het totale GGZ-budget voor een categorie in een scenario, "
      "als fractie (bijlage 3); \"totaal\" geeft 1.",
      EPA_SAME_IN_EXCEL,
      EPA_ELEMENT(call_scenarioshare), EPA_RESULT_FRACTION,
      EPA_ARGS(P_SCENARIO, P_CATEGORY, P_PROGRESS) },

    { "SCENARIOBUDGET", "Financial",
      "Euros for a budget category in a scenario: total budget x the "
      "category's share.",
      "Euro voor een budgetcategorie in een scenario: totaal budget x het "
      "aandeel van de categorie.",
      EPA_SAME_IN_EXCEL,
      EPA_ELEMENT(call_scenariobudget), EPA_RESULT_EUR,
      EPA_ARGS({ "totalBudget", REQUIRED(EPA_ARG_NUMBER), "total budget", "totaal budget",
          "The region's total GGZ budget in euros (e.g. GGZBUDGET), 0 or more.",
          "Totaal GGZ-budget van de regio in euro (bijv. GGZBUDGET), 0 of "
          "meer." },
        P_SCENARIO, P_CATEGORY, P_PROGRESS) },

    { "SCENARIOCAPACITY", "Statistical",
      "Capacity a scenario sets for an item, scaled to the population: norm "
      "per 100,000 x inhabitants / 100,000. An item the scenario does not "
      "define gives an error.",
      "Capaciteit die een scenario voor een onderdeel vraagt, geschaald naar "
      "de bevolking: norm per 100.000 x inwoners / 100.000. Een onderdeel "
      "dat het scenario niet kent geeft een fout.",
      EPA_SAME_IN_EXCEL,
      EPA_ELEMENT(call_scenariocapacity), EPA_RESULT_CAPACITY,
      EPA_ARGS(P_SCENARIO,
        { "item", REQUIRED(EPA_ARG_ITEM), "item", "onderdeel",
          "fact_teams, fact_fte, fact_clients, iht_fte, vip_fte, "
          "neighbourhood_centres, neighbourhood_fte, beds, short_stay_beds, "
          "bw_places, freed_fte or peer_fte (Dutch aliases in the README).",
          "factteams, fte_fact, fact_clienten, fte_iht, fte_vip, wijkcentra, "
          "wijk_fte, bedden, kortverblijf_bedden, bw_plaatsen, "
          "vrijgekomen_fte of ervaringsdeskundigen (of de Engelse namen)." },
        { "inhabitants", REQUIRED(EPA_ARG_NUMBER), "inhabitants", "inwoners",
          "Number of inhabitants of the region, 0 or more.",
          "Aantal inwoners van de regio, 0 of meer." },
        { "normBound", OPTIONAL_NAME(EPA_ARG_BOUND, "mid"), "bound", "grens",
          "Optional, for a norm given as a range: \"low\", \"mid\" (default) "
          "or \"high\" (Dutch laag, midden, hoog).",
          "Optioneel, voor een norm met een bandbreedte: \"laag\", "
          "\"midden\" (standaard) of \"hoog\" (Engels low, mid, high)." }) },

    { "EPAREGIONROWS", "Statistical",
      "Every pasted CBS row with its status (berekend, onbekend, "
      "uitgesloten), the reason naming the column, code, name, gemeente, "
      "kind and, when computed, inhabitants, adults, prevalence, predicted "
      "count, S, W, A and OAD: one row per pasted row, 14 columns.",
      "Elke geplakte CBS-rij met status (berekend, onbekend, uitgesloten), "
      "de reden met de kolom, code, naam, gemeente, soort en, als berekend, "
      "inwoners, volwassenen, prevalentie, voorspeld aantal, S, W, A en OAD: "
      "een rij per geplakte rij, 14 kolommen.",
      EPA_SAME_IN_EXCEL,
      EPA_TABLE(epa_call_region_rows), EPA_RESULT_TABLE,
      EPA_ARGS(P_PASTE, P_LIST, P_LEVEL, P_FACTOR, P_FIRST_ROW) },

    { "EPAREGIONAREAS", "Statistical",
      "As EPAREGIONROWS, only the region's areas (computed and unknown), in "
      "the order pasted and packed at the top, then empty rows: a list of "
      "the areas with their figures, one row per pasted row, 14 columns.",
      "Als EPAREGIONROWS, alleen de gebieden van de regio (berekend en "
      "onbekend), in de geplakte volgorde bovenaan, dan lege rijen: een "
      "lijst van de gebieden met hun cijfers, een rij per geplakte rij.",
      EPA_SAME_IN_EXCEL,
      EPA_TABLE(epa_call_region_areas), EPA_RESULT_TABLE,
      EPA_ARGS(P_PASTE, P_LIST, P_LEVEL, P_FACTOR, P_FIRST_ROW) },

    { "EPAREGIONGEMEENTEN", "Statistical",
      "One row per gemeente of the region: code, name, counted level, areas "
      "computed and unknown, inhabitants of its areas and of its gemeente "
      "row, adults, predicted count and per 1,000, and whether its areas "
      "cover the gemeente (within 0.5%); 11 columns.",
      "Een rij per gemeente van de regio: code, naam, niveau, gebieden "
      "berekend en onbekend, inwoners van de gebieden en van de "
      "gemeenteregel, volwassenen, voorspeld aantal en per 1.000, en of de "
      "gebieden de gemeente dekken (binnen 0,5%); 11 kolommen.",
      EPA_SAME_IN_EXCEL,
      EPA_TABLE(epa_call_region_gemeenten), EPA_RESULT_TABLE,
      EPA_ARGS(P_PASTE, P_LIST, P_LEVEL, P_FACTOR) },

    { "EPAREGIONTOTALS", "Statistical",
      "The region's totals as a column of 13: rows pasted, computed, unknown, "
      "excluded; inhabitants, of them computed; adults; predicted in care; "
      "inhabitants of the region; share covered; gemeenten; complete (1/0); "
      "what is missing, in words.",
      "De totalen van de regio als kolom van 13: rijen geplakt, berekend, "
      "onbekend, uitgesloten; inwoners, waarvan berekend; volwassenen; "
      "voorspeld in zorg; inwoners van de regio; deel gedekt; gemeenten; "
      "volledig (1/0); wat ontbreekt, in woorden.",
      EPA_SAME_IN_EXCEL,
      EPA_TABLE(epa_call_region_totals), EPA_RESULT_TABLE,
      EPA_ARGS(P_PASTE, P_LIST, P_LEVEL, P_FACTOR, P_FIRST_ROW) },
};

const int epa_function_count =
    (int)(sizeof epa_catalogue / sizeof epa_catalogue[0]);

const epa_function_desc *epa_function(const char *name)
{
    for (int f = 0; f < epa_function_count; f++)
        if (strcmp(epa_catalogue[f].name, name) == 0)
            return &epa_catalogue[f];
    return NULL;
}

void epa_function_method(const epa_function_desc *fn,
                         char out[EPA_FUNCTION_NAME_MAX + 1])
{
    size_t i = 0;
    for (; fn->name[i] != '\0' && i < EPA_FUNCTION_NAME_MAX; i++) {
        char c = fn->name[i];
        out[i] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
    }
    out[i] = '\0';
}
