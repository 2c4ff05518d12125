# The Excel add-in (XLL) for 64-bit Excel on Windows, built beside the .oxt
# from the same model, catalogue, conversion and broadcasting, with the
# same hardening as the Windows component (see docs/excel.md).
# Included by the Makefile; tests in tests/xll/xll.mk.
XLL      := build/epaaddin.xll
XLL_SRC  := addin/xll/call.c addin/xll/result.c addin/xll/table_result.c addin/xll/texts.c addin/xll/xll.c
XLL_DEPS := $(MODEL_SRC) $(ADDIN_SRC) $(XLL_SRC) build/xll/exports.c \
            $(wildcard include/*.h addin/*.h addin/model/*.h addin/xll/*.h)

all: $(XLL)

build/gen_xll_exports: addin/xll/gen_exports.c addin/xll/texts.c $(CATALOGUE_DEPS) \
                       addin/xll/xll_names.h addin/xll/texts.h | build
	$(Q)$(CC) $(WARN) $(INCS) $< addin/xll/texts.c $(ADDIN_SRC) $(MODEL_SRC) -o $@ -lm
# Fails, naming the row, on a registration text Excel would not take whole;
# the half-written output is then deleted (.DELETE_ON_ERROR in the Makefile).
build/xll/exports.c: build/gen_xll_exports
	$(Q)mkdir -p $(@D) && $< $@

# -static keeps libgcc and libssp inside (no mingw runtime DLL); only the
# __declspec(dllexport) entry points are exported.
$(XLL): $(XLL_DEPS)
	@echo "  CC      $@"
	$(Q)$(MINGW_CC) $(WARN) $(HARDEN) $(INCS) -Iaddin/xll -shared \
	    $(MODEL_SRC) $(ADDIN_SRC) $(XLL_SRC) build/xll/exports.c -o $@ \
	    -static -Wl,--dynamicbase,--nxcompat,--high-entropy-va -Wl,--strip-debug

include tests/xll/xll.mk

# tests/check_hardening.sh reads the XLL's expected exports from the catalogue.
hardening: $(XLL) build/catalogue.json
