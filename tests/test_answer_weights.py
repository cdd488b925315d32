"""The composer's weights file: read, checked, and found from a user's config."""

from __future__ import annotations

import pytest

from qa.answer import load_weights, weights_path
from qa.config import PROJECT_ROOT, ConfigError, load_config


def test_the_shipped_weights_load_and_say_how_they_were_made():
    path = weights_path(load_config())
    assert path == PROJECT_ROOT / "config" / "weights.yaml"
    weights = load_weights(path)
    assert weights.rerank and weights.candidate.get("default") and 0 <= weights.threshold <= 1
    assert path.read_text(encoding="utf-8").startswith("#")


@pytest.mark.parametrize(("text", "words"), [
    ("rerank: {bm25: high}\n", "rerank.bm25: expected a number"),
    ("candidate: [1, 2]\n", "candidate: expected a mapping"),
    ("threshold: 1.5\n", "threshold: expected a number between 0 and 1"),
    ("evidence_threshold: -0.1\n", "evidence_threshold: expected a number between 0 and 1"),
    ("evidence: {coverage: x}\n", "evidence.coverage: expected a number"),
    ("rerank: {}\nweights: {}\n", "unknown key 'weights'"),
    ("rerank: [\n", "not valid YAML"),
])
def test_a_bad_weights_file_names_the_file_and_the_key(tmp_path, text, words):
    path = tmp_path / "w.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_weights(path)
    assert str(err.value).startswith(str(path)) and words in str(err.value)


def test_a_missing_weights_file_is_a_clear_error(tmp_path):
    with pytest.raises(ConfigError, match="cannot read the composer's weights"):
        load_weights(tmp_path / "none.yaml")
