"""Scripted Q&A regression suites: YAML cases, the `qa test` runner and a pytest plugin."""
