"""`qa repl`: ask questions in turns, with follow-ups, sources and a debug view.

On a terminal: prompt_toolkit line editing (double-width CJK), persistent history, Ctrl-C cancels the line,
Ctrl-D quits, answers highlighted. Otherwise (a pipe): one question per line in, plain answers out, each
followed by an empty line, no prompts and no colour codes.
"""

from __future__ import annotations

import difflib
import io
import os
import sys
import time
from pathlib import Path

from .config import load_config
from .engine import MAX_QUESTION_CHARS, Engine, build_engine
from .options import add_engine_options, print_warning
from .render import debug_text, reply_text
from .session import Conversation
from .watch import CorpusWatcher

EXAMPLES = """examples:
  qa repl                                   # the corpus of config/default.yaml (seeds/)
  qa repl --corpus seeds/ --debug           # show tokens, evidence scores, candidates, timings
  qa repl --history /tmp/qa_history --config my.yaml
  printf '谁主持了会议？\\n更多\\n原文呢？\\n' | qa repl   # plain mode: one question per line

inside the REPL:
  安吉县综治中心整合了多少个部门？    a question
  有几个办事窗口？                    an elliptical follow-up borrows the topic (安吉县综治中心)
  更多 / 还有呢 / 原文呢？ / 详细     the next answer / the source paragraph / the paragraphs around it
  :help :more :source :detail :debug on|off :reload :corpus :quit     (Ctrl-C cancels a line, Ctrl-D quits)"""

HELP = """问一个问题，或输入命令：
  更多 / 还有呢 / 下一个 / more     下一个候选答案
  来源 / 出处 / 原文 / source       答案所在段落、标题、作者和文件
  详细 / 展开                       答案前后的段落
  :more  :source  :detail           同上
  :debug on|off                     调试视图：问题类型、分词、前几句及得分、候选答案、规则、耗时
  :reload                           语料文件有变化时重新载入（无需重启）
  :corpus                           已载入的文章
  :help                             本帮助
  :quit                             退出（或 Ctrl-D）；Ctrl-C 取消当前输入
省略主语的追问（“有几个办事窗口？”“那安吉县呢？”）沿用上一个问题的话题。"""

COMMANDS = (":help", ":more", ":source", ":detail", ":debug", ":reload", ":corpus", ":quit")
_ALIASES = {":h": ":help", ":?": ":help", ":q": ":quit", ":exit": ":quit", ":m": ":more", ":s": ":source"}


def add_arguments(parser) -> None:
    add_engine_options(parser)
    parser.add_argument("--history", metavar="FILE", help="history file (default: repl.history_file, ~/.qa_history)")
    parser.add_argument("--debug", action="store_true", help="start with the debug view on")
    parser.add_argument("--no-color", action="store_true", help="no highlighting even on a terminal")


class Repl:
    """The loop's logic, without I/O: a line in, text out (tests and both modes share it)."""

    def __init__(self, engine: Engine, color: bool = False, debug: bool = False):
        self.engine = engine
        self.color = color
        self.debug = debug
        self.conversation = Conversation(engine)
        self.done = False

    def line(self, text: str) -> str:
        """The output for one input line ("" for nothing to show)."""
        stripped = text.strip()
        if not stripped:
            return ""
        if stripped[0] in ":：":
            return self.command(stripped)
        t0 = time.perf_counter()
        reply = self.conversation.handle(text)
        elapsed = time.perf_counter() - t0
        out = reply_text(reply, self.color)
        if self.debug and reply.answer is not None and reply.kind != "invalid":
            out += "\n" + self._debug(reply, elapsed)
        return out

    def _debug(self, reply, elapsed: float) -> str:
        question = reply.question or reply.answer.question
        # Retrieval is timed on its own by asking it again: the engine reports no breakdown.
        t0 = time.perf_counter()
        self.engine.retrieve(question)
        retrieve = time.perf_counter() - t0
        articles = {a.id: a for a in self.engine.corpus.articles}
        return (debug_text(reply.answer, self.engine.tokens(question),
                           {"turn": elapsed, "retrieve": retrieve}, articles, self.color)
                + "\n" + self.engine.explain(question))

    def command(self, text: str) -> str:
        name, _, arg = text.replace("：", ":", 1).partition(" ")
        name = _ALIASES.get(name.lower(), name.lower())
        arg = arg.strip().lower()
        if name == ":help":
            return HELP
        if name == ":quit":
            self.done = True
            return ""
        if name == ":more":
            return reply_text(self.conversation.more(), self.color)
        if name == ":source":
            return reply_text(self.conversation.source(), self.color)
        if name == ":detail":
            return reply_text(self.conversation.detail(), self.color)
        if name == ":debug":
            if arg in ("on", "off"):
                self.debug = arg == "on"
            elif arg:
                return "用法：:debug on 或 :debug off"
            return f"调试视图：{'开' if self.debug else '关'}"
        if name == ":reload":
            return self.reload()
        if name == ":corpus":
            return self.corpus()
        guess = difflib.get_close_matches(name, COMMANDS, n=1)
        hint = f"你是不是想输入 {guess[0]}？" if guess else ""
        return f"未知命令 {name}。{hint}输入 :help 查看全部命令。"

    def reload(self) -> str:
        t0 = time.perf_counter()
        try:
            changed = self.engine.reload()
        except (OSError, ValueError) as exc:
            return f"重新载入失败：{exc}（仍使用原来的语料）"
        if not changed:
            return "语料文件没有变化。"
        corpus = self.engine.corpus
        lines = [f"已重新载入：{len(corpus.articles)} 篇文章，{len(corpus.sentences)} 个句子"
                 f"（{time.perf_counter() - t0:.1f} 秒）。"]
        lines += [f"warning: {w}" for w in corpus.warnings]
        return "\n".join(lines)

    def corpus(self) -> str:
        counts: dict[str, int] = {}
        for s in self.engine.corpus.sentences:
            counts[s.article_id] = counts.get(s.article_id, 0) + 1
        articles = self.engine.corpus.articles
        lines = [f"{a.file}  《{a.headline or '无标题'}》  {counts.get(a.id, 0)} 句" for a in articles]
        lines.append(f"共 {len(articles)} 篇文章，{len(self.engine.corpus.sentences)} 个句子。")
        return "\n".join(lines)


