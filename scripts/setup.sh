#!/usr/bin/env bash
# Prepare this machine to grade: install workshop, make sure a Docker engine runs, build
# the grading image. Idempotent: each step is skipped when already done.
#
# On a Debian machine as root with no engine, it installs docker.io and debootstrap with
# apt and starts dockerd in the background (there is no systemd here). Elsewhere, start
# Docker yourself (Docker Desktop, systemctl start docker) and this script does the rest.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

if ! docker info >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    if ! command -v dockerd >/dev/null || ! command -v debootstrap >/dev/null; then
      say "installing the Docker engine and debootstrap (apt)"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io debootstrap >/dev/null
    fi
    say "starting dockerd"
    (setsid dockerd >/var/log/dockerd.log 2>&1 &)
    for _ in $(seq 120); do docker info >/dev/null 2>&1 && break; sleep 0.5; done
  fi
  docker info >/dev/null 2>&1 || { echo "Error: no Docker engine is running. Start Docker, then run this again." >&2; exit 1; }
fi

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  missing=""
  command -v debootstrap >/dev/null || missing="$missing debootstrap"   # offline image build
  command -v chromium >/dev/null || missing="$missing chromium"         # browser tests of the pages
  command -v redis-server >/dev/null || missing="$missing redis-server" # scale-out tests: the broker
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$missing postgresql"  # and the gradebook
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing="$missing nginx"  # the reverse-proxy example's test
  if [ -n "$missing" ]; then
    say "installing$missing (apt)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  fi
fi

# gVisor (runsc): grading runs under it when the engine lists it (--runtime auto). Declared
# in daemon.json next to whatever is there, then picked up by SIGHUP: no engine restart.
engine_has_runsc() { [[ "$(docker info --format '{{json .Runtimes}}' 2>/dev/null)" == *'"runsc"'* ]]; }
if ! engine_has_runsc && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  if ! command -v runsc >/dev/null; then
    if apt-cache show runsc >/dev/null 2>&1 || { apt-get update -qq && apt-cache show runsc >/dev/null 2>&1; }; then
      say "installing gVisor (apt: runsc)"
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq runsc >/dev/null
    else
      say "note: apt has no runsc package here; grading uses runc (see 'workshop sandbox doctor')"
    fi
  fi
  if command -v runsc >/dev/null; then
    say "registering runsc in /etc/docker/daemon.json"
    if [ "$(python3 scripts/register_runsc.py /etc/docker/daemon.json "$(command -v runsc)")" = registered ]; then
      if pidof dockerd >/dev/null; then
        kill -HUP $(pidof dockerd)
        for _ in $(seq 40); do engine_has_runsc && break; sleep 0.25; done
      fi
    fi
    engine_has_runsc || say "note: reload the Docker engine to pick up runsc (kill -HUP \$(pidof dockerd)); grading uses runc until then"
  fi
fi

# The install must be this checkout's (an editable install left by another clone would
# import a different workshop) and must have every test dependency.
if ! python3 -c "import pathlib, workshop, pytest, xdist, nbgrader, openai, jsonschema, fastapi, playwright, jwt, psutil, markdown_it, confusable_homoglyphs, babel, wordfreq, num2words, sqlalchemy, alembic, celery, redis, psycopg, yaml; assert pathlib.Path(workshop.__file__).resolve().is_relative_to(pathlib.Path('src').resolve())" 2>/dev/null || [ -n "${WORKSHOP_REINSTALL:-}" ]; then
  say "installing workshop (pip install -e '.[test]')"
  python3 -m pip install -q --disable-pip-version-check -e '.[test]'
fi

say "grading image"
workshop sandbox build
