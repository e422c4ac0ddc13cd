# Every target sets up .venv itself through `install` (a no-op when up to date).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PG_URL ?= postgres://postgres@127.0.0.1:5432/directcontracts
PYTEST_ARGS ?=
# Two test workers (pytest-xdist): the suite is CPU-bound and CI has two cores. 0 runs in one process.
PYTEST_WORKERS ?= 2

.PHONY: install run serve worker demo test test-sqlite test-postgres lint format migrate \
        bench bench-http bench-hostile bench-forgery bench-velocity bench-ledger crash-ledger bench-screening eval-screening eval-screening-heldout eval-screening-loao eval-messages \
        model message-model corpus bench-circumvention eval-circumvention eval-circumvention-large eval-disguises eval-foreign-population eval-close-people clean fuzz

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

migrate: install
	$(BIN)/directcontracts migrate --no-input

# The demo's emails link to the address `make run` serves (PORT, as scripts/run.sh reads it).
demo: migrate
	BASE_URL="$${BASE_URL:-http://127.0.0.1:$${PORT:-8000}}" $(BIN)/directcontracts load_demo

run: demo
	scripts/run.sh

# Production mode on one machine (needs SECRET_KEY; see README, "Operations").
serve: install
	scripts/serve.sh

worker: install
	$(BIN)/directcontracts db_worker

lint: install
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts
	$(BIN)/mypy
	DIRECTCONTRACTS_VAR_DIR=$$(mktemp -d) $(BIN)/directcontracts makemigrations --check --dry-run

format: install
	$(BIN)/ruff check --fix src tests bench scripts
	$(BIN)/ruff format src tests bench scripts

test: lint test-sqlite test-postgres

test-sqlite: install
	scripts/browser-check.sh
	DATABASE_URL=sqlite:///:memory: $(BIN)/pytest -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

# The same suite on PostgreSQL, plus the tests that need real concurrent connections.
# With CI=true a missing server fails the run; elsewhere it is skipped with a message.
test-postgres: install
	@if $(BIN)/python scripts/pg_available.py "$(PG_URL)"; then \
		DATABASE_URL=$(PG_URL) $(BIN)/pytest -n $(PYTEST_WORKERS) -m "not e2e" $(PYTEST_ARGS); \
	elif [ "$$CI" = "true" ]; then \
		echo "PostgreSQL is not reachable at $(PG_URL), and CI=true makes it mandatory." >&2; exit 1; \
	else \
		echo "SKIPPED: the PostgreSQL suite (no server at $(PG_URL)); start PostgreSQL to run it."; \
	fi

# A longer schemathesis pass over every API operation (the suite runs 2 examples each).
fuzz: install
	SCHEMATHESIS_EXAMPLES=$${SCHEMATHESIS_EXAMPLES:-50} DATABASE_URL=sqlite:///:memory: \
		$(BIN)/pytest tests/api/test_schemathesis.py -n 2 -q -p no:cacheprovider $(PYTEST_ARGS)

bench: bench-ledger bench-screening bench-circumvention

# HTTP load on `make serve`'s stack: the mix against a signed-in trivial endpoint, same run.
bench-http: install
	DATABASE_URL=$(PG_URL) $(BIN)/python bench/http_load.py

# Families of hostile input of bounded size against every entry point, in process on an
# in-memory database: the worst CPU time of each family and every 500 (never asserted).
bench-hostile: install
	$(BIN)/python bench/hostile_inputs.py

# 1,000,000 random and mutated tokens and codes against the verifier (BENCH_TRIES).
bench-forgery: install
	$(BIN)/python bench/forgery.py

bench-velocity: install
	$(BIN)/python bench/velocity.py

bench-ledger: install
	DATABASE_URL=$(PG_URL) $(BIN)/python bench/ledger.py

crash-ledger: install
	DATABASE_URL=$(PG_URL) $(BIN)/python bench/crash_ledger.py

# The packaged rules (data/default_rules.json) and, for reading, the composed corpus
# (var/screening/corpus_generated.jsonl; training composes it in memory).
corpus: install
	$(BIN)/python -m directcontracts.screening.corpus.rules_source
	$(BIN)/python -m directcontracts.screening.corpus.compose

model: install
	$(BIN)/python -m directcontracts.screening.train

message-model: install
	$(BIN)/python -m directcontracts.screening.train --no-cv --messages-model

SCREENING_DEV ?= ../shared/data/screening-dev.jsonl
eval-screening: install
	$(BIN)/python bench/eval_screening.py $(SCREENING_DEV)

# The newest held-out set, by an author who never saw the screener (see docs/screening.md for
# which sets are clean for which version); heldout.jsonl .. heldout_v17.jsonl came before.
SCREENING_HELDOUT ?= tests/screening/data/heldout_v24.jsonl
eval-screening-heldout: install
	$(BIN)/python bench/eval_screening.py $(SCREENING_HELDOUT)

# Both checks a contract message goes through, on a labelled message set (docs/screening.md):
# make eval-messages FILE=tests/screening/data/messages_heldout_v6.jsonl [MESSAGES_ARGS="--split held -v"]
FILE ?= tests/screening/data/messages_heldout_v6.jsonl
MESSAGES_ARGS ?=
eval-messages: install
	$(BIN)/python bench/eval_messages.py $(FILE) $(MESSAGES_ARGS)

# Leave one author out: train without each independent author's set, score that set
# (docs/screening.md, "Measuring"); LOAO_ARGS=--recipe=current for model v9's recipe.
LOAO_ARGS ?=
eval-screening-loao: install
	$(BIN)/python bench/eval_screening_loao.py $(LOAO_ARGS)

