# Two commands for a fresh Debian/Ubuntu machine:
#   make run   - install what is needed, then open the editor on the sample release
#   make test  - the same set-up, then the whole test suite headless
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLE := resources/samples/sample-release.mfadesk

# Runtime libraries for Qt, spell checking and Korean fonts; PDF export (WeasyPrint)
# needs Pango and HarfBuzz's subsetter, and embeds NanumGothic (TrueType: PDFs a
# sixth of the size they are with the Noto CJK collection) and Liberation Sans (Arial's
# metrics, as the DOCX asks for Arial).
APT_RUNTIME := libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 \
	libglib2.0-0 libxkbcommon0 libenchant-2-2 hunspell-en-us hunspell-en-gb hunspell-ko \
	fonts-noto-cjk libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
	libxcb-render-util0 libxcb-shape0 libxkbcommon-x11-0 python3-venv \
	libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-nanum fonts-liberation2
# What the tests need on top: a virtual screen, LibreOffice to render DOCX,
# Java for the Nu HTML validator, validators for the desktop files; python3-uno
# (system Python) to edit a review copy in LibreOffice as a reviewer would;
# pdftotext (poppler-utils) to read our PDF back; a PostgreSQL server the archive
# tests start in a temporary folder.
APT_TEST := xvfb libreoffice-writer-nogui python3-uno default-jre-headless desktop-file-utils \
	appstream shared-mime-info xdg-utils poppler-utils postgresql
# Building the bundle: PyInstaller needs objdump (binutils) and the shared
# libpython; the bundle test needs a virtual screen, xwininfo and pdftotext; installing
# for the desktop needs the XDG tools; rendering icons needs rsvg-convert.
APT_PACKAGE := binutils libpython3-dev xvfb x11-utils poppler-utils
APT_DESKTOP := desktop-file-utils shared-mime-info xdg-utils
APT_ICONS := librsvg2-bin imagemagick

.PHONY: run test fuzz setup system-deps test-deps venv translations lint bench package package-test \
	install-desktop uninstall-desktop icons clean

run: system-deps venv translations
	$(BIN)/mfa-desk $(SAMPLE)

test: system-deps test-deps venv translations
	bash tools/run-tests.sh

setup: system-deps venv translations

# Longer fuzzing than `make test` (300 cases a format there), then the fault run of
# docs/never-lose-a-word.md with 10,000 cases a format (about half an hour).
fuzz: system-deps venv translations
	MFA_FUZZ_EXAMPLES=2000 bash tools/run-tests.sh tests/fuzz
	$(BIN)/python benchmarks/fault_run.py --cases 10000

system-deps:
	@bash tools/apt-install.sh $(APT_RUNTIME)

test-deps:
	@bash tools/apt-install.sh $(APT_TEST)

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

translations: venv
	@bash tools/compile-translations.sh $(BIN)

lint: venv
	$(BIN)/ruff check mfa_desk tests
	$(BIN)/mypy

bench: system-deps venv
	@bash tools/apt-install.sh pandoc
	@for b in benchmarks/*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

# The one-folder bundle for this platform in dist/mfa-desk (+ a .tar.gz on Linux).
package: system-deps venv translations
	@bash tools/apt-install.sh $(APT_PACKAGE)
	bash packaging/build.sh $(BIN)

# Build from the current tree, then run the built executable with no venv on PATH.
package-test: package
	bash packaging/package-test.sh $(BIN)

# Install the bundle, launcher, metainfo, MIME type and icons for the current user.
install-desktop: package
	@bash tools/apt-install.sh $(APT_DESKTOP)
	bash packaging/linux/install-desktop.sh dist/mfa-desk

uninstall-desktop:
	bash packaging/linux/install-desktop.sh --uninstall

# Re-render the committed PNG/ICO icons after editing resources/icons/mfa-desk.svg.
icons:
	@bash tools/apt-install.sh $(APT_ICONS)
	bash packaging/render-icons.sh

clean:
	rm -rf $(VENV) build dist .pytest_cache
