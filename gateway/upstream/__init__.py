"""Approved upstreams: ``client`` (the only code that contacts a vendor) and ``demo`` (an offline stand-in)."""