bench-screening: install
	$(BIN)/python bench/screening.py

eval-circumvention: install
	$(BIN)/python bench/eval_circumvention.py ../shared/data/identity-dev

# Our own disguise families and hard negatives (issue 14): seed 1 tuned on; seeds 2, 3, 4,
# 5 to 25 held out (each first run after a freeze; seed 6 in the fifth round, 7 in the sixth,
# 8 in the seventh, 9 in the eighth, 10 in the ninth, 11 in the tenth, 12 in the eleventh, 13
# in the twelfth, 14 in the thirteenth, 15 in the fourteenth, 16 in the fifteenth, 17 in the
# sixteenth, 18 in the seventeenth, 19 to 24 in the eighteenth to twenty-third, 25 in the
# twenty-fourth, 26 in the twenty-fifth, 27 in the twenty-sixth).
eval-disguises: install
	$(BIN)/python bench/eval_circumvention.py --disguises --seed 1
	$(BIN)/python bench/eval_circumvention.py --disguises --seed 2
	$(BIN)/python bench/eval_circumvention.py --disguises --seed 3
	$(BIN)/python bench/eval_circumvention.py --disguises --seed 4
	$(BIN)/python bench/eval_circumvention.py --disguises --seed 5
	$(BIN)/python bench/eval_circumvention.py --disguises --seed 6
	$(BIN)/python bench/eval_circumvention.py --disguises --seed 7
	$(BIN)/python bench/eval_circumvention.py --disguises --seed 8
	$(BIN)/python bench/eval_circumvention.py --disguises --seed 9
	$(BIN)/python bench/eval_circumvention.py --disguises --seed 10
	$(BIN)/python bench/eval_circumvention.py --disguises --seed 11
	$(BIN)/python bench/eval_circumvention.py --disguises --seed 12
	$(BIN)/python bench/eval_circumvention.py --disguises --seed 13
	$(BIN)/python bench/eval_circumvention.py --disguises --seed 14
	$(BIN)/python bench/eval_circumvention.py --disguises --seed 15
	$(BIN)/python bench/eval_circumvention.py --disguises --seed 16
	$(BIN)/python bench/eval_circumvention.py --disguises --seed 17
	$(BIN)/python bench/eval_circumvention.py --disguises --seed 18
	$(BIN)/python bench/eval_circumvention.py --disguises --seed 19
	$(BIN)/python bench/eval_circumvention.py --disguises --seed 20
	$(BIN)/python bench/eval_circumvention.py --disguises --seed 21
	$(BIN)/python bench/eval_circumvention.py --disguises --seed 22
	$(BIN)/python bench/eval_circumvention.py --disguises --seed 23
	$(BIN)/python bench/eval_circumvention.py --disguises --seed 24
	$(BIN)/python bench/eval_circumvention.py --disguises --seed 25
	$(BIN)/python bench/eval_circumvention.py --disguises --seed 26
	$(BIN)/python bench/eval_circumvention.py --disguises --seed 27

# Our families on the shared generator's population, where names are as varied as in life
# (issue 14, round 7): population 21 with families 5 tuned on; 22 / 6, 23 / 7, 25 / 9, 26 / 10,
# 27 / 11, 28 / 12, 29 / 13, 30 / 14, 31 / 15, 32 / 16, 33 / 17, 34 / 18, 35 / 19, 36 / 20,
# 37 / 21, 38 / 22, 39 / 23, 40 / 24, 41 / 25 and 42 / 26 held out in rounds 7 to 26
# (24 / 8: the extra families' first run).
eval-foreign-population: install
	$(BIN)/python bench/foreign_population.py --population-seed 21 --seed 5
	$(BIN)/python bench/foreign_population.py --population-seed 22 --seed 6
	$(BIN)/python bench/foreign_population.py --population-seed 23 --seed 7
	$(BIN)/python bench/foreign_population.py --population-seed 25 --seed 9
	$(BIN)/python bench/foreign_population.py --population-seed 26 --seed 10
	$(BIN)/python bench/foreign_population.py --population-seed 27 --seed 11
	$(BIN)/python bench/foreign_population.py --population-seed 28 --seed 12
	$(BIN)/python bench/foreign_population.py --population-seed 29 --seed 13
	$(BIN)/python bench/foreign_population.py --population-seed 30 --seed 14
	$(BIN)/python bench/foreign_population.py --population-seed 31 --seed 15
	$(BIN)/python bench/foreign_population.py --population-seed 32 --seed 16
	$(BIN)/python bench/foreign_population.py --population-seed 33 --seed 17
	$(BIN)/python bench/foreign_population.py --population-seed 34 --seed 18
	$(BIN)/python bench/foreign_population.py --population-seed 35 --seed 19
	$(BIN)/python bench/foreign_population.py --population-seed 36 --seed 20
	$(BIN)/python bench/foreign_population.py --population-seed 37 --seed 21
	$(BIN)/python bench/foreign_population.py --population-seed 38 --seed 22
	$(BIN)/python bench/foreign_population.py --population-seed 39 --seed 23
	$(BIN)/python bench/foreign_population.py --population-seed 40 --seed 24
	$(BIN)/python bench/foreign_population.py --population-seed 41 --seed 25
	$(BIN)/python bench/foreign_population.py --population-seed 42 --seed 26

eval-close-people: install
	$(BIN)/python bench/close_people.py

eval-circumvention-large: install
	$(BIN)/python bench/eval_circumvention.py --generate 100000x10000

bench-circumvention: install
	DATABASE_URL=$(PG_URL) $(BIN)/python bench/circumvention.py

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
