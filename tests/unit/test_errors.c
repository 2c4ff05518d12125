/*
 * test_errors.c - epa_strerror() and its table stay in step with epa_error.
 */
#include <string.h>

#include "test_util.h"
#include "errors.h"

static void test_table_has_one_entry_per_code(void **state)
{
    (void)state;
    assert_int_equal(epa_error_message_count, (size_t)EPA_ERR_COUNT);
    /* Success must be 0: callers test "if (err)". */
    assert_int_equal(EPA_OK, 0);
}

static void test_every_code_has_a_nonempty_message(void **state)
{
    (void)state;
    for (int i = 0; i < EPA_ERR_COUNT; i++) {
        const char *msg = epa_strerror((epa_error)i);
        assert_non_null(msg);
        assert_true(strlen(msg) > 0);
        assert_ptr_equal(msg, epa_error_messages[i]);
        /* A real code must never fall through to the unknown text. */
        assert_string_not_equal(msg, "unknown error code");
    }
}

static void test_messages_are_distinct(void **state)
{
    (void)state;
    for (int i = 0; i < EPA_ERR_COUNT; i++)
        for (int j = i + 1; j < EPA_ERR_COUNT; j++)
            assert_string_not_equal(epa_strerror((epa_error)i),
                                    epa_strerror((epa_error)j));
}

static void test_out_of_range_codes(void **state)
{
    (void)state;
    assert_string_equal(epa_strerror(EPA_ERR_COUNT), "unknown error code");
    assert_string_equal(epa_strerror((epa_error)(EPA_ERR_COUNT + 1)),
                        "unknown error code");
    assert_string_equal(epa_strerror((epa_error)1000000), "unknown error code");
    assert_string_equal(epa_strerror((epa_error)-1), "unknown error code");
    assert_string_equal(epa_unknown_error_message, "unknown error code");
}

static void test_selected_messages(void **state)
{
    (void)state;
    /* The texts users see most often say what to do about it. */
    assert_string_equal(epa_strerror(EPA_OK), "no error");
    assert_non_null(strstr(epa_strerror(EPA_ERR_PCT_FRACTION), "0.2314"));
    assert_non_null(strstr(epa_strerror(EPA_ERR_CLASS), "1-5"));
    assert_non_null(strstr(epa_strerror(EPA_ERR_SIDE), "laag"));
    assert_non_null(strstr(epa_strerror(EPA_ERR_BOUND), "midden"));
    assert_non_null(strstr(epa_strerror(EPA_ERR_SCENARIO), "wijk"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table_has_one_entry_per_code),
        cmocka_unit_test(test_every_code_has_a_nonempty_message),
        cmocka_unit_test(test_messages_are_distinct),
        cmocka_unit_test(test_out_of_range_codes),
        cmocka_unit_test(test_selected_messages),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
