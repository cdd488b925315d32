"""Suite files → frozen Suite/Case/Turn/Expect records, validated, with file:line on every error.

The YAML is composed into nodes (not loaded into plain dicts) so that every key keeps its line number:
an unknown key or a wrong value is reported as `file:line: message`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..read import LoadError, read_bytes, scrub

SUITE_GLOB = "*.qa.yaml"  # what folders and the pytest plugin collect
TEXT_KEYS = ("contains", "exact", "regex", "evidence", "source", "qtype")
LIST_KEYS = ("any", "all", "not")
EXPECT_KEYS = TEXT_KEYS + LIST_KEYS + ("declined",)
CASE_KEYS = ("q", "expect", "turns", "name", "tags", "skip", "xfail")
TURN_KEYS = ("q", "expect")
SUITE_KEYS = ("corpus", "cases")

_STR = "tag:yaml.org,2002:str"
_SCALARS = {_STR, "tag:yaml.org,2002:int", "tag:yaml.org,2002:float"}
_BOOL = "tag:yaml.org,2002:bool"


class SuiteError(ValueError):
    """A suite file that cannot be used; the message starts with `file:line:`."""


@dataclass(frozen=True)
class Expect:
    """What one answer must satisfy; every key that is set must hold."""

    contains: str | None = None
    any: tuple[str, ...] = ()
    all: tuple[str, ...] = ()
    exact: str | None = None
    regex: str | None = None
    not_: tuple[str, ...] = ()  # `not` in the YAML
    declined: bool | None = None
    evidence: str | None = None
    source: str | None = None
    qtype: str | None = None

    def items(self) -> list[tuple[str, object]]:
        """The keys that are set, in the YAML's spelling, for reports and recording."""
        out = []
        for key in EXPECT_KEYS:
            value = getattr(self, "not_" if key == "not" else key)
            if value is not None and value != ():
                out.append((key, list(value) if isinstance(value, tuple) else value))
        return out

    def describe(self) -> str:
        return ", ".join(f"{k} {v!r}" for k, v in self.items())


@dataclass(frozen=True)
class Turn:
    q: str
    expect: Expect | None  # None: a turn that only sets up the conversation
    line: int


@dataclass(frozen=True)
class Case:
    """One conversation: a single question, or several `turns`."""

    file: str
    line: int
    turns: tuple[Turn, ...]
    name: str = ""
    tags: tuple[str, ...] = ()
    skip: str = ""  # the reason, when skipped
    xfail: str = ""  # the reason, when a failure is known: still run, but its failure does not fail the run

    @property
    def title(self) -> str:
        """A readable name: the given name, else the first question."""
        return self.name or self.turns[0].q

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True)
class Suite:
    path: Path
    corpus: Path | None  # None: the configured corpus
    cases: tuple[Case, ...]


def load_suite(path: str | Path) -> Suite:
    """Read and validate one suite file; raises SuiteError naming the file and line."""
    path = Path(path)
    try:
        text = read_bytes(path).decode("utf-8-sig")  # a FIFO is refused, not waited on
    except (OSError, UnicodeDecodeError, LoadError) as exc:
        raise SuiteError(f"{path}: cannot read suite: {getattr(exc, 'strerror', None) or exc}") from None
    return parse_suite(text, path)


def parse_suite(text: str, path: Path) -> Suite:
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except RecursionError:
        raise SuiteError(f"{path}:1: malformed YAML: nested too deeply") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = f"{mark.line + 1}" if mark else "1"
        problem = getattr(exc, "problem", None) or str(exc)
        context, start = getattr(exc, "context", None), getattr(exc, "context_mark", None)
        if context and start and start is not mark:  # e.g. an unclosed "[": say where it opened
            problem += f" ({context} at line {start.line + 1})"
        raise SuiteError(f"{path}:{line}: malformed YAML: {problem}") from None
    if root is None:
        raise SuiteError(f"{path}:1: empty suite (expected a mapping with 'cases')")
    top = _mapping(root, path, "the suite", SUITE_KEYS)
    if "cases" not in top:
        raise SuiteError(f"{path}:{_line(root)}: the suite has no 'cases' list")
    corpus = None
    if "corpus" in top:
        corpus = (path.parent / Path(_text(top["corpus"], path, "corpus")).expanduser()).resolve()
        if not corpus.exists():
            raise SuiteError(f"{path}:{_line(top['corpus'])}: corpus {corpus} does not exist")
    cases_node = top["cases"]
    if not isinstance(cases_node, yaml.SequenceNode):
        raise SuiteError(f"{path}:{_line(cases_node)}: 'cases' must be a list")
    cases = tuple(_case(node, path) for node in cases_node.value)
    return Suite(path=path, corpus=corpus, cases=cases)


