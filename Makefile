# zhmetrics — `make run` processes seeds/ into out/; `make test` runs every test.
GO      ?= go
BIN     := bin/zhmetrics
VERSION ?= 0.1.0
LDFLAGS := -s -w -X main.version=$(VERSION)

.PHONY: build run test torture memory bench lint clean report report-png beam-build beam-run

build:
	$(GO) build -trimpath -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/zhmetrics

run: build
	./$(BIN) run -o out seeds

test: lint
	$(GO) test -count=1 ./...
	$(GO) test -count=1 -tags duckdb ./integration/
	$(GO) test -count=1 -tags beam ./cmd/zhmetrics-beam/

# Inputs the fuzz target of Process is run on by make torture (a fixed number;
# make test runs its seed inputs only: fuzzing first rebuilds every package
# instrumented, minutes on a clean machine).
FUZZ_N ?= 2000

# The long reliability cases: SIGKILL at TORTURE_KILLS (20) moments, SIGTERM,
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

bench: build
	$(GO) test -run '^$$' -bench . -benchmem ./extract/ ./pipeline/ ./schema/
	./scripts/bench.sh

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

clean:
	rm -rf bin out/figures out/documents out/manifest.json out/current out/.snapshots out/.staging out/.lock out/report.html out/report.png
