"""The rules in force as one value: a compiled rule set and the detector built for it."""

from __future__ import annotations

from dataclasses import dataclass

from gateway.detect.findings import Detector
from gateway.policy.rules import RuleSet


@dataclass(frozen=True, slots=True)
class ActiveRules:
    ruleset: RuleSet
    detector: Detector
