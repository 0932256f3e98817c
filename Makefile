# Two entry points for a fresh machine: `make run` and `make test` (README.md).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install servers run test eval clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# Serves the approved vendors when both credentials are in the environment, else the built-in demo upstream.
run: install
	@if [ ! -f users.yaml ]; then \
	  echo "creating users.yaml with a demo employee key (shown once, below):"; \
	  $(PY) -m gateway users add demo.employee --users users.yaml --approved-by "demo supervisor" --trained-on $$(date +%F) | tail -n 1; \
	fi
	@if [ -n "$$OPENAI_API_KEY" ] && [ -n "$$ANTHROPIC_API_KEY" ]; then cfg=gateway.example.yaml; else cfg=gateway.demo.yaml; \
	  echo "no OPENAI_API_KEY and ANTHROPIC_API_KEY in the environment: serving the built-in demo upstream"; fi; \
	  exec $(PY) -m gateway serve --config $$cfg

# Debian's prometheus (with promtool), redis-server and chromium for the metrics, shared rate-limit and page
# tests, and docker-compose, whose `config` validates deploy/compose.yaml without a Docker daemon; the tests are
# skipped, saying why, where they cannot be installed. The tests start their own instances on free ports;
# Playwright drives /usr/bin/chromium (no browser download).
servers:
	@command -v prometheus >/dev/null 2>&1 && command -v promtool >/dev/null 2>&1 && \
	  command -v redis-server >/dev/null 2>&1 && command -v docker-compose >/dev/null 2>&1 && \
	  [ -x /usr/bin/chromium ] || \
	  { [ "$$(id -u)" = 0 ] && DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus redis-server \
	    chromium docker-compose >/dev/null; } || \
	  echo "note: prometheus, redis-server, chromium or docker-compose could not be installed; their tests will be skipped"

# ruff, then mypy --strict over gateway/ ([tool.mypy] in pyproject.toml), then every test.
test: install servers
	$(PY) -m ruff check gateway tests bench deploy
	$(PY) -m mypy
	$(PY) -m pytest

# Our corpora, each one separately (python -m gateway eval: one table per corpus, then a summary), records made by
# Presidio's own generator (presidio-evaluator, in a venv of its own because it brings pandas, scikit-learn and
# transformers; installed beside the same presidio pins as ours), then the independent suite pii-leak-benchmark:
# `ci` with profile pii-v1 must say CLEAN, and its v2 response-split profile must show no request-path leak and
# every echoed value restored (its injection half scans answers, which the gateway does not; response_split.py).
# Its other profile, pii-secrets-v1, cannot pass by design: it expects credentials to be redacted and restored like
# personal data, where our policy refuses any request that carries one (a 400, nothing forwarded).
# docs/EVALUATION.md says what each figure means. Runs every step, then exits non-zero if either suite failed.
LEAK_BENCHMARK := pii-leak-benchmark==0.6.0
PRESIDIO_EVALUATOR := presidio-evaluator==0.3.2
PRESIDIO_PINS := $(shell grep -o 'presidio-[a-z]*==[0-9.]*' pyproject.toml)
EVALGEN := .venv-evalgen
GENERATED_RECORDS ?= 300

$(EVALGEN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(EVALGEN)
	$(EVALGEN)/bin/python -m pip install --quiet '$(PRESIDIO_EVALUATOR)' $(PRESIDIO_PINS)
	touch $@

eval: install $(EVALGEN)/.installed
	$(PY) -m gateway eval
	$(PY) -m gateway.detect.eval.generated -n $(GENERATED_RECORDS) --generator-python $(EVALGEN)/bin/python
	$(PY) -m pip show pii-leak-benchmark >/dev/null 2>&1 || $(PY) -m pip install --quiet '$(LEAK_BENCHMARK)'
	@status=0; \
	  $(PY) -m gateway.detect.eval.leak_benchmark --profile pii-v1 || status=1; \
	  $(PY) -m gateway.detect.eval.response_split || status=1; \
	  exit $$status

clean:
	rm -rf $(VENV) $(EVALGEN) .pytest_cache .ruff_cache .mypy_cache
