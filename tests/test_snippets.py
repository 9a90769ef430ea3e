"""Every snippet: formatted and linted, runs cleanly on CPython 3.10-3.15, prints exactly
what its ``#>`` lines (or per-version ``.py3XX.txt`` files) say, and its zh and en
variants are the same program.

``make update-examples`` (pytest ``--update-examples``) reformats the snippets and
rewrites their outputs instead of failing; review the result with ``git diff``.
"""

from __future__ import annotations

import difflib
import json
import os

import pytest
from pytest_examples.lint import FormatError, black_check, black_format, ruff_check, ruff_format
from snippet_tools import (
    LANGS,
    PRIMARY,
    SNIPPETS,
    STOOD_IN,
    SUPPORTED,
    RunResult,
    Snippet,
    anchors,
    expected_source,
    find_snippets,
    first_logic_difference,
    fresh_run,
    interpreter,
    newer_syntax,
    output_blocks,
    printed_by,
    render,
    requires_problem,
    requires_python,
    run_for,
    runs_on,
    section_names,
    selected_versions,
    stand_in,
    submit,
)

from hooks.runner import DATA as BROWSER_FILE  # which snippets run in the browser
from hooks.translation import logic_of  # the one definition of an example's logic
from scripts.pythons import VERIFIED_FILE, exact, verified

ALL = find_snippets()
IDS = [s.path.relative_to(SNIPPETS).as_posix() for s in ALL]


def updating(request) -> bool:
    return bool(request.config.getoption("update_examples"))


def diff(path: str, actual: str, expected: str, what: str = "first difference") -> str:
    """First differing line and a unified diff, file name included."""
    a, e = actual.splitlines(), expected.splitlines()
    line = next(
        (i for i, (x, y) in enumerate(zip(a, e, strict=False), 1) if x != y),
        min(len(a), len(e)) + 1,
    )
    body = "".join(
        difflib.unified_diff(
            [x + "\n" for x in a], [x + "\n" for x in e], f"{path} (file)", f"{path} (actual run)"
        )
    )
    return f"{path}:{line}: {what}\n{body}"


# --- format and lint (first, so --update-examples formats before rewriting outputs) --


@pytest.mark.parametrize("snippet", ALL, ids=IDS)
def test_snippet_is_formatted_and_linted(snippet: Snippet, request):
    if problem := requires_problem(snippet):  # black and ruff would only say "reformat"
        pytest.fail(problem, pytrace=False)
    example, config = snippet.example(), snippet.config
    if updating(request):
        example.source = ruff_format(example, config)
        example.source = black_format(example.source, config)
        snippet.path.write_text(example.source, "utf-8")
    try:
        black_check(example, config)
        ruff_check(example, config)
    except FormatError as exc:
        pytest.fail(
            f"{snippet.rel}: {exc}\n(fix: run `make update-examples` to reformat; "
            "lines must fit in 80 columns)",
            pytrace=False,
        )


# --- run and check output on every interpreter ---------------------------------------


