# EPA planning add-in for LibreOffice Calc.
#   make          build the extension (build/epa-addin-VERSION.oxt)
#   make demo     build, install into a private profile, recalculate the Dutch template, PDF in build/demo/
#   make template regenerate packaging/templates/EPA-planning/epa-planning.ots (commit it)
#   make fast     everything that needs no office, under a minute: unit tests (plain and
#                 ASan/UBSan), the catalogue's derived files and the model document,
#                 hardening of every binary, the Windows DLL under Wine
#   make unit unit-asan static   the parts of fast that need only cc, cmocka and Python 3 (no root)
#   make check    all tests: make fast, then end-to-end in real Calc (every tested version)
#   make install / make uninstall   the extension in your own LibreOffice (unopkg)
#   make dist     the release folder build/dist/epa-addin-VERSION/ and its .zip (packaging/dist.mk)
# Run `make V=1` to see the commands.

VERSION := $(shell sed -n 's/^\#define EPA_VERSION "\(.*\)"/\1/p' include/epa.h)
OXT     := build/epa-addin-$(VERSION).oxt
# Locations, overridable from the environment (a packager on another distribution).
LO      ?= /usr/lib/libreoffice
SDK_INC ?= /usr/include/libreoffice
SDK_LIB ?= $(LO)/sdk/lib
PYTHON  ?= /usr/bin/python3
UNOIDL  ?= $(LO)/sdk/bin/unoidl-write
UNOPKG  ?= unopkg
WINE    ?= /usr/lib/wine/wine64
# The office the end-to-end tests run (tools/office.py).
EPA_OFFICE ?= $(LO)/program
export PYTHON EPA_OFFICE

CC      ?= cc
WARN    := -std=c11 -Wall -Wextra -Werror
HARDEN  := -O2 -fstack-protector-strong -D_FORTIFY_SOURCE=2 -fvisibility=hidden
LDHARD  := -Wl,-z,relro,-z,now -Wl,-z,noexecstack -Wl,--no-undefined
SAN     := -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

MODEL_SRC := $(wildcard addin/model/*.c)
ADDIN_SRC := $(wildcard addin/*.c)
UNO_SRC   := $(wildcard addin/uno/*.c)
# addin/ sees the model only through include/epa.h: the model's own headers
# (addin/model/*.h) are found by its sources alone (same folder), so an
# include of one from addin/ fails to compile.  Unit tests may look inside.
INCS      := -Iinclude -Iaddin
UNIT_INCS := $(INCS) -Iaddin/model
UNIT_TESTS := $(patsubst tests/unit/%.c,%,$(wildcard tests/unit/test_*.c))

Q := $(if $(V),,@)

# A generator that fails (a catalogue check) leaves no half-written output
# that a later make would take as up to date.
.DELETE_ON_ERROR:

.PHONY: all deps demo check unit unit-asan e2e install uninstall clean template template-fresh bench bench-template profile
.PHONY: hardening valgrind fuzz wine fast static xll-wine xll-xlsx
all: $(OXT)

deps:
	$(Q).ci/install-deps

# Generators of the catalogue's derived files (the catalogue links the model).
CATALOGUE_DEPS := $(MODEL_SRC) $(ADDIN_SRC) $(wildcard include/*.h addin/*.h addin/model/*.h)
build/gen_idl: idl/gen_idl.c $(CATALOGUE_DEPS) | build
	$(Q)$(CC) $(WARN) $(INCS) $< $(ADDIN_SRC) $(MODEL_SRC) -o $@ -lm
build/gen_xcu: packaging/gen_xcu.c $(CATALOGUE_DEPS) | build
	$(Q)$(CC) $(WARN) $(INCS) $< $(ADDIN_SRC) $(MODEL_SRC) -o $@ -lm
build/gen_catalogue_json: tests/gen_catalogue_json.c $(CATALOGUE_DEPS) | build
	$(Q)$(CC) $(WARN) $(INCS) $< $(ADDIN_SRC) $(MODEL_SRC) -o $@ -lm
build/catalogue.json: build/gen_catalogue_json
	$(Q)$< $@

build/XEpaFunctions.idl: build/gen_idl
	$(Q)$< $@
build/oxt/epa.rdb: build/XEpaFunctions.idl | build/oxt
	$(Q)$(UNOIDL) $(LO)/program/types.rdb $(LO)/program/types/offapi.rdb $< $@ >/dev/null
build/oxt/CalcAddIns.xcu: build/gen_xcu | build/oxt
	$(Q)$< $@

# ---- the component, once per platform ------------------------------------
# The same sources for every platform; what differs is the compiler, a few
# flags and what the libuno_sal/libuno_cppu (sal3/cppu3) imports link
# against: the SDK's own libraries for Linux x86-64, and for the cross
# builds stubs made from platform/uno-imports (build-time only, not shipped).
PLATFORMS := linux_x86_64 linux_aarch64 windows_x86_64
COMPONENT_SRC  := $(MODEL_SRC) $(ADDIN_SRC) $(UNO_SRC)
COMPONENT_DEPS := $(COMPONENT_SRC) $(wildcard include/*.h addin/*.h addin/*/*.h)
ELF_CFLAGS  := $(HARDEN) -fPIC -DLINUX -DUNX -DGCC
ELF_LDFLAGS := $(LDHARD) -luno_cppu -luno_sal -lm
AARCH64_CC  ?= aarch64-linux-gnu-gcc
MINGW_CC    ?= x86_64-w64-mingw32-gcc
DLLTOOL     ?= x86_64-w64-mingw32-dlltool
STUBS       := build/stubs

