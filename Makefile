# One task runner for the common commands. `make demo` and `make test` work on a fresh machine
# with Python 3.11: they create .venv and install Dossier with everything it needs first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
DEMO_DB ?= demo.db

.PHONY: install demo test test-fast fuzz lint typecheck eval bench bench-web bench-store bench-incremental bench-heideltime clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev,batch]'
	rm -f $(VENV)/.installed-*
	touch $@

demo: install
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/dossier ingest examples/ --db $(DEMO_DB)
	$(BIN)/dossier timeline --db $(DEMO_DB) --limit 12
	$(BIN)/dossier sources --db $(DEMO_DB) | head -n 20
	@echo
	@echo "Explore further (the database is $(DEMO_DB)):"
	@echo "  $(BIN)/dossier timeline --db $(DEMO_DB) --entity 'Kubanychbek-uulu'"
	@echo "  $(BIN)/dossier entities --db $(DEMO_DB) --type PERSON"
	@echo "  $(BIN)/dossier entity 'Wagner Group' --db $(DEMO_DB)"
	@echo "  $(BIN)/dossier search 'Sakharovo' --db $(DEMO_DB)"
	@echo "  $(BIN)/dossier extract ../shared/seeds/000_27fdb9fe6705f161.txt --indent 2"
	@echo "  $(BIN)/dossier export --db $(DEMO_DB) --format jsonl -o demo.jsonl"
	@echo
	@echo "Open it in the browser (then http://127.0.0.1:8000/):"
	@echo "  $(BIN)/dossier serve --db $(DEMO_DB)"

test: install
	$(BIN)/pytest -q

test-fast: install
	$(BIN)/pytest -q -m "not slow"

# Every parser's fuzz target with FUZZ_EXAMPLES random inputs each (make test runs 30);
# the summary gives the inputs run and the slowest per target. FUZZ_TARGETS narrows it,
# e.g. make fuzz FUZZ_EXAMPLES=5000 FUZZ_TARGETS=tests/fuzz/test_html.py
FUZZ_EXAMPLES ?= 100000
FUZZ_TARGETS ?= tests/fuzz
fuzz: install
	DOSSIER_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/pytest -q -p no:cacheprovider $(FUZZ_TARGETS)

lint: install
	$(BIN)/ruff check dossier tests eval benchmarks
	$(BIN)/ruff format --check dossier tests eval benchmarks

typecheck: install
	$(BIN)/mypy dossier

eval: install
	$(BIN)/python eval/temporal/tempeval3.py
	$(BIN)/python eval/temporal/russian.py
	$(BIN)/python eval/cite/evaluate.py
	$(BIN)/python eval/names/evaluate.py
	$(BIN)/python eval/entity_types/evaluate.py
	$(BIN)/python eval/events/evaluate.py
	$(BIN)/python eval/copies/evaluate.py
	$(BIN)/python eval/happenings/evaluate.py

bench: install
	$(BIN)/python benchmarks/ingest_throughput.py
	$(BIN)/python benchmarks/resolve_bench.py
	$(BIN)/python benchmarks/group_bench.py
	$(BIN)/python benchmarks/happenings_bench.py

bench-web: install
	$(BIN)/python benchmarks/web_bench.py

# Query latency and ingest throughput on SQLite and PostgreSQL (issue 12): 100,000 documents,
# 1,000,000 events, a fill of several minutes. The server is DOSSIER_TEST_PG, or a throwaway
# one started for the run; STORE_BENCH_ARGS adds options (e.g. --reuse, --documents 10000).
bench-store: install
	@if [ -n "$$DOSSIER_TEST_PG" ]; then \
		$(BIN)/python benchmarks/store_bench.py --pg "$$DOSSIER_TEST_PG" $(STORE_BENCH_ARGS); \
	else \
		dir=$$(mktemp -d); chmod 755 "$$dir"; trap 'scripts/pg-cluster stop "$$dir/pg" || true; rm -rf "$$dir"' EXIT; \
		pg=$$(scripts/pg-cluster start "$$dir/pg") && \
		$(BIN)/python benchmarks/store_bench.py --pg "$$pg" $(STORE_BENCH_ARGS); \
	fi

# 100 new documents into a 100,000-document base against an empty one (incremental linking),
# on SQLite; INCREMENTAL_BENCH_ARGS="--pg ADDRESS" adds PostgreSQL, "--base 20000" is quicker.
bench-incremental: install
	$(BIN)/python benchmarks/incremental_bench.py $(INCREMENTAL_BENCH_ARGS)

bench-ray: install
	$(BIN)/python benchmarks/ray_scaling.py

bench-heideltime: install
	$(BIN)/python -m pip install --quiet '.[bench]'
	$(BIN)/python benchmarks/temporal_heideltime.py

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm .pytest_cache .mypy_cache .ruff_cache
