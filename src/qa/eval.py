"""`qa eval`: measure the engine on a SQuAD-format file (CMRC 2018, DRCD).

All paragraphs are pooled into one sentence index (each paragraph an article titled by its SQuAD article), every
question is asked against the whole pool, and the answers are scored: hit@1 / hit@5 (a gold answer occurs in the
top sentence / the top five), EM and F1 as the CMRC 2018 evaluation script defines them (punctuation removed,
Chinese characters one token each, other runs split into words; F1 on the longest common substring; the best
over the gold answers), decline rate and questions per second — overall and by question type.

Beyond these (all in the text report and under the same names in `--json`):
- `headline`: the whole-sentence share among answered questions other than why/how (target ≤ 5%; its denominator
  `whole_sentence_of`, declined questions left out: `qa fit` reports it over the answers given too), the
  precision of the answers given and, with `--unanswerable half`, the decline rate on the absent half.
- `unanswerable` (`--unanswerable half`): the protocol the project is judged by. A paragraph is indexed when the
  first byte of sha1("<SQuAD article id, else its title>:<paragraph index in the article>") is even — stable
  across runs, machines and pooled files; every question is asked. Reported: the decline rate on the absent half,
  the answer rate and EM/F1/hit@1 on the present half, the precision of all answers given.
- `reliability`: answers bucketed by `confidence` (ten equal-width buckets 0–0.1 … 0.9–1.0), with count, mean
  confidence and share right per bucket, and the expected calibration error (count-weighted mean gap).
- `by_rule`: for each `Answer.rule`, its share of the questions, F1, EM and hit@1.
An answer is *right* when its F1 is at least 0.5; a declined question has no answer. A *whole-sentence* answer
is the fallback rule `sentence` or any answer whose text is its whole sentence (punctuation aside).
Several `--squad` files are pooled into one index (paragraph and question ids must not repeat across them).
`overall` and `by_type` count every question asked (with `--unanswerable half`, the absent half too: there a
decline is right and scores 0). `--details FILE` writes the per-question rows all these figures are made of.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

from . import atomic
from .lexicon import CMRC_SCORER_PUNCT
from .options import add_engine_options
from .types import Answer, Article, Paragraph

EXAMPLES = """examples:
  qa eval --squad tests/data/cmrc2018_trial.json
  qa eval --squad tests/data/cmrc_sample.json --limit 20 --json
  qa eval --squad data.json --out predictions.json   # {question id: answer}
  qa eval --squad tests/data/cmrc2018_trial.json --unanswerable half
  qa eval --squad cmrc2018_trial.json --squad DRCD_test.json --json   # pooled"""

# The CMRC 2018 scorer's own punctuation (see lexicon.CMRC_SCORER_PUNCT), so EM/F1 compare with published figures.
PUNCT = CMRC_SCORER_PUNCT
_CJK = re.compile(r"[\u4e00-\u9fa5]")


