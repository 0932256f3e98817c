"""Recognizers declared in rule files (``DetectorSpecs``) turned into Presidio recognizers when a detector is built."""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer

from gateway.detect.specs import DenyListSpec, DetectorSpecs, PatternSpec

FLAGS = {"IGNORECASE": re.IGNORECASE, "MULTILINE": re.MULTILINE, "DOTALL": re.DOTALL}


def regex_flags(names: tuple[str, ...]) -> int:
    """The ``re`` flags named in a spec; an unknown name is an error (rules validate them at load)."""
    flags = 0
    for name in names:
        try:
            flags |= FLAGS[name.upper()]
        except KeyError:
            raise ValueError(f"unknown regex flag {name!r}; known: {', '.join(FLAGS)}") from None
    return flags


def pattern_recognizer(spec: PatternSpec) -> PatternRecognizer:
    return PatternRecognizer(
        supported_entity=spec.entity_type,
        name=spec.name,
        patterns=[Pattern(spec.name, spec.regex, spec.score)],
        context=list(spec.context) or None,  # type: ignore[arg-type]  # Presidio's hint omits its None default
        global_regex_flags=regex_flags(spec.flags),
    )


def deny_list_recognizer(spec: DenyListSpec) -> PatternRecognizer:
    # Presidio matches deny-list terms case-insensitively, on word boundaries.
    return PatternRecognizer(
        supported_entity=spec.entity_type,
        name=spec.name,
        deny_list=list(spec.terms),
        deny_list_score=spec.score,
    )


def declared_recognizers(specs: DetectorSpecs) -> list[EntityRecognizer]:
    return [
        *(pattern_recognizer(p) for p in specs.patterns),
        *(deny_list_recognizer(d) for d in specs.deny_lists if d.terms),
    ]