@pytest.mark.parametrize("version", SUPPORTED)
@pytest.mark.parametrize("snippet", ALL, ids=IDS)
def test_snippet_output(snippet: Snippet, version: str, request):
    if version not in selected_versions():
        pytest.skip(f"SNIPPET_PYTHONS={os.environ['SNIPPET_PYTHONS']} leaves out {version}")
    needs = snippet.requires
    if tuple(map(int, version.split("."))) < needs:
        pytest.skip(f"{snippet.rel} declares requires-python >= {needs[0]}.{needs[1]}")
    newer = newer_syntax(snippet.path.read_text("utf-8"))
    if newer and tuple(map(int, version.split("."))) < newer[2]:
        pytest.fail(requires_problem(snippet), pytrace=False)  # not its SyntaxError
    if interpreter(version) is None:
        msg = (
            f"Python {version} not found (looked on PATH, in the project's cache, in pyenv "
            f"and in uv's Pythons; fix: `make pythons` as root on Debian installs it, or "
            f"`uv python install {version}`, or `pyenv install {version}`)"
        )
        if os.environ.get("CI"):
            pytest.fail(msg + "; CI must run every supported interpreter", pytrace=False)
        pytest.skip(msg)

    update = updating(request)
    twin = None if update else stand_in(snippet, version)
    if twin is not None:
        check_through_twin(snippet, twin, version)
        return
    # When updating, run afresh: formatting may have moved lines since collection.
    result = fresh_run(snippet, version) if update else submit(snippet, version).result()
    problem = result.problem()
    if problem:
        pytest.fail(problem, pytrace=False)
    example = snippet.example()
    mine = render(example, result.records)
    sidecar = snippet.sidecar(version)
    side_rel = sidecar.relative_to(SNIPPETS.parent).as_posix()

    if version == PRIMARY:
        if update:
            snippet.path.write_text(expected_source(example, update_runs(snippet)), "utf-8")
            return
        if mine != example.source:
            pytest.fail(
                f"output on Python {version} ({exact(version)}, whose output the #> lines "
                "hold) differs from the #> lines:\n"
                + diff(snippet.rel, example.source, mine)
                + "\n(fix: if the new output is right, run `make update-examples`: it writes "
                f"Python {version}'s output into the #> lines and a per-version output file "
                "for each older version that still prints the old one; show those on the page)",
                pytrace=False,
            )
        return

    if update:
        if mine == expected_source(example, update_runs(snippet)):
            sidecar.unlink(missing_ok=True)
        else:
            sidecar.write_text(result.transcript, "utf-8")
        return

    if sidecar.is_file():
        if mine == example.source:
            pytest.fail(
                f"{side_rel}: not needed, Python {version} prints what the #> lines say "
                "(fix: delete it, or run `make update-examples`)",
                pytrace=False,
            )
        expected = sidecar.read_text("utf-8")
        if result.transcript != expected:
            pytest.fail(
                diff(side_rel, expected, result.transcript)
                + "\n(fix: if the new output is right, run `make update-examples`)",
                pytrace=False,
            )
    elif mine != example.source:
        primary = submit(snippet, PRIMARY).result() if interpreter(PRIMARY) else None
        theirs = render(example, primary.records) if primary and not primary.problem() else None
        if theirs is not None and theirs != example.source:  # not a version difference
            pytest.fail(
                diff(
                    snippet.rel,
                    example.source,
                    theirs,
                    f"this #> line is wrong: Python {PRIMARY}, whose output the #> lines "
                    "hold, does not print it either",
                )
                + "\n(fix: correct the #> line, or run `make update-examples`, which writes "
                f"what {PRIMARY} prints)",
                pytrace=False,
            )
        pytest.fail(
            f"output on Python {version} differs from the #> lines ({PRIMARY}):\n"
            + diff(snippet.rel, example.source, mine)
            + f"\n(fix: make the example print the same on every version; or, if the "
            f"difference is the point, run `make update-examples`, which writes "
            f"{side_rel}, and show both outputs on the page)",
            pytrace=False,
        )


def check_through_twin(snippet: Snippet, twin: Snippet, version: str) -> None:
    """An English snippet on an older version, checked without a run of its own: its
    Chinese twin (the same program) prints its #> lines on ``version``, and the English
    file's #> lines are what it prints on PRIMARY (see snippet_tools.stand_in)."""
    STOOD_IN.add((snippet.path, version))
    theirs = submit(twin, version).result()
    twin_example = twin.example()
    if theirs.problem() or render(twin_example, theirs.records) != twin_example.source:
        pytest.fail(
            f"{snippet.rel} is checked on Python {version} through {twin.rel} (the same "
            f"program), which does not print its #> lines there: see "
            f"test_snippet_output[{twin.path.relative_to(SNIPPETS).as_posix()}-{version}]",
            pytrace=False,
        )
    ours = submit(snippet, PRIMARY).result()
    example = snippet.example()
    if ours.problem() or render(example, ours.records) != example.source:
        pytest.fail(
            f"{snippet.rel} is checked on Python {version} through its run on {PRIMARY}, "
            f"which does not print its #> lines: see test_snippet_output[{snippet.rel}-"
            f"{PRIMARY}]",
            pytrace=False,
        )


