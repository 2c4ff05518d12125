# The XLL under Wine (part of make check): tests/xll/host.c, a stand-in for
# Excel, loads build/epaaddin.xll, checks its registrations against the
# catalogue and calls every function with the cases tests/xll/gen_cases.py
# derives from tests/e2e/matrix.py and the oracle.  Uses the Wine prefix of `make wine`.
build/xll/cases.h: tests/xll/gen_cases.py tests/xll/region_cases.py build/catalogue.json $(wildcard tests/e2e/*.py) \
                   tools/kwb.py tools/data/cbs-kwb-2023-utrecht.xlsx
	$(Q)mkdir -p $(@D) && $(PYTHON) $< $@
XLL_HOST_SRC := tests/xll/host.c tests/xll/excel.c tests/xll/contract.c tests/xll/heap.c
build/xll/host.exe: $(XLL_HOST_SRC) tests/xll/host.h build/xll/cases.h addin/xll/excel12.h
	@echo "  CC      $@"
	$(Q)$(MINGW_CC) $(WARN) -O2 -Iaddin/xll -Itests/xll -Ibuild/xll $(XLL_HOST_SRC) -o $@
xll-wine: deps build/xll/host.exe $(XLL) $(WINE_DIR)/prefix/drive_c
	$(Q)$(WINE_RUN) build/xll/host.exe 'Z:$(subst /,\,$(abspath $(XLL)))'

# Which name forms of an add-in call in .xlsx LibreOffice computes and
# writes (docs/excel.md); starts soffice, not part of check.
xll-xlsx: deps $(OXT)
	$(Q)$(PYTHON) tests/xll/xlsx_names.py $(OXT)
