"""Benchmarks: run with `make bench`; figures go in the issue notes, never into test assertions."""
