"""BM25 (Okapi), written once: document frequencies, IDF, average length and the per-term weight.

Both backends score with these: index.py precomputes `weight` into its matrix; sphinx.py sends `weight`, turned
into a Sphinx ranking expression by `expression`, and boosts each query word with `idf`. Scores equal
rank-bm25's BM25Okapi for the same tokens, k1 and b wherever its IDF is non-negative; a term in more than half
the documents (negative IDF, which rank-bm25 floors to epsilon × mean IDF) gets IDF 0 here, so it neither helps
nor hurts, and adding a document never lowers another document's score.

The functions take numbers or numpy arrays alike.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from scipy import sparse


def term_frequencies(ids: np.ndarray, offsets: np.ndarray, n_terms: int) -> sparse.csr_matrix:
    """terms × documents counts from token ids, where ids[offsets[d]:offsets[d+1]] are document d's tokens;
    indices sorted, duplicates summed."""
    n_docs = len(offsets) - 1
    doc_of = np.repeat(np.arange(n_docs, dtype=np.int32), np.diff(offsets))
    tf = sparse.csr_matrix((np.ones(len(ids), dtype=np.float64), (ids, doc_of)), shape=(n_terms, n_docs))
    tf.sum_duplicates()
    tf.sort_indices()
    return tf


def document_frequencies(tf: sparse.csr_matrix) -> np.ndarray:
    """How many documents hold each term (the stored entries per row of a terms × documents matrix)."""
    return np.diff(tf.indptr).astype(np.int64)


def idf(n_docs: Any, df: Any) -> Any:
    """BM25Okapi's IDF, log((N - df + 0.5) / (df + 0.5)), clamped at 0 (see the module docstring)."""
    return np.maximum(np.log(n_docs - df + 0.5) - np.log(df + 0.5), 0.0)


def avg_length(doc_len: np.ndarray) -> float:
    """The average document length, 1 when there is nothing to average (so no division by zero)."""
    return float(doc_len.mean()) if len(doc_len) and doc_len.sum() else 1.0


def weight(term_idf: Any, tf: Any, dl: Any, avgdl: Any, k1: float, b: float) -> Any:
    """One term's contribution to a document's score: its IDF times BM25's saturated, length-normalised tf."""
    return term_idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * dl / avgdl))


# ---------------------------------------------------------------- the same formula as an expression

class Expr:
    """A symbolic number: arithmetic on it builds the text of an expression, so `weight` written once for
    numbers also writes Sphinx's ranking expression. Constants are printed with 9 significant digits."""

    def __init__(self, text: str):
        self.text = text

    def __str__(self) -> str:
        return self.text

    @staticmethod
    def _text(x: Any) -> str:
        return x.text if isinstance(x, Expr) else f"{float(x):.9g}"

    def _op(self, op: str, other: Any, reverse: bool = False) -> Expr:
        a, b = (self._text(other), self.text) if reverse else (self.text, self._text(other))
        return Expr(f"({a}{op}{b})")

    def __add__(self, other: Any) -> Expr:
        return self._op("+", other)

    def __radd__(self, other: Any) -> Expr:
        return self._op("+", other, reverse=True)

    def __sub__(self, other: Any) -> Expr:
        return self._op("-", other)

    def __rsub__(self, other: Any) -> Expr:
        return self._op("-", other, reverse=True)

    def __mul__(self, other: Any) -> Expr:
        return self._op("*", other)

    def __rmul__(self, other: Any) -> Expr:
        return self._op("*", other, reverse=True)

    def __truediv__(self, other: Any) -> Expr:
        return self._op("/", other)

    def __rtruediv__(self, other: Any) -> Expr:
        return self._op("/", other, reverse=True)


def expression(term_idf: str, tf: str, dl: str, avgdl: float, k1: float, b: float) -> str:
    """`weight` as the text of an expression over the named variables (e.g. Sphinx's sum_idf, user_weight)."""
    return str(weight(Expr(term_idf), Expr(tf), Expr(dl), avgdl, k1, b))
