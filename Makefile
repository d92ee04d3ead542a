# One task runner for kasbuku. `make demo` opens the app on a demo book; `make test` runs every check.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB ?= sqlite:///$(CURDIR)/out/demo.sqlite
# what the window needs on a fresh Debian machine (Qt's xcb platform and its libraries), a virtual screen for
# machines without one, PDF pages as PNG and the statement font
SYS_PKGS := xvfb xauth poppler-utils fonts-dejavu-core libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
	libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libgl1 \
	libfontconfig1 libdbus-1-3

.PHONY: setup sysdeps demo run test check lint dist smoke translations bench-startup screens

$(BIN)/kasbuku: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test,postgres]'
	touch $@

setup: $(BIN)/kasbuku

# Debian packages for headless Qt (xcb extras), PDF pages as PNG, and the statement font.
sysdeps:
	@missing=$$(for p in $(SYS_PKGS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" -ne 0 ]; then echo "kurang paket Debian (jalankan sebagai root, atau pasang):" $$missing; exit 1; fi; \
	  echo "installing:" $$missing; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

# Opens the window on the screen; a machine without one (no DISPLAY) gets a virtual screen, said in one line.
demo: sysdeps setup
	mkdir -p out
	rm -f out/demo.sqlite*
	$(BIN)/kasbuku demo --db $(DEMO_DB)
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then $(BIN)/kasbuku --db $(DEMO_DB); \
	else echo "tidak ada layar (DISPLAY kosong): jendela dibuka di layar virtual (xvfb-run)"; \
	  xvfb-run -a $(BIN)/kasbuku --db $(DEMO_DB); fi

run: setup
	$(BIN)/kasbuku

lint: setup
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy

check: lint

# Every test on SQLite and on a throw-away PostgreSQL server (scripts/pg-test-server.sh), stopped even on
# failure; set KASBUKU_TEST_PG to use a server of your own instead.
test: sysdeps setup lint
	@if [ -n "$$KASBUKU_TEST_PG" ]; then \
	  QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q; \
	else \
	  pg=$$(mktemp -d /tmp/kasbuku-pg.XXXXXX); \
	  trap 'scripts/pg-test-server.sh stop "$$pg"' EXIT INT TERM; \
	  url=$$(scripts/pg-test-server.sh start "$$pg") && \
	  KASBUKU_TEST_PG="$$url" QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q; \
	fi

# Qt translation source (resources/translations/kasbuku_en.ts) refreshed from ui/, and its .qm built.
translations: setup
	$(BIN)/python resources/translations/extract.py

# A PNG of every page at 1366×768 and at 1920×1080 with 125 % scaling, on the demo and the stress book, into
# out/screens (scripts/walk.py; it also prints any text cut off, overlap or English it finds).
screens: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/walk.py --book demo --size 1366x768 --png out/screens
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/walk.py --book stress --size 1366x768 --png out/screens/stress
	QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=1.25 $(BIN)/python scripts/walk.py --book demo --size 1920x1080 \
	  --png out/screens

bench-startup: setup
	$(BIN)/python benchmarks/startup.py

# Windows installer (Linux host, root): dist/kasbuku-<version>-setup.exe, built under wine (docs/installer.md).
dist:
	bash packaging/build.sh

# Install, start (self-test), upgrade and uninstall that setup.exe under wine; builds it first if missing.
smoke:
	bash packaging/smoke.sh