CC_linux_x86_64       = $(CC)
CFLAGS_linux_x86_64   = $(ELF_CFLAGS)
LDFLAGS_linux_x86_64  = -L$(SDK_LIB) $(ELF_LDFLAGS)
LIB_linux_x86_64      = libepaaddin.so
CC_linux_aarch64      = $(AARCH64_CC)
CFLAGS_linux_aarch64  = $(ELF_CFLAGS)
LDFLAGS_linux_aarch64 = -L$(STUBS)/linux_aarch64 $(ELF_LDFLAGS)
LIB_linux_aarch64     = libepaaddin.so
STUBS_linux_aarch64   = $(STUBS)/linux_aarch64/libuno_sal.so $(STUBS)/linux_aarch64/libuno_cppu.so
# platform/mingw fixes the SDK's Linux-only sal/types.h and sal/typesizes.h;
# -static keeps libgcc and libssp inside the DLL; --strip-debug drops the
# debug sections those static libraries bring.
CC_windows_x86_64      = $(MINGW_CC)
CFLAGS_windows_x86_64  = -Iplatform/mingw $(HARDEN)
LDFLAGS_windows_x86_64 = -static -Wl,--dynamicbase,--nxcompat,--high-entropy-va -Wl,--strip-debug \
                         -L$(STUBS)/windows_x86_64 -lcppu3 -lsal3
LIB_windows_x86_64     = epaaddin.dll
STUBS_windows_x86_64   = $(STUBS)/windows_x86_64/libsal3.a $(STUBS)/windows_x86_64/libcppu3.a

COMPONENTS := $(foreach p,$(PLATFORMS),$(p)/$(LIB_$(p)))
define component_rule
build/oxt/$(1)/$(LIB_$(1)): $(COMPONENT_DEPS) $(STUBS_$(1))
	@echo "  CC      $$@"
	$(Q)mkdir -p $$(@D)
	$(Q)$(CC_$(1)) $(WARN) $(CFLAGS_$(1)) $(INCS) -I$(SDK_INC) -shared $(COMPONENT_SRC) -o $$@ $(LDFLAGS_$(1))
endef
$(foreach p,$(PLATFORMS),$(eval $(call component_rule,$(p))))

