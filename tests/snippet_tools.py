"""The tests' shared helpers: the guide's pages as the tests list them, and finding,
running and checking the snippets under ``snippets/`` (tests/test_snippets.py). Test
modules import helpers from here (or fixtures from conftest.py), never from each other.

A snippet is ``snippets/<category>/<page>/<name>.<lang>.py``: a complete program whose
print() output is written under each print call as ``#>`` comments (pytest-examples'
format). Each snippet runs in a process of its own (``snippet_harness.py``, forked from
one server per interpreter that has imported asyncio) under every supported
interpreter, in parallel and with a timeout; the expected source is then
rebuilt with pytest-examples' own print-insertion code and compared with the file.

Per-file settings, both optional:

* ``requires-python = ">=3.11"`` in a PEP 723 ``# /// script`` block: older
  interpreters skip the file (``except*`` cannot even compile on 3.10).
* ``<name>.<lang>.py3XX.txt``: the complete stdout on Python 3.XX where it differs from
  the ``#>`` lines (which always hold the output on ``PRIMARY``).
"""

from __future__ import annotations

import ast
import dataclasses
import functools
import itertools
import json
import os
import re
import signal
import subprocess
import tempfile
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from pytest_examples import CodeExample, run_code
from pytest_examples.config import ExamplesConfig
from pytest_examples.run_code import Arg, InsertPrintStatements, PrintStatement

from hooks.page_model import DOCS, LANGS, ROOT, SNIPPETS, lang_of, pages, section_names, twin
from hooks.translation import logic_tree  # one definition of "logic"
from scripts.pythons import (  # noqa: F401  (the interpreters, in one place)
    PRIMARY,
    SUPPORTED,
    exact,
    interpreter,
    requires_python,
    runs_on,
)

__all__ = ["DOCS", "LANGS", "ROOT", "SNIPPETS", "section_names"]  # re-exported for the tests

HARNESS = Path(__file__).with_name("snippet_harness.py")
TIMEOUT = float(os.environ.get("SNIPPET_TIMEOUT", "20"))

# --- pages -------------------------------------------------------------------------

PAGES = pages()
PAGE_IDS = [p.relative_to(DOCS).as_posix() for p in PAGES]


def rel(path: Path) -> str:
    """A path as messages name it: relative to the project root."""
    return path.relative_to(ROOT).as_posix()


# --- snippets ------------------------------------------------------------------------

#: How snippets are linted and formatted: black at 80 columns (phones, PDF), ruff's
#: errors, bugbear, pyupgrade for 3.10 and import order.
CONFIG = ExamplesConfig(
    line_length=80,
    quotes="double",
    target_version="py310",
    ruff_line_length=80,
    ruff_select=["E", "F", "W", "B", "UP", "I"],
)


class SnippetExample(CodeExample):
    """A whole snippet file as a pytest-examples example.

    ``in_py_file()`` is False so black keeps PEP 8's two blank lines between
    top-level definitions (pytest-examples collapses them for .py docstrings).
    """

    def in_py_file(self) -> bool:
        return False


@dataclass(frozen=True)
class Snippet:
    path: Path

    @property
    def rel(self) -> str:
        return self.path.relative_to(ROOT).as_posix()

    @property
    def lang(self) -> str:
        return lang_of(self.path) or ""

    @property
    def stem(self) -> str:
        return self.path.name.split(".")[0]

    @property
    def twin(self) -> Path:
        return twin(self.path)

    @property
    def requires(self) -> tuple[int, int]:
        return requires_python(self.path.read_text("utf-8"))

    def sidecar(self, version: str) -> Path:
        return self.path.with_name(f"{self.path.stem}.py{version.replace('.', '')}.txt")

    @property
    def config(self) -> ExamplesConfig:
        """Lint and format for the oldest Python the file runs on (its requires-python)."""
        return dataclasses.replace(CONFIG, target_version=f"py3{self.requires[1]}")

    def example(self) -> SnippetExample:
        return SnippetExample.create(self.path.read_text("utf-8"), path=self.path)


#: Names that only exist from a version on, which a file may use as they stand.
NEWER_NAMES = {"ExceptionGroup": (3, 11), "BaseExceptionGroup": (3, 11)}


