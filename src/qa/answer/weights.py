"""The composer's weights: config/weights.yaml, written by `qa fit` (its header says the command that made it).

    rerank:      {feature: weight, bias: …}        sentence score = Σ weight × feature (a logit)
    candidate:   {default: {feature: weight}, <qtype>: {…}}   per question type, `default` for the rest
    confidence:  {feature: weight, bias: …}        the probability that the answer is right (a logit)
    prior:       {default: {…}}   hand-set candidate weights whose choice is a feature ("prior", "prior_best")
    threshold:   answers whose confidence is below this are declined
    evidence:    {feature: weight, bias: …}        the probability that the answer's sentence holds the answer
                                                   at all (a paragraph not in the papers never does)
    evidence_threshold: answers whose evidence probability is below this are declined ("the papers do not say")
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..config import PROJECT_ROOT, Config, ConfigError


@dataclass(frozen=True)
class Weights:
    rerank: Mapping[str, float] = field(default_factory=dict)
    candidate: Mapping[str, Mapping[str, float]] = field(default_factory=dict)
    confidence: Mapping[str, float] = field(default_factory=dict)
    threshold: float = 0.25
    evidence: Mapping[str, float] = field(default_factory=dict)
    evidence_threshold: float = 0.0
    spans: bool = False  # every word-aligned span is a candidate (only with weights fitted for them)
    # With spans: the hand-set candidate weights, whose choice becomes a feature of the fitted model
    prior: Mapping[str, Mapping[str, float]] = field(default_factory=dict)

    def for_qtype(self, qtype: str) -> Mapping[str, float]:
        return self.candidate.get(qtype) or self.candidate.get("default", {})


def weights_path(config: Config) -> Path:
    """The config's weights file: relative to the config file's folder, else to the project (the shipped
    config/weights.yaml, which a user's config file that does not name one keeps using)."""
    path = config.path(config.composer.weights)
    shipped = PROJECT_ROOT / config.composer.weights
    return shipped if not path.exists() and not Path(config.composer.weights).is_absolute() and shipped.exists() \
        else path


def load_weights(path: str | Path) -> Weights:
    """Read a weights file; a missing file or a bad entry is a ConfigError naming the file and the key."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the composer's weights: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping with rerank/candidate/confidence")
    known = {"rerank", "candidate", "confidence", "threshold", "spans", "prior", "evidence", "evidence_threshold"}
    for key in data:
        if key not in known:
            raise ConfigError(f"{path}: unknown key {key!r} (expected one of {', '.join(sorted(known))})")

    def table(value, where: str) -> dict[str, float]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise ConfigError(f"{path}: {where}: expected a mapping of feature → weight")
        out = {}
        for k, v in value.items():
            if isinstance(v, bool) or not isinstance(v, int | float):
                raise ConfigError(f"{path}: {where}.{k}: expected a number, got {v!r}")
            out[str(k)] = float(v)
        return out

    candidate = data.get("candidate") or {}
    if not isinstance(candidate, dict):
        raise ConfigError(f"{path}: candidate: expected a mapping of question type → weights")
    def share(key: str, default: float) -> float:
        value = data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
            raise ConfigError(f"{path}: {key}: expected a number between 0 and 1, got {value!r}")
        return float(value)

    return Weights(rerank=table(data.get("rerank"), "rerank"),
                   candidate={str(k): table(v, f"candidate.{k}") for k, v in candidate.items()},
                   confidence=table(data.get("confidence"), "confidence"), threshold=share("threshold", 0.25),
                   evidence=table(data.get("evidence"), "evidence"),
                   evidence_threshold=share("evidence_threshold", 0.0),
                   spans=bool(data.get("spans", False)),
                   prior={str(k): table(v, f"prior.{k}") for k, v in (data.get("prior") or {}).items()})
