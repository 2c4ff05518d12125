#!/usr/bin/env bash
# Checks that every component binary of the .oxt is built hardened, by
# reading the files themselves (readelf, nm, objdump), so a change of flags
# in the Makefile cannot silently drop a protection.
# Usage: tests/check_hardening.sh BINARY... (ELF .so or PE .dll, any order)
#
# ELF (Linux x86-64 and aarch64):
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
#     is exported: every other symbol is hidden (-fvisibility=hidden);
#   - glibc: no symbol version above GLIBC_2.28 (RHEL 8, Debian 10+,
#     Ubuntu 18.04+);
#   - the UNO imports (libuno_sal.so.3, libuno_cppu.so.3) are exactly those
#     of platform/uno-imports, with their version nodes: the list the cross
#     builds' link stubs are made from.
# PE (Windows x86-64 DLL, objdump -p):
#   - ASLR (DYNAMIC_BASE, with a .reloc section), high-entropy 64-bit ASLR
#     (HIGH_ENTROPY_VA) and DEP (NX_COMPAT) in DllCharacteristics;
#   - imports only sal3.dll, cppu3.dll and Windows system DLLs (no libgcc,
#     libssp or libwinpthread DLL: those are linked in statically), and
#     from sal3/cppu3 exactly the functions of platform/uno-imports;
#   - the stack protector is linked in (__stack_chk_fail in the symbol
#     table);
#   - exports exactly component_getFactory.
# PE Excel add-in (.xll): the same protections, but
#   - imports only Windows system DLLs (no sal3/cppu3, no mingw runtime);
#   - exports exactly xlAutoOpen, xlAutoClose, xlAutoFree12,
#     xlAddInManagerInfo12 and one procedure per catalogue function
#     (epa_ + its name in lower case, from build/catalogue.json).
# Prints one line per check and 'hardening: N passed, N failed'.
set -u
cd "$(dirname "$0")/.."
passed=0; failed=0
check() { # check OK|FAIL message
  if [ "$1" = OK ]; then passed=$((passed + 1)); echo "ok:   $2"
  else failed=$((failed + 1)); echo "FAIL: $2"; fi
}
result() { if eval "$1"; then echo OK; else echo FAIL; fi; }
# The list of platform/uno-imports as "library symbol version" lines.
imports=$(awk '!/^#/ && NF == 3 {print $1, $2, $3}' platform/uno-imports | sort)
GLIBC_MAX=2.28

# "linux_aarch64/libepaaddin.so": the platform folder names the binary.
label() { echo "$(basename "$(dirname "$1")")/$(basename "$1")"; }