def newer_syntax(source: str) -> tuple[int, str, tuple[int, int]] | None:
    """(line, what, version) of the first thing in ``source`` that older supported
    versions cannot compile or do not have, judged against the file's requires-python."""
    requires = requires_python(source)
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.TryStar):
            found.append((node.handlers[0].lineno, "`except*`", (3, 11)))
        elif isinstance(node, ast.Name) and node.id in NEWER_NAMES:
            found.append((node.lineno, f"`{node.id}`", NEWER_NAMES[node.id]))
        elif type(node).__name__ == "TypeAlias" or getattr(node, "type_params", None):
            found.append((node.lineno, "a type parameter list or `type` statement", (3, 12)))
    found = sorted(f for f in found if f[2] > requires)
    if found:
        return found[0]
    try:  # CPython's own judgement, for what the list above leaves out
        ast.parse(source, feature_version=requires)
    except SyntaxError as exc:
        m = re.search(r"Python 3\.(\d+)", exc.msg)
        return exc.lineno or 1, exc.msg, (3, int(m[1]) if m else requires[1] + 1)
    return None


def requires_problem(snippet: Snippet) -> str | None:
    """A message naming the missing (or too low) requires-python block, or None."""
    source = snippet.path.read_text("utf-8")
    newer = newer_syntax(source)
    if newer is None:
        return None
    line, what, (major, minor) = newer
    have = requires_python(source)
    declared = (
        f"declares requires-python >={have[0]}.{have[1]}"
        if "requires-python" in source
        else f"has no requires-python block, so it also runs on Python {SUPPORTED[0]}"
    )
    return (
        f"{snippet.rel}:{line}: {what} needs Python {major}.{minor}, but the file {declared} "
        f"(fix: make the file's first three lines the PEP 723 block '# /// script', "
        f"'# requires-python = \">={major}.{minor}\"', '# ///'; older versions then skip it)"
    )


def find_snippets(root: Path = SNIPPETS) -> list[Snippet]:
    return [Snippet(p) for p in sorted(root.rglob("*.py")) if "__pycache__" not in p.parts]


# --- interpreters ------------------------------------------------------------------


def selected_versions() -> tuple[str, ...]:
    """SUPPORTED, or the subset named in SNIPPET_PYTHONS (e.g. "3.13")."""
    wanted = os.environ.get("SNIPPET_PYTHONS")
    if not wanted:
        return SUPPORTED
    return tuple(v for v in SUPPORTED if v in wanted.replace(",", " ").split())


# --- running -----------------------------------------------------------------------


@dataclass
class RunResult:
    snippet: Snippet
    version: str
    returncode: int | None  # None: timed out
    records: list[dict]
    transcript: str
    stdout: str
    stderr: str
    #: When timed out: where it waited ({"line", "where": "task" or "thread"}), the
    #: most telling first (see snippet_harness.py).
    waiting: list[dict] = dataclasses.field(default_factory=list)

    def problem(self) -> str | None:
        """Why this run is not clean, or None."""
        where = self.snippet.rel
        if self.returncode is None and any(w["where"] == "exit" for w in self.waiting):
            return (
                f"{where}: timed out after {TIMEOUT:g} s on Python {self.version} after its "
                "last line ran: a thread it started is still running (fix: make the thread "
                "finish, e.g. set the event it waits for, and join it)"
            )
        if self.returncode is None:
            lines = list(dict.fromkeys(w["line"] for w in self.waiting))
            source = self.snippet.path.read_text("utf-8").splitlines()
            at = (
                f", waiting at `{source[lines[0] - 1].strip()}`"
                + (f" (also at line {', '.join(map(str, lines[1:]))})" if lines[1:] else "")
                if lines and lines[0] <= len(source)
                else ""
            )
            return (
                f"{where}{f':{lines[0]}' if lines else ''}: timed out after {TIMEOUT:g} s "
                f"on Python {self.version}{at} (fix: the snippet hangs or waits on real "
                "time; sequence it with events or sleep(0) hops, see CONTRIBUTING.md)"
            )
        if self.returncode != 0:
            return (
                f"{where}: exited with {self.returncode} on Python {self.version} "
                f"(fix: the traceback below names the line)\n{self.stderr}"
            )
        if self.stderr:
            return (
                f"{where}: wrote to stderr on Python {self.version} (fix: a warning "
                "such as 'never awaited' or 'Task was destroyed' is a bug in the "
                f"example; make it clean)\n{self.stderr}"
            )
        if self.stdout:
            return (
                f"{where}: wrote to stdout without print() on Python {self.version} "
                f"(fix: use print(), whose output the #> lines record)\n{self.stdout}"
            )
        if any(r["line"] == 0 for r in self.records):
            return f"{where}: print() called from outside the snippet file"
        return None


_pool = ThreadPoolExecutor(max_workers=max(4, 4 * (os.cpu_count() or 1)))


