# The two commands a newcomer needs: `make run` and `make test`. Both install what is missing.
# Everything else (build, deps, asan, ...) is listed by `make help`.

BUILD_DIR := build
BIN := $(BUILD_DIR)/bin

# Debian packages, by what needs them. `make deps` installs only the missing ones.
# (qt6-websockets-dev is listed because qt6-httpserver-dev needs it at configure time but does not depend on it.)
DEPS_BUILD := cmake ninja-build g++ ccache pkg-config \
	qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev qt6-svg-dev \
	qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev libvulkan-dev libxkbcommon-dev
DEPS_RUN := qt6-qpa-plugins libqt6svg6 qt6-translations-l10n gnome-keyring fonts-noto-cjk
DEPS_TEST := dbus dbus-x11 gnome-keyring libsecret-tools xvfb xauth x11-utils imagemagick \
	desktop-file-utils appstream
DEPS_FUZZ := clang libclang-rt-14-dev
# `make package`: dpkg-shlibdeps (dpkg-dev) computes the .deb's Depends; help2man writes the
# manual page from --help; `make package-test` checks the .deb with lintian, renders the page
# with man (man-db) and loads the completion in bash (bash-completion).
DEPS_PACKAGE := dpkg-dev help2man lintian man-db bash-completion
# `make format-check`
DEPS_FORMAT := clang-format
DEPS := $(DEPS_BUILD) $(DEPS_RUN) $(DEPS_TEST) $(DEPS_PACKAGE) $(DEPS_FORMAT)

# Seconds each fuzz target runs under `make fuzz` (a long run; CI passes FUZZ_SECONDS=60).
FUZZ_SECONDS ?= 300
FUZZ_TARGETS := $(shell sed -n 's/^set(BACKFILL_FUZZ_TARGETS \(.*\))/\1/p' tests/fuzz/CMakeLists.txt)

# The official Node.js SDK the listing benchmark is compared with (its row says "skipped" without it).
SDK_LISTING := tests/benchmarks/sdk-listing

SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

.PHONY: help deps deps-fuzz configure build run test asan fuzz bench bench-sdk-deps tidy format-check package package-test clean

help:
	@echo "make run    install what is missing, build, and start Backfill Browser"
	@echo "make test   install what is missing, build, and run the whole test suite"
	@echo "make build  configure and build into $(BUILD_DIR)/ (binaries in $(BIN)/)"
	@echo "make deps   install missing Debian packages (apt-get; sudo when not root)"
	@echo "make asan   build with ASan+UBSan into build-asan/ and run the same suite"
	@echo "make fuzz   build the libFuzzer targets (clang) and run each for FUZZ_SECONDS (default 300)"
	@echo "make bench  build and print the benchmark table (tests/benchmarks/RESULTS.md)"
	@echo "make bench-sdk-deps  npm ci the official Node SDK the listing is compared with (make bench does it)"
	@echo "make tidy   run clang-tidy (.clang-tidy) over app/ and ui/"
	@echo "make format-check  clang-format --dry-run --Werror over the tracked *.cpp and *.h (.clang-format)"
	@echo "make package       build the .deb into $(BUILD_DIR)/ (CPack)"
	@echo "make package-test  build, unpack and check the .deb (CTest label 'package')"

deps:
	@$(MAKE) --no-print-directory install-packages PACKAGES="$(DEPS)"

deps-fuzz:
	@$(MAKE) --no-print-directory install-packages PACKAGES="$(DEPS_FUZZ)"

install-packages:
	@missing=""; \
	for p in $(PACKAGES); do \
		dpkg-query -W -f='$${Status}\n' "$$p" 2>/dev/null | grep -q '^install ok installed$$' \
			|| missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing missing Debian packages:$$missing"; \
		$(SUDO) apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends $$missing; \
	fi

$(BUILD_DIR)/build.ninja:
	cmake --preset default

configure: deps $(BUILD_DIR)/build.ninja

build: configure
	cmake --build --preset default