def update_runs(snippet: Snippet) -> dict[str, RunResult]:
    """The runs `make update-examples` writes the #> lines from: PRIMARY's, and every
    version's when PRIMARY prints nothing under some written output (is it another
    version's output, or nobody's?)."""
    if interpreter(PRIMARY) is None:
        pytest.fail(f"updating needs Python {PRIMARY}, whose output the #> lines hold")
    example = snippet.example()
    runs = {PRIMARY: fresh_run(snippet, PRIMARY)}
    printed = anchors(example, runs[PRIMARY].records)
    unsure = [b for b in output_blocks(example) if b.anchor not in printed]
    if not unsure:
        return runs
    for version in runs_on(example.source):
        if interpreter(version) is None:
            pytest.fail(
                f"{snippet.rel}:{unsure[0].first}: Python {PRIMARY} does not print this "
                f"output; updating needs Python {version} to tell whether it does "
                "(fix: `make pythons` installs it)",
                pytrace=False,
            )
        runs[version] = fresh_run(snippet, version)
        if problem := runs[version].problem():
            pytest.fail(problem, pytrace=False)
    return runs


@pytest.mark.parametrize("snippet", ALL, ids=IDS)
def test_every_output_line_is_printed(snippet: Snippet, request):
    """Output written in a snippet is what some interpreter printed there. A print in
    code that runs on no supported version (under ``if False:``) has no records on any
    run, so no run rewrites or checks its #> lines: they would show readers output that
    nothing printed. Output PRIMARY prints is checked by test_snippet_output; this test
    looks at the rest, with every version's run (a print under
    ``if sys.version_info < (3, 11):`` is printed by 3.10 only)."""
    if updating(request):
        return  # updating writes what the runs printed and drops the rest
    example = snippet.example()
    blocks = output_blocks(example)
    versions = [v for v in runs_on(example.source) if interpreter(v)]
    runs = {v: run_for(snippet, v).result() for v in versions if v in selected_versions()}
    printed = anchors(example, runs[PRIMARY].records) if PRIMARY in runs else {}
    rest = [b for b in blocks if b.anchor not in printed]
    if not rest:
        return
    # the other versions too, each its own run (no stand-in: who prints what is the question)
    runs = {v: submit(snippet, v).result() for v in versions}
    missing = [v for v in runs_on(example.source) if v not in versions]
    failed = [v for v, run in runs.items() if run.problem()]
    if missing or failed:
        why = f"Python {', '.join(missing)} missing" if missing else f"{failed[0]}'s run failed"
        msg = f"{snippet.rel}: cannot tell who prints the #> lines: {why}"
        if missing and os.environ.get("CI"):
            pytest.fail(msg + "; CI must run every supported interpreter", pytrace=False)
        pytest.skip(msg + " (test_snippet_output says more)")
    problems = []
    for block in rest:
        printers = [v for v, run in runs.items() if block.anchor in anchors(example, run.records)]
        if not printers:
            problems.append(
                f"{snippet.rel}:{block.first}: this output is never printed: no run "
                f"(Python {versions[0]} to {versions[-1]}) reaches the print above it (fix: delete "
                "the output, or make the code above it run; `make update-examples` deletes "
                "output that no run printed)"
            )
        elif not printed_by(example, block, runs) and all(
            snippet.sidecar(v).is_file() for v in printers
        ):  # no test_snippet_output compares these lines
            problems.append(
                f"{snippet.rel}:{block.first}: this output is not what Python "
                f"{', '.join(printers)} printed here (fix: run `make update-examples`)"
            )
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


# --- the two language variants are one program --------------------------------------


