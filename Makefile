# make run   creates .venv, installs NetDesigner and opens it on the bundled data.
# make test  creates .venv, installs the test extras and Qt's Debian libraries, runs the tests.
# make package  builds the Linux bundle and its .deb in dist/ (see packaging/README.md).
# make screenshots  renders the user guide's pictures (docs/images, docs/zh_CN/images).

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
APP_STAMP := $(VENV)/.installed-app
TEST_STAMP := $(VENV)/.installed-test
PYTEST_ARGS ?=

.PHONY: run test system-deps lint bench package screenshots clean

$(APP_STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): $(APP_STAMP)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

system-deps:
	bash scripts/system-deps.sh

# A real window also needs Qt's X11 (xcb) libraries.
XCB_DEPS := libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
	libxcb-randr0 libxcb-render-util0 libxcb-shape0

# A font with Chinese characters for the zh_CN translation.
FONT_DEPS := fonts-wqy-microhei

run:
	bash scripts/system-deps.sh $(XCB_DEPS) $(FONT_DEPS)
	$(MAKE) $(APP_STAMP)
	$(PY) main.py

# pytest exits 5 when it collects no tests; that is not a failure of the project.
test: system-deps $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS); rc=$$?; [ $$rc -eq 5 ] && rc=0; exit $$rc

lint: $(TEST_STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

bench: $(APP_STAMP)
	for script in benchmarks/*.py; do $(PY) $$script || exit 1; done

# The user guide's pictures, English and Chinese, rendered from the real window offscreen.
screenshots: $(APP_STAMP)
	$(PY) scripts/screenshots.py
	$(PY) scripts/screenshots.py --language zh_CN

# The Linux bundle (dist/netdesigner/), checked with its self-test, and the .deb (fast gzip).
# packaging/README.md tells how to build the other installers.
package: system-deps $(TEST_STAMP)
	$(PY) packaging/build.py bundle
	$(PY) packaging/build.py selftest
	$(PY) packaging/build.py deb

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build dist *.egg-info
