"""pytest plugin (entry point `qa_suites`): collects *.qa.yaml suites. Filled in by the regression runner."""
