# The two commands of the README:
#   make graph   install kg in .venv and build output/ from seeds/
#   make test    install kg, its test tools and Debian packages, then run every test
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)

.PHONY: graph test install install-test system-packages ontologies

graph: install
	$(BIN)/kg build seeds/ -o output/

test: install-test system-packages
	$(BIN)/python -m pytest

# Rewrite ontologies/cameo.ttl from kg/data/cameo.tsv (a test checks that it is current).
ontologies: install
	$(BIN)/python -c "from kg.rdf import cameo_scheme, serialize; from kg.files import write_atomic; write_atomic('ontologies/cameo.ttl', serialize(cameo_scheme()))"

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

# Debian packages the tests use: headless Chromium and rapper (an independent RDF parser).
system-packages:
	@if ! command -v chromium >/dev/null || ! command -v rapper >/dev/null; then \
		$(SUDO) apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends chromium raptor2-utils; \
	fi
