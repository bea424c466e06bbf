# Demining QGIS plugin: set-up, tests, demo, packaging.
# Works on a fresh Debian 12 machine as root (or with sudo): missing Debian packages
# and the Python venv are installed on first use.

SHELL := /bin/bash
.DEFAULT_GOAL := help

SYSTEM_PYTHON := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# QGIS 3.22 LTR and its Python bindings come from Debian; the venv sees them through
# --system-site-packages. NumPy stays < 2: Debian's GDAL is built against NumPy 1.24.
DEB_PACKAGES := qgis python3-qgis qgis-providers python3-gdal python3-venv python3-pip \
	xvfb xauth imagemagick poppler-utils qttools5-dev-tools pyqt5-dev-tools zip sqlite3 rsync python3-pyproj python3-scipy \
	postgresql postgresql-15-postgis-3 python3-psycopg2
PIP_PACKAGES := "numpy<2" "pytest>=7,<10" "pytest-qgis>=2" "hypothesis<7" "ruff<1" \
	"pandas<3" "geopandas<1.1" "shapely>=2,<3"

# pyproj looks for PROJ's data (proj.db) under sys.prefix, which in the venv is the venv, and
# warns "Valid PROJ data directory not found" in every command. A .pth file in the venv sets
# PROJ_DATA to the system's PROJ data (where GDAL and QGIS read it too) at interpreter start,
# unless PROJ_DATA or PROJ_LIB is set already.
PROJ_DATA_DIR = $(shell $(SYSTEM_PYTHON) -c "import pyproj; print(pyproj.datadir.get_data_dir())" 2>/dev/null \
	|| echo /usr/share/proj)
PROJ_PTH := demining_proj_data.pth

BUILD := build
DIST := dist
PACKAGE_DIR := $(BUILD)/package/demining_plugin
DEMO_DIR := $(BUILD)/demo
DEMO_STORE := $(DEMO_DIR)/demo.gpkg
PROFILES := $(abspath $(BUILD)/profiles)
PROFILE := demining
PROFILE_PLUGINS := $(PROFILES)/profiles/$(PROFILE)/python/plugins

export QT_LOGGING_RULES := *.debug=false

.PHONY: help system venv test demo bench run package lint i18n clean

help:
	@echo "make run      start QGIS with the plugin on the demo data (needs a display or xvfb-run)"
	@echo "make demo     build the demo store headless, print its headline figures and the demo week's report"
	@echo "make test     install what is missing and run the whole test suite offscreen"
	@echo "make bench    benchmarks against their peers: hectare totals, record accuracy, mine-map import, field-map atlas"
	@echo "make package  build $(DIST)/demining_plugin.zip for 'Install from ZIP'"
	@echo "make lint     ruff"
	@echo "make i18n     update the translation sources i18n/*.ts (pylupdate5) and list what is untranslated"
	@echo "make clean    remove build products and the venv"

