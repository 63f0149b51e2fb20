# dateline: the same entry points locally and in CI.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: demo test install lint typecheck bench model clean

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

typecheck: $(VENV)/.installed-test
	$(BIN)/python -m pip install -q mypy
	$(BIN)/python -m mypy

bench: $(VENV)/.installed-test
	@for script in bench/*.py; do echo "== $$script"; $(BIN)/python $$script; done

# Train dateline's English model from ../shared/data/nlp and install it in the package
# (about 35 minutes on 2 cores: the syntax and NER pipelines train side by side, one core each).
DATA ?= ../shared/data/nlp
TRAIN_ENV := OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
model: $(VENV)/.installed-test
	$(BIN)/python training/convert.py --data $(DATA) --out training/corpus
	$(TRAIN_ENV) $(BIN)/python -m spacy train training/syntax.cfg --output training/output/syntax \
		--paths.train training/corpus/ewt-train.spacy --paths.dev training/corpus/ewt-dev.spacy & syntax=$$!; \
	$(TRAIN_ENV) $(BIN)/python -m spacy train training/ner.cfg --output training/output/ner \
		--paths.train training/corpus/ner-train.spacy --paths.dev training/corpus/ner-dev.spacy & ner=$$!; \
	wait $$syntax && wait $$ner
	$(BIN)/python training/assemble.py

clean:
	rm -rf $(VENV) dateline-demo.db* .pytest_cache build *.egg-info
