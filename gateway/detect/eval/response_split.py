"""``python -m gateway.detect.eval.response_split``: ``pii-leak-benchmark``'s v2 response-split profile.

The v2 profile (``pii-leak-benchmark-v2``, draft spec 2.0.0 of the same package) looks at what the gateway sends
*back*. Its capture upstream answers each streamed request with two segments: an **echo** of the prompt it
received, whose placeholders the gateway must restore (``fidelity``), and an **injection** of values that were
never in the prompt, split across SSE events, that the gateway must take out (``leak_single`` when sent whole,
``leak_adv`` when cut at the middle). Its cases also place the prompt's values in four request sites (chat
content, system message, an unknown top-level key, a tool description), so the request path is checked too
(``request_path_leak``). Outcome ``pass`` needs no leak on either path and full fidelity.

This wrapper starts the gateway itself (the v2 command does not start a target): a throw-away users file and a
config whose only upstream is the capture's fixed port, waits for ``/readyz``, runs the profile with
``--only gateway``, prints its summary row and stops the gateway.

The gateway scans requests, not answers: a value the upstream writes that the employee never sent is passed to
the employee as written (nothing of the department's left the boundary). So the injection half reports a leak,
outcome ``fail``, by design of the current policy. What must hold is the rest: nothing leaked on the request
path and every echoed value restored. Exit status: 0 when both hold, 1 when either does not, 2 not measured (the
tool missing, the gateway not ready, no case scored).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

from gateway.detect.eval.leak_benchmark import MODEL, PACKAGE, find_tool, free_port, gateway_config, repo_root

READY_SECONDS = 90.0
LABEL = "gateway"


def _wait_ready(port: int, process: subprocess.Popen[bytes], deadline: float) -> bool:
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=2) as response:
                if response.status == 200:
                    return True
        except OSError:
            pass
        time.sleep(0.5)
    return False


def format_row(row: dict[str, Any]) -> str:
    """One readable line from a ``--json-out`` summary row."""
    leaked = ", ".join(row.get("request_path_leak") or ()) or "none"
    return (
        f"pii-leak-benchmark v2 response split: outcome {row['outcome']}   fidelity {row['fidelity_rate']}   "
        f"injection leak single-chunk {row['leak_single_chunk']}, split {row['leak_adversarial']} "
        f"(DeltaFrag {row['delta_frag']})   request-path leak: {leaked}   "
        f"cases {row['cases_applicable']}/{row['cases_attempted']}, inconclusive {row['inconclusive']}"
    )


def held(row: dict[str, Any]) -> bool:
    """What this gateway promises of the profile: nothing leaked on the request path, every echo restored."""
    return not row.get("request_path_leak") and row.get("fidelity_rate") == 1.0 and row.get("cases_applicable", 0) > 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m gateway.detect.eval.response_split", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--seed", default=None, help="hex seed of the fixture selection (default: the tool's)")
    parser.add_argument("--out", type=Path, default=None, help="report folder (default: a temporary one)")
    args = parser.parse_args(argv)
    tool = find_tool("pii-leak-benchmark-v2")
    if tool is None:
        print(f"pii-leak-benchmark-v2 is not installed (pip install {PACKAGE})", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="leakbench-v2-") as tmp:
        work = Path(tmp)
        capture_port = free_port()
        config, port, key = gateway_config(work, f"http://127.0.0.1:{capture_port}/v1")
        out = args.out or work / "report"
        log = (work / "gateway.log").open("wb")
        gateway = subprocess.Popen(
            [sys.executable, "-m", "gateway", "serve", "--config", str(config)],
            cwd=repo_root(), stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        try:
            if not _wait_ready(port, gateway, time.monotonic() + READY_SECONDS):
                print("the gateway did not become ready; not measured", file=sys.stderr)
                return 2
            summary = work / "summary.json"
            command = [
                str(tool), "--out", str(out), "--only", LABEL,
                "--gateway-url", f"http://127.0.0.1:{port}/v1/chat/completions",
                "--upstream-port", str(capture_port), "--model", MODEL, "--json-out", str(summary),
            ]  # fmt: skip
            if args.seed:
                command += ["--seed", args.seed]
            env = {**os.environ, "CONFORMANCE_TARGET_API_KEY": key}
            subprocess.run(command, cwd=work, env=env, check=False, stdout=subprocess.DEVNULL)
            if not summary.exists():
                print("pii-leak-benchmark-v2 wrote no summary; not measured", file=sys.stderr)
                return 2
            row = json.loads(summary.read_text(encoding="utf-8"))["rows"][0]
        finally:
            gateway.terminate()
            try:
                gateway.wait(timeout=15)
            except subprocess.TimeoutExpired:
                gateway.kill()
                gateway.wait()
            log.close()
    print(format_row(row))
    if not row["cases_applicable"]:
        return 2
    if row["outcome"] != "pass":
        print(
            "  request path clean and answers restored" if held(row) else "  REQUEST-PATH LEAK or values not restored",
            "(the injection half scans answers, which this gateway does not: it cannot pass by design)",
        )
    return 0 if held(row) else 1


if __name__ == "__main__":
    raise SystemExit(main())
