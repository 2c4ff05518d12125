/*
 * errors.c - the text behind each epa_error code.
 */
#include "epa.h"
#include "errors.h"

/* Designated initialisers keep each text next to its code even if the enum
 * is reordered; the static assertion catches a code added without a text. */
const char *const epa_error_messages[] = {
    [EPA_OK]                = "no error",
    [EPA_ERR_MISSING]       = "a required argument is missing or empty",
    [EPA_ERR_NOT_NUMBER]    = "a number is required",
    [EPA_ERR_NOT_TEXT]      = "a name (text) is required",
    [EPA_ERR_NOT_FINITE]    = "the number is not finite",
    [EPA_ERR_NEGATIVE]      = "the number is negative",
    [EPA_ERR_TOO_LARGE]     = "the number is larger than plausible",
    [EPA_ERR_PCT_ABOVE_100] = "a percentage is above 100",
    [EPA_ERR_PCT_FRACTION]  = "single-person households must be percentage "
                              "points (23.14), not a fraction (0.2314)",
    [EPA_ERR_CLASS]         = "urbanity class must be a whole number 1-5",
    [EPA_ERR_COVERAGE]      = "coverage must be 25, 50, 75, 90 or 95 "
                              "(or 0.25 ... 0.95)",
    [EPA_ERR_SIDE]          = "side must be low or high (laag/hoog)",
    [EPA_ERR_SHARE]         = "share not in care must be at least 0 and "
                              "below 1",
    [EPA_ERR_SCENARIO]      = "unknown scenario (0/huidig, 1/intensivering, "
                              "2/wijk)",
    [EPA_ERR_CATEGORY]      = "unknown budget category",
    [EPA_ERR_ITEM]          = "unknown capacity item",
    [EPA_ERR_BOUND]         = "bound must be low, mid or high "
                              "(laag/midden/hoog)",
    [EPA_ERR_PROGRESS]      = "progress must be between 0 and 1",
    [EPA_ERR_UNDEFINED]     = "the scenario defines no norm for this item",
    [EPA_ERR_SHAPE]         = "ranges must have the same size",
    [EPA_ERR_ZERO]          = "0 is not a real value here (OAD, spending per "
                              "100,000); an empty cell reads as 0",
    [EPA_ERR_RESULT_NOT_FINITE] = "the result is not a finite number",
    [EPA_ERR_RESULT_RANGE]  = "the result is beyond the plausible range of "
                              "its quantity (an input near its limit)",
    [EPA_ERR_PART_EXCEEDS_WHOLE] = "a count exceeds its total (one-person "
                                   "households above households, benefits "
                                   "above inhabitants)",
    [EPA_ERR_RESULT_CELLS]  = "the ranges are too large: a result has at "
                              "most 16,777,216 cells (16 full columns)",
    [EPA_ERR_NULL_POINTER]  = "internal error: a result pointer is NULL (a "
                              "bug in the caller, not in the input)",
    [EPA_ERR_COUNT_TEXT]    = "a count given as text must be a plain whole "
                              "number such as 710: no separators, decimals, "
                              "signs or exponents",
    [EPA_ERR_HOUSEHOLDS_ABOVE_INHABITANTS] = "more households than "
                                             "inhabitants (are the two "
                                             "columns swapped?)",
    [EPA_ERR_FEW_SINGLE]    = "one-person households are 1% of households or "
                              "fewer, which EPAPREV refuses too",
    [EPA_ERR_BANDS_ABOVE_INHABITANTS] = "the age bands add up to more "
                                        "people than the inhabitants",
    [EPA_ERR_FACTOR]        = "the 18+ share of the 15-24 band must be "
                              "between 0 and 1 (default 0.7)",
    [EPA_ERR_LEVEL]         = "level must be wijk or buurt (WK/BU)",
    [EPA_ERR_OUT_OF_MEMORY] = "not enough memory for the region's tables",
    [EPA_ERR_ROW]           = "a row number must be a whole number from 1 to "
                              "1,048,576",
};

_Static_assert(sizeof epa_error_messages / sizeof epa_error_messages[0]
                   == EPA_ERR_COUNT,
               "one message per epa_error code");

const size_t epa_error_message_count =
    sizeof epa_error_messages / sizeof epa_error_messages[0];

const char epa_unknown_error_message[] = "unknown error code";

const char *epa_strerror(epa_error err)
{
    /* Through unsigned so that a negative value cast to the enum is simply
     * out of range; a gap left by a missing initialiser would be NULL. */
    unsigned code = (unsigned)err;
    if (code >= (unsigned)EPA_ERR_COUNT || epa_error_messages[code] == NULL)
        return epa_unknown_error_message;
    return epa_error_messages[code];
}
