/*
 * test_catalogue.c - the function catalogue is complete and consistent.
 *
 * The IDL, CalcAddIns.xcu and catalogue.json are generated from it, so what
 * can go wrong is in the table itself: a row without a model call, a
 * parameter name that IDL rejects, a wizard label GTK would mangle, an
 * optional argument before a required one (Calc can only leave out trailing
 * arguments), a missing translation.
 */
#include <ctype.h>
#include <stdbool.h>
#include <string.h>

#include "test_util.h"
#include "catalogue.h"

/* IDL words that unoidl-write refuses as parameter names ("bound" bit us). */
static const char *const idl_keywords[] = {
    "any", "attribute", "boolean", "bound", "byte", "char", "const", "constants",
    "constrained", "double", "enum", "exception", "float", "get", "hyper", "in",
    "inout", "interface", "long", "maybeambiguous", "maybedefault", "maybevoid",
    "module", "needs", "observes", "oneway", "optional", "out", "property",
    "published", "raises", "readonly", "removable", "sequence", "service", "set",
    "short", "singleton", "string", "struct", "transient", "type", "typedef",
    "unsigned", "void",
};

static const char *const calc_categories[] = {
    "Database", "Date&Time", "Financial", "Information", "Logical",
    "Mathematical", "Matrix", "Statistical", "Spreadsheet", "Text", "Add-In",
};

static int in_list(const char *s, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(s, list[i]) == 0)
            return 1;
    return 0;
}

static void test_every_row_is_complete(void **state)
{
    (void)state;
    assert_true(epa_function_count >= 1);
    for (int f = 0; f < epa_function_count; f++) {
        const epa_function_desc *fn = &epa_catalogue[f];
        /* One call, and a table result exactly for a table function. */
        assert_true((fn->call.element != NULL) != (fn->call.table != NULL));
        assert_true((fn->call.table != NULL) == (fn->result == EPA_RESULT_TABLE));
        assert_true((unsigned)fn->result < EPA_RESULT_KIND_COUNT);
        assert_true(fn->nparams >= 1);
        assert_true(fn->nparams <= EPA_MAX_PARAMS);
        for (int p = 0; p < fn->nparams; p++) {
            const epa_param_desc *pd = &fn->params[p];
            assert_true((unsigned)pd->kind < EPA_ARG_KIND_COUNT);
            /* An optional name has a default name; numbers and lists have none. */
            bool name = pd->kind != EPA_ARG_NUMBER && pd->kind != EPA_ARG_COUNT && pd->kind != EPA_ARG_ROW
                        && pd->kind != EPA_ARG_PASTE && pd->kind != EPA_ARG_LIST;
            assert_true((pd->optional && name) == (pd->fallback.name != NULL));
            /* Blocks are taken whole: only by table functions. */
            if (pd->kind == EPA_ARG_PASTE || pd->kind == EPA_ARG_LIST)
                assert_non_null(fn->call.table);
            assert_true(pd->kind != EPA_ARG_PASTE || !pd->optional);
            assert_true(pd->kind != EPA_ARG_LIST || pd->optional);
        }
        assert_ptr_equal(epa_function(fn->name), fn);
    }
    assert_null(epa_function("NOSUCHFUNCTION"));
    assert_null(epa_function("epaprev")); /* the display name, exactly */
}

/* GTK3 takes '_' in a field label as a mnemonic marker and drops it; '~' is
 * LibreOffice's own marker.  A label must also be unique in its function. */
static void assert_wizard_label(const char *label)
{
    assert_true(strlen(label) > 0);
    assert_null(strchr(label, '_'));
    assert_null(strchr(label, '~'));
}

static void test_wizard_labels_survive_every_toolkit(void **state)
{
    (void)state;
    for (int f = 0; f < epa_function_count; f++) {
        const epa_function_desc *fn = &epa_catalogue[f];
        for (int p = 0; p < fn->nparams; p++) {
            assert_wizard_label(fn->params[p].display_en);
            assert_wizard_label(fn->params[p].display_nl);
            for (int q = p + 1; q < fn->nparams; q++) {
                assert_string_not_equal(fn->params[p].display_en, fn->params[q].display_en);
                assert_string_not_equal(fn->params[p].display_nl, fn->params[q].display_nl);
            }
        }
    }
}