# Link stubs: one empty function per import, with the real soname and
# version node (aarch64), or a dlltool import library (Windows).
$(STUBS)/linux_aarch64/libuno_%.so: platform/uno-imports
	@echo "  STUB    $@"
	$(Q)mkdir -p $(@D)
	$(Q)awk '$$1 == "$*" { print "void " $$2 "(void) {}" }' $< > $(@:.so=.c)
	$(Q)awk '$$1 == "$*" { s = s " " $$2 ";"; v = $$3 } END { print v " { global:" s " local: *; };" }' $< > $(@:.so=.map)
	$(Q)$(AARCH64_CC) $(WARN) -shared -fPIC -nostdlib -Wl,-soname,libuno_$*.so.3 \
	    -Wl,--version-script,$(@:.so=.map) $(@:.so=.c) -o $@
$(STUBS)/windows_x86_64/lib%3.a: platform/uno-imports
	@echo "  STUB    $@"
	$(Q)mkdir -p $(@D)
	$(Q)awk 'BEGIN { print "LIBRARY $*3.dll"; print "EXPORTS" } $$1 == "$*" { print "    " $$2 }' $< > $(@:.a=.def)
	$(Q)$(DLLTOOL) -d $(@:.a=.def) -l $@

# One .components file per platform, naming that platform's binary.
build/oxt/%/epa.components: packaging/epa.components
	$(Q)mkdir -p $(@D) && sed 's/@LIBRARY@/$(LIB_$*)/' $< > $@
build/oxt/description.xml: packaging/description.xml.in include/epa.h | build/oxt
	$(Q)sed 's/@VERSION@/$(VERSION)/' $< > $@
build/oxt/%: packaging/% | build/oxt
	$(Q)mkdir -p $(dir $@) && cp $< $@
build/oxt/LICENSE.txt: LICENSE | build/oxt
	$(Q)cp $< $@

OXT_FILES := epa.rdb CalcAddIns.xcu description.xml META-INF/manifest.xml \
             description-en.txt description-nl.txt LICENSE.txt \
             Paths.xcu templates/EPA-planning/epa-planning.ots help/handleiding.html \
             help/gemeenten.png help/regio-telling.png \
             icon.png icon-hc.png RELEASE-NOTES.txt \
             $(COMPONENTS) $(addsuffix /epa.components,$(PLATFORMS))
$(OXT): $(addprefix build/oxt/,$(OXT_FILES))
	@echo "  OXT     $@"
	$(Q)rm -f $@ && cd build/oxt && zip -q -X -r ../$(notdir $@) $(OXT_FILES)

build build/oxt build/unit:
	$(Q)mkdir -p $@

# ---- tests ---------------------------------------------------------------
# Windows: the DLL under Wine, driven as LibreOffice's UNO bridge does
# (tests/wine/driver.c), against test stand-ins for sal3.dll and cppu3.dll.
WINE_DIR  := build/wine
WINE_CC    = $(MINGW_CC) $(WARN) -O2 -Iplatform/mingw -Iaddin/uno -I$(SDK_INC)
WINE_RUN   = WINEPREFIX=$(abspath $(WINE_DIR)/prefix) WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" $(WINE)
$(WINE_DIR)/sal3.dll: tests/wine/sal3.c
	@echo "  CC      $@"
	$(Q)mkdir -p $(@D)
	$(Q)$(WINE_CC) -DSAL_DLLIMPLEMENTATION -shared $< -o $@ -Wl,--out-implib,$(WINE_DIR)/libsal3.a
$(WINE_DIR)/cppu3.dll: tests/wine/cppu3.c $(WINE_DIR)/sal3.dll
	@echo "  CC      $@"
	$(Q)$(WINE_CC) -DCPPU_DLLIMPLEMENTATION -shared $< -o $@ -Wl,--out-implib,$(WINE_DIR)/libcppu3.a \
	    -L$(WINE_DIR) -lsal3
$(WINE_DIR)/methods.h: build/XEpaFunctions.idl tests/wine/idl-methods.sh
	$(Q)mkdir -p $(@D) && tests/wine/idl-methods.sh $< > $@
$(WINE_DIR)/cases.h: build/catalogue.json tests/wine/gen_cases.py tests/e2e/matrix.py tests/e2e/oracle.py tests/e2e/model.py tests/e2e/c_literal.py
	$(Q)mkdir -p $(@D) && $(PYTHON) tests/wine/gen_cases.py $@