run: build
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
		echo "make run: no display found (DISPLAY/WAYLAND_DISPLAY unset)."; \
		echo "Start it from a desktop session, or try: xvfb-run -a make run"; exit 2; fi
	$(BIN)/backfill-browser --demo

test: build
	ctest --preset default

asan: deps
	cmake --preset asan
	cmake --build --preset asan
	ctest --preset asan

# Each target starts from its seed corpus (copied, so runs never write into the repository).
# A crash leaves its input in build-fuzz/crashes/<target>/: add it to tests/fuzz/regressions/<target>/
# so the replay test in `make test` keeps it fixed.
fuzz: deps-fuzz
	cmake --preset fuzz
	cmake --build --preset fuzz --target $(FUZZ_TARGETS)
	@set -e; for t in $(FUZZ_TARGETS); do \
		mkdir -p build-fuzz/corpus/$$t build-fuzz/crashes/$$t; \
		cp -n tests/fuzz/corpus/$$t/* build-fuzz/corpus/$$t/ 2>/dev/null || true; \
		echo "== fuzzing $$t for $(FUZZ_SECONDS) s"; \
		build-fuzz/bin/$$t -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
			-artifact_prefix=build-fuzz/crashes/$$t/ build-fuzz/corpus/$$t 2>&1 \
			| grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|==[0-9]+==ERROR|SUMMARY)' ; \
		[ -z "$$(ls -A build-fuzz/crashes/$$t)" ] || { echo "$$t crashed: see build-fuzz/crashes/$$t"; exit 1; }; \
	done

# The SDK comparison needs node + npm and the registry; bench installs it when node is there (again only
# when package-lock.json changed) and goes on without it: the table then says "skipped". Never in
# `make test`.
bench-sdk-deps:
	cd $(SDK_LISTING) && npm ci --no-audit --no-fund

# Under its own Xvfb display, so the start-up section measures the GUI the same way everywhere
# (and no window pops up on a desktop). BENCH_ARGS="--only listing" or "--markdown" pass through.
bench: build
	cmake --build --preset default --target backfill-bench
	@if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then \
		echo "bench: node/npm not on PATH: the official SDK comparison will be skipped"; \
	elif [ ! $(SDK_LISTING)/node_modules/.package-lock.json -nt $(SDK_LISTING)/package-lock.json ]; then \
		$(MAKE) --no-print-directory bench-sdk-deps \
			|| echo "bench: npm ci failed: the official SDK comparison will be skipped"; \
	fi
	xvfb-run -a -s "-screen 0 1920x1080x24" $(BIN)/backfill-bench $(BENCH_ARGS)

# clang-tidy over our own sources (not tests), using the build's compile_commands.json.
tidy: build
	@files=$$(git ls-files 'app/*.cpp' 'ui/*.cpp'); \
	if run-clang-tidy -quiet -p $(BUILD_DIR) -j 2 $$files > $(BUILD_DIR)/clang-tidy.log 2>&1; then \
		echo "clang-tidy: clean ($$(echo $$files | wc -w) files)"; \
	else grep -E 'warning:|error:' $(BUILD_DIR)/clang-tidy.log | sort -u; echo "clang-tidy: see $(BUILD_DIR)/clang-tidy.log"; exit 1; fi

# Fails on the first file clang-format would change, and names every such file.
format-check:
	@$(MAKE) --no-print-directory install-packages PACKAGES="$(DEPS_FORMAT)"
	@bad=0; for f in $$(git ls-files '*.cpp' '*.h'); do \
		clang-format --dry-run --Werror "$$f" >/dev/null 2>&1 || { echo "not formatted: $$f"; bad=1; }; \
	done; \
	if [ $$bad -eq 0 ]; then echo "clang-format: clean"; else echo "format with: clang-format -i FILE"; exit 1; fi

package: build
	cd $(BUILD_DIR) && cpack -G DEB

package-test: build
	ctest --test-dir $(BUILD_DIR) -L package --output-on-failure

clean:
	rm -rf $(BUILD_DIR) build-asan build-fuzz
