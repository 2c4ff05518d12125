/*
 * catalogue.c - names, arguments and Function Wizard texts of every
 * function, in English (en-US) and Dutch (nl).  See catalogue.h.
 */
#include "catalogue.h"

/* Arguments shared by several functions, written once. */
#define P_OAD                                                                  \
    { "oad", EPA_ARG_NUMBER, 0, "oad", "oad",                                  \
      "Mean address density (OAD) of the area, addresses per km2 (CBS); "      \
      "above 0.",                                                              \
      "Gemiddelde omgevingsadressendichtheid (OAD) van het gebied, adressen "  \
      "per km2 (CBS); boven 0." }
#define P_SINGLE                                                               \
    { "singlePct", EPA_ARG_NUMBER, 0, "single_pct", "alleenstaand_pct",        \
      "One-person households as % of private households, in percentage "       \
      "points (23.14 for 23.14%); must be above 1.",                           \
      "Eenpersoonshuishoudens als % van de particuliere huishoudens, in "      \
      "procentpunten (23,14 voor 23,14%); moet boven 1 liggen." }
#define P_WWB                                                                  \
    { "wwbPct", EPA_ARG_NUMBER, 0, "wwb_pct", "wwb_pct",                       \
      "Inhabitants (any age) with a social assistance (WWB) benefit, % in "    \
      "percentage points (5.6 for 5.6%).",                                     \
      "Inwoners (alle leeftijden) met een bijstandsuitkering (WWB), % in "     \
      "procentpunten (5,6 voor 5,6%)." }
#define P_AO                                                                   \
    { "aoPct", EPA_ARG_NUMBER, 0, "ao_pct", "ao_pct",                          \
      "Inhabitants (any age) with a disability benefit (WIA, WAO, WAZ, "       \
      "Wajong), % in percentage points (3.45 for 3.45%).",                     \
      "Inwoners (alle leeftijden) met een arbeidsongeschiktheidsuitkering "    \
      "(WIA, WAO, WAZ, Wajong), % in procentpunten (3,45 voor 3,45%)." }
#define P_SCENARIO                                                             \
    { "scenario", EPA_ARG_SCENARIO, 0, "scenario", "scenario",                 \
      "0 or \"current\" (2014), 1 or \"intensified\" (intensified "            \
      "ambulatory care), 2 or \"integrated\" (integrated GGZ in the "          \
      "neighbourhood); Dutch: huidig, intensivering, wijk.",                   \
      "0 of \"huidig\" (2014), 1 of \"intensivering\" (intensivering "         \
      "ambulante zorg), 2 of \"wijk\" (geintegreerde GGZ in de wijk); "        \
      "Engels: current, intensified, integrated." }
#define P_CATEGORY                                                             \
    { "category", EPA_ARG_NAME, 0, "category", "categorie",                    \
      "\"clinical\", \"sheltered housing\" (\"bw\"), \"ambulatory epa\", "     \
      "\"ambulatory other\" or \"total\"; Dutch: klinisch, beschermd wonen, "  \
      "ambulant epa, ambulant overig, totaal.",                                \
      "\"klinisch\", \"beschermd wonen\" (\"bw\"), \"ambulant epa\", "         \
      "\"ambulant overig\" of \"totaal\"; Engels: clinical, sheltered "        \
      "housing, ambulatory epa, ambulatory other, total." }
#define P_PROGRESS                                                             \
    { "progress", EPA_ARG_NUMBER, 1, "progress", "voortgang",                  \
      "Optional, 0 to 1 (default 1): how far the region has moved from the "   \
      "2014 split to the scenario's; 0.4 is 40% of the way.",                  \
      "Optioneel, 0 tot 1 (standaard 1): hoe ver de regio is van de "          \
      "verdeling van 2014 naar die van het scenario; 0,4 is 40% van de weg." }