$(WINE_DIR)/region.h: build/catalogue.json tests/wine/gen_region.py tests/e2e/region_tables.py tests/e2e/region_oracle.py \
                      tests/e2e/model.py tests/e2e/c_literal.py tools/kwb.py tools/data/cbs-kwb-2023-utrecht.xlsx
	$(Q)mkdir -p $(@D) && $(PYTHON) tests/wine/gen_region.py $@
WINE_DRIVER_SRC := tests/wine/driver.c tests/wine/tables.c
$(WINE_DIR)/driver.exe: $(WINE_DRIVER_SRC) tests/wine/driver.h $(WINE_DIR)/methods.h $(WINE_DIR)/cases.h \
                        $(WINE_DIR)/region.h $(WINE_DIR)/cppu3.dll
	@echo "  CC      $@"
	$(Q)$(WINE_CC) -I$(WINE_DIR) -Itests/wine $(WINE_DRIVER_SRC) -o $@ -L$(WINE_DIR) -lcppu3 -lsal3
$(WINE_DIR)/prefix/drive_c:
	@echo "  WINE    $(WINE_DIR)/prefix"
	$(Q)mkdir -p $(WINE_DIR) && $(WINE_RUN) wineboot --init >/dev/null 2>&1
wine: deps $(WINE_DIR)/driver.exe build/oxt/windows_x86_64/epaaddin.dll $(WINE_DIR)/prefix/drive_c
	$(Q)$(WINE_RUN) $(WINE_DIR)/driver.exe 'Z:$(subst /,\,$(abspath build/oxt/windows_x86_64/epaaddin.dll))'

# The Excel add-in (build/epaaddin.xll) and its Wine test (xll-wine).
include addin/xll/xll.mk