class SquadError(ValueError):
    """A file that is not usable SQuAD JSON; the message names the file and what is wrong."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--squad", metavar="FILE", required=True, action="extend", nargs="+",
                        help="SQuAD-format JSON (CMRC 2018, DRCD); several files (or --squad repeated) are pooled")
    parser.add_argument("--unanswerable", choices=("none", "half"), default="none",
                        help="half: index only a stable half of the paragraphs (sha1 of '<article>:<paragraph>'), "
                             "ask every question, report declines on the absent half and precision")
    parser.add_argument("--limit", type=int, metavar="N", help="ask only the first N questions")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--out", metavar="FILE", help="write the predictions as JSON {question id: answer}")
    parser.add_argument("--details", metavar="FILE",
                        help="write one record per question as JSON: id, qtype, indexed, declined, rule, "
                             "confidence, whole_sentence, hit1, hit5, em, f1")
    add_engine_options(parser, corpus=None)


# ---------------------------------------------------------------- the data

def load_squad(path: str | Path) -> tuple[list[Article], list[dict]]:
    """(articles, questions): one Article per paragraph, and {id, question, answers, article_id, paragraph} per
    question (`paragraph` is the key `--unanswerable half` hashes)."""
    articles, questions, _ = read_squad(path)
    return articles, questions


def read_squad(path: str | Path) -> tuple[list[Article], list[dict], dict[str, str]]:
    """load_squad's (articles, questions), and each article's paragraph key: "<SQuAD article id, else its title,
    else its position>:<paragraph index in the article>"."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise SquadError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except ValueError as exc:
        raise SquadError(f"{path}: not valid JSON: {exc}") from None
    docs = data.get("data") if isinstance(data, dict) else data
    if not isinstance(docs, list):
        raise SquadError(f"{path}: expected a SQuAD object with a 'data' list")
    articles: list[Article] = []
    questions: list[dict] = []
    keys: dict[str, str] = {}
    for d, doc in enumerate(docs):
        if not isinstance(doc, dict) or not isinstance(doc.get("paragraphs"), list):
            raise SquadError(f"{path}: data[{d}] has no 'paragraphs' list")
        title = str(doc.get("title") or "")
        for p, para in enumerate(doc["paragraphs"]):
            context = para.get("context") if isinstance(para, dict) else None
            if not isinstance(context, str):
                raise SquadError(f"{path}: data[{d}].paragraphs[{p}] has no 'context' string")
            aid = str(para.get("id") or f"{doc.get('id', d)}#{p}")
            keys[aid] = f"{doc.get('id') or title or d}:{p}"
            articles.append(Article(id=aid, file=path.name, headline=title,
                                    paragraphs=(Paragraph(index=0, kind="body", text=context),)))
            for qa in para.get("qas", ()):
                answers = [a["text"] for a in qa.get("answers", ()) if isinstance(a, dict) and a.get("text")]
                if isinstance(qa.get("question"), str) and answers:
                    questions.append({"id": str(qa.get("id", len(questions))), "question": qa["question"],
                                      "answers": answers, "article_id": aid, "paragraph": keys[aid]})
    return articles, questions, keys


def load_pool(paths: list[str]) -> tuple[list[Article], list[dict], dict[str, str]]:
    """Several SQuAD files pooled: read_squad's three results, concatenated. A paragraph or question id seen in
    two files is an error (the index and the predictions are keyed by them)."""
    articles: list[Article] = []
    questions: list[dict] = []
    keys: dict[str, str] = {}
    seen_q: dict[str, str] = {}
    for path in paths:
        arts, qs, ks = read_squad(path)
        for a in arts:
            if a.id in keys:
                raise SquadError(f"{path}: paragraph id {a.id!r} already read from another --squad file")
        for q in qs:
            if seen_q.setdefault(q["id"], str(path)) != str(path):
                raise SquadError(f"{path}: question id {q['id']!r} already read from {seen_q[q['id']]}")
        articles += arts
        questions += qs
        keys.update(ks)
    return articles, questions, keys


def indexed_half(key: str) -> bool:
    """Whether `--unanswerable half` indexes the paragraph with this key: sha1's first byte is even."""
    return hashlib.sha1(key.encode("utf-8")).digest()[0] % 2 == 0


def split_half(articles: list[Article], questions: list[dict], keys: dict[str, str]) \
        -> tuple[list[Article], list[dict]]:
    """(the articles to index, the questions each marked `indexed`: whether its paragraph is in the index)."""
    kept = [a for a in articles if indexed_half(keys[a.id])]
    ids = {a.id for a in kept}
    return kept, [{**q, "indexed": q["article_id"] in ids} for q in questions]


# ---------------------------------------------------------------- CMRC 2018 scores

def segments(text: str) -> list[str]:
    """CMRC 2018's mixed segmentation with punctuation removed: each Chinese character is a token, other runs
    are split into words (the official script uses nltk.word_tokenize there; whitespace and \\w runs here)."""
    out: list[str] = []
    run = ""
    for ch in str(text).lower().strip():
        if ch in PUNCT:
            if run:
                out.extend(re.findall(r"\w+|[^\w\s]", run))
                run = ""
            continue
        if _CJK.match(ch):
            if run:
                out.extend(re.findall(r"\w+|[^\w\s]", run))
                run = ""
            out.append(ch)
        else:
            run += ch
    if run:
        out.extend(re.findall(r"\w+|[^\w\s]", run))
    return out


