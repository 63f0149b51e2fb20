# dateline: the same entry points locally and in CI.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: demo test install lint bench model clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# Stamps re-run the install whenever pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/dateline demo

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest -q

# Static checks: pyflakes/bugbear rules and mypy --strict on the package.
lint: $(VENV)/.installed-test
	$(BIN)/python -m pip install -q ruff mypy
	$(BIN)/python -m ruff check dateline bench training tests --select F,E9,B --ignore B008,B905
	$(BIN)/python -m mypy

bench: $(VENV)/.installed-test
	@for script in bench/*.py; do echo "== $$script"; $(BIN)/python $$script; done

# Train dateline's English model from ../shared/data/nlp and install it in the package.
# Measured: 44 minutes for training/joint.cfg (10,000 steps, 2 BLAS threads) on the 2-core machine.
# CONVERT="--gum" adds GUM's openly licensed genres to the syntax data (not in the shipped
# model; see bench/README.md: 54 minutes with 12,000 steps, LAS 80.3).
DATA ?= ../shared/data/nlp
CONVERT ?=
model: $(VENV)/.installed-test
	$(BIN)/python training/convert.py --data $(DATA) --out training/corpus $(CONVERT)
	OMP_NUM_THREADS=2 OPENBLAS_NUM_THREADS=2 $(BIN)/python -m spacy train training/joint.cfg \
		--output training/output/joint \
		--paths.train training/corpus/joint-train.spacy --paths.dev training/corpus/ewt-dev.spacy
	$(BIN)/python training/assemble.py --pipeline training/output/joint/model-best

clean:
	rm -rf $(VENV) dateline-demo.db* .pytest_cache build *.egg-info
