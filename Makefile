# EPA planning add-in for LibreOffice Calc.
#   make          build the extension (build/epa-addin-VERSION.oxt)
#   make demo     build, install into a private profile, recalculate the Dutch template, PDF in build/demo/
#   make template regenerate packaging/templates/EPA-planning/epa-planning.ots (commit it)
#   make check    all tests: unit tests (plain and ASan/UBSan) and end-to-end in real Calc
#   make install / make uninstall   the extension in your own LibreOffice (unopkg)
# Run `make V=1` to see the commands.

VERSION := $(shell sed -n 's/^\#define EPA_VERSION "\(.*\)"/\1/p' include/epa.h)
OXT     := build/epa-addin-$(VERSION).oxt
LO      := /usr/lib/libreoffice
SDK_INC := /usr/include/libreoffice
SDK_LIB := $(LO)/sdk/lib
UNOIDL  := $(LO)/sdk/bin/unoidl-write

CC      ?= cc
WARN    := -std=c11 -Wall -Wextra -Werror
HARDEN  := -O2 -fstack-protector-strong -D_FORTIFY_SOURCE=2 -fPIC -fvisibility=hidden
LDHARD  := -Wl,-z,relro,-z,now -Wl,-z,noexecstack -Wl,--no-undefined
SAN     := -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

MODEL_SRC := $(wildcard addin/model/*.c)
ADDIN_SRC := addin/catalogue.c addin/cell.c addin/functions.c
UNO_SRC   := $(wildcard addin/uno/*.c)
INCS      := -Iinclude -Iaddin -Iaddin/model
UNIT_TESTS := $(patsubst tests/unit/%.c,%,$(wildcard tests/unit/test_*.c))

Q := $(if $(V),,@)

.PHONY: all deps demo check unit unit-asan e2e install uninstall clean template bench
.PHONY: hardening valgrind fuzz
all: $(OXT)

deps:
	$(Q).ci/install-deps

build/gen_%: idl/gen_%.c addin/catalogue.c addin/catalogue.h | build
	$(Q)$(CC) $(WARN) $(INCS) $< addin/catalogue.c -o $@
build/gen_xcu: packaging/gen_xcu.c addin/catalogue.c addin/catalogue.h | build
	$(Q)$(CC) $(WARN) $(INCS) $< addin/catalogue.c -o $@

build/XEpaFunctions.idl: build/gen_idl
	$(Q)$< $@
build/oxt/epa.rdb: build/XEpaFunctions.idl | build/oxt
	$(Q)$(UNOIDL) $(LO)/program/types.rdb $(LO)/program/types/offapi.rdb $< $@ >/dev/null
build/oxt/CalcAddIns.xcu: build/gen_xcu | build/oxt
	$(Q)$< $@
build/oxt/libepaaddin.so: $(MODEL_SRC) $(ADDIN_SRC) $(UNO_SRC) $(wildcard include/*.h addin/*.h addin/*/*.h) | build/oxt
	@echo "  CC      $@"
	$(Q)$(CC) $(WARN) $(HARDEN) -DLINUX -DUNX -DGCC $(INCS) -I$(SDK_INC) -shared $(MODEL_SRC) $(ADDIN_SRC) $(UNO_SRC) \
	    -o $@ $(LDHARD) -L$(SDK_LIB) -luno_cppu -luno_sal -lm -lpthread
build/oxt/description.xml: packaging/description.xml.in include/epa.h | build/oxt
	$(Q)sed 's/@VERSION@/$(VERSION)/' $< > $@
build/oxt/%: packaging/% | build/oxt
	$(Q)mkdir -p $(dir $@) && cp $< $@
build/oxt/LICENSE.txt: LICENSE | build/oxt
	$(Q)cp $< $@

OXT_FILES := epa.rdb CalcAddIns.xcu libepaaddin.so description.xml epa.components \
             META-INF/manifest.xml description-en.txt description-nl.txt LICENSE.txt \
             Paths.xcu templates/EPA-planning/epa-planning.ots
$(OXT): $(addprefix build/oxt/,$(OXT_FILES))
	@echo "  OXT     $@"
	$(Q)rm -f $@ && cd build/oxt && zip -q -X -r ../$(notdir $@) $(OXT_FILES)

build build/oxt build/unit:
	$(Q)mkdir -p $@

# ---- tests ---------------------------------------------------------------
build/unit/%: tests/unit/%.c $(MODEL_SRC) $(ADDIN_SRC) $(wildcard include/*.h addin/*.h addin/model/*.h) | build/unit
	$(Q)$(CC) $(WARN) -O2 -g $(INCS) $< $(MODEL_SRC) $(ADDIN_SRC) -o $@ -lcmocka -lm
build/unit/asan_%: tests/unit/%.c $(MODEL_SRC) $(ADDIN_SRC) $(wildcard include/*.h addin/*.h addin/model/*.h) | build/unit
	$(Q)$(CC) $(WARN) $(SAN) $(INCS) $< $(MODEL_SRC) $(ADDIN_SRC) -o $@ -lcmocka -lm

unit: deps $(addprefix build/unit/,$(UNIT_TESTS))
	$(Q)tests/run-unit build/unit $(UNIT_TESTS)
unit-asan: deps $(addprefix build/unit/asan_,$(UNIT_TESTS))
	$(Q)tests/run-unit build/unit $(addprefix asan_,$(UNIT_TESTS))

e2e: deps $(OXT)
	$(Q)tests/run-e2e --label "LibreOffice 7.4" $(OXT)

# Other LibreOffice versions and architectures: e2e-lo25, e2e-arm64, ... (CHECK_OFFICES).
include tests/office/office.mk

check: deps
	$(Q)$(MAKE) --no-print-directory unit unit-asan hardening e2e $(CHECK_OFFICES)

# The built component's ELF protections and exports (part of check).
hardening: $(OXT)
	$(Q)tests/check_hardening.sh build/oxt/libepaaddin.so

# Memcheck of the component inside soffice, 1,000 and 100,000 calls (minutes; not in check).
valgrind: deps $(OXT)
	$(Q)/usr/bin/python3 tests/valgrind/run.py $(OXT)

# libFuzzer targets of tests/fuzz/, FUZZ_SECONDS each (not in check).
FUZZ_SECONDS ?= 60
fuzz: deps
	$(Q)FUZZ_SECONDS=$(FUZZ_SECONDS) tests/fuzz/run.sh

demo: deps $(OXT)
	$(Q)/usr/bin/python3 tools/demo.py $(OXT)

# Recalculation benchmark (not part of check); writes build/bench/results.md.
bench: deps $(OXT)
	$(Q)/usr/bin/python3 tests/bench/bench.py $(OXT)

# Regenerate the committed Dutch template (needs the built add-in); commit the result.
template: $(OXT)
	$(Q)/usr/bin/python3 tools/make_template.py $(OXT) packaging/templates/EPA-planning/epa-planning.ots

install: $(OXT)
	unopkg add --force --suppress-license $(OXT)
uninstall:
	unopkg remove nl.epaplanning.calc.epa-addin

clean:
	rm -rf build
