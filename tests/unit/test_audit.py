"""The audit trail: one event per request without content, and a keyed chain that shows tampering."""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from gateway import audit
from gateway.audit_chain import AuditSetupError, key_id
from gateway.detect.findings import Finding
from gateway.exchange import Exchange
from gateway.identity.principal import Principal
from gateway.policy.decision import Block, Decision
from gateway.segments import Segment

KEY = b"k" * 40
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _reset() -> None:
    yield
    audit.configure_logging(None)


def _exchange(request_id: str = "req_1") -> Exchange:
    ex = Exchange(request_id, "/v1/chat/completions", "openai", "10.1.2.3")
    ex.principal = Principal("jdoe", component="USCIS")
    ex.upstream, ex.model, ex.outcome, ex.status, ex.rules_version = "openai", "gpt-4o", "blocked", 400, "abc123"
    ex.segments = [Segment(0, "SECRET//NOFORN Maria Garcia 212-67-4093", "message 1", "user", ())]
    ex.findings = [[Finding("CLASSIFICATION_MARKING", 0, 14, 1.0, "r"), Finding("PERSON", 15, 27, 0.9, "s")]]
    ex.placeholders = {"<PERSON_1>": "Maria Garcia"}
    ex.decision = Decision(
        block=Block("classified-marking", "PS 139-07", "no", ("CLASSIFICATION_MARKING",), ("message 1",)),
        fired_rules=("classified-marking",),
        counts={"CLASSIFICATION_MARKING": 1, "PERSON": 1},
    )
    return ex


def _write(path: Path, events: int, *, stream: io.StringIO | None = None, every: int = 1000) -> io.StringIO:
    out = stream or io.StringIO()
    audit.configure_logging(path, stream=out, key=KEY, checkpoint_lines=every)
    audit.emit("gateway.started", rules_version="v1")
    for i in range(events):
        audit.exchange_completed(_exchange(f"req_{i}"))
    return out


def _log(tmp_path: Path, out: io.StringIO) -> Path:
    log = tmp_path / "stdout.log"
    log.write_text(out.getvalue())
    return log


def test_exchange_event_has_decisions_and_no_content() -> None:
    """The event names user, upstream, decision, counts, rules and version, and none of the text or values."""
    out = io.StringIO()
    audit.configure_logging(None, stream=out)
    audit.exchange_completed(_exchange())
    event = json.loads(out.getvalue())
    assert event["event"] == "exchange.completed" and event["decision"] == "blocked"
    assert event["user_id"] == "jdoe" and event["component"] == "USCIS" and event["client_address"] == "10.1.2.3"
    assert event["findings"] == {"CLASSIFICATION_MARKING": 1, "PERSON": 1}
    assert event["block_rule"] == "classified-marking" and event["rules_version"] == "abc123"
    assert "timestamp" in event
    for value in ("Maria", "212-67-4093", "SECRET//NOFORN", "<PERSON_1>"):
        assert value not in out.getvalue()


def test_intact_file_verifies_and_never_holds_the_key(tmp_path: Path) -> None:
    """Events and checkpoints chain up and verify with the key; the key itself is nowhere in the file."""
    path = tmp_path / "audit.log"
    out = _write(path, 7, every=3)
    audit.emit("gateway.stopped")
    report = audit.verify_file(path, KEY, [_log(tmp_path, out)])
    assert report.ok, report
    lines = [json.loads(line) for line in path.read_text().splitlines()]
    assert [r["seq"] for r in lines] == list(range(1, len(lines) + 1))
    checkpoints = [r for r in lines if r["event"] == "audit.checkpoint"]
    # 1 start + 7 requests + 1 stop = 9 events: a checkpoint after lines 3, 6 and 9, and one after the stop
    assert [c["lines"] for c in checkpoints] == [3, 6, 9, 12] and lines[-1]["event"] == "audit.checkpoint"
    assert KEY.decode() not in path.read_text() and KEY.decode() not in out.getvalue()
    assert out.getvalue().count('"audit.checkpoint"') == 4


def test_edited_line_is_named(tmp_path: Path) -> None:
    """Changing a decision in line 3 is reported at line 3, even though it is still valid JSON."""
    path = tmp_path / "audit.log"
    _write(path, 5)
    lines = path.read_text().splitlines()
    lines[2] = lines[2].replace('"decision":"blocked"', '"decision":"allowed"')
    path.write_text("\n".join(lines) + "\n")
    report = audit.verify_file(path, KEY)
    assert (report.status, report.first_bad_line, report.exit_code) == ("broken", 3, 1)
    assert "MAC" in report.message


def test_edited_last_line_is_caught(tmp_path: Path) -> None:
    """The last line has no successor to vouch for it; its own MAC does."""
    path = tmp_path / "audit.log"
    _write(path, 3)
    lines = path.read_text().splitlines()
    lines[-1] = lines[-1].replace('"user_id":"jdoe"', '"user_id":"other"')
    path.write_text("\n".join(lines) + "\n")
    assert audit.verify_file(path, KEY).first_bad_line == len(lines)