def _lcs(a: list[str], b: list[str]) -> int:
    """Length of the longest common substring (contiguous) of two token lists."""
    best = 0
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0] * (len(b) + 1)
        for j, y in enumerate(b):
            if x == y:
                cur[j + 1] = prev[j] + 1
                best = max(best, cur[j + 1])
        prev = cur
    return best


def f1(prediction: str, answers: list[str]) -> float:
    pred = segments(prediction)
    best = 0.0
    for ans in answers:
        gold = segments(ans)
        n = _lcs(gold, pred)
        if n:
            p, r = n / len(pred), n / len(gold)
            best = max(best, 2 * p * r / (p + r))
    return best


def em(prediction: str, answers: list[str]) -> float:
    pred = "".join(c for c in str(prediction).lower().strip() if c not in PUNCT)
    return float(any(pred == "".join(c for c in a.lower().strip() if c not in PUNCT) for a in answers))


# ---------------------------------------------------------------- the run

def evaluate(engine, questions: list[dict], progress: bool = False, rows: list[dict] | None = None) \
        -> tuple[dict, dict]:
    """(report, predictions) for these questions on this engine; `rows`, when given, receives each question's
    scores and details (id, indexed, rule, confidence, whole_sentence)."""
    from tqdm import tqdm

    rows = [] if rows is None else rows
    predictions = {}
    t0 = time.perf_counter()
    for q in tqdm(questions, desc="questions", unit="q", disable=not progress):
        answer = engine.ask(q["question"], top_k=5)
        top = [h.sentence.text for h in answer.evidence[:5]]
        text = "" if answer.declined else answer.text
        predictions[q["id"]] = text
        rows.append({
            "qtype": answer.qtype,
            "hit1": float(bool(top) and any(a in top[0] for a in q["answers"])),
            "hit5": float(any(a in s for s in top for a in q["answers"])),
            "em": em(text, q["answers"]),
            "f1": f1(text, q["answers"]),
            "declined": float(answer.declined),
            **_details(q, answer),
        })
    seconds = time.perf_counter() - t0
    by_type: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_type[r["qtype"]].append(r)
    report = {
        "questions": len(rows),
        "seconds": round(seconds, 3),
        "questions_per_second": round(len(rows) / seconds, 1) if seconds > 0 else 0.0,
        "overall": _means(rows),
        "by_type": {t: _means(rs) for t, rs in sorted(by_type.items(), key=lambda kv: -len(kv[1]))},
        **trust_report(rows),
    }
    return report, predictions


# ---------------------------------------------------------------- trust: declines, precision, calibration

RIGHT_F1 = 0.5  # an answer is right when its F1 reaches this
BUCKETS = 10  # reliability buckets of equal width over confidence 0–1
WHOLE_EXEMPT = ("why", "how")  # question types whose answer may be the whole sentence
_EDGE = "".join(sorted(PUNCT))


def whole_sentence(answer: Answer) -> bool:
    """Is the answer its whole sentence: the fallback rule `sentence`, or a text that is its sentence's, edge
    punctuation aside? The one test of issue 12's whole-sentence share, `qa eval`'s and `qa fit`'s (a declined
    question has no answer, so none)."""
    if answer.declined:
        return False
    if answer.rule == "sentence":
        return True
    return answer.sentence is not None and answer.text.strip(_EDGE) == answer.sentence.text.strip(_EDGE)


def _details(q: dict, answer: Answer) -> dict:
    """The per-question facts the trust figures are made of (also written by --details)."""
    return {
        "id": q["id"],
        "indexed": q.get("indexed", True),
        "rule": answer.rule,
        "confidence": float(answer.confidence),
        "whole_sentence": whole_sentence(answer),
    }


def _rate(num: float, den: float) -> float:
    return round(num / den, 4) if den else 0.0


