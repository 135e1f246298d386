# StudyTracker: `make run` opens the app, `make test` runs every test. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

# Compiled translations (.qm) are built from the .ts sources kept in the project, never committed.
TS := $(wildcard studytracker/translations/studytracker_*.ts)
QM := $(TS:.ts=.qm)

.PHONY: setup run test fuzz lint bench dist smoke-dist smoke-wheel install-desktop clean translations update-translations

# Re-install when the project's dependencies change.
$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,dev]'
	@touch $(STAMP)

setup: $(STAMP) translations

translations: $(QM)

studytracker/translations/%.qm: studytracker/translations/%.ts | $(STAMP)
	$(BIN)/python tools/translations.py compile $< $@

# After marking or changing strings: merge them into every .ts (then translate what is new).
update-translations: $(STAMP)
	$(BIN)/python tools/translations.py update

run: setup
	$(BIN)/studytracker

test: setup
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(BIN)/python -m pytest

# The property tests' long random search (twenty times the examples, drawn anew each run); an
# example it finds failing goes into the test as an @example, so that every run checks it.
fuzz: setup
	QT_QPA_PLATFORM=offscreen HYPOTHESIS_PROFILE=fuzz STUDYTRACKER_FUZZ_FACTOR=20 \
		$(BIN)/python -m pytest -q $$(grep -rl "from hypothesis import" tests --include="test_*.py")

lint: setup
	$(BIN)/ruff check studytracker tests tools bench
	$(BIN)/mypy studytracker bench
	$(BIN)/lint-imports

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache $(QM)

bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.run

# A one-folder app in dist/studytracker (PyInstaller, studytracker.spec).
dist: setup
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN studytracker.spec
	@du -sh dist/studytracker

# The built app run with no virtual environment: --version, a report, a screenshot, a real window.
smoke-dist: dist
	bash tools/smoke_dist.sh dist/studytracker/studytracker

# The wheel `pip install .` makes, installed into a new virtual environment and run from elsewhere.
smoke-wheel: setup
	PYTHON=$(PYTHON) bash tools/smoke_wheel.sh

# A launcher in the desktop menu, for the built app if there is one, else the one in .venv.
install-desktop: setup
	bash tools/install_desktop.sh