def _case(node, path: Path) -> Case:
    fields = _mapping(node, path, "a case", CASE_KEYS)
    if ("q" in fields) == ("turns" in fields):
        raise SuiteError(f"{path}:{_line(node)}: a case needs either 'q' (with 'expect') or 'turns'")
    if "turns" in fields:
        if "expect" in fields:
            raise SuiteError(f"{path}:{_line(fields['expect'])}: 'expect' belongs inside each of the 'turns'")
        seq = fields["turns"]
        if not isinstance(seq, yaml.SequenceNode) or not seq.value:
            raise SuiteError(f"{path}:{_line(seq)}: 'turns' must be a non-empty list")
        turns = tuple(_turn(t, path, required=False) for t in seq.value)
        if all(t.expect is None for t in turns):
            raise SuiteError(f"{path}:{_line(seq)}: no turn has an 'expect': this case could never fail")
    else:
        turns = (_turn(node, path, required=True, fields=fields),)
    tags: tuple[str, ...] = ()
    if "tags" in fields:
        tags = _strings(fields["tags"], path, "tags")
    skip = ""
    if "skip" in fields:
        skip = _text(fields["skip"], path, "skip (the reason)")
    xfail = _text(fields["xfail"], path, "xfail (the reason)") if "xfail" in fields else ""
    name = _text(fields["name"], path, "name") if "name" in fields else ""
    return Case(file=str(path), line=_line(node), turns=turns, name=name, tags=tags, skip=skip,
                xfail=xfail)


def _turn(node, path: Path, required: bool, fields: dict | None = None) -> Turn:
    if fields is None:
        fields = _mapping(node, path, "a turn", TURN_KEYS)
    if "q" not in fields:
        raise SuiteError(f"{path}:{_line(node)}: a turn needs 'q' (the question)")
    q = _text(fields["q"], path, "q")
    if "expect" not in fields:
        if required:
            raise SuiteError(f"{path}:{_line(node)}: the case has no 'expect'")
        return Turn(q=q, expect=None, line=_line(node))
    return Turn(q=q, expect=_expect(fields["expect"], path), line=_line(node))


def _expect(node, path: Path) -> Expect:
    if isinstance(node, yaml.ScalarNode):  # the string form: the short answer contains it
        return Expect(contains=_text(node, path, "expect"))
    fields = _mapping(node, path, "'expect'", EXPECT_KEYS)
    if not fields:
        raise SuiteError(f"{path}:{_line(node)}: 'expect' is empty: this case could never fail")
    values: dict = {}
    for key, value in fields.items():
        if key == "declined":
            if not (isinstance(value, yaml.ScalarNode) and value.tag == _BOOL):
                raise SuiteError(f"{path}:{_line(value)}: 'declined' must be true or false")
            values["declined"] = value.value.lower() in ("true", "yes", "on")
        elif key in LIST_KEYS:
            items: tuple[str, ...]
            if isinstance(value, yaml.ScalarNode) and key == "not":
                items = (_text(value, path, key),)
            else:
                items = _strings(value, path, key)
            if not items:
                raise SuiteError(f"{path}:{_line(value)}: '{key}' needs at least one string")
            values["not_" if key == "not" else key] = items
        else:
            values[key] = _text(value, path, key)
    if "regex" in values:
        try:
            re.compile(values["regex"])
        except re.error as exc:
            raise SuiteError(f"{path}:{_line(fields['regex'])}: bad regex {values['regex']!r}: {exc}") from None
    return Expect(**values)


# ---------------------------------------------------------------- node helpers

def _line(node) -> int:
    return node.start_mark.line + 1


def _mapping(node, path: Path, what: str, known: tuple[str, ...]) -> dict:
    """{key: value node} of a mapping node, rejecting unknown and repeated keys."""
    if not isinstance(node, yaml.MappingNode):
        raise SuiteError(f"{path}:{_line(node)}: {what} must be a mapping")
    out: dict = {}
    for key_node, value in node.value:
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
        if key not in known:
            raise SuiteError(f"{path}:{_line(key_node)}: unknown key {key!r} in {what} (known: {', '.join(known)})")
        if key in out:
            raise SuiteError(f"{path}:{_line(key_node)}: key {key!r} given twice")
        out[key] = value
    return out


def _text(node, path: Path, what: str) -> str:
    """A scalar as written (so 75.10 stays "75.10"), non-empty."""
    if not isinstance(node, yaml.ScalarNode) or node.tag not in _SCALARS:
        raise SuiteError(f"{path}:{_line(node)}: '{what}' must be a string")
    if not node.value.strip():
        raise SuiteError(f"{path}:{_line(node)}: '{what}' is empty")
    return scrub(node.value)  # a "\\ud800" escape gives a lone surrogate, which cannot be written out again


def _strings(node, path: Path, what: str) -> tuple[str, ...]:
    if not isinstance(node, yaml.SequenceNode):
        raise SuiteError(f"{path}:{_line(node)}: '{what}' must be a list of strings")
    return tuple(_text(item, path, what) for item in node.value)


def load_questions(path: str | Path) -> Suite:
    """A plain question list (one per line, `#` comments) as a suite without expectations, for --record."""
    path = Path(path)
    try:  # plain question lines, like `qa ask --jsonl`: a bad byte becomes U+FFFD rather than lose the file
        lines = read_bytes(path).decode("utf-8-sig", "replace").splitlines()
    except (OSError, LoadError) as exc:
        raise SuiteError(f"{path}: cannot read questions: {getattr(exc, 'strerror', None) or exc}") from None
    cases = tuple(Case(file=str(path), line=n, turns=(Turn(q=line.strip(), expect=None, line=n),))
                  for n, line in enumerate(lines, 1) if line.strip() and not line.lstrip().startswith("#"))
    return Suite(path=path, corpus=None, cases=cases)


def suite_files(paths) -> list[Path]:
    """Suite files from files and folders (folders: every *.qa.yaml inside, recursively, sorted)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(p.rglob(SUITE_GLOB)))
        elif p.exists():
            out.append(p)
        else:
            raise SuiteError(f"{p}: no such file or folder")
    return out
