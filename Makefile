# make run   creates .venv, installs NetDesigner and opens it on the bundled data.
# make test  creates .venv, installs the test extras and Qt's Debian libraries, runs the tests.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
APP_STAMP := $(VENV)/.installed-app
TEST_STAMP := $(VENV)/.installed-test
PYTEST_ARGS ?=

.PHONY: run test system-deps lint bench clean

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

run:
	bash scripts/system-deps.sh $(XCB_DEPS)
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

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build *.egg-info
