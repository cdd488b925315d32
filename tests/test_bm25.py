"""bm25.py owns the formulas: the Sphinx expression is the same `weight`, and the retriever base imports no
backend."""

from __future__ import annotations

import ast
import math
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from qa import bm25, retrieve
from qa.config import BACKENDS


@given(idf=st.floats(0, 10), tf=st.integers(1, 32), dl=st.integers(1, 200), avgdl=st.floats(0.5, 100),
       k1=st.floats(0.5, 2.5), b=st.floats(0, 1))
def test_the_expression_computes_the_weight(idf, tf, dl, avgdl, k1, b):
    text = bm25.expression("sum_idf", "user_weight", "dl", avgdl, k1, b)
    got = eval(text, {}, {"sum_idf": idf, "user_weight": tf, "dl": dl})  # plain arithmetic and parentheses
    # The expression prints constants with 9 significant digits.
    assert got == pytest.approx(bm25.weight(idf, tf, dl, avgdl, k1, b), rel=1e-7, abs=1e-9)


def test_weight_is_rank_bm25s_formula():
    # BM25Okapi: idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * dl / avgdl))
    assert bm25.weight(2.0, 3, 10, 5.0, 1.5, 0.75) == pytest.approx(2.0 * 3 * 2.5 / (3 + 1.5 * (0.25 + 0.75 * 2)))


def test_idf_is_clamped_at_zero_and_takes_arrays():
    assert bm25.idf(10, 1) == pytest.approx(math.log(9.5 / 1.5))
    assert bm25.idf(10, 9) == 0.0  # more than half the documents: negative, clamped
    np.testing.assert_allclose(bm25.idf(4, np.array([1.0, 3.0])), [math.log(3.5 / 1.5), 0.0])


def test_document_frequencies_count_documents_not_occurrences():
    ids = np.array([0, 0, 1, 0, 2], dtype=np.int32)  # doc 0: a a b; doc 1: a c
    offsets = np.array([0, 3, 5])
    tf = bm25.term_frequencies(ids, offsets, 3)
    assert bm25.document_frequencies(tf).tolist() == [2, 1, 1]
    assert tf[0, 0] == 2
    assert bm25.avg_length(np.diff(offsets)) == 2.5 and bm25.avg_length(np.zeros(0)) == 1.0


def test_registry_names_every_configurable_backend():
    assert set(retrieve.BACKENDS) == set(BACKENDS)
    for name in BACKENDS:
        assert callable(retrieve.factory(name))


def _imports(module: str) -> set[str]:
    tree = ast.parse(Path(retrieve.__file__).with_name(f"{module}.py").read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            out.add(node.module or "")
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
    return out


def test_the_retriever_base_imports_no_backend_of_its_own():
    assert "sphinx" not in _imports("retrieve") and "qa.sphinx" not in _imports("retrieve")
    assert "retrieve" in _imports("sphinx")  # the backend imports the base, for its errors
