# The course's task runner. `make lab` opens the course, `make test` runs the
# tests; both first install whatever is missing into .venv/.

PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
# Jupyter refuses to run as root unless told; containers and CI often are root.
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root,)
# Keeps TensorFlow's C++ start-up log out of notebooks (kernels inherit it).
export TF_CPP_MIN_LOG_LEVEL ?= 3

.PHONY: lab test test-fast lint format exercises benchmark site hub clean help

help:
	@echo "make lab        install what is missing, then open the course in JupyterLab"
	@echo "make test       install what is missing, then run the whole test suite"
	@echo "make test-fast  the tests that run no notebook (seconds)"
	@echo "make lint       ruff check and format check"
	@echo "make exercises  regenerate exercises/ from solutions/ with nbgrader"
	@echo "make site       build the course site (executed lessons, exercises' tasks):"
	@echo "                open site/_build/html/index.html"
	@echo "make benchmark  time notebooks, explorers and class grading against their targets;"
	@echo "                count specific and generic feedback causes (target: no generic one)"
	@echo "make hub        (as root) the course on a JupyterHub at http://127.0.0.1:8000: an"
	@echo "                instructor and two students; Ctrl-C stops it and removes it all"

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

lab: $(STAMP)
	$(BIN)/jupyter lab $(ROOT_FLAG) --ServerApp.root_dir=. \
		--LabApp.default_url=/lab/tree/course/01_concatenation.ipynb

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest -n 2 --dist loadgroup

test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not slow"

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

exercises: $(STAMP)
	$(BIN)/python -m autograder.release

site: $(STAMP)
	$(BIN)/python site/build.py

benchmark: $(STAMP)
	$(BIN)/python benchmarks/notebooks_and_explorers.py
	$(BIN)/python benchmarks/feedback_causes.py
	$(BIN)/python benchmarks/fused_inference.py
	$(BIN)/python benchmarks/class_grading.py

# A JupyterHub for the course on this machine (hub/): accounts, exchange, formgrader;
# configurable-http-proxy is installed into hub/node_modules by npm on first use.
hub: $(STAMP)
	$(BIN)/python -m hub

clean:
	rm -rf .pytest_cache .ruff_cache .artifacts site/_build
