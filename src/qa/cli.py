"""The `qa` command: a thin argparse layer over the engine. Each subcommand parses, calls, prints.

Subcommands that are whole adapters of their own (repl, eval, test, bot) live in their own modules and are
imported only when run, so `qa ask` does not pay for the Telegram stack.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import sys
from pathlib import Path
from typing import Any

from .config import ConfigError, load_config
from .options import add_engine_options, print_warning
from .retrieve import RetrieverUnavailable

EXAMPLES = {
    "ask": """examples:
  qa ask 全省建设更高水平平安浙江工作会议在哪里召开？
  qa ask --json --top-k 3 千亩水杉的照片是谁拍的？
  qa ask --explain 谁主持了会议？     # the feature tables: why this answer won
  printf '谁主持了会议？\\n{"id": 7, "question": "东白马湖社区青年人群占比是多少？"}\\n' | qa ask --jsonl""",
    "corpus": """examples:
  qa corpus
  qa corpus --corpus seeds/ --json
  qa corpus --check --corpus tests/data/pages/     # list what looks mis-read, as file:line: why

--check lists headlines far longer than headlines are or shaped like a byline, credit, page label or
dateline; articles with no body; body text with no headline; byline-shaped paragraphs; files with no date;
files that could not be read. It exits with 1 when it finds something, 0 when nothing looks mis-read (so it can
gate a CI job).""",
    "index": """examples:
  qa index                       # build (or load) the index of the configured corpus, print its stats
  qa index --rebuild --corpus big.jsonl
  qa index --backend sphinx      # load the corpus into the Sphinx/Manticore shards""",
}

# name → (module, help). Each module has add_arguments(parser) and run(args) -> int.
ADAPTERS = {
    "repl": ("qa.repl", "interactive questions with follow-ups (:help inside)"),
    "eval": ("qa.eval", "measure hit@k, EM and F1 on a SQuAD-format file"),
    "fit": ("qa.fit", "fit the composer's weights on SQuAD-format data, cross-validated by article"),
    "test": ("qa.regress.cli", "run YAML Q&A regression suites"),
    "bot": ("bot.app", "run the Telegram bot (token from TELEGRAM_BOT_TOKEN)"),
}


def load_engine(args, progress: bool | None = None):
    """The Engine for these arguments (engine.build_engine: its errors, corpus warnings on stderr)."""
    from .engine import build_engine

    if progress is None:
        progress = sys.stderr.isatty()
    return build_engine(load_config(args.config), args.corpus, backend=getattr(args, "backend", None),
                        progress=progress, on_warning=print_warning)


# ---------------------------------------------------------------- qa ask