def test_removed_middle_line_is_named(tmp_path: Path) -> None:
    path = tmp_path / "audit.log"
    _write(path, 5)
    lines = path.read_text().splitlines()
    del lines[1]
    path.write_text("\n".join(lines) + "\n")
    report = audit.verify_file(path, KEY)
    assert (report.status, report.first_bad_line) == ("broken", 2)


def test_truncation_is_caught_against_the_log_stream(tmp_path: Path) -> None:
    """Deleting trailing lines leaves a whole but shorter chain: the stream's last checkpoint shows it (exit 3)."""
    path = tmp_path / "audit.log"
    out = _write(path, 10, every=4)
    log = _log(tmp_path, out)
    assert audit.verify_file(path, KEY, [log]).ok
    lines = path.read_text().splitlines()
    last_checkpoint = max(i for i, line in enumerate(lines) if '"audit.checkpoint"' in line)
    path.write_text("\n".join(lines[: last_checkpoint - 1]) + "\n")  # cut a line the last checkpoint covers
    assert audit.verify_file(path, KEY).ok  # the file alone cannot know ...
    report = audit.verify_file(path, KEY, [log])  # ... the log stream can
    assert (report.status, report.exit_code) == ("truncated", 3)
    assert f"records {last_checkpoint} lines, the file has {last_checkpoint - 1}" in report.message


def test_truncated_then_appended_file_is_caught(tmp_path: Path) -> None:
    """Cutting the tail and letting the gateway write on gives a whole chain that differs from a checkpoint."""
    path = tmp_path / "audit.log"
    out = _write(path, 10, every=4)
    lines = path.read_text().splitlines()
    path.write_text("\n".join(lines[:5]) + "\n")
    _write(path, 10, stream=out, every=4)
    report = audit.verify_file(path, KEY, [_log(tmp_path, out)])
    assert report.status == "broken" and report.first_bad_line == 8  # the first checkpoint after the cut
    assert "log stream" in report.message


def _recompute(lines: list[str], key: bytes | None) -> list[str]:
    """An attacker rewrites every line and recomputes the chain: unkeyed SHA-256, or HMAC with a guessed key."""
    out = []
    prev = "0" * 64
    for line in lines:
        record = json.loads(line)
        record.pop("mac")
        record["prev"] = prev
        body = json.dumps(record, separators=(",", ":"))
        mac = (
            hmac.new(key, body.encode(), hashlib.sha256).hexdigest()
            if key
            else hashlib.sha256(body.encode()).hexdigest()
        )
        out.append(f'{body[:-1]},"mac":"{mac}"}}')
        prev = mac
    return out


@pytest.mark.parametrize("guess", [None, b"g" * 40])
def test_rewrite_and_recompute_is_caught(tmp_path: Path, guess: bytes | None) -> None:
    """Rewriting a user id and recomputing the chain from there on (without the key) breaks at that line."""
    path = tmp_path / "audit.log"
    _write(path, 6)
    lines = path.read_text().splitlines()
    lines[3] = lines[3].replace('"user_id":"jdoe"', '"user_id":"someone-else"')
    path.write_text("\n".join(lines[:3] + _recompute(lines, guess)[3:]) + "\n")
    report = audit.verify_file(path, KEY)
    assert (report.status, report.first_bad_line) == ("broken", 4)


def test_wrong_key_is_reported_as_such(tmp_path: Path) -> None:
    """Another key is not mistaken for tampering: its own status, exit code and message."""
    path = tmp_path / "audit.log"
    _write(path, 2)
    report = audit.verify_file(path, b"w" * 40)
    assert (report.status, report.exit_code, report.first_bad_line) == ("wrong_key", 4, None)
    assert key_id(KEY) in report.message and key_id(b"w" * 40) in report.message


def test_gateway_refuses_to_continue_a_file_of_another_key_or_no_key(tmp_path: Path) -> None:
    """Fail closed: a configured file needs a key, and the key that wrote it."""
    path = tmp_path / "audit.log"
    _write(path, 1)
    with pytest.raises(AuditSetupError, match="different audit key"):
        audit.configure_logging(path, stream=io.StringIO(), key=b"w" * 40)
    with pytest.raises(AuditSetupError, match="GATEWAY_AUDIT_KEY"):
        audit.key_from(None)
    with pytest.raises(AuditSetupError, match="shorter"):
        audit.key_from("short")


