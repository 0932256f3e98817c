"""Measuring the detector: labelled corpora, scorers, timing, vanilla Presidio and the independent suite."""
