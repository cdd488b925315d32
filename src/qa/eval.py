"""`qa eval`: measure the engine on a SQuAD-format file (CMRC 2018, DRCD).

All paragraphs are pooled into one sentence index (each paragraph an article titled by its SQuAD article), every
question is asked against the whole pool, and the answers are scored: hit@1 / hit@5 (a gold answer occurs in the
top sentence / the top five), EM and F1 as the CMRC 2018 evaluation script defines them (punctuation removed,
Chinese characters one token each, other runs split into words; F1 on the longest common substring; the best
over the gold answers), decline rate and questions per second — overall and by question type.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

from . import atomic
from .lexicon import CMRC_SCORER_PUNCT
from .options import add_engine_options
from .types import Article, Paragraph

EXAMPLES = """examples:
  qa eval --squad tests/data/cmrc2018_trial.json
  qa eval --squad tests/data/cmrc_sample.json --limit 20 --json
  qa eval --squad data.json --out predictions.json   # {question id: answer}"""

# The CMRC 2018 scorer's own punctuation (see lexicon.CMRC_SCORER_PUNCT), so EM/F1 compare with published figures.
_PUNCT = CMRC_SCORER_PUNCT
_CJK = re.compile(r"[\u4e00-\u9fa5]")


class SquadError(ValueError):
    """A file that is not usable SQuAD JSON; the message names the file and what is wrong."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--squad", metavar="FILE", required=True, help="SQuAD-format JSON (CMRC 2018, DRCD)")
    parser.add_argument("--limit", type=int, metavar="N", help="ask only the first N questions")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--out", metavar="FILE", help="write the predictions as JSON {question id: answer}")
    add_engine_options(parser, corpus=None)


# ---------------------------------------------------------------- the data

def load_squad(path: str | Path) -> tuple[list[Article], list[dict]]:
    """(articles, questions): one Article per paragraph, and {id, question, answers, article_id} per question."""
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
    for d, doc in enumerate(docs):
        if not isinstance(doc, dict) or not isinstance(doc.get("paragraphs"), list):
            raise SquadError(f"{path}: data[{d}] has no 'paragraphs' list")
        title = str(doc.get("title") or "")
        for p, para in enumerate(doc["paragraphs"]):
            context = para.get("context") if isinstance(para, dict) else None
            if not isinstance(context, str):
                raise SquadError(f"{path}: data[{d}].paragraphs[{p}] has no 'context' string")
            aid = str(para.get("id") or f"{doc.get('id', d)}#{p}")
            articles.append(Article(id=aid, file=path.name, headline=title,
                                    paragraphs=(Paragraph(index=0, kind="body", text=context),)))
            for qa in para.get("qas", ()):
                answers = [a["text"] for a in qa.get("answers", ()) if isinstance(a, dict) and a.get("text")]
                if isinstance(qa.get("question"), str) and answers:
                    questions.append({"id": str(qa.get("id", len(questions))), "question": qa["question"],
                                      "answers": answers, "article_id": aid})
    return articles, questions


# ---------------------------------------------------------------- CMRC 2018 scores

def segments(text: str) -> list[str]:
    """CMRC 2018's mixed segmentation with punctuation removed: each Chinese character is a token, other runs
    are split into words (the official script uses nltk.word_tokenize there; whitespace and \\w runs here)."""
    out: list[str] = []
    run = ""
    for ch in str(text).lower().strip():
        if ch in _PUNCT:
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
    pred = "".join(c for c in str(prediction).lower().strip() if c not in _PUNCT)
    return float(any(pred == "".join(c for c in a.lower().strip() if c not in _PUNCT) for a in answers))


# ---------------------------------------------------------------- the run

def evaluate(engine, questions: list[dict], progress: bool = False) -> tuple[dict, dict]:
    """(report, predictions) for these questions on this engine."""
    from tqdm import tqdm

    rows = []
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
    }
    return report, predictions


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
        articles, questions = load_squad(args.squad)
    except SquadError as exc:
        print(f"qa eval: {exc}", file=sys.stderr)
        return 2
    if args.limit is not None:
        if args.limit < 1:
            print("qa eval: --limit must be at least 1", file=sys.stderr)
            return 2
        questions = questions[: args.limit]
    if not questions:
        print(f"qa eval: {args.squad}: no questions with answers", file=sys.stderr)
        return 2
    config = load_config(args.config)
    progress = sys.stderr.isatty()
    engine = build_engine(config, articles=articles, backend=args.backend, progress=progress)
    report, predictions = evaluate(engine, questions, progress=progress)
    report = {"file": str(args.squad), "paragraphs": len(articles), "sentences": len(engine.corpus.sentences),
              "backend": engine.retriever.name, **report}
    if args.out:
        try:
            atomic.write_text(args.out, json.dumps(predictions, ensure_ascii=False, indent=1))
        except OSError as exc:
            print(f"qa eval: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
            return 2
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(format_report(report, f"{args.squad} ({len(articles)} paragraphs, {report['sentences']} sentences)"))
    return 0
