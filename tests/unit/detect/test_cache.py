"""The scan cache: keyed digests scoped by rules version and employee, bounded, least recently used out first."""

from __future__ import annotations

from gateway.detect.cache import FindingsCache
from gateway.detect.findings import Finding

SSN = Finding("US_SSN", 4, 15, 0.85, "SsnRecognizer")


def test_key_depends_on_version_scope_and_text() -> None:
    """Another rules version, another employee or another text is another entry; the key holds no text."""
    cache = FindingsCache(8)
    key = cache.key("v1", "jdoe", "SSN 212-67-4093")
    assert key == cache.key("v1", "jdoe", "SSN 212-67-4093")
    others = {cache.key("v2", "jdoe", "SSN 212-67-4093"), cache.key("v1", "asmith", "SSN 212-67-4093")}
    others |= {cache.key("v1", "jdoe", "SSN 212-67-4094"), cache.key("v1jdoe", "", "SSN 212-67-4093")}
    assert key not in others and len(others) == 4
    assert len(key) == 16 and b"212-67" not in key


def test_keys_differ_between_processes() -> None:
    """Each cache draws its own key, so a digest means nothing outside the process that made it."""
    assert FindingsCache(8).key("v1", "jdoe", "hello") != FindingsCache(8).key("v1", "jdoe", "hello")


def test_least_recently_used_is_evicted() -> None:
    """At its bound the cache drops the entry used least recently, not the oldest written."""
    cache = FindingsCache(2)
    a, b, c = (cache.key("v1", "u", t) for t in "abc")
    cache.put(a, [SSN])
    cache.put(b, [])
    assert cache.get(a) == (SSN,)
    cache.put(c, [])
    assert cache.get(b) is None and cache.get(a) == (SSN,) and cache.get(c) == ()
    assert len(cache) == 2


def test_findings_held_are_bounded_too() -> None:
    """A text with very many findings pushes older entries out; one with more than the whole budget is not kept."""
    cache = FindingsCache(100, max_findings=3)
    small, big, huge = (cache.key("v1", "u", t) for t in ("small", "big", "huge"))
    cache.put(small, [SSN])
    cache.put(big, [SSN, SSN, SSN])
    assert cache.get(small) is None and cache.get(big) == (SSN, SSN, SSN)
    cache.put(huge, [SSN] * 4)
    assert cache.get(huge) is None and len(cache) == 1


def test_zero_entries_disables_it() -> None:
    cache = FindingsCache(0)
    key = cache.key("v1", "u", "text")
    cache.put(key, [SSN])
    assert not cache.enabled and cache.get(key) is None and len(cache) == 0
