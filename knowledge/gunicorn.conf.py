"""Gunicorn's configuration for Terroir: `make run` and production both start
`gunicorn -c knowledge/gunicorn.conf.py knowledge.wsgi`; a deployment changes it with the
variables below (docs/deploy.md), or any other setting with GUNICORN_CMD_ARGS, which gunicorn
applies over this file (and command-line flags over both).

Sizing (docs/decisions.md, "Application server"): one process per core, since a process runs
Python on one core at a time; a few threads in each, so that a request waiting on SQLite's
write lock, the disk or Elasticsearch does not hold up the others. More processes would cost
about 360 MB each and, on SQLite, only queue more writers behind the single write lock.
"""

import os

# The app server never runs the development settings (DEBUG on) by accident: knowledge/wsgi.py
# falls back to them, so the production settings are the default here.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "knowledge.settings.production")

wsgi_app = "knowledge.wsgi:application"

# Loopback unless told otherwise: `make run` is a site for this machine. Production binds the
# address its load balancer reaches, e.g. GUNICORN_BIND=0.0.0.0:8000.
bind = [os.environ.get("GUNICORN_BIND") or f"127.0.0.1:{os.environ.get('PORT') or '8000'}"]

workers = int(os.environ.get("WEB_CONCURRENCY") or max(2, os.cpu_count() or 1))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS") or 4)

# A worker whose main loop is silent this long is killed and replaced; a restart (SIGHUP, a
# deployment's SIGTERM) lets requests in flight finish for up to graceful_timeout seconds.
timeout = int(os.environ.get("GUNICORN_TIMEOUT") or 30)
graceful_timeout = 30
# Idle keep-alive connections from phones on slow links are cheap for gthread workers; behind a
# load balancer this should exceed nothing (the balancer holds its own).
keepalive = 5
# Workers are replaced after this many requests (staggered), bounding any slow memory growth.
max_requests = 2000
max_requests_jitter = 200

# Logs go to the terminal under `make run` and to the container's or systemd's journal in
# production: one access line per request on stdout, errors on stderr.
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL") or "info"
access_log_format = '%(h)s %(t)s "%(r)s" %(s)s %(b)s %(M)sms "%(a)s"'

# Gunicorn 25+ opens a control socket at one fixed path per user ($XDG_RUNTIME_DIR or
# ~/.gunicorn/gunicorn.ctl); two servers on one machine would fight over it. Not used here.
control_socket_disable = True