build/unit/%: tests/unit/%.c $(MODEL_SRC) $(ADDIN_SRC) $(wildcard include/*.h addin/*.h addin/model/*.h) | build/unit
	$(Q)$(CC) $(WARN) -O2 -g $(UNIT_INCS) $< $(MODEL_SRC) $(ADDIN_SRC) -o $@ -lcmocka -lm
build/unit/asan_%: tests/unit/%.c $(MODEL_SRC) $(ADDIN_SRC) $(wildcard include/*.h addin/*.h addin/model/*.h) | build/unit
	$(Q)$(CC) $(WARN) $(SAN) $(UNIT_INCS) $< $(MODEL_SRC) $(ADDIN_SRC) -o $@ -lcmocka -lm

# unit, unit-asan, static and release-check need a C compiler, cmocka and
# Python 3, nothing else: no `deps` (which installs the cross compilers, Wine
# and the offices as root), so a contributor without root runs them as they
# are.  fast and check still run `deps` for the rest.
unit: $(addprefix build/unit/,$(UNIT_TESTS))
	$(Q)tests/run-unit build/unit $(UNIT_TESTS)
unit-asan: $(addprefix build/unit/asan_,$(UNIT_TESTS))
	$(Q)tests/run-unit build/unit $(addprefix asan_,$(UNIT_TESTS))

e2e: deps $(OXT) build/catalogue.json
	$(Q)tests/run-e2e --label "LibreOffice 7.4" $(OXT)

# The release folder (make dist, make dist-check) and the icon and release notes of the .oxt.
include packaging/dist.mk

# Other LibreOffice versions and architectures: e2e-lo25, e2e-arm64, ... (CHECK_OFFICES).
include tests/office/office.mk

# Checks of the catalogue's derived files and of the model document against
# the test's own model (tests/fast/: Python, no office).
STATIC_TESTS := $(wildcard tests/fast/test_*.py)
# The C region reader as a command, for the property test against the
# Python oracle (tests/fast/test_region_oracle.py).
build/region_dump: tests/fast/region_dump.c $(MODEL_SRC) $(wildcard include/*.h addin/model/*.h) | build
	$(Q)$(CC) $(WARN) -O2 -g -Iinclude $< $(MODEL_SRC) -o $@ -lm
static: build/catalogue.json build/XEpaFunctions.idl build/oxt/CalcAddIns.xcu build/region_dump
	$(Q)failed=0; for t in $(STATIC_TESTS); do $(PYTHON) $$t || failed=1; done; exit $$failed

# Everything fast runs is built first, in parallel (one job per core); the
# tests then run one after the other, so their output stays readable.
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
FAST_BUILD := $(addprefix build/unit/,$(UNIT_TESTS)) $(addprefix build/unit/asan_,$(UNIT_TESTS)) \
              $(OXT) build/catalogue.json build/XEpaFunctions.idl $(WINE_DIR)/driver.exe \
              $(WINE_DIR)/prefix/drive_c build/epaaddin.xll build/xll/host.exe
fast: deps
	$(Q)$(MAKE) --no-print-directory -j$(JOBS) $(FAST_BUILD)
	$(Q)$(MAKE) --no-print-directory unit unit-asan static release-check hardening wine xll-wine template-fresh

# The committed template and guide are what the generator makes now (7.4;
# about a minute): in fast, so a stale template fails before the long suites.
template-fresh: deps $(OXT)
	$(Q)tests/run-e2e --label "template fresh" $(OXT) tests/e2e/test_template_fresh.py

check: deps
	$(Q)$(MAKE) --no-print-directory fast
	$(Q)$(MAKE) --no-print-directory e2e $(CHECK_OFFICES) dist-check

# The built components' protections, imports and exports, every platform (part of check).
hardening: $(OXT)
	$(Q)tests/check_hardening.sh $(addprefix build/oxt/,$(COMPONENTS)) $(XLL)

# Memcheck of the component inside soffice, 1,000 and 100,000 calls (minutes; not in check).
valgrind: deps $(OXT)
	$(Q)$(PYTHON) tests/valgrind/run.py $(OXT)

# libFuzzer targets of tests/fuzz/, FUZZ_SECONDS each (not in check).
FUZZ_SECONDS ?= 60
fuzz: deps
	$(Q)FUZZ_SECONDS=$(FUZZ_SECONDS) tests/fuzz/run.sh

demo: deps $(OXT)
	$(Q)$(PYTHON) tools/demo.py $(OXT)

# Recalculation benchmark (not part of check); writes build/bench/results.md.
bench: deps $(OXT) build/catalogue.json
	$(Q)$(PYTHON) tests/bench/bench.py $(OXT)
	$(Q)$(MAKE) --no-print-directory bench-template

# The template with about 18,000 pasted rows, in 7.4 and 25.2 (part of bench).
bench-template: deps $(OXT) lo25
	$(Q)rm -f build/bench/template.md
	$(Q)$(PYTHON) tests/bench/template_bench.py $(OXT)
	$(Q)$(call office_env,$(LO25_DIR)) $(PYTHON) tests/bench/template_bench.py $(OXT)

# Per-call profile of the per-cell form inside soffice, perf with DWARF call
# graphs (not part of check); writes build/profile/report.md.
profile: deps $(OXT)
	$(Q)$(PYTHON) tests/bench/profile.py $(OXT)

# Regenerate the committed Dutch template (needs the built add-in); commit the result.
template: $(OXT)
	$(Q)$(PYTHON) tools/make_template.py $(OXT) packaging/templates/EPA-planning/epa-planning.ots

# unopkg exits 0 even when it refuses an extension (another platform, a
# missing dependency): install succeeds only if `unopkg list` then shows the
# extension registered.
EXTENSION_ID := nl.epaplanning.calc.epa-addin
install: $(OXT)
	$(UNOPKG) add --force --suppress-license $(OXT)
	$(Q)listed=$$($(UNOPKG) list 2>&1); \
	printf '%s\n' "$$listed" | awk '$$1 == "Identifier:" { mine = ($$2 == "$(EXTENSION_ID)") } \
	    mine && /is registered:/ { ok = /yes$$/; mine = 0 } END { exit !ok }' || \
	    { echo "make install: unopkg did not install $(EXTENSION_ID) (see its output above; 'unopkg list' does not show it registered)" >&2; exit 1; }
uninstall:
	$(UNOPKG) remove $(EXTENSION_ID)

clean:
	rm -rf build
