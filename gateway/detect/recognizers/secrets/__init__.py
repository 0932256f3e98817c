"""Credentials and keys, which the policy refuses."""
