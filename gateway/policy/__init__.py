"""Policy: rule files compiled into policies, and the pure decision from findings."""
