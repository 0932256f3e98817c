"""Detection: findings in text segments (Presidio on spaCy plus the department's recognizers)."""