PAIRS = sorted({s.path.with_name(f"{s.stem}.{{lang}}.py") for s in ALL})


@pytest.mark.parametrize("pattern", PAIRS, ids=[p.relative_to(SNIPPETS).as_posix() for p in PAIRS])
def test_snippet_languages_are_the_same_program(pattern):
    paths = {lang: pattern.with_name(pattern.name.format(lang=lang)) for lang in LANGS}
    missing = [p for p in paths.values() if not p.is_file()]
    present = [p for p in paths.values() if p.is_file()]
    if missing:
        pytest.fail(
            f"{missing[0].relative_to(SNIPPETS.parent)}: missing; "
            f"{present[0].relative_to(SNIPPETS.parent)} has no twin (fix: write the "
            "other language's variant: same code, translated comments and strings)",
            pytrace=False,
        )
    zh, en = (paths[lang].read_text("utf-8") for lang in LANGS)
    zh_rel, en_rel = (paths[lang].relative_to(SNIPPETS.parent) for lang in LANGS)
    if logic_of(zh, str(zh_rel)) != logic_of(en, str(en_rel)):
        pytest.fail(
            f"{zh_rel}:{first_logic_difference(zh, en)} and "
            f"{en_rel}:{first_logic_difference(en, zh)}: the two variants differ in "
            "logic, not only in comments and strings (fix: make the code identical)",
            pytrace=False,
        )
    if requires_python(zh) != requires_python(en):
        pytest.fail(f"{zh_rel} and {en_rel}: different requires-python", pytrace=False)
    if section_names(zh) != section_names(en):
        pytest.fail(
            f"{zh_rel} and {en_rel}: different --8<-- sections "
            f"{section_names(zh)} vs {section_names(en)} (fix: use the same names)",
            pytrace=False,
        )


def test_every_output_file_belongs_to_a_snippet():
    allowed = {s.sidecar(v).resolve() for s in ALL for v in SUPPORTED if v != PRIMARY}
    strays = [
        p.relative_to(SNIPPETS.parent).as_posix()
        for p in sorted(SNIPPETS.rglob("*"))
        if p.is_file()
        and p.suffix != ".py"
        and p.resolve() not in allowed
        and p not in (VERIFIED_FILE, BROWSER_FILE)
        and "__pycache__" not in p.parts
    ]
    assert not strays, (
        f"files under snippets/ that are neither snippets nor per-version outputs "
        f"(<name>.<lang>.py310/311/312.txt): {strays} (fix: rename or delete them)"
    )


# --- the versions the pages name ---------------------------------------------------


def test_pages_name_the_exact_versions_that_ran_the_snippets(request):
    """Every page says which exact CPython releases verified its examples; they come
    from snippets/verified-with.json, which must name the interpreters this run used."""
    ran = {v: exact(v) for v in SUPPORTED if v in selected_versions() and exact(v)}
    if updating(request) and set(ran) == set(SUPPORTED):
        VERIFIED_FILE.write_text(json.dumps(ran, indent=2) + "\n", "utf-8")
        return
    recorded = verified()
    assert list(recorded) == list(SUPPORTED), (
        f"{VERIFIED_FILE.relative_to(SNIPPETS.parent)} names {list(recorded)}, "
        f"not the supported versions {list(SUPPORTED)} (fix: run `make update-examples`)"
    )
    wrong = {v: (recorded[v], ran[v]) for v in ran if recorded[v] != ran[v]}
    if not wrong:
        return
    msg = (
        f"{VERIFIED_FILE.relative_to(SNIPPETS.parent)} says the pages were verified on "
        + ", ".join(f"{was}" for was, _ in wrong.values())
        + ", but this run used "
        + ", ".join(f"{now}" for _, now in wrong.values())
        + " (fix: run `make update-examples` with those interpreters, and commit the file)"
    )
    if os.environ.get("CI"):
        pytest.fail(msg, pytrace=False)
    pytest.skip(msg + "; checked strictly under CI=1")