system:
	@missing=$$(for p in $(DEB_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:" $$missing; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

venv: system $(VENV)/.ready

$(VENV)/.ready: Makefile
	@[ -x $(PY) ] || $(SYSTEM_PYTHON) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check $(PIP_PACKAGES)
	@$(PY) -c "import numpy, qgis.core, osgeo.gdal; assert int(numpy.__version__.split('.')[0]) < 2" \
		|| { echo "The venv cannot import QGIS/GDAL with NumPy < 2"; exit 1; }
	@site=$$($(PY) -c "import sysconfig; print(sysconfig.get_path('purelib'))") && \
		echo "import os; os.environ.get('PROJ_DATA') or os.environ.get('PROJ_LIB') or os.environ.update(PROJ_DATA='$(PROJ_DATA_DIR)')" \
		> "$$site/$(PROJ_PTH)"
	@env -u PROJ_DATA -u PROJ_LIB $(PY) -W error -c "import pyproj.datadir; pyproj.datadir.get_data_dir()" \
		|| { echo "pyproj in the venv finds no PROJ data (looked for proj.db in $(PROJ_DATA_DIR))"; exit 1; }
	@touch $@

test: venv
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q tests

demo: venv
	QT_QPA_PLATFORM=offscreen $(PY) seeds/build_demo.py --output $(DEMO_STORE)

# Each benchmark measures its peer in the same run (tests/benchmarks, never part of make test):
# hectare totals of 100,000 polygons (geopandas, native:dissolve), record accuracy of 189,000
# mapped mines (native:joinbynearest), a 189,000-row mine-map import (ogr2ogr), a 50-task atlas.
bench: venv $(DEMO_STORE)
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/bench_totals.py --demo-store $(DEMO_STORE) --n 100000
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/bench_accuracy.py --demo-store $(DEMO_STORE)
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/bench_import.py --n 189000
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/bench_fieldmap.py --demo-store $(DEMO_STORE) --tasks 50

$(DEMO_STORE): | venv
	QT_QPA_PLATFORM=offscreen $(PY) seeds/build_demo.py --output $(DEMO_STORE)

# Assemble the plugin folder exactly as the ZIP holds it.
assemble: venv
	rm -rf $(BUILD)/package && mkdir -p $(PACKAGE_DIR)
	rsync -a --exclude '__pycache__' --exclude '*.pyc' demining_plugin/ $(PACKAGE_DIR)/
	cp metadata.txt LICENSE $(PACKAGE_DIR)/
	rsync -a --exclude '__pycache__' --exclude 'screenshots' resources/ $(PACKAGE_DIR)/resources/
	mkdir -p $(PACKAGE_DIR)/seeds && cp seeds/*.json $(PACKAGE_DIR)/seeds/
	mkdir -p $(PACKAGE_DIR)/i18n
	@for ts in i18n/*.ts; do [ -e "$$ts" ] || continue; \
		lrelease -silent "$$ts" -qm "$(PACKAGE_DIR)/i18n/$$(basename "$${ts%.ts}").qm"; done

package: assemble
	mkdir -p $(DIST) && rm -f $(DIST)/demining_plugin.zip
	cd $(BUILD)/package && zip -qr $(abspath $(DIST))/demining_plugin.zip demining_plugin
	@echo "Built $(DIST)/demining_plugin.zip"

# A dedicated QGIS profile with the plugin installed and enabled, and the demo project.
run: assemble $(DEMO_STORE)
	mkdir -p $(PROFILE_PLUGINS) && rm -rf $(PROFILE_PLUGINS)/demining_plugin
	cp -r $(PACKAGE_DIR) $(PROFILE_PLUGINS)/
	QT_QPA_PLATFORM=offscreen $(PY) seeds/prepare_profile.py --profile-dir $(PROFILES)/profiles/$(PROFILE)
	@if [ -z "$$DISPLAY" ]; then \
		echo "No display. Run QGIS on a virtual screen with:"; \
		echo "  xvfb-run -a -s '-screen 0 1600x1000x24' make run"; \
		exit 1; fi
	qgis --profiles-path $(PROFILES) --profile $(PROFILE) --noversioncheck --nologo $(DEMO_DIR)/demo.qgz

lint: venv
	$(VENV)/bin/ruff check demining_plugin tests seeds

# Translation sources: pylupdate5 collects every translated string of the code into
# i18n/demining_plugin_<lang>.ts (obsolete entries dropped); ts_status.py then lists what
# is untranslated or written in a form pylupdate5 cannot see. Add a language: LANGUAGES.
LANGUAGES := az tr ru uk
i18n: system
	@mkdir -p i18n
	PYTHONWARNINGS=ignore pylupdate5 -noobsolete $$(find demining_plugin -name '*.py' -not -path '*/__pycache__/*' | sort) \
		-ts $(foreach lang,$(LANGUAGES),i18n/demining_plugin_$(lang).ts)
	@for lang in $(LANGUAGES); do sed -i -E "0,/<TS version=\"[0-9.]+\"( language=\"[^\"]*\")?>/s//<TS version=\"2.1\" language=\"$$lang\" sourcelanguage=\"en\">/" \
		i18n/demining_plugin_$$lang.ts; done
	-$(SYSTEM_PYTHON) i18n/ts_status.py --no-pylupdate --languages $(LANGUAGES) | grep -v '^  '

clean:
	rm -rf $(BUILD) $(DIST) .pytest_cache .ruff_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
