# The two commands a user needs: `make run` and `make test`. Both set everything up.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
# Every package of the dev/CI venv, pinned with hashes for every platform (uv, universal);
# requirements/bundle.lock is the same for the frozen bundles. Refresh: `make upgrade-deps`.
LOCK := requirements/dev.lock
UV_COMPILE = $(VENV)/bin/uv pip compile --universal --python-version 3.11 --generate-hashes -q \
	--custom-compile-command "make upgrade-deps"
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)
PYTEST := QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider
# Tests run in parallel, one worker per CPU; each module stays on one worker (module-scoped
# fixtures are built once). `make test XDIST=` runs them in one process.
XDIST ?= -n auto --dist loadscope
# The fast tier leaves out the markers declared in pyproject.toml: slow (scale), heavy
# (fuzzing, byte flips, damage) and crash (killed processes, full disks, closed pipes).
FAST := not slow and not heavy and not crash

.PHONY: run test test-fast bench lint migration translations sysdeps-run sysdeps-test clean \
	lock upgrade-deps package

run: sysdeps-run $(STAMP) translations
	$(VENV)/bin/itaku-daicho

# Everything (what CI runs): the lint below, then every test of every tier.
test: sysdeps-test $(STAMP) translations lint
	$(PYTEST) $(XDIST)

test-fast: $(STAMP) translations
	$(PYTEST) $(XDIST) -x -m "$(FAST)"

bench: sysdeps-test $(STAMP) translations
	@for b in bench/bench_*.py; do echo "== $$b"; QT_QPA_PLATFORM=offscreen $(PY) $$b || exit 1; done

# Style and size (ruff), layers (import-linter contracts; tests/test_layers.py checks the same
# in `make test`), types of the core (mypy). All configured in pyproject.toml.
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

# the next numbered db_migrations/ file from the register declarations (never edits a landed one)
migration: $(STAMP)
	@test -n "$(NAME)" || { echo "usage: make migration NAME=media_register" >&2; exit 2; }
	$(PY) -m desktop.registers.migration $(NAME)

translations: $(STAMP) $(QM)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

sysdeps-run:
	@packaging/debian-deps.sh run

sysdeps-test:
	@packaging/debian-deps.sh test

# The locked set (hash-checked, nothing resolved here), then the project itself in editable
# mode; `pip check` catches a dependency that pyproject.toml names and the lock lacks.
$(STAMP): pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q --require-hashes --no-deps -r $(LOCK)
	$(PY) -m pip install -q --no-deps --no-build-isolation -e .
	@$(PY) -m pip check || { echo "make: $(LOCK) does not satisfy pyproject.toml: run 'make lock'" >&2; exit 1; }
	@touch $(STAMP)

# Re-resolve the locks after a dependency was added or changed in pyproject.toml, keeping
# every other pin as it is.
lock: $(STAMP)
	$(UV_COMPILE) pyproject.toml requirements/build.in --extra test --extra lock -o $(LOCK)
	$(UV_COMPILE) pyproject.toml requirements/bundle.in -o requirements/bundle.lock

# Move every pin to the newest release the bounds in pyproject.toml allow, reinstall, and run
# the whole suite against the new set (review the diff of requirements/ before committing).
upgrade-deps: $(STAMP)
	$(UV_COMPILE) --upgrade pyproject.toml requirements/build.in --extra test --extra lock -o $(LOCK)
	$(UV_COMPILE) --upgrade pyproject.toml requirements/bundle.in -o requirements/bundle.lock
	$(MAKE) test

# The Linux one-folder bundle from requirements/bundle.lock, its smoke test (CLI init, verify,
# a submittal render; the GUI's first-run wizard offscreen), the tarball and the .deb, in dist/.
package: sysdeps-run
	PYTHON=$(PYTHON) packaging/pyinstaller/build.sh
	packaging/linux/build-deb.sh dist

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache .import_linter_cache resources/i18n/*.qm
