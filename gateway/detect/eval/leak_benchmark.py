"""``python -m gateway.detect.eval.leak_benchmark``: the independent ``pii-leak-benchmark`` suite against this gateway.

The suite (PyPI ``pii-leak-benchmark``, not written by this project) starts its own capture server as the
upstream, starts the gateway pointed at it (``--start-command``, the capture's URL in an environment variable),
sends OpenAI streaming chat requests with synthetic personal data through the gateway, and reports CLEAN when no
value reached the capture verbatim and every value came back restored in the answer; LEAK otherwise.

This wrapper makes a throw-away users file with one employee key and a config whose single upstream is the
capture, picks free ports, and runs ``pii-leak-benchmark ci --profile pii-v1`` (the default). Its exit status is
the suite's: 0 CLEAN, 1 LEAK or check failed, 2 not measured. The suite's v2 response-split profile has its own
wrapper, response_split.py.

The suite's ``pii-secrets-v1`` profile also sends AWS, GitHub and Slack credential specimens and expects them to
be *redacted and restored* like personal data. Our policy refuses any request with a credential (a 400, nothing
forwarded, PS 139-07), so that profile can never report CLEAN here, by design.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import socket
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

PACKAGE = "pii-leak-benchmark==0.6.0"
MODEL = "conformance-model"
CONFIG = """\
listen: {{host: 127.0.0.1, port: {port}}}
upstreams:
  - name: capture
    protocol: openai
    base_url: {base_url}
    api_key: benchmark-upstream-key
    models: [{model}]
    policy: commercial-139-07
rules: {rules}
users: {users}
restore: true
audit: {{file: null}}
auth:
  help_url: https://www.dhs.gov/ai
  trainings: {{responsible-ai: 365, privacy: 365, cybersecurity: 365}}
  ai_notice_in_text: false
"""


def repo_root() -> Path:
    return Path(__file__).resolve().parents[3]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def find_tool(name: str) -> Path | None:
    """The suite's console script on PATH or beside this interpreter."""
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return Path(found) if Path(found).exists() else None


def gateway_config(work: Path, base_url: str) -> tuple[Path, int, str]:
    """A users file with one employee key and a config whose only upstream is ``base_url``, in ``work``:
    (config path, gateway port, the employee's key)."""
    users = work / "users.yaml"
    added = subprocess.run(
        [sys.executable, "-m", "gateway", "users", "add", "benchmark.employee", "--users", str(users),
         "--approved-by", "benchmark", "--trained-on", date.today().isoformat()],
        capture_output=True, text=True, check=True, cwd=repo_root(),
    )  # fmt: skip
    key = added.stdout.strip().splitlines()[-1].strip()
    port = free_port()
    config = work / "gateway.yaml"
    text = CONFIG.format(port=port, base_url=base_url, model=MODEL, rules=repo_root() / "rules", users=users)
    config.write_text(text, encoding="utf-8")
    return config, port, key


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m gateway.detect.eval.leak_benchmark", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--profile", default="pii-v1", choices=("pii-v1", "pii-secrets-v1"))
    parser.add_argument("--iterations", type=int, default=3)
    parser.add_argument("--out", type=Path, default=None, help="report folder (default: a temporary one)")
    args = parser.parse_args(argv)
    tool = find_tool("pii-leak-benchmark")
    if tool is None:
        print(f"pii-leak-benchmark is not installed (pip install {PACKAGE})", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="leakbench-") as tmp:
        work = Path(tmp)
        config, port, key = gateway_config(work, "${BENCHMARK_UPSTREAM_BASE_URL}")
        out = args.out or work / "report"
        command = [
            str(tool), "ci",
            "--target-base-url", f"http://127.0.0.1:{port}/v1",
            "--target-model", MODEL,
            "--profile", args.profile,
            "--iterations", str(args.iterations),
            "--capture-port", str(free_port()),
            "--start-command", f"{shlex.quote(sys.executable)} -m gateway serve --config {shlex.quote(str(config))}",
            "--upstream-env", "BENCHMARK_UPSTREAM_BASE_URL",
            "--out", str(out),
        ]  # fmt: skip
        env = {**os.environ, "CONFORMANCE_TARGET_API_KEY": key}
        result = subprocess.run(command, cwd=repo_root(), env=env, check=False)
        summary = out / "summary.md"
        if args.out is None and summary.exists():
            # the verdict and the table per data type; not the suite's publishing instructions
            print(summary.read_text(encoding="utf-8").split("\n## Publish this result")[0].rstrip())
        return result.returncode


if __name__ == "__main__":
    raise SystemExit(main())