def _spawn_without_vfork() -> None:
    """Adapter over a private switch of the standard library's subprocess module.

    On a loaded machine, Popen from this multithreaded process sometimes failed with
    "OSError: [Errno 14] Bad address" in CPython 3.13.0's vfork() spawning path, failing
    a random snippet (found by `make bench`). Plain fork() does not. Popen has no public
    parameter for this; ``subprocess._USE_VFORK`` is the switch CPython's own subprocess
    documentation names ("Disabling use of vfork() or posix_spawn()")."""
    subprocess._USE_VFORK = False


_spawn_without_vfork()
_runs: dict[tuple[Path, str], Future] = {}


def submit(snippet: Snippet, version: str) -> Future:
    """Start (once) a run of ``snippet`` under ``version``; returns its future."""
    key = (snippet.path, version)
    if key not in _runs:
        _runs[key] = _pool.submit(_run, snippet, version)
    return _runs[key]


#: (English snippet, version) pairs checked through their Chinese twin's run (stand_in).
STOOD_IN: set[tuple[Path, str]] = set()


def stand_in(snippet: Snippet, version: str) -> Snippet | None:
    """The Chinese twin whose run on ``version`` stands for this English snippet's run.

    The two variants are one program: their logic (syntax with comments and strings
    blanked, ``logic_of``) is the same, which is checked here and by
    test_snippet_languages_are_the_same_program. So where the Chinese variant prints on
    ``version`` what its #> lines say (what it prints on PRIMARY), the English variant
    prints its own #> lines there too: it runs on PRIMARY only. Not shared: PRIMARY itself,
    a version with its own output file in either language (a real difference, run in
    both), a pair whose logic differs, and PRIMARY left out by SNIPPET_PYTHONS.
    """
    if snippet.lang != "en" or version == PRIMARY or not snippet.twin.is_file():
        return None
    if PRIMARY not in selected_versions() or interpreter(PRIMARY) is None:
        return None
    zh = Snippet(snippet.twin)
    if snippet.sidecar(version).is_file() or zh.sidecar(version).is_file():
        return None
    same = _same_logic(snippet.path.read_text("utf-8"), zh.path.read_text("utf-8"))
    return zh if same else None


@functools.cache
def _same_logic(source: str, twin_source: str) -> bool:
    """Whether two snippet sources are one program (once per pair of texts: stand_in is
    asked for every version of every English snippet)."""
    from hooks.translation import logic_of

    try:
        return logic_of(source) == logic_of(twin_source)
    except SyntaxError:
        return False


def run_for(snippet: Snippet, version: str) -> Future:
    """The run that shows what ``snippet`` prints on ``version``: its own, or, where a
    twin stands in (``stand_in``), its own run on PRIMARY (the same output)."""
    return submit(snippet, PRIMARY if stand_in(snippet, version) else version)


_fresh: dict[tuple[Path, str, str], RunResult] = {}


def fresh_run(snippet: Snippet, version: str) -> RunResult:
    """A run of the file as it is now (updating rewrites files between tests, so lines
    move); one run per version and content."""
    key = (snippet.path, version, snippet.path.read_text("utf-8"))
    if key not in _fresh:
        _fresh[key] = _run(snippet, version)
    return _fresh[key]


