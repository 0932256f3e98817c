"""Rate limits per user and per upstream: ``local`` (one window per worker) and ``shared`` (one Redis window)."""