check_elf() { # check_elf LIB
  local lib=$1 p; p=$(label "$1")
  local phdrs dyn undef defined stack chk fortifiable functions others data
  phdrs=$(readelf -lW "$lib")
  dyn=$(readelf -dW "$lib")
  undef=$(nm -D --undefined-only "$lib" | awk '{print $NF}' | sed 's/@.*//')
  # Defined dynamic symbols: "Num: Value Size Type Bind Vis Ndx Name".
  defined=$(readelf --dyn-syms -W "$lib" | awk '$1 ~ /:$/ && $7 != "UND" && ($5 == "GLOBAL" || $5 == "WEAK") {print $4, $8}' | sed 's/@.*//')

  check "$(result 'grep -q "GNU_RELRO" <<<"$phdrs"')" "$p: GNU_RELRO segment present"
  check "$(result 'grep -Eq "\(BIND_NOW\)|\(FLAGS\).*BIND_NOW|\(FLAGS_1\).*NOW" <<<"$dyn"')" \
    "$p: immediate binding (BIND_NOW / FLAGS_1 NOW): full RELRO"
  stack=$(awk '$1 == "GNU_STACK" {print $(NF-1)}' <<<"$phdrs")
  check "$(result '[ "$stack" = RW ]')" "$p: GNU_STACK is ${stack:-missing} (must be RW, not RWE)"
  check "$(result '! grep -q "TEXTREL" <<<"$dyn"')" "$p: no text relocations (position independent)"
  check "$(result 'grep -qx "__stack_chk_fail" <<<"$undef"')" "$p: stack protector: __stack_chk_fail referenced"

  chk=$(grep -E '^__.*_chk$' <<<"$undef" | grep -vx '__stack_chk_fail' | tr '\n' ' ')
  fortifiable=$(grep -Ex 'mem(cpy|move|set)|str(n?cpy|n?cat)|stpn?cpy|v?s?n?printf|v?fprintf|read|fgets|realpath|wcs.*|wmem.*' <<<"$undef" | tr '\n' ' ')
  if [ -n "$chk" ]; then
    check OK "$p: _FORTIFY_SOURCE: fortified calls referenced: ${chk% }"
  elif [ -z "$fortifiable" ]; then
    # Nothing to fortify: say so instead of counting a check that proves nothing.
    echo "note: $p: _FORTIFY_SOURCE not verifiable: the library calls no fortifiable libc function"
  else
    check FAIL "$p: _FORTIFY_SOURCE: fortifiable calls (${fortifiable% }) but no __*_chk referenced"
  fi

  functions=$(awk '$1 == "FUNC" || $1 == "IFUNC" {print $2}' <<<"$defined" | sort -u)
  others=$(grep -vxE 'component_getFactory|_init|_fini' <<<"$functions" | tr '\n' ' ')
  check "$(result 'grep -qx "component_getFactory" <<<"$functions"')" "$p: component_getFactory exported"
  check "$(result '[ -z "$others" ]')" "$p: no other exported function${others:+: ${others% }}"
  data=$(awk '$1 != "FUNC" && $1 != "IFUNC" {print $2}' <<<"$defined" | sort -u | tr '\n' ' ')
  check "$(result '[ -z "$data" ]')" "$p: no exported data or other symbols${data:+: ${data% }}"

  local glibc newest
  glibc=$(objdump -T "$lib" | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -Vu)
  newest=$(tail -1 <<<"$glibc")
  check "$(result '[ -n "$newest" ] && [ "$(printf "%s\n" "$newest" "$GLIBC_MAX" | sort -V | tail -1)" = "$GLIBC_MAX" ]')" \
    "$p: needs at most GLIBC_$GLIBC_MAX (newest: GLIBC_${newest:-none})"
  # UNO imports as "symbol version" (version nodes UDK_3_0_0, LIBO_UDK_*, ...).
  local got want
  got=$(nm -D --undefined-only "$lib" | awk '$NF ~ /@(LIBO_)?UDK_|@PRIVATE_/ {split($NF, a, "@"); print a[1], a[2]}' | sort)
  want=$(awk '{print $2, $3}' <<<"$imports" | sort)
  check "$(result '[ "$got" = "$want" ]')" \
    "$p: UNO imports are those of platform/uno-imports$( [ "$got" = "$want" ] || echo ": got $(tr '\n' ' ' <<<"$got")")"
}