def trust_report(rows: list[dict]) -> dict:
    """headline, reliability and by_rule (and unanswerable when some questions' paragraphs were not indexed)."""
    answered = [r for r in rows if not r["declined"]]
    right = [r for r in answered if r["f1"] >= RIGHT_F1]
    spans = [r for r in answered if r["qtype"] not in WHOLE_EXEMPT]
    headline = {
        "answered": len(answered),
        "answer_rate": _rate(len(answered), len(rows)),
        "precision": _rate(len(right), len(answered)),
        "whole_sentence_share": _rate(sum(r["whole_sentence"] for r in spans), len(spans)),
        "whole_sentence_of": len(spans),
    }
    out: dict = {"headline": headline}
    if any(not r["indexed"] for r in rows):
        out["unanswerable"] = half_report(rows)
        headline["absent_declined"] = out["unanswerable"]["absent"]["declined"]
    out["reliability"] = reliability(answered)
    out["by_rule"] = by_rule(rows)
    return out


def half_report(rows: list[dict]) -> dict:
    """The half-index protocol's figures: absent half (should decline), present half (should answer well), and
    the precision of every answer given."""
    absent = [r for r in rows if not r["indexed"]]
    present = [r for r in rows if r["indexed"]]
    answered = [r for r in rows if not r["declined"]]
    present_answered = [r for r in present if not r["declined"]]
    return {
        "protocol": "half: paragraphs indexed when sha1('<article>:<paragraph>')[0] is even",
        "absent": {"n": len(absent), "declined": _rate(sum(r["declined"] for r in absent), len(absent))},
        "present": {**_means(present), "answered": _rate(len(present_answered), len(present)),
                    "f1_answered": _rate(sum(r["f1"] for r in present_answered), len(present_answered))},
        "answers": {"n": len(answered), "right": sum(r["f1"] >= RIGHT_F1 for r in answered),
                    "precision": _rate(sum(r["f1"] >= RIGHT_F1 for r in answered), len(answered)),
                    "from_absent": sum(not r["indexed"] for r in answered)},
    }


def reliability(answered: list[dict], buckets: int = BUCKETS) -> dict:
    """Answers bucketed by confidence: count, mean confidence, share right; and the expected calibration error."""
    groups: list[list[dict]] = [[] for _ in range(buckets)]
    for r in answered:
        c = min(max(r["confidence"], 0.0), 1.0)
        groups[min(int(c * buckets), buckets - 1)].append(r)
    table = []
    gap = 0.0
    for i, g in enumerate(groups):
        mean_conf = sum(r["confidence"] for r in g) / len(g) if g else 0.0
        share = sum(r["f1"] >= RIGHT_F1 for r in g) / len(g) if g else 0.0
        gap += len(g) * abs(mean_conf - share)
        table.append({"low": round(i / buckets, 4), "high": round((i + 1) / buckets, 4), "n": len(g),
                      "confidence": round(mean_conf, 4), "right": round(share, 4)})
    return {"buckets": table, "ece": _rate(gap, len(answered))}


def by_rule(rows: list[dict]) -> dict:
    """For each Answer.rule (declines included, as decline:…): share of the questions, F1, EM, hit@1."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        groups[r["rule"]].append(r)
    return {rule: {"n": len(rs), "share": _rate(len(rs), len(rows)),
                   **{k: _rate(sum(r[k] for r in rs), len(rs)) for k in ("f1", "em", "hit1")}}
            for rule, rs in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))}


def format_trust(report: dict) -> str:
    """The text form of trust_report's sections."""
    h = report["headline"]
    lines = [f"whole-sentence answers (not why/how): {h['whole_sentence_share']:.3f} of {h['whole_sentence_of']}"
             f" answered non-why/how questions (declines not counted; target ≤ 0.05)",
             f"answers given: {h['answered']} ({h['answer_rate']:.3f} of questions), precision (F1 ≥ {RIGHT_F1})"
             f" {h['precision']:.3f}"]
    half = report.get("unanswerable")
    if half:
        pr = half["present"]
        lines += [f"half-index: absent half {half['absent']['n']} questions, declined {half['absent']['declined']:.3f}"
                  f" (target ≥ 0.90)",
                  f"            present half {pr['n']} questions, answered {pr['answered']:.3f}, F1 {pr['f1']:.3f},"
                  f" EM {pr['em']:.3f}, hit@1 {pr['hit1']:.3f}",
                  f"            precision of all {half['answers']['n']} answers {half['answers']['precision']:.3f}"
                  f" (target ≥ 0.80; {half['answers']['from_absent']} answers to absent questions)"]
    rel = report["reliability"]
    lines += ["", f"reliability (answers by confidence; ECE {rel['ece']:.3f})",
              f"{'confidence':<12}{'n':>6}{'mean':>8}{'right':>8}"]
    for b in rel["buckets"]:
        if b["n"]:
            lines.append(f"{b['low']:.1f}–{b['high']:.1f}{'':<5}{b['n']:>6}{b['confidence']:>8.3f}{b['right']:>8.3f}")
    lines += ["", f"{'rule':<28}{'n':>6}{'share':>8}{'F1':>8}{'EM':>8}{'hit@1':>8}"]
    for rule, m in report["by_rule"].items():
        lines.append(f"{rule:<28}{m['n']:>6}{m['share']:>8.3f}{m['f1']:>8.3f}{m['em']:>8.3f}{m['hit1']:>8.3f}")
    return "\n".join(lines)