static void test_names_match_and_are_unique(void **state)
{
    (void)state;
    for (int f = 0; f < epa_function_count; f++) {
        const epa_function_desc *fn = &epa_catalogue[f];
        /* The method is the name in lower case, so the name stored in
         * files (SERVICE.METHOD upper-cased) is the name users type; a
         * name must be upper-case letters only and fit the method buffer. */
        char method[EPA_FUNCTION_NAME_MAX + 1];
        assert_true(strlen(fn->name) >= 1 && strlen(fn->name) <= EPA_FUNCTION_NAME_MAX);
        epa_function_method(fn, method);
        assert_int_equal(strlen(method), strlen(fn->name));
        for (size_t i = 0; fn->name[i]; i++) {
            assert_true(isupper((unsigned char)fn->name[i]));
            assert_int_equal(method[i], tolower((unsigned char)fn->name[i]));
        }
        for (int g = f + 1; g < epa_function_count; g++)
            assert_string_not_equal(fn->name, epa_catalogue[g].name);
    }
}

static void test_texts_present_in_both_languages(void **state)
{
    (void)state;
    for (int f = 0; f < epa_function_count; f++) {
        const epa_function_desc *fn = &epa_catalogue[f];
        assert_true(strlen(fn->desc_en) > 20);
        assert_true(strlen(fn->desc_nl) > 20);
        assert_string_not_equal(fn->desc_en, fn->desc_nl);
        assert_true(in_list(fn->category, calc_categories,
                            sizeof calc_categories / sizeof *calc_categories));
        for (int p = 0; p < fn->nparams; p++) {
            const epa_param_desc *pd = &fn->params[p];
            assert_true(strlen(pd->display_en) > 0);
            assert_true(strlen(pd->display_nl) > 0);
            assert_true(strlen(pd->desc_en) > 10);
            assert_true(strlen(pd->desc_nl) > 10);
            assert_string_not_equal(pd->desc_en, pd->desc_nl);
        }
    }
}

static void test_parameter_names_are_valid_idl(void **state)
{
    (void)state;
    for (int f = 0; f < epa_function_count; f++) {
        const epa_function_desc *fn = &epa_catalogue[f];
        for (int p = 0; p < fn->nparams; p++) {
            const char *n = fn->params[p].name;
            assert_true(isalpha((unsigned char)n[0]));
            for (size_t i = 0; n[i]; i++)
                assert_true(isalnum((unsigned char)n[i]));
            assert_false(in_list(n, idl_keywords, sizeof idl_keywords / sizeof *idl_keywords));
            for (int q = p + 1; q < fn->nparams; q++)
                assert_string_not_equal(n, fn->params[q].name);
        }
    }
}

static void test_optional_arguments_are_trailing(void **state)
{
    (void)state;
    for (int f = 0; f < epa_function_count; f++) {
        const epa_function_desc *fn = &epa_catalogue[f];
        int seen_optional = 0;
        for (int p = 0; p < fn->nparams; p++) {
            if (fn->params[p].optional) {
                seen_optional = 1;
                /* The help text tells the user it may be left out. */
                assert_non_null(strstr(fn->params[p].desc_en, "Optional"));
                assert_non_null(strstr(fn->params[p].desc_nl, "Optioneel"));
            } else {
                assert_false(seen_optional);
            }
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_row_is_complete),
        cmocka_unit_test(test_wizard_labels_survive_every_toolkit),
        cmocka_unit_test(test_names_match_and_are_unique),
        cmocka_unit_test(test_texts_present_in_both_languages),
        cmocka_unit_test(test_parameter_names_are_valid_idl),
        cmocka_unit_test(test_optional_arguments_are_trailing),
    };
    return cmocka_run_group_tests_name("catalogue", tests, NULL, NULL);
}
