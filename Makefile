# zhmetrics — `make run` processes seeds/ into out/; `make test` runs every test.
GO      ?= go
BIN     := bin/zhmetrics
VERSION ?= 0.1.0
LDFLAGS := -s -w -X main.version=$(VERSION)
# noasm: arrow-go's pure-Go kernels in place of its SIMD assembly (Parquet
# writing is a small part of a run; 2.7 MB less binary). With the compressed
# dictionary and no pqarrow, bin/zhmetrics stays under 30 MB (TestBinarySize).
TAGS    := noasm

.PHONY: build run test bench lint clean report report-png report-browser report-timing torture memory beam-build beam-run pyenv pytest notebook spark-env spark-check beam-flink beam-spark beam-portable prism

build:
	$(GO) build -trimpath -tags '$(TAGS)' -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/zhmetrics

run: build
	./$(BIN) run -o out seeds

test: lint
	$(GO) test -count=1 ./...
	$(GO) test -count=1 -tags duckdb ./integration/
	$(GO) test -count=1 -tags beam ./cmd/zhmetrics-beam/
	$(MAKE) pytest

# The analysts' Python tools (integration/python/requirements.txt, pinned) in a
# git-ignored venv, .venv/. The stamp is the requirements file's copy: the venv
# is rebuilt only when that file changes (pip's own cache is reused).
PYTHON ?= python3
VENV   := .venv
$(VENV)/.stamp: integration/python/requirements.txt
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --disable-pip-version-check -r $<
	cp $< $@

pyenv: $(VENV)/.stamp

# pyarrow, pandas, polars, DuckDB and the notebook (nbclient) read the dataset
# of `make run` (out/); see integration/python/.
pytest: pyenv run
	ZHMETRICS=$(CURDIR)/$(BIN) $(VENV)/bin/python -m pytest -q -p no:cacheprovider integration/python

# examples/figures.ipynb executed headless against out/ and stored with its
# outputs (commit it after a change to the notebook or to the seeds' figures).
notebook: pyenv run
	$(VENV)/bin/python integration/python/nbrun.py

# Spark (pyspark, pinned in integration/python/requirements-spark.txt; Java 17)
# reads out/ in local[2]: types and README's first query.
SPARK_VENV := .venv-spark
$(SPARK_VENV)/.stamp: integration/python/requirements-spark.txt
	rm -rf $(SPARK_VENV)
	$(PYTHON) -m venv $(SPARK_VENV)
	$(SPARK_VENV)/bin/pip install -q --disable-pip-version-check -r $<
	cp $< $@

spark-env: $(SPARK_VENV)/.stamp

spark-check: spark-env run
	ZHMETRICS=$(CURDIR)/$(BIN) $(SPARK_VENV)/bin/python -m pytest -q -p no:cacheprovider integration/spark

# Inputs the fuzz target of Process is run on by make torture (a fixed number;
# make test runs its seed inputs only: fuzzing first rebuilds every package
# instrumented, minutes on a clean machine).
FUZZ_N ?= 2000

# The long reliability cases: SIGKILL at TORTURE_KILLS (50) moments, SIGTERM,
# a full tmpfs disk (root; skipped otherwise), readers during incremental runs
# (TORTURE_READS, 200); the fuzz target; then peak memory on one large
# document (MEMORY_MB, 500).
torture: build
	$(GO) test -count=1 -tags torture -timeout 60m -v -run Torture ./cmd/zhmetrics/
	$(GO) test -count=1 -run '^$$' -fuzz '^FuzzProcess$$' -fuzztime=$(FUZZ_N)x ./pipeline/
	./scripts/memory.sh

memory: build
	./scripts/memory.sh

# The same extraction as an Apache Beam pipeline (prism runner, in-process).
beam-build:
	$(GO) build -trimpath -ldflags '-s -w' -o bin/zhmetrics-beam ./cmd/zhmetrics-beam

beam-run: beam-build
	./bin/zhmetrics-beam --input 'seeds/*' --output out-beam --runner=prism

# The Beam pipeline submitted to a job server started on loopback, over seeds/
# and testdata/inputs/ with LOOPBACK workers; integration/beam/jobserver-check.sh
# checks with `zhmetrics diff` that its figures are exactly those of zhmetrics run.
# beam-portable: Beam's prism as a job server of its own (a separate process, the
# portable Job API over gRPC, as with Flink or Spark). beam-flink / beam-spark:
# Beam's Flink (embedded, --flink-master=[local]) and Spark (local[2]) job
# servers, fetched by Maven (integration/beam/pom.xml) into integration/beam/jars/.
BEAM_PORT ?= 8099
MVN       ?= mvn
BEAM_JARS := integration/beam/jars
prism:
	$(GO) build -o bin/prism github.com/apache/beam/sdks/v2/go/cmd/prism

