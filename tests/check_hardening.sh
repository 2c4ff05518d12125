#!/usr/bin/env bash
# Checks that the component library soffice loads is built hardened, by
# reading the ELF file itself (readelf, nm), so a change of flags in the
# Makefile cannot silently drop a protection:
#   - full RELRO: a GNU_RELRO segment and immediate binding (BIND_NOW), so
#     the GOT is read-only after loading;
#   - a non-executable stack: GNU_STACK is RW, not RWE;
#   - position independent code: no text relocations;
#   - the stack protector: __stack_chk_fail is referenced;
#   - _FORTIFY_SOURCE: some __*_chk function is referenced (when the library
#     makes no fortifiable libc call at all this is reported, not faked);
#   - the only exported functions are the UNO loader's entry point
#     component_getFactory (plus _init/_fini should a toolchain export them:
#     they are the ELF constructors and run no project code), and no data
#     is exported: every other symbol is hidden (-fvisibility=hidden).
# Prints one line per check and 'hardening: N passed, N failed'.
set -u
lib=${1:-build/oxt/libepaaddin.so}
passed=0; failed=0
check() { # check OK|FAIL message
  if [ "$1" = OK ]; then passed=$((passed + 1)); echo "ok:   $2"
  else failed=$((failed + 1)); echo "FAIL: $2"; fi
}
result() { if eval "$1"; then echo OK; else echo FAIL; fi; }

if [ ! -f "$lib" ]; then
  echo "FAIL: $lib not found (run make first)"
  echo "hardening: 0 passed, 1 failed"
  exit 1
fi
phdrs=$(readelf -lW "$lib")
dyn=$(readelf -dW "$lib")
undef=$(nm -D --undefined-only "$lib" | awk '{print $NF}' | sed 's/@.*//')
# Defined dynamic symbols: "Num: Value Size Type Bind Vis Ndx Name".
defined=$(readelf --dyn-syms -W "$lib" | awk '$1 ~ /:$/ && $7 != "UND" && ($5 == "GLOBAL" || $5 == "WEAK") {print $4, $8}' | sed 's/@.*//')

check "$(result 'grep -q "GNU_RELRO" <<<"$phdrs"')" "GNU_RELRO segment present"
check "$(result 'grep -Eq "\(BIND_NOW\)|\(FLAGS\).*BIND_NOW|\(FLAGS_1\).*NOW" <<<"$dyn"')" \
  "immediate binding (BIND_NOW / FLAGS_1 NOW): full RELRO"
stack=$(awk '$1 == "GNU_STACK" {print $(NF-1)}' <<<"$phdrs")
check "$(result '[ "$stack" = RW ]')" "GNU_STACK is ${stack:-missing} (must be RW, not RWE)"
check "$(result '! grep -q "TEXTREL" <<<"$dyn"')" "no text relocations (position independent)"
check "$(result 'grep -qx "__stack_chk_fail" <<<"$undef"')" "stack protector: __stack_chk_fail referenced"

chk=$(grep -E '^__.*_chk$' <<<"$undef" | grep -vx '__stack_chk_fail' | tr '\n' ' ')
fortifiable=$(grep -Ex 'mem(cpy|move|set)|str(n?cpy|n?cat)|stpn?cpy|v?s?n?printf|v?fprintf|read|fgets|realpath|wcs.*|wmem.*' <<<"$undef" | tr '\n' ' ')
if [ -n "$chk" ]; then
  check OK "_FORTIFY_SOURCE: fortified calls referenced: ${chk% }"
elif [ -z "$fortifiable" ]; then
  # Nothing to fortify: say so instead of counting a check that proves nothing.
  echo "note: _FORTIFY_SOURCE not verifiable: the library calls no fortifiable libc function"
else
  check FAIL "_FORTIFY_SOURCE: fortifiable calls (${fortifiable% }) but no __*_chk referenced"
fi

functions=$(awk '$1 == "FUNC" || $1 == "IFUNC" {print $2}' <<<"$defined" | sort -u)
others=$(grep -vxE 'component_getFactory|_init|_fini' <<<"$functions" | tr '\n' ' ')
check "$(result 'grep -qx "component_getFactory" <<<"$functions"')" "component_getFactory exported"
check "$(result '[ -z "$others" ]')" "no other exported function${others:+: ${others% }}"
data=$(awk '$1 != "FUNC" && $1 != "IFUNC" {print $2}' <<<"$defined" | sort -u | tr '\n' ' ')
check "$(result '[ -z "$data" ]')" "no exported data or other symbols${data:+: ${data% }}"

echo "hardening: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
