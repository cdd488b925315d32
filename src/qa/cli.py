"""The `qa` command: a thin argparse layer over the engine. Each subcommand parses, calls, prints.

Subcommands that are whole adapters of their own (repl, eval, test, bot) live in their own modules and are
imported only when run, so `qa ask` does not pay for the Telegram stack.
"""

from __future__ import annotations

import argparse
import importlib
import io
import json
import logging
import math
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from .config import ConfigError, load_config
from .options import add_engine_options, print_warning
from .read import decode_arg, decode_line, scrub
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
  qa index                       # index new or changed files only: "+23 files, 1,904 sentences, 0.8 s; 4 segments"
  qa index --optimize            # also fold all segments into one, dropping retired sentences
  qa index --rebuild --corpus big.jsonl
  qa index --backend sphinx      # load the corpus into the Sphinx/Manticore shards""",
    "ingest": """examples:
  qa ingest ~/inbox/2026-12-03-01.txt ~/inbox/2026-12-03-02.txt   # copy into the corpus folder and index
  qa ingest --force page.txt     # replace a different file of the same name""",
}

# name → (module, help). Each module has add_arguments(parser) and run(args) -> int.
ADAPTERS = {
    "repl": ("qa.repl", "interactive questions with follow-ups (:help inside)"),
    "eval": ("qa.eval", "measure hit@k, EM and F1 on a SQuAD-format file"),
    "fit": ("qa.fit", "fit the composer's weights on SQuAD-format data, cross-validated by article"),
    "test": ("qa.regress.cli", "run YAML Q&A regression suites"),
    "bot": ("bot.app", "run the Telegram bot (token from TELEGRAM_BOT_TOKEN)"),
    "log": ("bot.querylog", "the bot's query log: export it as JSON lines, import an old one, stats"),
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

    def respond(question: str, qid: object) -> dict:
        return answer_json(engine.ask(question, args.top_k), articles, qid)

    out = sys.stdout.buffer  # JSON is written as UTF-8 bytes whatever the locale or PYTHONIOENCODING says
    if args.jsonl:
        for record in ask_stream(sys.stdin.buffer, respond):
            out.write(record.encode("utf-8") + b"\n")
            out.flush()
        return 0
    question = " ".join(decode_arg(a) for a in args.question)
    if not question.strip() and not sys.stdin.isatty() and not args.question:
        question = sys.stdin.buffer.read().decode("utf-8", "replace")
    answer = engine.ask(question, args.top_k)
    if args.json:
        try:
            text = strict_json(answer_json(answer, articles), indent=2)
        except ValueError as exc:  # a NaN score has no strict JSON form: say so rather than print invalid JSON
            text = strict_json(_declined_record(None, question, f"cannot write the answer as JSON: {exc}"), indent=2)
            answer = replace(answer, qtype="invalid")
        out.write(text.encode("utf-8") + b"\n")
    else:
        if isinstance(sys.stdout, io.TextIOWrapper):  # a terminal that cannot show a character gets "?", not a crash
            sys.stdout.reconfigure(errors="replace")
        print(answer_text(answer))
    if getattr(args, "explain", False):
        print(engine.explain(question))
    return 0 if answer.qtype != "invalid" else 2


def ask_stream(lines: Iterable[bytes], respond: Callable[[str, object], dict]) -> Iterator[str]:
    """The `qa ask --jsonl` stream: for every input line (bytes, with or without its newline) exactly one line of
    strict JSON (no NaN, no lone surrogates; without the newline), in order. Blank and bad lines get a declined
    record with an "error"; invalid UTF-8 is replaced with U+FFFD and answered, with a "warning". `respond`
    answers (question, id) with a record."""
    for lineno, raw in enumerate(lines, 1):
        yield _stream_record(raw, lineno, respond)


def _stream_record(raw: bytes, lineno: int, respond: Callable[[str, object], dict]) -> str:
    qid: object = None
    try:
        text, replaced = decode_line(raw.removesuffix(b"\n").removesuffix(b"\r"))
        if not text.strip():
            return strict_json(_declined_record(None, "", f"line {lineno}: empty line"))
        qid, question, error = _parse_jsonl_question(text)
        clean = scrub(question)  # "\\ud800" in JSON: a lone surrogate breaks UTF-8 output and OpenCC alike
        record = _declined_record(qid, clean, f"line {lineno}: {error}") if error else respond(clean, qid)
        notes = ["invalid UTF-8"] * replaced + ["lone surrogates"] * (clean != question)
        if notes:
            record["warning"] = f"line {lineno}: {' and '.join(notes)} replaced with U+FFFD"
        return strict_json(record)
    except RetrieverUnavailable:
        raise  # the backend is down: every line would fail alike, so stop (exit 3) rather than decline them all
    except Exception as exc:  # noqa: BLE001 — one line must never end the stream: say what and where, go on
        logging.getLogger(__name__).info("qa ask --jsonl line %d", lineno, exc_info=True)  # shown with -v
        return strict_json(_declined_record(qid, "", f"line {lineno}: internal error: {type(exc).__name__}: {exc}"))


def strict_json(record: dict, indent: int | None = None) -> str:
    """`record` as JSON any strict parser accepts: NaN/Infinity raise ValueError, lone surrogates become U+FFFD."""
    return scrub(json.dumps(record, ensure_ascii=False, allow_nan=False, indent=indent))


def _declined_record(qid: object, question: str, error: str) -> dict:
    record = {} if qid is None else {"id": qid}
    record.update({"question": scrub(question), "answer": "", "declined": True, "qtype": "invalid",
                   "confidence": 0.0, "evidence": [], "rule": "invalid", "error": scrub(error)})
    return record


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {value}")
    return value


class _NoStrictForm(str):
    """A JSON number or constant that strict JSON cannot carry (NaN, Infinity, 1e999, an integer too long to
    convert): kept as the text it was written as, so an id stays recognisable."""


_MAX_INT_DIGITS = 4000  # below Python's int/str conversion limit (4300), so the id can be written back


def _json_int(text: str) -> object:
    return int(text) if len(text.lstrip("-")) <= _MAX_INT_DIGITS else _NoStrictForm(text)


def _json_float(text: str) -> object:
    value = float(text)
    return value if math.isfinite(value) else _NoStrictForm(text)


def _parse_jsonl_question(line: str) -> tuple[object, str, str]:
    """(id, question, error) of a plain-text line or a {"question": …, "id": …} object. The id comes back as
    given when strict JSON can carry it, as its text when it is a number strict JSON cannot (NaN, 1e999);
    an id that is a list or an object is an error (it comes back as its JSON text)."""
    if not line.lstrip().startswith("{"):
        return None, line, ""
    try:
        obj = json.loads(line, parse_int=_json_int, parse_float=_json_float, parse_constant=_NoStrictForm)
    except RecursionError:
        return None, "", "not valid JSON (nested too deeply)"
    except json.JSONDecodeError as exc:
        return None, "", f"not valid JSON ({exc.msg})"
    except ValueError as exc:
        return None, "", f"not valid JSON ({exc})"
    if not isinstance(obj, dict):
        return None, "", "a JSON object needs a string 'question'"
    qid = obj.get("id")
    if isinstance(qid, str):  # _NoStrictForm too: it becomes a plain string
        qid = scrub(str(qid))
    elif not (qid is None or isinstance(qid, (bool, int, float))):
        text = scrub(json.dumps(qid, ensure_ascii=False))
        return text, "", "'id' must be a string, a number, true, false or null"
    question = obj.get("question")
    if not isinstance(question, str) or isinstance(question, _NoStrictForm):
        return qid, "", "a JSON object needs a string 'question'"
    return qid, question, ""


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
                          optimize=args.optimize, on_warning=print_warning)
    retriever = engine.retriever
    stats = {"articles": len(engine.corpus.articles), **retriever.stats(),
             "seconds": round(time.perf_counter() - t0, 3)}
    changes = getattr(retriever, "changes", None)  # the in-process index says what it (re)indexed
    if args.json:
        if changes is not None:
            stats["changes"] = {"added": list(changes.added), "changed": list(changes.changed),
                                "removed": list(changes.removed), "sentences": changes.sentences,
                                "segments": changes.segments, "merged": changes.merged}
        print(json.dumps(stats, ensure_ascii=False, indent=2))
    else:
        if changes is not None:
            print(changes.summary())
        for k, v in stats.items():
            print(f"{k:>14}: {round(v, 4) if isinstance(v, float) else v}")
    return 0


