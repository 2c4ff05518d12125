/*
 * counts.h - the model's counts rules as the region reader needs them.
 *
 * epa_prevalence_counts refuses a set of counts with one code; a pasted row
 * must also say which column was at fault, so the reader calls the same
 * rules through epa_prevalence_counts_arg, which names the argument.  The
 * rules stay written once, in prevalence.c.
 */
#ifndef EPA_MODEL_COUNTS_H
#define EPA_MODEL_COUNTS_H

#include "epa.h"

/* epa_prevalence_counts's arguments, in its order. */
enum {
    EPA_COUNTS_ARG_NONE = -1, /* the combination (households above inhabitants) */
    EPA_COUNTS_ARG_OAD,
    EPA_COUNTS_ARG_HOUSEHOLDS,
    EPA_COUNTS_ARG_SINGLE,
    EPA_COUNTS_ARG_INHABITANTS,
    EPA_COUNTS_ARG_WWB,
    EPA_COUNTS_ARG_AO
};

/* epa_prevalence_counts, and in *arg (may be NULL) the argument whose check
 * failed (EPA_COUNTS_ARG_NONE on success or for the combination).
 * EPA_ERR_FEW_SINGLE names the one-person households. */
epa_error epa_prevalence_counts_arg(double oad, double households,
                                    double single_households,
                                    double inhabitants, double wwb_count,
                                    double ao_count, double *per_1000,
                                    int *arg);

/* S, W and A in percentage points from checked counts (households and
 * inhabitants above 0). */
void epa_counts_percentages(double households, double single_households,
                            double inhabitants, double wwb_count,
                            double ao_count, double *single_pct,
                            double *wwb_pct, double *ao_pct);

/* N = P * adults / 1000 of checked values (MODEL.md 1). */
double epa_in_care(double per_1000, double adults);

#endif /* EPA_MODEL_COUNTS_H */
