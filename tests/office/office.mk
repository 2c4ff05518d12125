# The offices the end-to-end suite runs in (included by the Makefile).
#   make e2e         Debian 12's LibreOffice 7.4, the system's (Makefile)
#   make e2e-lo25    LibreOffice 25.2 from bookworm-backports, unpacked in build/lo-25.2
#   make e2e-arm64   Debian 12's LibreOffice 7.4 for arm64 under qemu-user, in build/lo-7.4-arm64
#   make e2e-versions  .ods/.xlsx saved by each of 7.4 and 25.2, opened in the other
#   make gui         Calc 25.2's GUI under Xvfb: screenshots in build/gui/ (not in check)
# tests/office/unpack_office.py unpacks Debian's packages there (nothing is
# installed; a rerun is a no-op).  One thing selects the office for the
# harness: EPA_OFFICE, a folder with `soffice` and `unopkg`, with that
# office's pyuno on PYTHONPATH; $(call office_env,DIR) sets both.

UNPACK      := /usr/bin/python3 tests/office/unpack_office.py
LO25_DIR    := build/lo-25.2
LO25_PKGS   := libreoffice-calc libreoffice-gtk3 libreoffice-l10n-nl python3-uno
ARM64_DIR   := build/lo-7.4-arm64
ARM64_PKGS  := libreoffice-calc-nogui libreoffice-l10n-nl

# EPA_OFFICE and PYTHONPATH for an unpacked tree (its pyuno when it has one;
# the arm64 tree has none: the host's 7.4 pyuno speaks the same URP).
# build/catalogue.json (tests/e2e/test_arguments.py) comes from the Makefile.
office_env = EPA_OFFICE=$(abspath $(1))/epa-office \
             $(if $(wildcard $(1)/usr/lib/python3/dist-packages/uno.py),PYTHONPATH=$(abspath $(1))/usr/lib/python3/dist-packages)

# The end-to-end runs `make check` does besides the system's 7.4.
CHECK_OFFICES := e2e-lo25 e2e-versions

.PHONY: lo25 lo-arm64 e2e-lo25 e2e-arm64 e2e-versions gui

lo25:
	$(Q)$(UNPACK) amd64 bookworm-backports $(LO25_DIR) $(LO25_PKGS)
lo-arm64:
	$(Q)$(UNPACK) arm64 bookworm $(ARM64_DIR) $(ARM64_PKGS)

e2e-lo25: deps $(OXT) lo25 build/catalogue.json
	$(Q)$(call office_env,$(LO25_DIR)) tests/run-e2e --label "LibreOffice 25.2" $(OXT)

# Needs an .oxt with a linux_aarch64 binary (ARM64_OXT, default the one `make`
# builds); says 'skipped' when it has none.  4 to 11 minutes under qemu: not
# in check, .ci/run runs it after check.
ARM64_OXT ?= $(OXT)
e2e-arm64: deps $(ARM64_OXT) lo-arm64 build/catalogue.json
	$(Q)if /usr/bin/python3 -c 'import sys, zipfile; sys.exit("platform=linux_aarch64" not in \
	        zipfile.ZipFile(sys.argv[1]).read("META-INF/manifest.xml").decode().lower())' $(ARM64_OXT); then \
	    $(call office_env,$(ARM64_DIR)) tests/run-e2e --label "LibreOffice 7.4 arm64, qemu-user" $(ARM64_OXT); \
	else echo "end-to-end (LibreOffice 7.4 arm64): skipped: $(ARM64_OXT) has no linux_aarch64 binary"; fi

e2e-versions: deps $(OXT) lo25
	$(Q)/usr/bin/python3 tests/office/cross_versions.py $(OXT)

# Screenshots of Calc 25.2's GUI (Function Wizard, template) under Xvfb: build/gui/ (not in check).
gui: $(OXT) lo25
	$(Q).ci/install-deps gui
	$(Q)$(call office_env,$(LO25_DIR)) /usr/bin/python3 tests/office/gui.py $(OXT)
