"""The hostile-input campaign: hypothesis properties over the parsers, the SSE decoder and the restorers.

Kept fast for CI (the ``ci`` profile, the default); ``HYPOTHESIS_PROFILE=campaign`` runs many more examples
for a longer hunt on a quiet machine.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=False
)
settings.register_profile("campaign", max_examples=20_000, deadline=None, suppress_health_check=list(HealthCheck))
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
