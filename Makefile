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
# `make package`: dpkg-shlibdeps (dpkg-dev) computes the .deb's Depends.
DEPS_PACKAGE := dpkg-dev
DEPS := $(DEPS_BUILD) $(DEPS_RUN) $(DEPS_TEST) $(DEPS_PACKAGE)

SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

.PHONY: help deps configure build run test asan package package-test clean

help:
	@echo "make run    install what is missing, build, and start Backfill Browser"
	@echo "make test   install what is missing, build, and run the whole test suite"
	@echo "make build  configure and build into $(BUILD_DIR)/ (binaries in $(BIN)/)"
	@echo "make deps   install missing Debian packages (apt-get; sudo when not root)"
	@echo "make asan   build with ASan+UBSan into build-asan/ and run the same suite"
	@echo "make package       build the .deb into $(BUILD_DIR)/ (CPack)"
	@echo "make package-test  build, unpack and check the .deb (CTest label 'package')"

deps:
	@missing=""; \
	for p in $(DEPS); do \
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
	$(BIN)/backfill-browser

test: build
	ctest --preset default

asan: deps
	cmake --preset asan
	cmake --build --preset asan
	ctest --preset asan

package: build
	cd $(BUILD_DIR) && cpack -G DEB

package-test: build
	ctest --test-dir $(BUILD_DIR) -L package --output-on-failure

clean:
	rm -rf $(BUILD_DIR) build-asan
