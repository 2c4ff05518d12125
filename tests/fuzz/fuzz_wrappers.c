/*
 * fuzz_wrappers.c - libFuzzer target for the spreadsheet wrappers
 * (addin/functions.c, addin/cell.c): what the UNO layer calls for every
 * single value and every range element, with arbitrary cells.
 *
 * Input: a byte choosing the function, then per argument a kind byte and
 * its content: raw IEEE-754 bits for a number (any NaN, infinity, -0,
 * subnormal), for text either a known name in a random ASCII case or raw
 * UTF-16 units, in an array of exactly that length.
 * Invariants (abort on violation):
 *  - the result code is a valid epa_error;
 *  - on EPA_OK the result is finite and >= 0, no required argument was
 *    omitted, empty or of another type, a number argument held a finite
 *    number, a name argument held text and a count argument either;
 *  - on an error the result is exactly as it was;
 *  - the all-number functions give exactly what the model gives for the
 *    same numbers (the wrapper adds no arithmetic of its own).
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "catalogue.h"
#include "cell.h"
#include "epa.h"
#include "apply.h"
#include "fuzz_util.h"

static double rd_double(reader *r)
{
    uint64_t bits = 0;
    for (int i = 0; i < 8; i++)
        bits |= (uint64_t)rd_byte(r) << (8 * i);
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

/* Names the parsers know, so that valid calls are common. */
static const char *const names[] = {
    "low", "laag", "high", "hoog", "mid", "midden", "0", "1", "2", "-1", "huidig", "wijk",
    "intensified", "klinisch", "bw", "ambulant epa", "ambulatory_other", "totaal",
    "fact_teams", "beds", "iht_fte", "bw_places", "peer_fte", "short stay beds",
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    reader r = { data, size };
    const epa_function_desc *fn = &epa_catalogue[rd_byte(&r) % epa_function_count];
    epa_cell cells[EPA_MAX_PARAMS];
    uint16_t *texts[EPA_MAX_PARAMS] = { NULL };

    for (int i = 0; i < fn->nparams; i++) {
        uint8_t kind = rd_byte(&r);
        epa_cell *c = &cells[i];
        memset(c, 0, sizeof *c);
        switch (kind % 6) {
        case 0: c->kind = EPA_CELL_OMITTED; break;
        case 1: c->kind = EPA_CELL_EMPTY; break;
        case 2: c->kind = EPA_CELL_OTHER; break;
        case 3: c->kind = EPA_CELL_NUMBER; c->number = rd_double(&r); break;
        default: {
            c->kind = EPA_CELL_TEXT;
            size_t n;
            if (kind & 0x80) {
                const char *name = names[rd_byte(&r) % (sizeof names / sizeof names[0])];
                uint8_t caps = rd_byte(&r);
                n = strlen(name);
                texts[i] = malloc(n * sizeof(uint16_t));
                for (size_t k = 0; k < n; k++) {
                    char ch = name[k];
                    if ((caps >> (k % 8)) & 1 && ch >= 'a' && ch <= 'z')
                        ch = (char)(ch - 'a' + 'A');
                    texts[i][k] = (uint16_t)ch;
                }
            } else {
                n = rd_byte(&r) % 80;
                texts[i] = malloc(n ? n * sizeof(uint16_t) : 1);
                for (size_t k = 0; k < n; k++)
                    texts[i][k] = (uint16_t)(rd_byte(&r) | (rd_byte(&r) << 8));
            }
            c->text = texts[i];
            c->text_len = n;
            break;
        }
        }
    }

    double out = sentinel(), s = sentinel();
    int bad = -2;
    epa_error err = epa_apply(fn, cells, &out, &bad);
    CHECK(err == EPA_OK ? bad == -1 : bad >= -1 && bad < fn->nparams);
    CHECK(err >= EPA_OK && err < EPA_ERR_COUNT);
    if (err != EPA_OK) {
        CHECK(memcmp(&out, &s, sizeof out) == 0);
    } else {
        CHECK(isfinite(out) && out >= 0.0);
        for (int i = 0; i < fn->nparams; i++) {
            const epa_param_desc *p = &fn->params[i];
            epa_cell_kind k = cells[i].kind;
            CHECK(k != EPA_CELL_EMPTY && k != EPA_CELL_OTHER);
            CHECK(k != EPA_CELL_OMITTED || p->optional);
            if (p->kind == EPA_ARG_NUMBER)
                CHECK(k != EPA_CELL_TEXT);
            if (p->kind != EPA_ARG_NUMBER && p->kind != EPA_ARG_COUNT &&
                p->kind != EPA_ARG_SCENARIO)
                CHECK(k != EPA_CELL_NUMBER);
            if (k == EPA_CELL_NUMBER)
                CHECK(isfinite(cells[i].number));
        }
    }

    /* All-number calls against the row's model call made directly: the
     * conversion adds nothing but the result guard. */
    int all_numbers = fn->nparams > 0;
    epa_value v[EPA_MAX_PARAMS];
    for (int i = 0; i < fn->nparams; i++) {
        all_numbers &= cells[i].kind == EPA_CELL_NUMBER && (fn->params[i].kind == EPA_ARG_NUMBER ||
                                                            fn->params[i].kind == EPA_ARG_COUNT);
        v[i].number = cells[i].number;
    }
    if (all_numbers) {
        double want = sentinel();
        epa_error werr = fn->call.element(v, &want);
        if (werr == EPA_OK && epa_guard_result(fn->result, want) != EPA_OK)
            CHECK(err == EPA_ERR_RESULT_RANGE || err == EPA_ERR_RESULT_NOT_FINITE);
        else
            CHECK(werr == err);
        CHECK(err != EPA_OK || memcmp(&want, &out, sizeof out) == 0);
    }
    for (int i = 0; i < fn->nparams; i++)
        free(texts[i]);
    return 0;
}