const epa_function_desc epa_catalogue[EPA_FN_COUNT] = {
    { EPA_FN_EPAPREV, "epaprev", "EPAPREV", "EPAPREV", "Statistical",
      "Predicted annual EPA care prevalence per 1,000 adults of a PC4 area "
      "(Trimbos model, annex 4). Accepts ranges and then returns a column.",
      "Voorspelde EPA-zorgprevalentie per jaar per 1.000 volwassenen van een "
      "PC4-gebied (Trimbos-model, bijlage 4). Accepteert ook bereiken en "
      "geeft dan een kolom.",
      4, { P_OAD, P_SINGLE, P_WWB, P_AO } },

    { EPA_FN_EPACOUNT, "epacount", "EPACOUNT", "EPACOUNT", "Statistical",
      "Predicted number of adults with EPA in GGZ care in an area: EPAPREV x "
      "adults / 1000, unrounded.",
      "Voorspeld aantal volwassenen met EPA in GGZ-zorg in een gebied: "
      "EPAPREV x volwassenen / 1000, onafgerond.",
      5,
      { P_OAD, P_SINGLE, P_WWB, P_AO,
        { "adults", EPA_ARG_NUMBER, 0, "adults", "volwassenen",
          "Number of inhabitants aged 18 or over in the area.",
          "Aantal inwoners van 18 jaar en ouder in het gebied." } } },

    { EPA_FN_EPAURBANITY, "epaurbanity", "EPAURBANITY", "EPAURBANITY",
      "Statistical",
      "CBS urbanity class of an address density: 1 very strongly urban "
      "(OAD 2500 or more) to 5 not urban (below 500).",
      "CBS-stedelijkheidsklasse van een adressendichtheid: 1 zeer sterk "
      "stedelijk (OAD 2500 of meer) tot 5 niet stedelijk (onder 500).",
      1, { P_OAD } },

    { EPA_FN_EPAPREVCLASS, "epaprevclass", "EPAPREVCLASS", "EPAPREVCLASS",
      "Statistical",
      "As EPAPREV, from a CBS urbanity class (integer 1-5) instead of an OAD.",
      "Als EPAPREV, met een CBS-stedelijkheidsklasse (geheel getal 1-5) in "
      "plaats van een OAD.",
      4,
      { { "urbanity", EPA_ARG_NUMBER, 0, "urbanity", "stedelijkheid",
          "CBS urbanity class: 1 very strongly urban, 2 strongly, 3 "
          "moderately, 4 hardly, 5 not urban.",
          "CBS-stedelijkheidsklasse: 1 zeer sterk stedelijk, 2 sterk, 3 "
          "matig, 4 weinig, 5 niet stedelijk." },
        P_SINGLE, P_WWB, P_AO } },

    { EPA_FN_EPABAND, "epaband", "EPABAND", "EPABAND", "Statistical",
      "Low or high bound of the range in which the real prevalence lies for "
      "the given share of areas (2014 data); the low bound is at least 0.",
      "Onder- of bovengrens van het bereik waarin de werkelijke prevalentie "
      "ligt voor het gegeven aandeel gebieden (gegevens 2014); de ondergrens "
      "is minstens 0.",
      3,
      { { "predicted", EPA_ARG_NUMBER, 0, "predicted", "voorspeld",
          "Predicted prevalence per 1,000 adults (EPAPREV), 0 or more.",
          "Voorspelde prevalentie per 1.000 volwassenen (EPAPREV), 0 of meer." },
        { "coverage", EPA_ARG_NUMBER, 0, "coverage", "dekking",
          "Share of areas: 25, 50, 75, 90 or 95 (or 0.25 ... 0.95).",
          "Aandeel gebieden: 25, 50, 75, 90 of 95 (of 0,25 ... 0,95)." },
        { "side", EPA_ARG_NAME, 0, "side", "kant",
          "\"low\" or \"high\" (Dutch \"laag\" or \"hoog\").",
          "\"laag\" of \"hoog\" (Engels \"low\" of \"high\")." } } },

    { EPA_FN_EPADEVIATION, "epadeviation", "EPADEVIATION", "EPADEVIATION",
      "Statistical",
      "Smallest coverage (0.25, 0.5, 0.75, 0.9, 0.95) whose band contains "
      "actual minus predicted; 1 when outside even the 95% band.",
      "Kleinste dekking (0,25, 0,5, 0,75, 0,9, 0,95) waarvan de band "
      "werkelijk min voorspeld bevat; 1 als het buiten de 95%-band valt.",
      2,
      { { "actual", EPA_ARG_NUMBER, 0, "actual", "werkelijk",
          "Actual prevalence per 1,000 adults, 0 or more.",
          "Werkelijke prevalentie per 1.000 volwassenen, 0 of meer." },
        { "predicted", EPA_ARG_NUMBER, 0, "predicted", "voorspeld",
          "Predicted prevalence per 1,000 adults (EPAPREV), 0 or more.",
          "Voorspelde prevalentie per 1.000 volwassenen (EPAPREV), 0 of meer." } } },

    { EPA_FN_EPAINSTITUTIONAL, "epainstitutional", "EPAINSTITUTIONAL",
      "EPAINSTITUTIONAL", "Logical",
      "TRUE (1) when an actual prevalence is above 42.5 per 1,000 adults, "
      "which points to a residential institution in the area; else FALSE (0).",
      "WAAR (1) als een werkelijke prevalentie boven 42,5 per 1.000 "
      "volwassenen ligt, wat wijst op een instelling met bewoners in het "
      "gebied; anders ONWAAR (0).",
      1,
      { { "actual", EPA_ARG_NUMBER, 0, "actual", "werkelijk",
          "Actual prevalence per 1,000 adults, 0 or more.",
          "Werkelijke prevalentie per 1.000 volwassenen, 0 of meer." } } },

    { EPA_FN_EPAPOPULATION, "epapopulation", "EPAPOPULATION", "EPAPOPULATION",
      "Statistical",
      "People with EPA including those not in GGZ care: in_care / (1 - "
      "share not in care).",
      "Mensen met EPA inclusief wie niet in GGZ-zorg is: in_zorg / (1 - "
      "aandeel niet in zorg).",
      2,
      { { "inCare", EPA_ARG_NUMBER, 0, "in_care", "in_zorg",
          "People with EPA in GGZ care (e.g. EPACOUNT), 0 or more.",
          "Mensen met EPA in GGZ-zorg (bijv. EPACOUNT), 0 of meer." },
        { "notInCareShare", EPA_ARG_NUMBER, 1, "not_in_care_share",
          "aandeel_niet_in_zorg",
          "Optional, share of people with EPA not in GGZ care, 0 to below 1 "
          "(default 0.25).",
          "Optioneel, aandeel mensen met EPA dat niet in GGZ-zorg is, 0 tot "
          "onder 1 (standaard 0,25)." } } },

    { EPA_FN_GGZBUDGET, "ggzbudget", "GGZBUDGET", "GGZBUDGET", "Financial",
      "GGZ budget of a population in euros: inhabitants x amount per "
      "100,000 / 100,000 (default EUR 38 million per 100,000, 2014).",
      "GGZ-budget van een bevolking in euro: inwoners x bedrag per 100.000 "
      "/ 100.000 (standaard 38 miljoen euro per 100.000, 2014).",
      2,
      { { "inhabitants", EPA_ARG_NUMBER, 0, "inhabitants", "inwoners",
          "Number of inhabitants, 0 or more.",
          "Aantal inwoners, 0 of meer." },
        { "per100k", EPA_ARG_NUMBER, 1, "per_100k", "per_100k",
          "Optional, euros per 100,000 inhabitants (default 38,000,000).",
          "Optioneel, euro per 100.000 inwoners (standaard 38.000.000)." } } },

    { EPA_FN_SCENARIOSHARE, "scenarioshare", "SCENARIOSHARE", "SCENARIOSHARE",
      "Financial",
      "Share of the total GGZ budget that a category gets in a scenario, as "
      "a fraction (annex 3); \"total\" gives 1.",
      "Aandeel van het totale GGZ-budget voor een categorie in een scenario, "
      "als fractie (bijlage 3); \"totaal\" geeft 1.",
      3, { P_SCENARIO, P_CATEGORY, P_PROGRESS } },

    { EPA_FN_SCENARIOBUDGET, "scenariobudget", "SCENARIOBUDGET",
      "SCENARIOBUDGET", "Financial",
      "Euros for a budget category in a scenario: total budget x the "
      "category's share.",
      "Euro voor een budgetcategorie in een scenario: totaal budget x het "
      "aandeel van de categorie.",
      4,
      { { "totalBudget", EPA_ARG_NUMBER, 0, "total_budget", "totaal_budget",
          "The region's total GGZ budget in euros (e.g. GGZBUDGET), 0 or more.",
          "Totaal GGZ-budget van de regio in euro (bijv. GGZBUDGET), 0 of "
          "meer." },
        P_SCENARIO, P_CATEGORY, P_PROGRESS } },

    { EPA_FN_SCENARIOCAPACITY, "scenariocapacity", "SCENARIOCAPACITY",
      "SCENARIOCAPACITY", "Statistical",
      "Capacity a scenario sets for an item, scaled to the population: norm "
      "per 100,000 x inhabitants / 100,000. An item the scenario does not "
      "define gives an error.",
      "Capaciteit die een scenario voor een onderdeel vraagt, geschaald naar "
      "de bevolking: norm per 100.000 x inwoners / 100.000. Een onderdeel "
      "dat het scenario niet kent geeft een fout.",
      4,
      { P_SCENARIO,
        { "item", EPA_ARG_NAME, 0, "item", "onderdeel",
          "fact_teams, fact_fte, fact_clients, iht_fte, vip_fte, "
          "neighbourhood_centres, neighbourhood_fte, beds, short_stay_beds, "
          "bw_places, freed_fte or peer_fte (Dutch aliases in the README).",
          "factteams, fte_fact, fact_clienten, fte_iht, fte_vip, wijkcentra, "
          "wijk_fte, bedden, kortverblijf_bedden, bw_plaatsen, "
          "vrijgekomen_fte of ervaringsdeskundigen (of de Engelse namen)." },
        { "inhabitants", EPA_ARG_NUMBER, 0, "inhabitants", "inwoners",
          "Number of inhabitants of the region, 0 or more.",
          "Aantal inwoners van de regio, 0 of meer." },
        { "normBound", EPA_ARG_NAME, 1, "bound", "grens",
          "Optional, for a norm given as a range: \"low\", \"mid\" (default) "
          "or \"high\" (Dutch laag, midden, hoog).",
          "Optioneel, voor een norm met een bandbreedte: \"laag\", "
          "\"midden\" (standaard) of \"hoog\" (Engels low, mid, high)." } } },
};
