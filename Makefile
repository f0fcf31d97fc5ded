# zhmetrics — `make run` processes seeds/ into out/; `make test` runs every test.
GO      ?= go
BIN     := bin/zhmetrics
VERSION ?= 0.1.0
LDFLAGS := -s -w -X main.version=$(VERSION)

.PHONY: build run test bench lint clean

build:
	$(GO) build -trimpath -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/zhmetrics

run: build
	./$(BIN) run -o out seeds

test: lint
	$(GO) test -count=1 ./...

bench: build
	$(GO) test -run '^$$' -bench . -benchmem ./extract/ ./pipeline/
	./scripts/bench.sh

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

clean:
	rm -rf bin out/figures out/documents out/manifest.json out/.lock
