# The two commands: `make run` and `make test`. Both start with `make setup`.
SHELL := /bin/bash
PY := .venv/bin/python
STAMP := .venv/.installed

.PHONY: setup install run serve test bench eval lint lock clean

setup: $(STAMP) static/build/basemap.json staticfiles/staticfiles.json
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_registry
	$(PY) manage.py load_gazetteer
	$(PY) manage.py load_demo

# Production's static files: hashed, compressed copies and the manifest WhiteNoise serves them by,
# built here so that a production server never meets a missing manifest entry.
staticfiles/staticfiles.json: $(STAMP) static/build/basemap.json $(shell find static -type f 2>/dev/null)
	STATIC_MANIFEST=1 $(PY) manage.py collectstatic --noinput -v0

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt scripts/make-venv.sh
	scripts/make-venv.sh
	touch $(STAMP)

# The map's offline basemap and browser scripts, built from the npm packages in package-lock.json.
static/build/basemap.json: package.json package-lock.json scripts/build-basemap.mjs
	@if command -v npm >/dev/null; then \
	  npm ci --no-audit --no-fund --loglevel=error && node scripts/build-basemap.mjs; \
	else echo "npm not found: the map gets no offline basemap (install Node.js and npm, then make setup)."; fi

run: setup
	@$(PY) scripts/foreground.py scripts/run.sh

# The app as deployed: production settings, gunicorn, a Celery worker and beat (scripts/serve.sh;
# needs SECRET_KEY and ALLOWED_HOSTS in the environment).
serve: setup
	scripts/serve.sh

test: setup
	scripts/test.sh

bench: $(STAMP)
	$(PY) bench/run_all.py

# The extractor's scores on every corpus and split (tests/corpus, and ../shared/corpus when present).
eval: $(STAMP)
	$(PY) scripts/eval.py

lint: $(STAMP)
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .
	.venv/bin/mypy .

# Refresh the pinned versions after changing pyproject.toml.
lock: $(STAMP)
	$(PY) -m pip freeze --exclude-editable | grep -v '^-e' > constraints.txt

clean:
	rm -rf .venv db.sqlite3* .pytest_cache test-output staticfiles static/build node_modules