def run(args) -> int:
    config = load_config(args.config)
    interactive = sys.stdin.isatty() and sys.stdout.isatty()
    color = interactive and config.repl.color and not args.no_color and not os.environ.get("NO_COLOR")
    t0 = time.perf_counter()
    engine = build_engine(config, args.corpus, backend=args.backend, progress=sys.stderr.isatty(),
                          on_warning=print_warning)
    repl = Repl(engine, color=color, debug=args.debug or config.repl.debug)
    watcher = _watch(engine)
    try:
        if not interactive:
            return _plain(repl)
        corpus = engine.corpus
        print(f"已载入 {len(corpus.articles)} 篇文章、{len(corpus.sentences)} 个句子"
              f"（{time.perf_counter() - t0:.1f} 秒）。输入问题，:help 查看命令，Ctrl-D 退出。", flush=True)
        history = Path(args.history).expanduser() if args.history else config.path(config.repl.history_file)
        from prompt_toolkit.patch_stdout import patch_stdout

        with patch_stdout(raw=True):  # the watcher's lines (stderr) appear above the prompt, not inside it
            return _interactive(repl, config.repl.prompt, history)
    finally:
        if watcher is not None:
            watcher.stop()


def _watch(engine: Engine) -> CorpusWatcher | None:
    """The corpus watcher (corpus.watch): new or changed files are indexed in a background thread, and a line
    on stderr says what came in (above the prompt on a terminal: stdout and stderr are patched there)."""
    cfg = engine.config.corpus
    if not cfg.watch or not engine.paths:
        return None
    return CorpusWatcher(engine, cfg.extensions, lambda line: print(line, file=sys.stderr, flush=True),
                         debounce_ms=cfg.watch_debounce_ms, poll_ms=cfg.watch_poll_ms).start()


def _plain(repl: Repl) -> int:
    """Pipe mode: a line in, its answer and an empty line out, nothing else."""
    # Undecodable bytes in a pipe become U+FFFD rather than ending the loop.
    if isinstance(sys.stdin, io.TextIOWrapper):  # not a StringIO put in its place
        sys.stdin.reconfigure(errors="replace")
    for line in sys.stdin:
        out = _safely(repl, line.rstrip("\n"))
        if out:
            print(out + "\n", flush=True)
        if repl.done:
            break
    return 0


def _interactive(repl: Repl, prompt: str, history_path: Path) -> int:
    from prompt_toolkit import PromptSession
    from prompt_toolkit.completion import WordCompleter

    session: PromptSession[str] = PromptSession(
        history=_history(history_path), completer=WordCompleter(list(COMMANDS), WORD=True),
        complete_while_typing=False)
    while not repl.done:
        try:
            line = session.prompt(prompt)
        except KeyboardInterrupt:  # Ctrl-C: drop this line, keep going
            continue
        except EOFError:  # Ctrl-D
            break
        out = _safely(repl, line)
        if out:
            print(out, flush=True)
    return 0


def _safely(repl: Repl, line: str) -> str:
    """One line's output; whatever goes wrong with it is reported and the loop goes on."""
    try:
        return repl.line(line)
    except KeyboardInterrupt:
        return "（已取消）"
    except Exception as exc:  # a bug must not end the user's session; say what happened
        return f"出错了：{type(exc).__name__}: {exc}"


def _history(path: Path):
    """A persistent history at `path`, or an in-memory one (with a warning) where it cannot be written."""
    from prompt_toolkit.history import FileHistory, InMemoryHistory

    class QuestionHistory(FileHistory):
        def store_string(self, string: str) -> None:
            if len(string) <= MAX_QUESTION_CHARS:  # a 10 kB paste is not worth recalling
                super().store_string(string)

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8"):
            pass
    except OSError as exc:
        print(f"warning: history file {path} is not writable ({exc.strerror or exc}); history is not kept",
              file=sys.stderr)
        return InMemoryHistory()
    return QuestionHistory(str(path))