class ForkServer:
    """``snippet_harness.py --fork-server`` on one interpreter: each run is a process
    forked from it (see ``serve`` there), so a run does not pay for starting CPython and
    importing asyncio again. Thread-safe: the suite's pool starts runs in parallel."""

    def __init__(self, exe: str):
        self.proc = subprocess.Popen(
            [exe, "-I", "-X", "utf8", "-W", "default", str(HARNESS), "--fork-server"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            start_new_session=True,
        )
        self.lock = threading.Lock()
        self.ids = itertools.count()
        self.started: dict[int, Future] = {}  # request id -> pid
        self.exited: dict[int, Future] = {}  # pid -> exit code
        threading.Thread(target=self._read, daemon=True).start()

    def _future(self, table: dict[int, Future], key: int) -> Future:
        with self.lock:
            return table.setdefault(key, Future())

    def _read(self) -> None:
        for line in self.proc.stdout:
            kind, key, value = line.decode().split()
            table = self.started if kind == "started" else self.exited
            self._future(table, int(key)).set_result(int(value))
        with self.lock:  # the server is gone: nothing pending will be answered
            for future in [*self.started.values(), *self.exited.values()]:
                if not future.done():
                    future.set_exception(RuntimeError("the snippet fork server exited"))

    def start(self, **request: str) -> int:
        """Start one run; its pid (also its process group)."""
        with self.lock:
            request_id = next(self.ids)
            self.proc.stdin.write(json.dumps({"id": request_id, **request}).encode() + b"\n")
            self.proc.stdin.flush()
        return self._future(self.started, request_id).result(timeout=60)

    def exit_code(self, pid: int, timeout: float) -> int:
        """The run's exit code; TimeoutError if it is still running after ``timeout``."""
        return self._future(self.exited, pid).result(timeout=timeout)


@functools.cache
def fork_server(version: str) -> ForkServer:
    exe = interpreter(version)
    assert exe, version
    return ForkServer(exe)


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _run(snippet: Snippet, version: str) -> RunResult:
    server = fork_server(version)
    deadline = time.monotonic() + TIMEOUT
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        result_file, out, err = folder / "result.json", folder / "stdout", folder / "stderr"
        out.touch()
        err.touch()
        pid = server.start(
            snippet=str(snippet.path), result=str(result_file), cwd=tmp,
            stdout=str(out), stderr=str(err),
        )  # fmt: skip
        code: int | None
        try:
            code = server.exit_code(pid, timeout=TIMEOUT)
        except TimeoutError:
            os.kill(pid, signal.SIGUSR1)  # the harness writes where it waits, and exits
            try:
                server.exit_code(pid, timeout=5)
            except TimeoutError:
                pass
            code = None
        # what it started must end with it (as when a pipe it holds kept the run open)
        while _group_alive(pid) and time.monotonic() < deadline:
            time.sleep(0.02)
        if _group_alive(pid):
            os.killpg(pid, signal.SIGKILL)
            code = None
            try:
                server.exit_code(pid, timeout=5)
            except TimeoutError:
                pass
        stdout, stderr = out.read_text("utf-8"), err.read_text("utf-8")
        data = {"records": [], "transcript": ""}
        if result_file.is_file():
            data = json.loads(result_file.read_text("utf-8"))
    return RunResult(
        snippet,
        version,
        code,
        data["records"],
        data["transcript"],
        stdout,
        stderr,
        data.get("waiting", []),
    )


# --- expected output: the adapter over pytest-examples' internals ----------------------
#
# Why internals: pytest-examples' public API (``run_print_check``, ``print_callback``,
# ``--update-examples``) runs an example in-process, on the interpreter running pytest.
# The snippets run in a child process on each of CPython 3.10-3.15 (snippet_harness.py
# records their print calls), so the ``#>`` comments are rendered here from those
# records with pytest-examples' own insertion code, which it does not expose:
# ``InsertPrintStatements._insert_print_statements``, ``PrintStatement`` and ``Arg``
# (built without its constructor, which formats a live value: we have its text), and
# its ``run_code.find_print_location``, replaced below. pytest-examples is pinned; this
# section is the only code that touches its internals.


def find_print_location(example: CodeExample, line_no: int) -> tuple[int, int]:
    """Where the ``#>`` lines of the print call on ``line_no`` go: (last line, column).

    pytest-examples' own locator only looks inside statement bodies, so a print in a
    ``finally:`` or ``else:`` block or under ``except*`` got its output at column 0.
    This finds the call anywhere and uses the syntax tree's real end line.

    The fix belongs upstream: ``find_print_location`` in pytest-examples'
    ``run_code.py`` does not walk ``Try.finalbody`` / ``Try.orelse`` or ``TryStar``
    (its upstream PR #71 touches that function). Drop this override once a pinned
    release handles them.
    """
    tree = ast.parse(example.source)
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Expr)
            and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Name)
            and node.value.func.id == "print"
            and node.lineno <= line_no <= node.end_lineno
        ):
            return node.end_lineno, node.col_offset
    for node in ast.walk(tree):  # a print inside a larger statement
        if isinstance(node, ast.stmt) and not hasattr(node, "body") and node.lineno == line_no:
            return node.end_lineno, node.col_offset
    return line_no, 0


# _insert_print_statements looks the locator up in its module at each call.
run_code.find_print_location = find_print_location


def render(example: CodeExample, records: list[dict]) -> str:
    """The snippet's source with ``#>`` comments rewritten from ``records``.

    pytest-examples' own insertion code does the writing. Records are grouped by
    source line first (stable), so a loop printing on two lines keeps every output.
    """
    insert = InsertPrintStatements(example.path, CONFIG, True, None, None)
    statements = []
    for r in sorted(records, key=lambda r: r["line"]):
        args = []
        for text, is_str in r["args"]:
            arg = Arg.__new__(Arg)
            arg.data, arg.is_str = text, is_str
            args.append(arg)
        statements.append(PrintStatement(r["line"], r["sep"], args))
    insert.print_func.statements = statements
    return insert._insert_print_statements(example)


