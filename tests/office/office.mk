# The offices the end-to-end suite runs in (included by the Makefile).
#   make e2e         Debian 12's LibreOffice 7.4, the system's (Makefile)
#   make e2e-lo25    LibreOffice 25.2 from bookworm-backports, unpacked in $(OFFICE_CACHE)/lo-25.2
#   make e2e-lo26    LibreOffice 26.8 from trixie-backports, in a trixie chroot $(OFFICE_CACHE)/trixie-lo26
#   make e2e-arm64   Debian 12's LibreOffice 7.4 for arm64 under qemu-user, in $(OFFICE_CACHE)/lo-7.4-arm64
#   make e2e-versions  .ods/.xlsx saved by each of 7.4 and 25.2, opened in the other
#   make gui         Calc 25.2's GUI under Xvfb: screenshots in build/gui/ (not in check)
# The trees live in a cache outside the clone, shared by every clone and
# reused while intact (tests/office/cache.py: EPA_OFFICE_CACHE, default
# /var/cache/epa-addin/offices).  tests/office/unpack_office.py unpacks
# Debian's packages there (nothing is installed; a rerun is a no-op).  One
# thing selects an unpacked office for the harness: EPA_OFFICE, a folder
# with `soffice` and `unopkg`, with that office's pyuno on PYTHONPATH;
# $(call office_env,DIR) sets both.  26.8 needs trixie's glibc and Python,
# so tests/office/chroot_office.py makes a trixie chroot by debootstrap and
# runs the whole suite inside it (docs/platforms.md says why).

OFFICE_CACHE := $(shell /usr/bin/python3 tests/office/cache.py)
export EPA_OFFICE_CACHE := $(OFFICE_CACHE)
UNPACK      := /usr/bin/python3 tests/office/unpack_office.py
LO25_DIR    := $(OFFICE_CACHE)/lo-25.2
# libreoffice-script-provider-python: in-process Python macros (tests/e2e/test_scripting.py).
LO25_PKGS   := libreoffice-calc libreoffice-gtk3 libreoffice-l10n-nl python3-uno libreoffice-script-provider-python
ARM64_DIR   := $(OFFICE_CACHE)/lo-7.4-arm64
ARM64_PKGS  := libreoffice-calc-nogui libreoffice-l10n-nl
CHROOT      := /usr/bin/python3 tests/office/chroot_office.py
LO26_ROOT   := $(OFFICE_CACHE)/trixie-lo26
# What the suite needs inside besides the office: its pyuno, the Dutch
# wizard texts, pdftotext (test_no_extension), make (test_install reads the
# Makefile's install recipe with make -n), the fonts the host has, the
# Python script provider (in-process Python macros, test_scripting).
LO26_PKGS   := libreoffice-calc-nogui libreoffice-l10n-nl python3-uno poppler-utils make fonts-dejavu-core \
               libreoffice-script-provider-python

# EPA_OFFICE and PYTHONPATH for an unpacked tree (its pyuno when it has one;
# the arm64 tree has none: the host's 7.4 pyuno speaks the same URP).
# build/catalogue.json (tests/e2e/test_arguments.py) comes from the Makefile.
office_env = EPA_OFFICE=$(abspath $(1))/epa-office \
             $(if $(wildcard $(1)/usr/lib/python3/dist-packages/uno.py),PYTHONPATH=$(abspath $(1))/usr/lib/python3/dist-packages)

# The end-to-end runs `make check` does besides the system's 7.4.
CHECK_OFFICES := e2e-lo25 e2e-lo26 e2e-versions

.PHONY: lo25 lo26 lo-arm64 e2e-lo25 e2e-lo26 e2e-arm64 e2e-versions gui

lo25:
	$(Q)$(UNPACK) amd64 bookworm-backports $(LO25_DIR) $(LO25_PKGS)
lo-arm64:
	$(Q)$(UNPACK) arm64 bookworm $(ARM64_DIR) $(ARM64_PKGS)
lo26:
	$(Q)$(CHROOT) make $(LO26_ROOT) trixie trixie-backports $(LO26_PKGS)

e2e-lo25: deps $(OXT) lo25 build/catalogue.json
	$(Q)$(call office_env,$(LO25_DIR)) tests/run-e2e --label "LibreOffice 25.2" $(OXT)

# Inside the chroot: its python3, pyuno and /usr/lib/libreoffice; the clone
# is mounted at the same path, so $(OXT) and build/catalogue.json are the
# host's files.
e2e-lo26: deps $(OXT) lo26 build/catalogue.json
	$(Q)$(CHROOT) run $(LO26_ROOT) -- tests/run-e2e --label "LibreOffice 26.8, trixie chroot" $(OXT)

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
