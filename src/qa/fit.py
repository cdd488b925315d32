"""`qa fit`: fit the composer's weights from SQuAD-format data, cross-validated by article.

Logistic regressions (scikit-learn, the optional extra `pip install -e '.[fit]'`), fitted in turn:
1. rerank: a retrieved sentence's features → does it hold a gold answer;
2. candidate (one model per question type with enough questions, `default` for the rest): a candidate span's
   features → is it a gold answer (exact match); every positive and a fixed sample of negatives per question;
3. with `--declines D`, evidence: the chosen answer's signals (policy.confidence_features) → does its sentence
   hold a gold answer at all (or a long stretch of a gold longer than it, _holds), or is the answer right;
   trained on the answers to every question and on the answers given to questions whose paragraph is not
   indexed (the half-index pass: never). Its threshold is the lowest that declines D of
   those absent questions, held out: the "not in the papers" decline;
4. confidence: the same signals → is the answer right (F1 ≥ 0.5), fitted on the answers the evidence model
   lets through (all answers, absent ones included, without `--declines`), so that it is calibrated on the
   answers given.

Cross-validation: the SQuAD articles are dealt into k folds (a stable shuffle of their titles); each fold's
questions are answered with weights fitted on the other k−1 folds, through the composer's own code (rerank,
candidates, decide): the figures reported are those held-out answers, never the training fit. The decline
threshold is set by `--threshold`, else chosen for `--declines` (evidence) or for `--precision` (the lowest
confidence whose held-out precision under the half-index protocol reaches it; with `--bound`, its one-sided
Wilson lower bound over the answers shown must reach it, a margin for the sampling error of a few thousand
answers). The weights written are fitted on all the data; the file's header holds the command and the
cross-validated figures.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path
from statistics import NormalDist
from typing import Any

import numpy as np
import yaml

from .normalize import fold as fold_text
from .options import add_engine_options

EXAMPLES = """examples:
  # how config/weights.yaml is made: hand-set candidates, fitted evidence and confidence models
  qa fit --squad tests/data/cmrc2018_trial.json ../shared/data/drcd/DRCD_test.json --suite tests/suites/*.qa.yaml \\
         --score-only --declines 0.9 --precision 0.8 --balance --out config/weights.yaml
  qa fit --squad tests/data/cmrc2018_trial.json ../shared/data/drcd/DRCD_test.json --score-only --declines 0.9 \\
         --precision 0.8 --bound 0.95 --out /tmp/w.yaml   # the precision's 95% lower bound must reach 0.8
  qa fit --squad tests/data/cmrc2018_trial.json ../shared/data/drcd/DRCD_test.json --out /tmp/w.yaml   # all fitted
  qa fit --squad tests/data/cmrc2018_trial.json --limit 200 --folds 3 --out /tmp/w.yaml   # a quick look"""

_MIN_TYPE_QUESTIONS = 150  # question types with fewer training questions use the `default` candidate model
_TOP = 30  # candidates handed to the composer's decision, best first


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--squad", metavar="FILE", nargs="+", required=True,
                        help="SQuAD-format JSON files (CMRC 2018, DRCD); each is pooled into its own index")
    parser.add_argument("--suite", metavar="FILE", nargs="*", default=[],
                        help="news suites (*.qa.yaml) whose exact/contains answers add training questions")
    parser.add_argument("--out", metavar="FILE", required=True, help="where to write the weights (YAML)")
    parser.add_argument("--rows", metavar="FILE",
                        help="also write the held-out answers (question, type, confidence, evidence, right, signals) "
                             "as JSON lines, to study what the models read")
    parser.add_argument("--folds", type=int, default=5, metavar="K", help="cross-validation folds (default 5)")
    parser.add_argument("--limit", type=int, metavar="N", help="use only the first N questions of each file")
    parser.add_argument("--negatives", type=int, default=15, metavar="N",
                        help="near-miss and random negative candidates paired with each answer (default 15 each)")
    parser.add_argument("--precision", type=float, metavar="P",
                        help="held-out precision the decline threshold is chosen for (default 0.8); with "
                             "--declines, the evidence and confidence thresholds that keep the most F1 while the "
                             "SQuAD files' answers reach P and D of the absent questions decline, each fold's "
                             "chosen on the other folds")
    parser.add_argument("--bound", type=float, metavar="LEVEL",
                        help="with --declines and --precision: the precision's one-sided Wilson lower bound at this "
                             "confidence level (e.g. 0.95) must reach P, not the point estimate, so that a pair "
                             "chosen on a few thousand answers still reaches P on unseen ones")
    parser.add_argument("--threshold", type=float, metavar="T",
                        help="set the decline threshold instead of choosing it for --precision")
    parser.add_argument("--declines", type=float, metavar="D",
                        help="choose the lowest threshold that declines this share of the questions whose "
                             "paragraph is not indexed (held-out, half-index protocol) instead of --precision")
    parser.add_argument("--no-half", dest="half", action="store_false",
                        help="skip the half-index pass (the confidence model then never sees absent paragraphs)")
    parser.add_argument("--pairwise", action="store_true",
                        help="pairwise rankers (logistic regression on candidate differences) instead of pointwise")
    parser.add_argument("--no-spans", dest="spans", action="store_false",
                        help="candidates from the typed and slot generators only, not every word-aligned span")
    parser.add_argument("--balance", action="store_true",
                        help="weigh each SQuAD-format file the same in the evidence and confidence models (the "
                             "larger set's answer style then does not set the other's confidence)")
    parser.add_argument("--fit", choices=("all", "rerank", "candidates", "scores"), default="all",
                        help="which weights to fit (the others are kept from the current weights file, scored "
                             "through the same held-out pipeline): all; the sentence rerank; the candidates; or "
                             "scores — only the confidence and evidence models, which every choice fits "
                             "(default: all)")
    parser.add_argument("--score-only", dest="fit", action="store_const", const="scores",
                        help="the same as --fit scores")
    add_engine_options(parser, corpus=None)


# ---------------------------------------------------------------- data

@dataclass
class Question:
    qid: str
    text: str
    answers: list[str]
    group: str  # the SQuAD article (folds never split one)
    dataset: int
    paragraph: str
    fold: int = 0
    hits: list = field(default_factory=list)
    contained: tuple[str, ...] = ()  # a suite's `contains` expectations: right when the answer holds one


@dataclass
class Dataset:
    name: str
    engine: Any  # qa.engine.Engine (imported when run: `qa --help` does not load the engine)
    articles: list
    questions: list[Question]
    keys: dict[str, str] = field(default_factory=dict)  # article id → paragraph key (eval.read_squad)


def _load(args, config) -> list[Dataset]:
    from .engine import Engine
    from .eval import read_squad

    out = []
    for i, path in enumerate(args.squad):
        articles, raw, keys = read_squad(path)
        if args.limit:
            raw = raw[: args.limit]
        # the paragraph key is "<SQuAD article>:<paragraph>": folds keep an article's paragraphs together
        qs = [Question(q["id"], q["question"], q["answers"], f"{Path(path).name}:{q['paragraph'].rsplit(':', 1)[0]}",
                       i, q["paragraph"]) for q in raw]
        out.append(Dataset(str(path), Engine.from_articles(config, articles), articles, qs, keys))
    for path in args.suite:
        out.append(_suite(path, config, len(out)))
    return out


def _suite(path: str, config, index: int) -> Dataset:
    """A news suite as training questions: cases with an exact or contains answer on the suite's corpus."""
    from .engine import Engine

    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    corpus = (Path(path).parent / data["corpus"]).resolve() if data.get("corpus") else None
    engine = Engine.load(config, corpus=corpus)
    qs = []
    for n, case in enumerate(data.get("cases", ())):
        expect = case.get("expect")
        if "q" not in case or expect is None:
            continue
        if isinstance(expect, str):
            golds = [expect]
        elif isinstance(expect, dict) and not expect.get("declined"):
            golds = [expect[k] for k in ("exact", "contains") if isinstance(expect.get(k), str)]
            golds += [x for x in expect.get("any", ()) if isinstance(x, str)]
        else:
            golds = []
        contained = (expect,) if isinstance(expect, str) else tuple(
            [expect["contains"]] if isinstance(expect, dict) and isinstance(expect.get("contains"), str) else [])
        if golds:
            qs.append(Question(f"{path}#{n}", case["q"], golds, f"{path}#{n}", index, "", contained=contained))
    return Dataset(str(path), engine, [], qs)


def _deal(questions: list[Question], k: int) -> None:
    """Folds by article: a stable shuffle of the article keys, dealt round-robin."""
    groups = sorted({q.group for q in questions})
    random.Random(0).shuffle(groups)
    fold = {g: i % k for i, g in enumerate(groups)}
    for q in questions:
        q.fold = fold[q.group]


# ---------------------------------------------------------------- models

class _Columns:
    """Feature name → column, growing as names appear."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}

    def row(self, feats, width: int) -> np.ndarray:
        out = np.zeros(width, dtype=np.float32)
        for k, v in feats.items() if isinstance(feats, dict) else feats:
            j = self.index.setdefault(k, len(self.index))
            if j >= width:  # a feature silently left out would be a weight silently missing
                raise ValueError(f"more than {width} feature names (the {j + 1}th: {k!r}): raise the width in fit.py")
            out[j] = v
        return out

    def weights(self, model, width: int) -> dict[str, float]:
        coef = model.coef_[0]
        out = {k: round(float(coef[j]), 4) for k, j in sorted(self.index.items()) if j < width and coef[j] != 0}
        if model.fit_intercept:
            out["bias"] = round(float(model.intercept_[0]), 4)
        return out


def _logistic(x: np.ndarray, y: np.ndarray, c: float = 1.0, intercept: bool = True,
              weight: np.ndarray | None = None):
    from sklearn.linear_model import LogisticRegression

    if len(x) == 0 or len(set(y.tolist())) < 2:
        return None
    return LogisticRegression(C=c, max_iter=2000, fit_intercept=intercept).fit(x, y, sample_weight=weight)


def _soft_logistic(xs: list[np.ndarray], labels: list[np.ndarray]):
    """Logistic regression on labels in [0, 1] (each row once as right with weight F1, once as wrong with
    weight 1 − F1)."""
    if not xs:
        return None
    from sklearn.linear_model import LogisticRegression

    x, p = np.concatenate(xs), np.concatenate(labels)
    return LogisticRegression(C=1.0, max_iter=2000).fit(
        np.concatenate([x, x]), np.concatenate([np.ones(len(x)), np.zeros(len(x))]),
        sample_weight=np.concatenate([p, 1.0 - p]) + 1e-6)


def _pairs(x: np.ndarray, y: np.ndarray, negatives: np.ndarray) -> np.ndarray | None:
    """Pairwise rows of one question: each positive minus each chosen negative (a pairwise ranker: logistic
    regression on differences learns which of two candidates of the same question is the answer)."""
    pos = np.flatnonzero(y == 1)
    if not len(pos) or not len(negatives):
        return None
    return (x[pos][:, None, :] - x[negatives][None, :, :]).reshape(-1, x.shape[1])


def _ranker(diffs: list[np.ndarray]) -> object | None:
    """Logistic regression on pair differences, every other pair turned round (labels balanced, no
    intercept: a ranker's scores compare candidates of one question)."""
    if not diffs:
        return None
    d = np.concatenate(diffs)
    sign = np.where(np.arange(len(d)) % 2 == 0, 1.0, -1.0).astype(np.float32)
    return _logistic(d * sign[:, None], (sign > 0).astype(np.int8), intercept=False)


_WIDTH = 96
_SIGNALS_WIDTH = 256  # columns of the evidence and confidence models (signals × question types)


# ---------------------------------------------------------------- the run

def run(args) -> int:
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("qa fit: needs scikit-learn: pip install -e '.[fit]'", file=sys.stderr)
        return 2
    from .answer import load_weights, weights_path
    from .config import load_config
    from .eval import SquadError, indexed_half

    if args.folds < 2:
        print("qa fit: --folds must be at least 2", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    config = load_config(args.config)
    base = load_weights(weights_path(config))
    try:
        datasets = _load(args, config)
    except (SquadError, OSError, KeyError, yaml.YAMLError) as exc:
        print(f"qa fit: {exc}", file=sys.stderr)
        return 2
    questions = [q for d in datasets for q in d.questions]
    _deal(questions, args.folds)
    progress = sys.stderr.isatty()
    log = _Log(progress)

    # 1. rerank rows: every retrieved sentence, labelled by whether it holds a gold answer
    cols_r = _Columns()
    # the hand-set candidate weights (the shipped file's, unless it is itself a fitted span model) are a prior
    prior = dict(base.prior) if base.spans else dict(base.candidate)
    fit_rerank_w = args.fit in ("all", "rerank")
    fit_candidates_w = args.fit in ("all", "candidates")
    spans = args.spans if fit_candidates_w else base.spans
    start_weights = replace(base, spans=spans, candidate={}, confidence={}, threshold=0.0,
                            prior=prior if spans else {})
    rows_r: list[tuple[int, np.ndarray, np.ndarray]] = []  # (question index, X, y)
    composers = {i: d.engine._state.composer.with_weights(start_weights) for i, d in enumerate(datasets)}
    for qi, q in enumerate(log.each(questions, "retrieve")):
        d = datasets[q.dataset]
        q.hits = d.engine.retrieve(q.text)
        comp = composers[q.dataset]
        from .answer.question import analyze

        info = analyze(q.text)
        ranked = comp.rerank(info, comp.question_terms(q.text, info), q.hits)
        if ranked:
            x = np.stack([cols_r.row(r.features, _WIDTH) for r in ranked])
            y = np.array([any(a in r.hit.sentence.text for a in q.answers) for r in ranked], dtype=np.int8)
            rows_r.append((qi, x, y))
    fold_of = np.array([q.fold for q in questions])

    pairs_r = {qi: _pairs(x, y, np.flatnonzero(y == 0)) for qi, x, y in rows_r} if args.pairwise else {}

    def fit_rerank(train: set[int]) -> dict[str, float]:
        if args.pairwise:
            model = _ranker([d for qi, d in pairs_r.items() if d is not None and fold_of[qi] in train])
        else:
            sel = [r for r in rows_r if fold_of[r[0]] in train]
            model = _logistic(np.concatenate([x for _, x, _ in sel]), np.concatenate([y for _, _, y in sel]))
        return cols_r.weights(model, _WIDTH) if model is not None else dict(base.rerank)

    folds = list(range(args.folds))
    if not fit_rerank_w:
        rerank_w = {f: dict(base.rerank) for f in [*folds, "all"]}
    else:
        rerank_w = {f: fit_rerank(set(folds) - {f}) for f in folds}
        rerank_w["all"] = fit_rerank(set(folds))

    # 2. candidates under each fold's held-out rerank
    cols_c = _Columns()
    rng = random.Random(0)
    prepared: list = [None] * len(questions)
    cand_x: list = [None] * len(questions)
    cand_y: list = [None] * len(questions)
    from .answer.compose import Composition
    from .eval import em, f1

    for qi, q in enumerate(log.each(questions, "candidates")):
        w = replace(start_weights, rerank=rerank_w[q.fold])
        comp = composers[q.dataset].with_weights(w)
        p = comp.prepare(q.text, q.hits)
        prepared[qi] = (p, comp)
        if isinstance(p, Composition) or not p.candidates:
            continue
        x = np.stack([cols_c.row(c.features, _WIDTH) for c in p.candidates])
        y = np.array([em(c.text, q.answers) for c in p.candidates], dtype=np.int8)
        cand_x[qi], cand_y[qi] = x, y
        # keep the candidates light: their features live in the matrix now
        prepared[qi] = (replace(p, candidates=tuple(replace(c, features=()) for c in p.candidates)), comp)

    qtypes = ["" if prepared[i] is None or isinstance(prepared[i][0], Composition) else prepared[i][0].info.qtype
              for i in range(len(questions))]
    counts: dict[str, int] = defaultdict(int)
    for t in qtypes:
        counts[t] += 1
    groups = sorted(t for t, n in counts.items() if t and n * (args.folds - 1) / args.folds >= _MIN_TYPE_QUESTIONS)

    def sample(qi: int) -> np.ndarray | tuple[np.ndarray, np.ndarray] | None:
        """One question's training rows: its exact answers, the near misses (spans overlapping a gold answer:
        they teach the boundaries) and a fixed random sample of the rest — as pairs (--pairwise), or as rows
        labelled with their F1 (the model then prefers a long answer that is partly right to a short wrong one:
        the figure users and the evaluation judge)."""
        x, y = cand_x[qi], cand_y[qi]
        texts = [c.text for c in prepared[qi][0].candidates]
        golds = questions[qi].answers
        neg = np.flatnonzero(y == 0)
        hard = [i for i in neg if any(g in texts[i] or texts[i] in g for g in golds)]
        if not y.any() and (args.pairwise or not hard):
            return None
        rest = sorted(set(neg.tolist()) - set(hard))
        if len(rest) > args.negatives:
            rest = sorted(rng.sample(rest, args.negatives))
        hard = hard[: args.negatives]
        chosen = np.array(sorted(set(hard) | set(rest)), dtype=int)
        if args.pairwise:
            return _pairs(x, y, chosen)
        keep = np.concatenate([np.flatnonzero(y == 1), chosen]).astype(int)
        return x[keep], np.array([1.0 if y[i] else f1(texts[i], golds) for i in keep])

    samples: dict[int, Any] = {qi: sample(qi) for qi in range(len(questions)) if cand_x[qi] is not None}
    samples = {qi: d for qi, d in samples.items() if d is not None}

    def fit_candidates(train: set[int]) -> dict[str, dict[str, float]]:
        out = {}
        for name in ["default", *groups]:
            sel = [qi for qi in samples if fold_of[qi] in train and (name == "default" or qtypes[qi] == name)]
            if args.pairwise:
                model = _ranker([samples[qi] for qi in sel])
            else:
                model = _soft_logistic([samples[qi][0] for qi in sel], [samples[qi][1] for qi in sel])
            if model is not None:
                out[name] = cols_c.weights(model, _WIDTH)
        return out

    cand_w: dict[object, dict[str, Any]]
    if not fit_candidates_w:
        cand_w = {f: dict(base.candidate) for f in [*folds, "all"]}
    else:
        cand_w = {f: fit_candidates(set(folds) - {f}) for f in log.each(folds, "fit candidates")}
        cand_w["all"] = fit_candidates(set(folds))

    # 3. held-out answers (threshold 0: the confidence decides later)
    outcomes: list[dict] = []
    cols_s = _Columns()
    for qi, q in enumerate(log.each(questions, "answers")):
        comp_q = prepared[qi][1]
        w = replace(start_weights, rerank=rerank_w[q.fold], candidate=cand_w[q.fold])
        comp = comp_q.with_weights(w)
        outcomes.append(_answer(comp, prepared[qi][0], cand_x[qi], cols_c, q, qtypes[qi]))
    # the half-index pass: questions whose paragraph is not indexed
    absent: list[dict] = []
    if args.half:
        for i, d in enumerate(datasets):
            if not d.articles:
                continue
            present = [a for a in d.articles if indexed_half(d.keys[a.id])]
            from .engine import Engine

            half = Engine.from_articles(config, present)
            hcomp = half._state.composer
            for q in log.each([q for q in d.questions if not indexed_half(q.paragraph)], f"half {i + 1}"):
                w = replace(start_weights, rerank=rerank_w[q.fold], candidate=cand_w[q.fold])
                comp = hcomp.with_weights(w)
                p = comp.prepare(q.text, half.retrieve(q.text))
                hx: np.ndarray | None = None
                if not isinstance(p, Composition) and p.candidates:
                    hx = np.stack([cols_c.row(c.features, _WIDTH) for c in p.candidates])
                absent.append({**_answer(comp, p, hx, cols_c, q, "" if isinstance(p, Composition) else p.info.qtype),
                               "right": False, "f1": 0.0, "em": 0.0, "absent": True})

    # 4. evidence: does the answer's sentence hold an answer at all (absent paragraphs never do) — the "the
    # papers do not say" decline, apart from how likely this composer's span is right; held out per fold
    rows = [o for o in outcomes + absent if o["answered"]]
    xs = np.stack([cols_s.row(o["signals"], _SIGNALS_WIDTH) for o in rows]) if rows \
        else np.zeros((0, _SIGNALS_WIDTH))
    rfold = np.array([o["fold"] for o in rows])
    rweight = _balanced([o["dataset"] for o in rows], [i for i, d in enumerate(datasets) if d.articles]) \
        if args.balance else None

    def held_out(y: np.ndarray, keep: np.ndarray) -> tuple[np.ndarray, dict]:
        """Each row's probability from the model fitted on the other folds (rows in `keep` only), and the
        weights of the model fitted on all of them."""
        probs = np.zeros(len(rows))
        for f in folds:
            train = keep & (rfold != f)
            model = _logistic(xs[train], y[train], weight=None if rweight is None else rweight[train])
            if model is not None and (rfold == f).any():
                probs[rfold == f] = model.predict_proba(xs[rfold == f])[:, 1]
        model = _logistic(xs[keep], y[keep], weight=None if rweight is None else rweight[keep])
        return probs, (cols_s.weights(model, _SIGNALS_WIDTH) if model is not None else {})

    ev_w: dict = {}
    evidence_threshold = 0.0
    passed = np.ones(len(rows), dtype=bool)
    if args.declines is not None and absent:
        ye = np.array([(o["held"] or o["right"]) and not o.get("absent") for o in rows], dtype=np.int8)
        pe, ev_w = held_out(ye, passed)
        for o, pr in zip(rows, pe, strict=True):
            o["pe"] = float(pr)
        evidence_threshold = _declining(absent, args.declines, 0.0)
        passed = pe >= evidence_threshold
    # 5. confidence: is the answer right, fitted on the answers the evidence model lets through, so that it is
    # calibrated on the answers actually given
    ys = np.array([o["right"] for o in rows], dtype=np.int8)
    probs, conf_w = held_out(ys, passed)
    for o, pr in zip(rows, probs, strict=True):
        o["p"] = float(pr)
    t_fold: Limit = 0.0
    te_fold: Limit = evidence_threshold
    if args.threshold is not None:
        threshold = t_fold = args.threshold
    elif args.declines is not None and absent and args.precision is not None:
        # nested: each fold's thresholds are chosen on the other folds' held-out answers, so the precision
        # reported for a fold is not the one its thresholds were picked to reach; the weights get the choice on all
        shared = [o for o in outcomes if datasets[o["dataset"]].articles]
        # the precision asked is read on the SQuAD files (the target), the F1 kept on every question (the
        # news suites' right answers count against a threshold that would decline them)
        chosen = {f: _operating_point([o for o in shared if o["fold"] != f], [o for o in absent if o["fold"] != f],
                                      args.declines, args.precision, [o for o in outcomes if o["fold"] != f],
                                      args.bound)
                  for f in folds}
        threshold, evidence_threshold = _operating_point(shared, absent, args.declines, args.precision, outcomes,
                                                         args.bound)
        t_fold = {f: c[0] for f, c in chosen.items()}
        te_fold = {f: c[1] for f, c in chosen.items()}
    elif args.declines is not None and absent:
        threshold = t_fold = 0.0
    else:
        threshold = t_fold = _threshold(outcomes, absent, 0.8 if args.precision is None else args.precision)
    report = _report(outcomes, absent, t_fold, te_fold, datasets, args.folds)
    if args.rows:
        with open(args.rows, "w", encoding="utf-8") as out:
            for o in outcomes + absent:
                out.write(json.dumps({**o, "set": Path(datasets[o["dataset"]].name).name,
                                      "given": _given(o, t_fold, te_fold)}, ensure_ascii=False) + "\n")
    weights = {
        "rerank": rerank_w["all"],
        "candidate": cand_w["all"],
        "confidence": conf_w,
        "threshold": round(threshold, 3),
        **({"evidence": ev_w, "evidence_threshold": round(evidence_threshold, 3)} if ev_w else {}),
        "spans": start_weights.spans,
    }
    if start_weights.prior:
        weights["prior"] = {k: dict(v) for k, v in start_weights.prior.items()}
    seconds = time.perf_counter() - t0
    command = "qa fit " + " ".join(sys.argv[2:]) if len(sys.argv) > 2 else "qa fit"
    header = [
        "# The composer's weights, fitted by `qa fit` (src/qa/fit.py; features in src/qa/answer/features.py).",
        f"# Command: {command}",
        f"# {len(questions)} questions, {args.folds} folds by article, {seconds:.0f} s. "
        "Cross-validated (held-out folds, declines count as wrong):",
        *("# " + line for line in report.splitlines()),
        (f"# threshold {threshold}, evidence_threshold {evidence_threshold}: the pair that keeps the most F1 "
         f"(every question) while the SQuAD files' answers' precision (half-index protocol) reaches "
         f"{args.precision}{_bound_words(args.bound)} and {args.declines} of the absent questions decline, on the "
         "held-out answers; the "
         "figures above use each fold's pair chosen on the other folds."
         if args.declines is not None and absent and args.precision is not None and args.threshold is None else
         f"# evidence_threshold: the lowest that declines {args.declines} of the held-out questions whose "
         f"paragraph is not indexed (the half-index protocol); threshold {threshold}."
         if args.declines is not None and absent else
         f"# threshold: set by --threshold {args.threshold} (the trade-off table above shows what it costs)."
         if args.threshold is not None else
         f"# threshold: the lowest confidence whose held-out precision under the half-index protocol reaches "
         f"{0.8 if args.precision is None else args.precision}."),
    ]
    text = "\n".join(header) + "\n" + yaml.safe_dump(weights, allow_unicode=True, sort_keys=False)
    try:
        Path(args.out).write_text(text, encoding="utf-8")
    except OSError as exc:
        print(f"qa fit: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    print(report)
    print(f"weights written to {args.out} ({seconds:.0f} s)")
    return 0


def _answer(comp, p, x, cols_c, q: Question, qtype: str) -> dict:
    """A held-out answer: the candidates rescored with the fold's weights, the composer's decision."""
    from .answer.compose import Composition
    from .eval import em, f1, whole_sentence

    if isinstance(p, Composition):
        comp_result = p
    else:
        weights = comp.weights.for_qtype(qtype)
        vec = np.zeros(x.shape[1], dtype=np.float32) if x is not None else None
        cands = list(p.candidates)
        if x is not None and vec is not None:
            for k, j in cols_c.index.items():
                if j < len(vec):
                    vec[j] = weights.get(k, 0.0)
            scores = x @ vec + weights.get("bias", 0.0)
            order = np.argsort(-scores, kind="stable")[:_TOP]
            names = sorted(cols_c.index.items(), key=lambda kv: kv[1])
            cands = []
            for i in order:
                c = p.candidates[i]
                feats = tuple((k, float(x[i, j])) for k, j in names if j < x.shape[1] and x[i, j] != 0)
                cands.append(replace(c, score=float(scores[i]), features=feats))
        comp_result = comp.decide(p, cands, threshold=0.0)
    a = comp_result.answer
    text = "" if a.declined else a.text
    top = a.evidence[0].sentence.text if a.evidence else ""
    score_f1 = f1(text, q.answers)
    return {"fold": q.fold, "dataset": q.dataset, "answered": not a.declined, "text": text,
            "f1": score_f1, "em": em(text, q.answers), "right": _right(text, score_f1, q),
            "hit1": any(g in top for g in q.answers), "held": _holds(top, q.answers), "qtype": a.qtype,
            "whole": whole_sentence(a),
            "signals": dict(comp_result.signals), "p": 0.0, "rule": a.rule, "question": q.text,
            "answers": list(q.answers)}


def _right(text: str, score_f1: float, q: Question) -> bool:
    """F1 ≥ 0.5 (the evaluation's test), or, for a suite's `contains` case, the answer holds it as the suite's
    runner judges (a long right answer has F1 < 0.5 against a short `contains`: labelled wrong, it taught the
    confidence model that news why/how/list answers are wrong)."""
    return score_f1 >= 0.5 or (bool(text) and any(fold_text(g) in fold_text(text) for g in q.contained))


_SHARED_RUN = 10  # characters a gold longer than this shares with the evidence sentence (_holds)


def _holds(top: str, golds: list[str]) -> bool:
    """Does the evidence sentence hold an answer: a gold in it, or a long gold (CMRC's enumerations and
    descriptions run over several sentences) sharing a run of _SHARED_RUN characters with it? The evidence model's
    label with "the answer is right": hit@1 alone calls a list's first sentence no evidence, and the model then
    learnt to decline list and definition questions as absent."""
    from .answer.spans import longest_common

    return any(g in top or (len(g) > _SHARED_RUN and longest_common(g, top) >= _SHARED_RUN) for g in golds)


def _balanced(sets: list[int], squad: list[int]) -> np.ndarray:
    """Row weights giving each SQuAD-format set the same total weight (the mean of their sizes), so the larger
    set's answer style (DRCD's short spans) does not set the confidence of the other's; suite rows weigh 1."""
    counts = {i: sets.count(i) for i in squad if sets.count(i)}
    mean = sum(counts.values()) / max(len(counts), 1)
    return np.array([mean / counts[i] if i in counts else 1.0 for i in sets])


Limit = float | dict[int, float]  # one threshold, or each fold's own (chosen on the other folds)


def _ece(rows: list[dict], t: Limit, te: Limit) -> float:
    """Expected calibration error of the held-out confidence over the answers given (ten equal-width bins)."""
    bins: dict[int, list[dict]] = defaultdict(list)
    for o in rows:
        if _given(o, t, te):
            bins[min(int(o["p"] * 10), 9)].append(o)
    n = sum(len(v) for v in bins.values())
    return sum(abs(sum(o["p"] for o in v) - sum(o["right"] for o in v)) for v in bins.values()) / max(n, 1)


def _given(o: dict, t: Limit, te: Limit = 0.0) -> bool:
    """Is this held-out answer given at confidence threshold t and evidence threshold te?"""
    if isinstance(t, dict):
        t = t[o["fold"]]
    if isinstance(te, dict):
        te = te[o["fold"]]
    return bool(o["answered"] and o["p"] >= t and o.get("pe", 1.0) >= te)


def _limit(x: Limit, spec: str = ".3f") -> str:
    if isinstance(x, dict):
        return "per fold " + "/".join(format(v, spec) for _, v in sorted(x.items()))
    return format(x, spec)


def _precision(present: list[dict], absent: list[dict], t: Limit, te: Limit = 0.0) -> float:
    """Precision of the answers under the half-index protocol: half of the questions present (each counted ½,
    the full set being twice the present half) and half absent (scaled to the same size)."""
    right = sum(o["right"] for o in present if _given(o, t, te)) / 2
    given = sum(1 for o in present if _given(o, t, te)) / 2
    given += sum(1 for o in absent if _given(o, t, te)) * (len(present) / 2) / max(len(absent), 1)
    return right / given if given else 0.0


def _declined(absent: list[dict], t: Limit, te: Limit = 0.0) -> float:
    return sum(1 for o in absent if not _given(o, t, te)) / max(len(absent), 1)


def _threshold(present: list[dict], absent: list[dict], target: float) -> float:
    """The lowest confidence threshold whose precision under the half-index protocol reaches `target`."""
    for t in np.arange(0.0, 1.0, 0.01):
        if _precision(present, absent, float(t)) >= target:
            return float(t)
    return 0.99


def _wilson_lower(p: float, n: float, level: float | None) -> float:
    """The one-sided Wilson score lower bound of a proportion p seen on n trials at confidence `level` (None: p)."""
    if level is None or n <= 0:
        return p
    z = NormalDist().inv_cdf(level)
    centre = p + z * z / (2 * n)
    spread = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (centre - spread) / (1 + z * z / n)


def _bound_words(level: float | None) -> str:
    return "" if level is None else f" (its one-sided {level:g} Wilson lower bound)"


def _operating_point(present: list[dict], absent: list[dict], declines: float, precision: float,
                     kept: list[dict] | None = None, bound: float | None = None) -> tuple[float, float]:
    """The (confidence, evidence) thresholds that keep the most F1 of `kept` (default `present`; declines wrong)
    while at least `declines` of `absent` decline and the precision of `present`'s answers under the half-index
    protocol (as _precision; with `bound`, its one-sided Wilson lower bound at that level over the answers
    shown) reaches `precision`; if no pair reaches it, the most precise one."""
    def arrays(rows: list[dict]) -> tuple[np.ndarray, np.ndarray]:
        p = np.array([o["p"] if o["answered"] else -1.0 for o in rows])
        return p, np.array([o.get("pe", 1.0) for o in rows])

    kept = present if kept is None else kept
    p, pe = arrays(present)
    ap, ape = arrays(absent)
    kp, kpe = arrays(kept)
    right = np.array([o["right"] for o in present], dtype=float)
    f1 = np.array([o["f1"] for o in kept])
    n, nk, na = max(len(present), 1), max(len(f1), 1), max(len(absent), 1)
    best: tuple[tuple[bool, float], tuple[float, float]] | None = None
    for te in np.arange(0.0, 1.0, 0.01):
        if np.mean(~((ap >= 0.0) & (ape >= te))) < declines:
            continue
        for t in np.arange(0.05, 0.8, 0.05):
            given = (p >= t) & (pe >= te)
            shown = given.sum() / 2 + ((ap >= t) & (ape >= te)).sum() * (n / 2) / na
            prec = right[given].sum() / 2 / shown if shown else 0.0
            kept_f1 = f1[(kp >= t) & (kpe >= te)].sum() / nk
            reached = _wilson_lower(prec, shown, bound) >= precision
            key = (reached, kept_f1 if reached else prec)
            if best is None or key > best[0]:
                best = (key, (round(float(t), 3), round(float(te), 3)))
    return best[1] if best else (0.0, 0.99)


def _declining(absent: list[dict], target: float, t: float) -> float:
    """The lowest evidence threshold that declines `target` of the absent questions (held-out), with the
    confidence threshold t."""
    for te in np.arange(0.0, 1.0, 0.005):
        if _declined(absent, t, float(te)) >= target:
            return round(float(te), 3)
    return 0.99


def _report(present: list[dict], absent: list[dict], t: Limit, te: Limit, datasets, k: int) -> str:
    def figures(rows: list[dict]) -> dict[str, float]:
        n = len(rows) or 1
        ans = [o for o in rows if _given(o, t, te)]
        return {
            "n": len(rows),
            "hit1": sum(o["hit1"] for o in rows) / n,
            "em": sum(o["em"] for o in ans) / n,
            "f1": sum(o["f1"] for o in ans) / n,
            "answered": len(ans) / n,
            "precision": sum(o["right"] for o in ans) / len(ans) if ans else 0.0,
            "f1_no_decline": sum(o["f1"] for o in rows if o["answered"]) / n,
        }

    lines = [f"{'set':<28}{'n':>6}{'hit@1':>7}{'EM':>7}{'F1':>7}{'answered':>9}{'prec':>7}{'F1(t=0)':>9}"
             f"{'ECE':>7}"]
    for i, d in enumerate(datasets):
        rows = [o for o in present if o["dataset"] == i]
        m = figures(rows)
        lines.append(f"{Path(d.name).name[:27]:<28}{m['n']:>6}{m['hit1']:>7.3f}{m['em']:>7.3f}{m['f1']:>7.3f}"
                     f"{m['answered']:>9.3f}{m['precision']:>7.3f}{m['f1_no_decline']:>9.3f}{_ece(rows, t, te):>7.3f}")
    per_fold = [figures([o for o in present if o["fold"] == f]) for f in range(k)]
    mean = {key: sum(m[key] for m in per_fold) / k for key in ("hit1", "em", "f1")}
    lines.append(f"per-fold mean: hit@1 {mean['hit1']:.3f}  EM {mean['em']:.3f}  F1 {mean['f1']:.3f}")
    shared = [o for o in present if datasets[o["dataset"]].articles]
    mixed = len(shared) < len(present)
    if mixed:  # the targets are read on the SQuAD files alone, without the suites
        m = figures(shared)
        lines.append(f"SQuAD files pooled: hit@1 {m['hit1']:.3f}  EM {m['em']:.3f}  F1 {m['f1']:.3f}")
    if absent:
        lines.append(f"half-index (estimated): declines {_declined(absent, t, te):.3f} of {len(absent)} absent "
                     "questions")
        lines.append(f"half-index (estimated): precision of answers {_precision(present, absent, t, te):.3f}"
                     + (f" (SQuAD files alone {_precision(shared, absent, t, te):.3f})" if mixed else ""))
    lines.append(_whole_line(present, t, te))
    by_evidence = any("pe" in o for o in present)
    # with the suites mixed in, the SQuAD files' own F1 and precision follow: the issue's targets are read there
    lines.append(f"{'evidence' if by_evidence else 'confidence'} threshold trade-off (held-out): t, answered, "
                 "F1 (declines wrong), half-index precision, absent declined"
                 + (", SQuAD files' F1 and half-index precision" if mixed else ""))
    for x in (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7):
        tt, tte = (t, x) if by_evidence else (x, 0.0)
        ans = [o for o in present if _given(o, tt, tte)]
        f1_all = sum(o["f1"] for o in ans) / max(len(present), 1)
        squad = (f"  {sum(o['f1'] for o in shared if _given(o, tt, tte)) / max(len(shared), 1):.3f}  "
                 f"{_precision(shared, absent, tt, tte):.3f}") if mixed else ""
        lines.append(f"  {x:.2f}  {len(ans) / max(len(present), 1):.3f}  {f1_all:.3f}  "
                     f"{_precision(present, absent, tt, tte):.3f}  {_declined(absent, tt, tte):.3f}{squad}")
    if by_evidence:
        # at the chosen evidence threshold (absent declines fixed), what a higher confidence threshold buys: the
        # precision of the answers against the F1 given up (to choose --threshold)
        lines.append(f"confidence threshold trade-off at evidence threshold {_limit(te)} (held-out): t, answered, F1 "
                     "(declines wrong), half-index precision, absent declined"
                     + (", SQuAD files' F1 and half-index precision" if mixed else ""))
        for x in (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5):
            ans = [o for o in present if _given(o, x, te)]
            squad = (f"  {sum(o['f1'] for o in shared if _given(o, x, te)) / max(len(shared), 1):.3f}  "
                     f"{_precision(shared, absent, x, te):.3f}") if mixed else ""
            lines.append(f"  {x:.2f}  {len(ans) / max(len(present), 1):.3f}  "
                         f"{sum(o['f1'] for o in ans) / max(len(present), 1):.3f}  "
                         f"{_precision(present, absent, x, te):.3f}  {_declined(absent, x, te):.3f}{squad}")
    lines.append(f"reliability (held-out confidence → share right; ECE {_ece(present + absent, t, te):.3f}):")
    bins: dict[int, list[bool]] = defaultdict(list)
    for o in present + absent:
        if o["answered"]:
            bins[min(int(o["p"] * 10), 9)].append(o["right"])
    lines.append("  " + "  ".join(f"{b / 10:.1f}-{(b + 1) / 10:.1f}: {sum(v) / len(v):.2f} (n={len(v)})"
                                  for b, v in sorted(bins.items())))
    lines.extend(_by_qtype(present, absent, datasets, t, te))
    return "\n".join(lines)


def _whole_line(present: list[dict], t: Limit, te: Limit) -> str:
    """The whole-sentence share by `qa eval`'s test (eval.whole_sentence) and over its denominator, the answers
    given to questions other than why/how; over all those questions too (a decline counted as no whole sentence)."""
    from .eval import WHOLE_EXEMPT

    plain = [o for o in present if o["qtype"] not in WHOLE_EXEMPT]
    given = [o for o in plain if _given(o, t, te)]
    whole = sum(1 for o in given if o["whole"])
    return (f"whole-sentence answers (not why/how, qa eval's test): {whole / max(len(given), 1):.3f} of "
            f"{len(given)} answers given to non-why/how questions ({whole / max(len(plain), 1):.3f} of all "
            f"{len(plain)}, declines counted as none); threshold {_limit(t, '.2f')}"
            + (f", evidence threshold {_limit(te)}" if te else ""))


def _by_qtype(present: list[dict], absent: list[dict], datasets, t: Limit, te: Limit) -> list[str]:
    """Reliability per question type over the answers given (held out): mean confidence against the share right,
    on the SQuAD files (absent answers included) and on the news suites apart — a type whose right answers read
    as unsure shows here (a suite's `contains` case is right when the answer holds it, as its runner judges: _right)."""
    lines = ["reliability by question type (answers given: n, mean confidence, share right; SQuAD files | suites):"]
    squad = [o for o in present + absent if datasets[o["dataset"]].articles]
    suites = [o for o in present if not datasets[o["dataset"]].articles]

    def cell(rows: list[dict]) -> str:
        given = [o for o in rows if _given(o, t, te)]
        if not given:
            return f"{0:>5}      -      -"
        return (f"{len(given):>5} {sum(o['p'] for o in given) / len(given):>6.3f} "
                f"{sum(o['right'] for o in given) / len(given):>6.3f}")

    for qt in sorted({o["qtype"] for o in squad + suites if o["qtype"]}):
        lines.append(f"  {qt:<11}{cell([o for o in squad if o['qtype'] == qt])} | "
                     f"{cell([o for o in suites if o['qtype'] == qt])}")
    return lines


class _Log:
    """A progress bar on a terminal; nothing in a pipe."""

    def __init__(self, progress: bool):
        self.progress = progress

    def each(self, items, desc: str):
        from tqdm import tqdm

        return tqdm(items, desc=desc, unit="q", disable=not self.progress, leave=False)

