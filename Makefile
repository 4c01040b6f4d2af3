# The two commands a user needs: `make run` and `make test`. Both set everything up.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test test-fast bench lint migration translations sysdeps-run sysdeps-test clean

run: sysdeps-run $(STAMP) translations
	$(VENV)/bin/itaku-daicho

test: sysdeps-test $(STAMP) translations
	$(VENV)/bin/ruff check .
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider

test-fast: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -x -m "not slow" -p no:cacheprovider

bench: sysdeps-test $(STAMP) translations
	@for b in bench/bench_*.py; do echo "== $$b"; QT_QPA_PLATFORM=offscreen $(PY) $$b || exit 1; done

lint: $(STAMP)
	$(VENV)/bin/ruff check .

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

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	@touch $(STAMP)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache resources/i18n/*.qm