def cmd_ask(args) -> int:
    from .render import answer_json, answer_text

    engine = load_engine(args)
    if not engine.corpus.sentences:  # e.g. a config whose corpus.paths do not exist: say so, do not decline all
        print("qa ask: nothing to search (see the warnings above; --corpus PATH or corpus.paths in the config)",
              file=sys.stderr)
        return 2
    articles = {a.id: a for a in engine.corpus.articles}
    if args.jsonl:
        for lineno, line in enumerate(sys.stdin, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            qid, question, error = _parse_jsonl_question(line)
            if error:
                record = {"id": qid, "question": "", "answer": "", "declined": True, "qtype": "invalid",
                          "confidence": 0.0, "evidence": [], "rule": "invalid", "error": f"line {lineno}: {error}"}
                print(json.dumps(record, ensure_ascii=False), flush=True)
                continue
            answer = engine.ask(question, args.top_k)
            print(json.dumps(answer_json(answer, articles, qid), ensure_ascii=False), flush=True)
        return 0
    question = " ".join(args.question)
    if not question.strip() and not sys.stdin.isatty() and not args.question:
        question = sys.stdin.read()
    answer = engine.ask(question, args.top_k)
    if args.json:
        print(json.dumps(answer_json(answer, articles), ensure_ascii=False, indent=2))
    else:
        print(answer_text(answer))
    if getattr(args, "explain", False):
        print(engine.explain(question))
    return 0 if answer.qtype != "invalid" else 2


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {value}")
    return value


def _parse_jsonl_question(line: str) -> tuple[object, str, str]:
    """(id, question, error) of a plain-text line or a {"question": …, "id": …} object."""
    if not line.lstrip().startswith("{"):
        return None, line, ""
    try:
        obj = json.loads(line)
    except ValueError as exc:
        return None, "", f"not valid JSON ({exc.msg})"
    if not isinstance(obj, dict) or not isinstance(obj.get("question"), str):
        qid = obj.get("id") if isinstance(obj, dict) else None
        return qid, "", "a JSON object needs a string 'question'"
    return obj.get("id"), obj["question"], ""


# ---------------------------------------------------------------- qa corpus

def cmd_corpus(args) -> int:
    from .lint import article_row, check
    from .load import load_corpus

    config = load_config(args.config)  # parsing only: listing the corpus needs no index
    paths = [Path(p) for p in args.corpus] if args.corpus else [config.path(p) for p in config.corpus.paths]
    corpus = load_corpus(paths, config.corpus.extensions)
    if args.check:
        findings = check(corpus)
        if args.json:
            print(json.dumps({"findings": [{"file": f.file, "line": f.line, "message": f.message} for f in findings],
                              "warnings": list(corpus.warnings)}, ensure_ascii=False, indent=2))
        else:
            for f in findings:
                print(f)
            for w in corpus.warnings:  # files that could not be read at all: listed with the rest
                print(f"warning: {w}")
            files = len({f.file for f in findings})
            noun = "finding" if len(findings) == 1 else "findings"
            print(f"{len(findings)} {noun} in {files} of {len({a.file for a in corpus.articles})} files"
                  if findings else f"nothing looks mis-read ({len(corpus.articles)} articles)")
        return 1 if findings or corpus.warnings else 0
    rows: list[dict[str, Any]] = [article_row(a, corpus) for a in corpus.articles]
    if args.json:
        print(json.dumps({"articles": rows, "warnings": list(corpus.warnings),
                          "sentences": len(corpus.sentences)}, ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        print(f"{r['file']}  [{r['kind']}]  {r['headline'] or '（无标题）'}")
        if r["subheadline"]:
            print(f"    副标题: {r['subheadline']}")
        if r["dateline"]:
            print(f"    电头: {r['dateline']['text']}")
        if r["sections"]:
            print(f"    小标题: {' / '.join(r['sections'])}")
        if r["speakers"]:
            print(f"    访谈: {' / '.join(r['speakers'])}")
        if r["date"] or r["source"] or r["page"]:
            print("    " + "  ".join(x for x in (r["source"], r["date"], r["page"] and f"第{r['page']}版") if x))
        people = [("记者", r["reporters"]), ("通讯员", r["correspondents"]), ("摄影", r["photographers"])]
        people_text = "  ".join(f"{k}: {' '.join(v)}" for k, v in people if v)
        if people_text:
            print(f"    {people_text}")
        print(f"    段落 {r['paragraphs']}  句子 {r['sentences']}"
              + (f"  转版: {', '.join(r['continuations'])}" if r["continuations"] else ""))
        for w in r["warnings"]:
            print(f"    warning: {w}")
    for w in corpus.warnings:
        print(f"warning: {w}", file=sys.stderr)
    print(f"{len(rows)} articles, {len(corpus.sentences)} sentences")
    return 0


# ---------------------------------------------------------------- qa index

def cmd_index(args) -> int:
    import time

    from .engine import build_engine

    config = load_config(args.config)
    t0 = time.perf_counter()
    # For sphinx, "index" means loading the cluster; for the in-process index, the cache is used unless --rebuild.
    rebuild = args.rebuild or (args.backend or config.index.backend) == "sphinx"
    engine = build_engine(config, args.corpus, backend=args.backend, progress=sys.stderr.isatty(), rebuild=rebuild,
                          on_warning=print_warning)
    retriever = engine.retriever
    stats = {"articles": len(engine.corpus.articles), **retriever.stats(),
             "seconds": round(time.perf_counter() - t0, 3)}
    if args.json:
        print(json.dumps(stats, ensure_ascii=False, indent=2))
    else:
        for k, v in stats.items():
            print(f"{k:>14}: {round(v, 4) if isinstance(v, float) else v}")
    return 0


# ---------------------------------------------------------------- main

def build_parser(command: str = "") -> argparse.ArgumentParser:
    """The `qa` parser; of the adapters, only `command`'s module is imported (for its options)."""
    parser = argparse.ArgumentParser(
        prog="qa", description="Question answering over Chinese newspaper pages.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="examples:\n  qa ask 会议在哪里召开？\n  qa repl\n  qa corpus --json\n  qa index --rebuild\n"
               "  qa eval --squad data.json --limit 100\n  qa test tests/suites/\n  qa bot\n\n"
               "Run 'qa COMMAND --help' for a command's options.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("ask", help="answer one question (or a stream with --jsonl)", epilog=EXAMPLES["ask"],
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    add_engine_options(p)
    p.add_argument("question", nargs="*", help="the question (words are joined by spaces)")
    p.add_argument("--top-k", type=_positive, default=None, metavar="N", help="evidence sentences to return")
    p.add_argument("--json", action="store_true", help="print a JSON object")
    p.add_argument("--jsonl", action="store_true",
                   help="read questions from stdin, one per line (text or {\"question\", \"id\"}); JSON lines out")
    p.add_argument("--explain", action="store_true",
                   help="also print the feature tables of the top sentences and candidates (why this answer)")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("corpus", help="list the articles understood from the corpus", epilog=EXAMPLES["corpus"],
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    add_engine_options(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--check", action="store_true",
                   help="lint: list what looks mis-read (file:line: why); exit code 1 when something is found")
    p.set_defaults(func=cmd_corpus)

    p = sub.add_parser("index", help="build or load the index and print its stats", epilog=EXAMPLES["index"],
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    add_engine_options(p)
    p.add_argument("--rebuild", action="store_true", help="ignore the cache and build anew")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_index)

    for name, (module, help_text) in ADAPTERS.items():
        p = sub.add_parser(name, help=help_text, formatter_class=argparse.RawDescriptionHelpFormatter)
        p.set_defaults(adapter=module)
        try:
            mod = importlib.import_module(module) if name == command else None
        except ImportError as exc:
            p.set_defaults(import_error=str(exc))
            mod = None
        if mod is not None:
            p.epilog = getattr(mod, "EXAMPLES", None)
            mod.add_arguments(p)
            p.set_defaults(func=mod.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(argv[0] if argv else "")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if getattr(args, "verbose", False) else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    if getattr(args, "import_error", None):
        print(f"qa {args.command}: not available: {args.import_error}", file=sys.stderr)
        return 2
    try:
        return args.func(args) or 0
    except ConfigError as exc:
        print(f"config error: {exc}", file=sys.stderr)
        return 2
    except RetrieverUnavailable as exc:
        print(f"search backend unavailable: {exc}", file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