# --- output nobody printed -------------------------------------------------------------

_OUTPUT_LINE = re.compile(r"^\s*#>(?: |$)")


@dataclass(frozen=True)
class OutputBlock:
    """Output written in a snippet: ``#>`` lines (or a triple-quoted string, which
    pytest-examples writes for long output) under the statement ending on ``anchor``."""

    anchor: int
    first: int
    last: int


def output_blocks(example: CodeExample) -> list[OutputBlock]:
    """Every block of written output in the snippet, in file order."""
    lines = example.source.splitlines()
    blocks = []
    first = None
    for number, line in enumerate([*lines, ""], 1):
        if _OUTPUT_LINE.match(line) and number <= len(lines):
            first = first or number
        elif first:
            blocks.append(OutputBlock(first - 1, first, number - 1))
            first = None
    scopes = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)
    for node in ast.walk(ast.parse(example.source)):
        for field in ("body", "orelse", "finalbody"):
            statements = getattr(node, field, None)
            for i, stmt in enumerate(statements if isinstance(statements, list) else []):
                docstring = field == "body" and i == 0 and isinstance(node, scopes)
                if (
                    not docstring
                    and isinstance(stmt, ast.Expr)
                    and isinstance(stmt.value, ast.Constant)
                    and isinstance(stmt.value.value, str)
                ):
                    blocks.append(OutputBlock(stmt.lineno - 1, stmt.lineno, stmt.end_lineno))
    return sorted(blocks, key=lambda b: b.first)


def anchors(example: CodeExample, records: list[dict]) -> dict[int, list[dict]]:
    """A run's print records by the line their output goes under (its ``anchor``)."""
    where: dict[int, int] = {}
    found: dict[int, list[dict]] = {}
    for r in records:
        if r["line"] not in where:
            where[r["line"]] = find_print_location(example, r["line"])[0]
        found.setdefault(where[r["line"]], []).append(r)
    return found


def printed_by(example: CodeExample, block: OutputBlock, runs: dict[str, RunResult]) -> list[str]:
    """The versions whose run printed ``block`` exactly as it is written."""
    return [
        version
        for version, run in runs.items()
        if (records := anchors(example, run.records).get(block.anchor))
        and render(example, records) == example.source
    ]


def expected_source(example: CodeExample, runs: dict[str, RunResult]) -> str:
    """The snippet as ``make update-examples`` writes it from ``runs`` (PRIMARY's run
    and, where PRIMARY's run prints nothing under written output, the others').

    The ``#>`` lines hold PRIMARY's output. Output written under a print that PRIMARY
    never reaches (``if sys.version_info < (3, 11):``) holds what the newest version
    that reaches it printed there, and output that no run printed is removed.
    """
    newest_first = sorted(runs, key=lambda v: tuple(map(int, v.split("."))), reverse=True)
    by_version = {v: anchors(example, runs[v].records) for v in newest_first}
    records = list(runs[PRIMARY].records)
    drop = []
    for block in output_blocks(example):
        if block.anchor in by_version[PRIMARY]:
            continue
        others = [
            by_version[v][block.anchor] for v in newest_first if block.anchor in by_version[v]
        ]
        if others:
            records += others[0]
        else:
            drop.append(block)
    lines = example.source.splitlines(keepends=True)
    for block in reversed(drop):
        del lines[block.first - 1 : block.last]
        size = block.last - block.first + 1
        records = [
            {**r, "line": r["line"] - size} if r["line"] > block.last else r for r in records
        ]
    stripped = SnippetExample.create("".join(lines), path=example.path)
    return render(stripped, records)


# --- zh/en parity -------------------------------------------------------------------


def first_logic_difference(a: str, b: str) -> int:
    """1-based line in ``a`` near the first node whose logic differs from ``b``."""
    ta, tb = logic_tree(a), logic_tree(b)
    line = 1
    for na, nb in zip(ast.walk(ta), ast.walk(tb), strict=False):
        line = getattr(na, "lineno", line)
        if type(na) is not type(nb) or _shallow(na) != _shallow(nb):
            return line
    return line


def _shallow(node: ast.AST) -> list:
    """A node's own fields: values, and the length of child lists."""
    return [
        (name, len(value) if isinstance(value, list) else value)
        for name, value in ast.iter_fields(node)
        if not isinstance(value, ast.AST)
    ]