def cmd_ingest(args) -> int:
    """Copy pages into the first corpus folder, then index (only what is new). Every file is checked first: one
    that cannot be read, or that would overwrite a different file without --force, stops everything unchanged."""
    from .atomic import write_bytes
    from .engine import build_engine
    from .load import load_file
    from .read import LoadError, show_path

    config = load_config(args.config)
    folders = [Path(p) for p in args.corpus] if args.corpus else [config.path(p) for p in config.corpus.paths]
    if not folders or not folders[0].is_dir():
        print(f"qa ingest: the first corpus path is not a folder: {show_path(folders[0]) if folders else '(none)'}",
              file=sys.stderr)
        return 2
    target = folders[0]
    exts = {e.lower() for e in config.corpus.extensions}
    plan: list[tuple[Path, bytes]] = []
    problems: list[str] = []
    for arg in args.files:
        src = Path(arg)
        dest = target / src.name
        if src.suffix.lower() not in exts:
            problems.append(f"{show_path(src)}: not a corpus file (extensions: {', '.join(sorted(exts))})")
            continue
        try:
            data, _, _ = load_file(src, src.name)  # as the loader will read it: the same reasons
        except LoadError as exc:
            problems.append(f"{show_path(src)}: cannot be used: {exc}")
            continue
        if dest.exists():
            try:
                same = dest.read_bytes() == data
            except OSError:
                same = False
            if same:
                print(f"{src.name}: already in {show_path(target)}", file=sys.stderr)
                continue
            if not args.force:
                problems.append(f"{show_path(dest)}: a different file of that name is there (--force replaces it)")
                continue
        plan.append((dest, data))
    if problems:
        for p in problems:
            print(f"error: {p}", file=sys.stderr)
        print("nothing was copied", file=sys.stderr)
        return 1
    for dest, data in plan:
        write_bytes(dest, data)
        print(f"{dest.name} → {show_path(target)}", file=sys.stderr)
    engine = build_engine(config, args.corpus, backend=args.backend, progress=sys.stderr.isatty(),
                          on_warning=print_warning)
    changes = getattr(engine.retriever, "changes", None)
    print(changes.summary() if changes is not None else f"{len(plan)} files copied; index updated")
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
                   help="read questions from stdin, one per line (text or {\"question\", \"id\"}); exactly one "
                        "JSON line out per input line, in order: a blank or bad line gets a declined record with "
                        "an \"error\" (invalid UTF-8 is replaced with U+FFFD and answered, with a \"warning\")")
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
    p.add_argument("--optimize", action="store_true",
                   help="fold the index's segments into one (retired sentences dropped)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_index)

    p = sub.add_parser("ingest", help="copy pages into the corpus folder and index them", epilog=EXAMPLES["ingest"],
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    add_engine_options(p, corpus="corpus folder (the first one receives the files; default: corpus.paths)")
    p.add_argument("files", nargs="+", metavar="FILE", help="pages to add (.txt, .md, .jsonl)")
    p.add_argument("--force", action="store_true", help="replace a different file of the same name")
    p.set_defaults(func=cmd_ingest)

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
