# Terroir: `make run` serves the site, `make test` checks everything. See README.md.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py
TEST_SETTINGS := DJANGO_SETTINGS_MODULE=knowledge.settings.test
CHROMIUM ?= /usr/bin/chromium
# Elastic's request specification, which the contract tests validate every request against.
ES_SPEC := tests/contract/node_modules/@elastic/request-converter/dist/schema.json
# Natural Earth's country outlines (npm world-atlas), which the maps draw on the server.
WORLD_ATLAS := practices/network/geodata/node_modules/world-atlas/countries-110m.json

.PHONY: run dev install install-dev translations migrate demo static test test-postgresql lint check pytest chromium es-spec bench messages format lock world-map clean

# The port reaches the settings (e-mail links) and knowledge/gunicorn.conf.py (its bind).
export PORT

## run: install, migrate, load the demo corpus (once), collect static files, print the admin
## login, serve on PORT through gunicorn with the production settings (DEBUG off) on plain
## http, for this machine only (docs/deploy.md, "make run")
run: export DJANGO_SETTINGS_MODULE := knowledge.settings.production
run: export SECRET_KEY_FILE := var/secret-key
run: export ALLOWED_HOSTS := 127.0.0.1,localhost
run: export TERROIR_HTTPS := 0
run: export TERROIR_TASKS := immediate
run: export EMAIL_BACKEND := django.core.mail.backends.console.EmailBackend
run: export TERROIR_CACHE_DIR := var/django-cache
run: install var/secret-key translations migrate demo static
	$(MANAGE) ensure_admin --port $(PORT)
	$(BIN)/gunicorn -c knowledge/gunicorn.conf.py knowledge.wsgi

## dev: the same site through Django's development server (DEBUG on, reloads on change)
dev: install translations migrate demo
	$(MANAGE) ensure_admin --port $(PORT)
	$(MANAGE) runserver 127.0.0.1:$(PORT)

# Generated once, kept with the admin password; the production settings read it for `make run`.
var/secret-key: | $(BIN)/python
	mkdir -p var
	umask 077 && $(BIN)/python -c "import secrets; print(secrets.token_urlsafe(50))" > $@

## static: hashed, compressed static files in static_collected/ (again only when they change)
static: static_collected/staticfiles.json

static_collected/staticfiles.json: $(VENV)/.installed $(shell find static -type f)
	$(MANAGE) collectstatic --noinput -v0
	touch $@

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt requirements-data.txt | $(BIN)/python
	@# WeasyPrint (practice sheets) draws text with Debian's Pango.
	@ldconfig -p | grep -q libpangoft2-1.0 || { [ "$$(id -u)" = 0 ] && \
		(apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 >/dev/null 2>&1 || \
		 (apt-get update -qq && apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 >/dev/null)); } \
		|| { echo "Practice sheets need Pango: sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0"; exit 1; }
	$(BIN)/pip install --quiet -r requirements.txt
	$(BIN)/pip install --quiet --no-deps -r requirements-data.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt $(VENV)/.installed
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed $(WORLD_ATLAS)
install-dev: $(VENV)/.installed-dev $(WORLD_ATLAS)

## translations: compile locale/*.po (needs gettext's msgfmt; installed when root and missing)
translations: install
	@command -v msgfmt >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get install -y -qq gettext >/dev/null; } \
		|| { echo "Please install gettext (msgfmt), e.g. sudo apt-get install gettext"; exit 1; }
	$(MANAGE) compilemessages --ignore=.venv -v0

migrate: install
	$(MANAGE) migrate --noinput -v0

demo: install
	$(MANAGE) load_demo_data
	$(MANAGE) rebuild_search_index --if-empty

## test: lint, Django checks, missing migrations, then every test (browser ones included)
test: install-dev translations chromium es-spec lint check pytest

es-spec: $(ES_SPEC)

$(ES_SPEC): tests/contract/package.json tests/contract/package-lock.json
	npm ci --prefix tests/contract --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

$(WORLD_ATLAS): practices/network/geodata/package.json practices/network/geodata/package-lock.json
	npm ci --prefix practices/network/geodata --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

chromium:
	@test -x $(CHROMIUM) || { \
		if [ "$$(id -u)" = 0 ]; then \
			(apt-get install -y -qq chromium >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null)); \
		else echo "Browser tests need Debian's chromium: sudo apt-get install chromium"; exit 1; fi; }

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates
	$(BIN)/lint-imports --no-cache

check: install-dev
	$(TEST_SETTINGS) $(MANAGE) check --fail-level WARNING
	$(TEST_SETTINGS) $(MANAGE) makemigrations --check --dry-run

# Browser tests run in their own session: their live server flushes the test database between
# tests, which must not interleave with the transactional tests of the main session.
pytest: install-dev
	$(BIN)/pytest -m "not browser"
	$(BIN)/pytest -m browser

## test-postgresql: every test again on a throw-away PostgreSQL cluster (installed when root)
test-postgresql: install-dev translations chromium es-spec
	.ci/with-postgresql $(MAKE) --no-print-directory pytest

## bench: benchmarks, figures written to benchmarks/results.json (QUICK=1 for a short run)
bench: install-dev translations
	$(BIN)/python -m benchmarks.run $(if $(QUICK),--quick,)

## world-map: redraw static/img/world-map.png, the location fieldset's map, from the land mask
## (committed: only to change how it looks)
world-map: install
	$(MANAGE) draw_world_map

## messages: extract gettext strings into locale/{fr,es} (after changing UI text)
messages: install
	$(MANAGE) makemessages -l fr -l es --ignore=.venv --ignore=node_modules --ignore=tests --ignore=benchmarks

format: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml templates

## lock: re-pin requirements*.txt from requirements*.in in throw-away environments
## (requirements-data.txt, data-only packages installed without dependencies, is pinned by hand)
lock:
	rm -rf /tmp/terroir-lock && $(PYTHON) -m venv /tmp/terroir-lock
	/tmp/terroir-lock/bin/pip install --quiet -r requirements.in
	/tmp/terroir-lock/bin/pip freeze --exclude pip > requirements.txt
	/tmp/terroir-lock/bin/pip install --quiet -r requirements-dev.in
	(echo "-r requirements.txt"; /tmp/terroir-lock/bin/pip freeze --exclude pip | grep -vxFf requirements.txt) > requirements-dev.txt

clean:
	rm -rf $(VENV) db.sqlite3 static_collected var test-artifacts tests/contract/node_modules \
		practices/network/geodata/node_modules

## audit: Lighthouse 12 and axe at 360 px on home, library, practice, search, farms like mine,
## share and sign-up of the site served on PORT, or else of the demo served as `make run` does from
## a throw-away database under /tmp (tests/audit/serve.py); figures in
## tests/audit/results.json and README.md. Not part of `make test` (a minute a page).
AUDIT_NODE := tests/audit/node_modules/.installed
$(AUDIT_NODE): tests/audit/package.json
	cd tests/audit && npm ci --ignore-scripts --no-audit --no-fund --silent
	touch $@

.PHONY: audit
audit: $(AUDIT_NODE) chromium install translations
	@# Without a site on PORT: the demo from a throw-away database under /tmp (tests/audit/serve.py).
	@if curl -sf -o /dev/null http://127.0.0.1:$(PORT)/en/; then \
		CHROME_PATH=$(CHROMIUM) node tests/audit/audit.mjs http://127.0.0.1:$(PORT) fr; \
	else CHROME_PATH=$(CHROMIUM) $(BIN)/python -m tests.audit.serve; fi
