# The release, included by the Makefile (docs/release.md).
#   make dist        build/dist/epa-addin-VERSION/ (tools/dist.py) and build/dist/epa-addin-VERSION.zip
#   make dist-check  make dist, then tests/test_dist.py checks the folder and the zip
#   make release-check  only that the committed files carry include/epa.h's version (a second, no office)
# VERSION and RELEASE_DATE are read from include/epa.h, the one place they are written.

RELEASE_DATE := $(shell sed -n 's/^\#define EPA_RELEASE_DATE "\(.*\)"/\1/p' include/epa.h)
DIST_NAME    := epa-addin-$(VERSION)
DIST_DIR     := build/dist/$(DIST_NAME)

.PHONY: dist dist-check release-check

# Inside the .oxt: the icon description.xml names, and the release notes.
build/oxt/icon.png: tools/make_icon.py | build/oxt
	$(Q)$(PYTHON) $< $@
build/oxt/icon-hc.png: tools/make_icon.py | build/oxt
	$(Q)$(PYTHON) $< --high-contrast $@
build/oxt/RELEASE-NOTES.txt: packaging/RELEASE-NOTES.md | build/oxt
	$(Q)cp $< $@

dist: deps $(OXT) $(XLL)
	@echo "  DIST    $(DIST_DIR)"
	$(Q)$(PYTHON) tools/dist.py $(OXT) $(DIST_DIR)
	$(Q)cd build/dist && rm -f $(DIST_NAME).zip && zip -q -X -r $(DIST_NAME).zip $(DIST_NAME)
	@echo "  ZIP     build/dist/$(DIST_NAME).zip"

dist-check: dist
	$(Q)$(PYTHON) tests/test_dist.py $(DIST_DIR)

release-check:
	$(Q)$(PYTHON) tests/test_dist.py --sources