beam-portable: beam-build build prism pyenv
	VENV_PY=$(CURDIR)/$(VENV)/bin/python integration/beam/jobserver-check.sh universal $(BEAM_PORT) -- \
	  bin/prism --job_port=$(BEAM_PORT) --serve_http=false

$(BEAM_JARS)/beam-flink-job-server.jar: integration/beam/pom.xml
	$(MVN) -q -B -U -f integration/beam/pom.xml dependency:copy@flink || \
	  { echo "Beam's Flink job server could not be fetched from Maven Central (see README, Flink)"; exit 1; }

$(BEAM_JARS)/beam-spark-job-server.jar: integration/beam/pom.xml
	$(MVN) -q -B -U -f integration/beam/pom.xml dependency:copy@spark || \
	  { echo "Beam's Spark job server could not be fetched from Maven Central (see README, Spark)"; exit 1; }

beam-flink: beam-build build pyenv $(BEAM_JARS)/beam-flink-job-server.jar
	VENV_PY=$(CURDIR)/$(VENV)/bin/python integration/beam/jobserver-check.sh flink $(BEAM_PORT) -- \
	  java -jar $(BEAM_JARS)/beam-flink-job-server.jar --flink-master=[local] --job-host=localhost \
	  --job-port=$(BEAM_PORT) --artifact-port=0 --expansion-port=0

beam-spark: beam-build build pyenv $(BEAM_JARS)/beam-spark-job-server.jar
	VENV_PY=$(CURDIR)/$(VENV)/bin/python integration/beam/jobserver-check.sh spark $(BEAM_PORT) -- \
	  java -jar $(BEAM_JARS)/beam-spark-job-server.jar --spark-master-url=local[2] --job-host=localhost \
	  --job-port=$(BEAM_PORT) --artifact-port=0 --expansion-port=0

# The HTML report of out/, and its rendering by headless Chromium (Debian's
# chromium package) to out/report.png, checked by TestReportPNG.
report: run
	./$(BIN) report -o out/report.html out

CHROMIUM ?= chromium
report-png: report
	$(CHROMIUM) --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
	  --disable-background-networking --disable-component-update --disable-sync \
	  --user-data-dir=$$(mktemp -d) --hide-scrollbars --window-size=1200,2600 \
	  --screenshot=$(CURDIR)/out/report.png file://$(CURDIR)/out/report.html
	REPORT_PNG=$(CURDIR)/out/report.png $(GO) test -count=1 -run TestReportPNG -v ./report/

# The report in a real browser: playwright-core (npm, pinned in
# report/browsertest/package-lock.json; it downloads no browser) drives
# Debian's chromium over out/report.html and a review page (seed 001 with a
# value, a metric and a figure changed or added, as `zhmetrics diff --format
# html` draws it),
# with the network blocked. Screenshots: out/report-browser.png,
# out/report-row.png, out/review-browser.png.
BROWSERTEST := report/browsertest
REVIEW_DIR  ?= /tmp/zhmetrics-review
report-browser: report
	rm -rf $(REVIEW_DIR) && mkdir -p $(REVIEW_DIR) && cp seeds/* $(REVIEW_DIR)/
	sed -i 's/795\.3亿元/795.4亿元/; s/新设企业/新登记企业/' $(REVIEW_DIR)/001_18dbd27aeb4158ef.txt
	printf '\n新增企业12家。\n' >> $(REVIEW_DIR)/001_18dbd27aeb4158ef.txt
	./$(BIN) report -o out/report-sampled.html --max-rows 50 out
	./$(BIN) diff out $(REVIEW_DIR) > out/review.txt; test $$? -eq 1
	./$(BIN) diff --format html out $(REVIEW_DIR) > out/review.html; test $$? -eq 1
	cd $(BROWSERTEST) && { [ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund; }
	REPORT_HTML=$(CURDIR)/out/report.html REVIEW_HTML=$(CURDIR)/out/review.html SAMPLED_HTML=$(CURDIR)/out/report-sampled.html \
	  REVIEW_SUMMARY="$$(tail -1 out/review.txt)" SHOT_DIR=$(CURDIR)/out CHROMIUM=$$(command -v $(CHROMIUM)) \
	  node --test $(BROWSERTEST)/report.test.mjs

# How long a page takes to open in chromium (README, The report): e.g.
# make report-timing REPORT_HTML=/tmp/c20.html
report-timing:
	cd $(BROWSERTEST) && { [ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund; }
	CHROMIUM=$$(command -v $(CHROMIUM)) node $(BROWSERTEST)/timing.mjs $(REPORT_HTML) 5

bench: build
	$(GO) test -run '^$$' -bench . -benchmem ./extract/ ./pipeline/ ./schema/
	./scripts/bench.sh

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

clean:
	rm -rf bin out/figures out/documents out/manifest.json out/current out/.snapshots out/.staging out/.lock out/report.html out/report.png
