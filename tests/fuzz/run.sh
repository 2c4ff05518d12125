#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz/ with clang (ASan + UBSan) and
# runs each for FUZZ_SECONDS (default 60), then prints the executions per
# target and one summary line.  A crash, a sanitizer report or a broken
# invariant (abort) fails the target; its input is kept in build/fuzz/.
# Corpora persist in build/fuzz/corpus/ between runs.
set -u
cd "$(dirname "$0")/../.."
seconds=${FUZZ_SECONDS:-60}
CC=${FUZZ_CC:-clang}
if ! command -v "$CC" >/dev/null; then
  # Not in .ci/install-deps: make check does not fuzz.
  echo "fuzz: $CC not found; on Debian 12: apt-get install clang (it brings libclang-rt-14-dev)" >&2
  exit 2
fi
out=build/fuzz
mkdir -p "$out/artifacts"
flags=(-std=c11 -Wall -Wextra -Werror -g -O1 -fno-omit-frame-pointer
       -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
       -Iinclude -Iaddin -Iaddin/model)
srcs=(addin/model/*.c addin/*.c)

# target name, source, extra flags
targets=(
  "parse_side     tests/fuzz/fuzz_parse.c -DPARSER_SIDE"
  "parse_scenario tests/fuzz/fuzz_parse.c -DPARSER_SCENARIO"
  "parse_category tests/fuzz/fuzz_parse.c -DPARSER_CATEGORY"
  "parse_item     tests/fuzz/fuzz_parse.c -DPARSER_ITEM"
  "parse_bound    tests/fuzz/fuzz_parse.c -DPARSER_BOUND"
  "cell_name      tests/fuzz/fuzz_cell_name.c"
  "model          tests/fuzz/fuzz_model.c"
  "wrappers       tests/fuzz/fuzz_wrappers.c"
  "region         tests/fuzz/fuzz_region.c"
)

passed=0; failed=0; report=()
for t in "${targets[@]}"; do
  read -r name src extra <<<"$t"
  bin=$out/fuzz_$name
  if ! $CC "${flags[@]}" ${extra:-} "$src" "${srcs[@]}" -o "$bin" -lm; then
    echo "FAILED: $name does not build"; failed=$((failed + 1)); continue
  fi
  corpus=$out/corpus/$name
  mkdir -p "$corpus"
  dict=()
  [[ $name == parse_* ]] && dict=(-dict=tests/fuzz/names.dict)
  log=$out/$name.log
  "$bin" "$corpus" "${dict[@]}" -max_total_time="$seconds" -print_final_stats=1 \
      -artifact_prefix="$out/artifacts/$name-" >"$log" 2>&1
  rc=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  line=$(printf 'fuzz %-15s %12s executions in %ss' "$name" "${execs:-?}" "$seconds")
  if [ "$rc" -eq 0 ]; then
    passed=$((passed + 1)); report+=("$line")
  else
    failed=$((failed + 1)); report+=("$line  FAILED (exit $rc, see $log)")
    grep -E 'ERROR|SUMMARY|runtime error|Test unit written' "$log" | head -5
  fi
done
printf '%s\n' "${report[@]}"
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
