"""Command line: serve, scan, rules check|test, shadow report, audit verify, users add|revoke|list, eval.

See docs/CONTRACT.md."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gateway.yamlsrc import YamlSourceError


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["users"]:
        from gateway.identity.cli import main as users_main

        return users_main(argv[1:])
    if argv[:1] == ["eval"]:
        from gateway.detect.eval.report import main as eval_main

        return eval_main(argv[1:])
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args))
    except YamlSourceError as exc:
        for problem in exc.problems:
            print(f"error: {problem}", file=sys.stderr)
        return 2


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m gateway", description=__doc__)
    sub = p.add_subparsers(dest="command")

    serve = sub.add_parser("serve", help="run the gateway")
    serve.add_argument("--config", type=Path, help="config file (default: $GATEWAY_CONFIG, then gateway.yaml)")
    serve.add_argument("--host")
    serve.add_argument("--port", type=int)
    serve.add_argument("--workers", type=int, default=None, help="worker processes (default: one per core)")
    serve.set_defaults(func=_serve)

    scan = sub.add_parser("scan", help="scan text with the rules of an upstream and print findings and the decision")
    scan.add_argument("--config", type=Path, help="gateway config (default: $GATEWAY_CONFIG, then ./gateway.yaml)")
    scan.add_argument("--upstream", help="use this upstream's policy (default: the first upstream in the config)")
    scan.add_argument("--rules", type=Path, help="rules folder to use, without a gateway config")
    scan.add_argument("--policy", help="policy to apply (default: the upstream's, else commercial-139-07)")
    scan.add_argument("--show-redacted", action="store_true", help="also print the text that would be sent")
    scan.add_argument("--json", action="store_true", help="print the findings and decision as JSON")
    scan.add_argument("--file", type=Path, help="read the text from this file")
    scan.add_argument("text", nargs="?", help="the text to scan (default: --file, else standard input)")
    scan.set_defaults(func=_scan)

    rules = sub.add_parser("rules", help="check or test rule files")
    rules_sub = rules.add_subparsers(dest="rules_command", required=True)
    for name, helptext in (("check", "validate rule files"), ("test", "run the tests embedded in rule files")):
        r = rules_sub.add_parser(name, help=helptext)
        r.add_argument("directory", nargs="?", type=Path, default=Path("rules"))
        r.set_defaults(func=_rules)

    shadow = sub.add_parser("shadow", help="shadow rules: where the candidate rules disagreed with the live ones")
    shadow_sub = shadow.add_subparsers(dest="shadow_command", required=True)
    shadow_report = shadow_sub.add_parser("report", help="read an audit file; disagreements by rule")
    shadow_report.add_argument("file", type=Path)
    shadow_report.set_defaults(func=_shadow_report)

    aud = sub.add_parser("audit", help="audit file tools")
    aud_sub = aud.add_subparsers(dest="audit_command", required=True)
    verify = aud_sub.add_parser(
        "verify",
        help="check an audit file's keyed chain (key from $GATEWAY_AUDIT_KEY or --key-file)",
        description="Exit codes: 0 intact, 1 a line was changed, removed, inserted or reordered (the first one is "
        "named), 2 cannot read or no key, 3 truncated (shorter than a checkpoint in the log stream), 4 wrong key, "
        "5 an unkeyed file from an older gateway.",
    )
    verify.add_argument("file", type=Path)
    verify.add_argument(
        "--log",
        type=Path,
        action="append",
        default=[],
        help="a saved copy of the gateway's log stream (stdout); its checkpoints reveal a truncated file (repeatable)",
    )
    verify.add_argument("--key-file", type=Path, help="read the key from this file instead of $GATEWAY_AUDIT_KEY")
    verify.set_defaults(func=_audit_verify)
    keygen = aud_sub.add_parser("keygen", help="print a new random audit key")
    keygen.set_defaults(func=_audit_keygen)

    sub.add_parser("eval", help="detection quality and speed against vanilla Presidio (--help for options)")

    sub.add_parser("users", help="add | revoke | list employees' gateway keys")
    return p


def _serve(args: argparse.Namespace) -> int:
    from gateway.serve import serve

    return serve(args.config, host=args.host, port=args.port, workers=args.workers)


def _scan(args: argparse.Namespace) -> int:
    from gateway.scan import scan_command

    if args.text is not None:
        text = args.text
    elif args.file is not None:
        text = args.file.read_text(encoding="utf-8")
    else:
        text = sys.stdin.read()
    return scan_command(
        text,
        config=args.config,
        upstream=args.upstream,
        as_json=args.json,
        rules_dir=args.rules,
        policy=args.policy,
        show_redacted=args.show_redacted,
    )


def _shadow_report(args: argparse.Namespace) -> int:
    from gateway.scan import shadow_report_command

    return shadow_report_command(args.file)


def _rules(args: argparse.Namespace) -> int:
    from gateway.policy.cli import check_command, test_command

    return check_command(args.directory) if args.rules_command == "check" else test_command(args.directory)


def _audit_verify(args: argparse.Namespace) -> int:
    from gateway.audit import verify_command

    return verify_command(args.file, logs=args.log, key_file=args.key_file)


def _audit_keygen(args: argparse.Namespace) -> int:
    import secrets

    print(secrets.token_urlsafe(32))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