def _means(rows: list[dict]) -> dict:
    n = len(rows)
    keys = ("hit1", "hit5", "em", "f1", "declined")
    out: dict = {"n": n}
    out.update({k: round(sum(r[k] for r in rows) / n, 4) if n else 0.0 for k in keys})
    return out


def format_report(report: dict, source: str = "") -> str:
    lines = [f"{source}: {report['questions']} questions, {report['seconds']} s, "
             f"{report['questions_per_second']} questions/s" if source else "",
             f"{'type':<12}{'n':>6}{'hit@1':>8}{'hit@5':>8}{'EM':>8}{'F1':>8}{'declined':>10}"]
    for name, m in [("overall", report["overall"]), *report["by_type"].items()]:
        lines.append(f"{name:<12}{m['n']:>6}{m['hit1']:>8.3f}{m['hit5']:>8.3f}{m['em']:>8.3f}{m['f1']:>8.3f}"
                     f"{m['declined']:>10.3f}")
    return "\n".join(line for line in lines if line)


def run(args) -> int:
    from .config import load_config
    from .engine import build_engine

    try:
        articles, questions, keys = load_pool(args.squad)
    except SquadError as exc:
        print(f"qa eval: {exc}", file=sys.stderr)
        return 2
    if args.limit is not None:
        if args.limit < 1:
            print("qa eval: --limit must be at least 1", file=sys.stderr)
            return 2
        questions = questions[: args.limit]
    if not questions:
        print(f"qa eval: {' '.join(args.squad)}: no questions with answers", file=sys.stderr)
        return 2
    all_paragraphs = len(articles)
    if args.unanswerable == "half":
        articles, questions = split_half(articles, questions, keys)
    config = load_config(args.config)
    progress = sys.stderr.isatty()
    engine = build_engine(config, articles=articles, backend=args.backend, progress=progress)
    rows: list[dict] = []
    report, predictions = evaluate(engine, questions, progress=progress, rows=rows)
    report = {"file": " ".join(args.squad), "files": list(args.squad), "paragraphs": all_paragraphs,
              "paragraphs_indexed": len(articles), "sentences": len(engine.corpus.sentences),
              "backend": engine.retriever.name, **report}
    if args.details and not _write_json(args.details, rows):
        return 2
    if args.out:
        try:
            atomic.write_text(args.out, json.dumps(predictions, ensure_ascii=False, indent=1))
        except OSError as exc:
            print(f"qa eval: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
            return 2
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(format_report(report, f"{report['file']} ({all_paragraphs} paragraphs, {len(articles)} indexed, "
                                    f"{report['sentences']} sentences)"))
        print()
        print(format_trust(report))
    return 0


def _write_json(path: str, data) -> bool:
    try:
        Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    except OSError as exc:
        print(f"qa eval: cannot write {path}: {exc.strerror or exc}", file=sys.stderr)
        return False
    return True