check_pe() { # check_pe DLL
  local dll=$1 p; p=$(label "$1")
  local xll=0; case $dll in *.xll) xll=1 ;; esac
  local pe sections chars dlls foreign uno want exports
  pe=$(objdump -p "$dll")
  sections=$(objdump -h "$dll")
  chars=$(awk '/^DllCharacteristics/ {on = 1; next} on && /^\t\t/ {print $1; next} {on = 0}' <<<"$pe")
  for flag in DYNAMIC_BASE HIGH_ENTROPY_VA NX_COMPAT; do
    check "$(result 'grep -qx "$flag" <<<"$chars"')" "$p: DllCharacteristics has $flag"
  done
  check "$(result 'grep -q " \.reloc " <<<"$sections"')" "$p: .reloc section present (relocatable for ASLR)"

  dlls=$(awk '/DLL Name:/ {print tolower($3)}' <<<"$pe" | sort -u)
  local system='kernel32\.dll|advapi32\.dll|msvcrt\.dll|ucrtbase\.dll|api-ms-win-.*\.dll|ntdll\.dll|bcrypt\.dll|user32\.dll'
  if [ "$xll" = 1 ]; then
    foreign=$(grep -vxE "$system" <<<"$dlls" | tr '\n' ' ')
    check "$(result '[ -z "$foreign" ]')" \
      "$p: imports only Windows system DLLs ($(tr '\n' ' ' <<<"$dlls" | sed 's/ $//'))${foreign:+; not allowed: ${foreign% }}"
  else
    # Windows system DLLs (the C runtime msvcrt.dll included) and LibreOffice's own.
    foreign=$(grep -vxE "sal3\.dll|cppu3\.dll|$system" <<<"$dlls" | tr '\n' ' ')
    check "$(result '[ -z "$foreign" ]')" \
      "$p: imports only sal3.dll, cppu3.dll and Windows system DLLs ($(tr '\n' ' ' <<<"$dlls" | sed 's/ $//'))${foreign:+; not allowed: ${foreign% }}"
    # The import table lists "vma hint name" lines after each "DLL Name:".
    uno=$(awk '/DLL Name:/ {lib = tolower($3); next} /^$/ {lib = ""}
               (lib == "sal3.dll" || lib == "cppu3.dll") && NF == 3 && $1 ~ /^[0-9a-f]+$/ {print substr(lib, 1, length(lib) - 5), $3}' <<<"$pe" | sort)
    want=$(awk '{print $1, $2}' <<<"$imports" | sort)
    check "$(result '[ "$uno" = "$want" ]')" \
      "$p: sal3/cppu3 imports are those of platform/uno-imports$( [ "$uno" = "$want" ] || echo ": got $(tr '\n' ' ' <<<"$uno")")"
  fi
  check "$(result 'objdump -t "$dll" | grep -q " __stack_chk_fail$"')" "$p: stack protector linked in (__stack_chk_fail)"
  echo "note: $p: _FORTIFY_SOURCE is not verifiable in a PE file (mingw-w64 checks inline and calls __chk_fail)"
  exports=$(awk '/^\[Ordinal\/Name Pointer\] Table/ {on = 1; next} on && /^\t\[/ {print $NF; next} {on = 0}' <<<"$pe" | sort -u | tr '\n' ' ')
  if [ "$xll" = 1 ]; then
    local want_exports
    want_exports=$( { printf '%s\n' xlAutoOpen xlAutoClose xlAutoFree12 xlAddInManagerInfo12
      "${PYTHON:-python3}" -c 'import json, sys
for fn in json.load(open(sys.argv[1]))["functions"]: print("epa_" + fn["name"].lower())' build/catalogue.json; } | sort -u | tr '\n' ' ')
    check "$(result '[ -n "$want_exports" ] && [ "$exports" = "$want_exports" ]')" \
      "$p: exports the xlAuto* entry points and one procedure per catalogue function$( [ "$exports" = "$want_exports" ] || echo ": got ${exports% }")"
  else
    check "$(result '[ "$exports" = "component_getFactory " ]')" "$p: exports only component_getFactory (${exports% })"
  fi
}

[ $# -gt 0 ] || set -- build/oxt/*/libepaaddin.so build/oxt/*/*.dll build/*.xll
for bin in "$@"; do
  if [ ! -f "$bin" ]; then
    check FAIL "$bin not found (run make first)"
  elif [ "$(head -c 4 "$bin" | od -An -tx1 | tr -d ' ')" = 7f454c46 ]; then
    check_elf "$bin"
  elif [ "$(head -c 2 "$bin")" = MZ ]; then
    check_pe "$bin"
  else
    check FAIL "$bin is neither ELF nor PE"
  fi
done

echo "hardening: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