def test_legacy_unkeyed_file_is_not_called_intact(tmp_path: Path) -> None:
    """A file from before keys verifies as 'legacy' (exit 5), never as intact, and the gateway will not extend it."""
    path = tmp_path / "audit.log"
    first = json.dumps({"event": "gateway.started", "prev": "0" * 64}, separators=(",", ":"))
    second = json.dumps({"event": "gateway.stopped", "prev": hashlib.sha256(first.encode()).hexdigest()})
    path.write_text(first + "\n" + second + "\n")
    report = audit.verify_file(path, KEY)
    assert (report.status, report.exit_code) == ("legacy", 5)
    with pytest.raises(AuditSetupError, match="older gateway"):
        audit.configure_logging(path, stream=io.StringIO(), key=KEY)


def test_chain_continues_across_restarts_and_timer_checkpoints(tmp_path: Path) -> None:
    """A restart (or another worker) appends to the same chain; the timer writes a checkpoint only after new lines."""
    path = tmp_path / "audit.log"
    _write(path, 1)
    out = io.StringIO()
    audit.configure_logging(path, stream=out, key=KEY, checkpoint_seconds=0.05)
    audit.emit("gateway.started")
    for _ in range(100):
        if '"audit.checkpoint"' in out.getvalue():
            break
        __import__("time").sleep(0.05)
    __import__("time").sleep(0.2)
    audit.configure_logging(None)
    assert out.getvalue().count('"audit.checkpoint"') == 1
    report = audit.verify_file(path, KEY)
    assert report.ok and report.lines == 4


def test_two_processes_keep_one_chain(tmp_path: Path) -> None:
    """Two processes appending at once (as two workers do) leave one intact chain with every event."""
    path = tmp_path / "audit.log"
    script = (
        "import io, sys\nfrom pathlib import Path\nfrom gateway import audit\n"
        f"audit.configure_logging(Path({str(path)!r}), stream=io.StringIO(), key={KEY!r}, checkpoint_lines=50)\n"
        "for i in range(300):\n    audit.emit('exchange.completed', n=i)\n"
    )
    procs = [subprocess.Popen([sys.executable, "-c", script], cwd=REPO) for _ in range(2)]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    report = audit.verify_file(path, KEY)
    assert report.ok, report
    assert path.read_text().count('"exchange.completed"') == 600


def test_verify_command_exit_codes_and_messages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`audit verify` (the real CLI): 0 intact, 1 naming the line, 3 truncated, 4 wrong key, 2 without a key."""
    path = tmp_path / "audit.log"
    out = _write(path, 6, every=3)
    log = _log(tmp_path, out)
    key_file = tmp_path / "audit.key"
    key_file.write_text(KEY.decode() + "\n")

    def run(*args: str, key: str | None = KEY.decode()) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in __import__("os").environ.items() if k != "GATEWAY_AUDIT_KEY"}
        if key:
            env["GATEWAY_AUDIT_KEY"] = key
        cmd = [sys.executable, "-m", "gateway", "audit", "verify", str(path), *args]
        return subprocess.run(cmd, capture_output=True, text=True, cwd=REPO, env=env, timeout=60)

    ok = run("--log", str(log))
    assert ok.returncode == 0 and "chain intact" in ok.stdout
    assert run(key=None).returncode == 2
    assert run("--key-file", str(key_file), key=None).returncode == 0
    wrong = run(key="w" * 40)
    assert wrong.returncode == 4 and "wrong key" in wrong.stdout
    lines = path.read_text().splitlines()
    path.write_text("\n".join(lines[:-2]) + "\n")
    cut = run("--log", str(log))
    assert cut.returncode == 3 and "truncated" in cut.stdout
    assert '"rules_version":"abc123"' in lines[1]
    lines[1] = lines[1].replace('"rules_version":"abc123"', '"rules_version":"abc124"')
    path.write_text("\n".join(lines) + "\n")
    edited = run()
    assert edited.returncode == 1 and f"{path}:2: chain broken" in edited.stdout
    keygen = subprocess.run(
        [sys.executable, "-m", "gateway", "audit", "keygen"], capture_output=True, text=True, cwd=REPO, timeout=60
    )
    assert len(keygen.stdout.strip()) >= 32


def test_the_sink_is_an_object_of_the_logging_configuration_closed_by_the_next(tmp_path: Path) -> None:
    """No module state: the sink ``configure_logging`` returns is the one installed, and the next configuration
    closes it and takes it out, also when the next one fails."""
    out = io.StringIO()
    sink = audit.configure_logging(tmp_path / "audit.log", stream=out, key=KEY)
    assert sink is not None and audit.installed_sink() is sink
    audit.emit("gateway.started")
    with pytest.raises(AuditSetupError):
        audit.configure_logging(tmp_path / "audit.log", stream=out, key=b"w" * 40)  # not the key that wrote it
    assert audit.installed_sink() is None
    audit.emit("gateway.stopped")  # the closed sink is not asked to write
    assert audit.verify_file(tmp_path / "audit.log", KEY).ok
    assert '"gateway.stopped"' in out.getvalue()
