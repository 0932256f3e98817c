#!/bin/sh
# Re-pins deploy/requirements.lock (the image's dependencies, with the hash of every file) from pyproject.toml.
# Wheels only (no build scripts run at image build), except `names`, which PyPI has only as a source archive
# of data files (its hash is pinned all the same), for the image's Python 3.11 on Linux. Needs uv
# (pip install uv). After running it, rebuild the image and run `make test` (tests/deploy/test_supply_chain.py).
set -eu
cd "$(dirname "$0")/../.."
uv pip compile pyproject.toml --generate-hashes --only-binary :all: --no-binary names \
  --python-version 3.11 --python-platform x86_64-unknown-linux-gnu \
  --custom-compile-command "deploy/tools/lock.sh" -o deploy/requirements.lock
