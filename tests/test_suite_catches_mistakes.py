"""The suite fails, naming the file and the fix, on each mistake a contributor can make.

Each test copies the project to a temporary folder, makes one mistake there (a stale
``#>`` output, a code block written in a page, an include of a missing section or
file, a deleted English page, zh/en variants that differ in logic, a snippet that hangs
or writes to stderr, an invalid front matter field), runs
the relevant part of the real suite in a child pytest, and checks that it fails with a
message naming the offending file.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import run_build, run_pytest
from snippet_tools import PRIMARY, ROOT, find_snippets

PAGE = "docs/basics/cancellation.zh.md"


def a_snippet_with_output():
    for s in find_snippets():
        if s.lang == "zh" and "#> " in s.path.read_text("utf-8") and s.requires <= (3, 13):
            return s
    pytest.fail("no snippet has a #> line: nothing to break")


def plant_snippet(project: Path, name: str, body: str, zh: str, en: str) -> str:
    """Add a snippet pair `name` to the cancellation page's folder (`body` takes the
    comment); returns the test id that runs its Chinese variant."""
    folder = project / "snippets/basics/cancellation"
    (folder / f"{name}.zh.py").write_text(body.format(zh), "utf-8")
    (folder / f"{name}.en.py").write_text(body.format(en), "utf-8")
    return (
        f"tests/test_snippets.py::test_snippet_output[basics/cancellation/{name}.zh.py-{PRIMARY}]"
    )


def test_stale_output_fails_naming_the_snippet(project: Path):
    s = a_snippet_with_output()
    copy = project / s.rel
    text = copy.read_text("utf-8")
    copy.write_text(text.replace("#> ", "#> stale ", 1), "utf-8")
    node = f"tests/test_snippets.py::test_snippet_output[{s.path.relative_to(ROOT / 'snippets').as_posix()}-{PRIMARY}]"
    code, out = run_pytest(project, node)
    assert code == 1, out
    assert f"{s.rel}:" in out and "make update-examples" in out, out


def test_inline_code_block_fails_naming_the_page(project: Path):
    page = project / PAGE
    lines = page.read_text("utf-8").count("\n")
    page.write_text(page.read_text("utf-8") + "\n```python\nprint('hi')\n```\n", "utf-8")
    code, out = run_pytest(project, "tests/test_pages.py", "-k", "code_blocks")
    assert code == 1, out
    assert f"{PAGE}:{lines + 2}: code block written in the page" in out, out


def test_include_of_missing_section_fails_the_tests_and_the_build(project: Path):
    s = a_snippet_with_output()
    target = f"{s.path.relative_to(ROOT / 'snippets').as_posix()}:no-such-section"
    page = project / PAGE
    page.write_text(page.read_text("utf-8") + f'\n```python\n--8<-- "{target}"\n```\n', "utf-8")
    code, out = run_pytest(project, "tests/test_pages.py", "-k", "includes_resolve")
    assert code == 1, out
    assert f"{PAGE}:" in out and "section 'no-such-section'" in out, out
    code, out = run_build(project)
    assert code != 0, out
    assert "no-such-section" in out, out


def test_deleted_english_page_fails_naming_it(project: Path):
    (project / "docs/basics/cancellation.en.md").unlink()
    code, out = run_pytest(project, "tests/test_pages.py")
    assert code == 1, out
    assert "docs/basics/cancellation.en.md: missing" in out, out


def test_language_variants_differing_in_logic_fail_naming_both(project: Path):
    s = a_snippet_with_output()
    en = project / s.twin.relative_to(ROOT)
    en.write_text(en.read_text("utf-8") + "\nextra_step = 1\n", "utf-8")
    code, out = run_pytest(project, "tests/test_snippets.py", "-k", "same_program")
    assert code == 1, out
    en_rel = s.twin.relative_to(ROOT).as_posix()
    assert re.search(rf"{re.escape(s.rel)}:\d+ and {re.escape(en_rel)}:\d+", out), out
    assert "differ in logic" in out, out


def test_hanging_snippet_fails_naming_it_after_the_timeout(project: Path):
    body = "import asyncio\n\n# {}\nasyncio.run(asyncio.Event().wait())\n"
    node = plant_snippet(project, "hangs", body, "永远等待", "waits forever")
    code, out = run_pytest(project, node, timeout_s="2")
    assert code == 1, out
    assert "snippets/basics/cancellation/hangs.zh.py: timed out after 2 s" in out, out


def test_bad_front_matter_fails_the_tests_and_the_build_naming_the_line(project: Path):
    page = project / PAGE
    text = page.read_text("utf-8")
    line = text[: text.index("\ndifficulty:")].count("\n") + 2
    page.write_text(re.sub(r"(?m)^difficulty: .*$", "difficulty: 很难", text, count=1), "utf-8")
    want = f"{PAGE}:{line}: front matter field 'difficulty' is '很难' (fix: use one of"
    code, out = run_pytest(project, "tests/test_pages.py", "-k", "front_matter")
    assert code == 1 and want in out, out
    code, out = run_build(project)
    assert code != 0 and "front matter field 'difficulty'" in out and PAGE in out, out


def test_include_of_a_missing_snippet_file_fails_naming_page_and_file(project: Path):
    page = project / PAGE
    text = page.read_text("utf-8")
    line = text.count("\n") + 3
    page.write_text(text + '\n```python\n--8<-- "basics/cancellation/nope.zh.py"\n```\n', "utf-8")
    code, out = run_pytest(project, "tests/test_pages.py", "-k", "includes_resolve")
    assert code == 1, out
    assert f"{PAGE}:{line}:" in out and "nope.zh.py" in out, out


def test_snippet_writing_to_stderr_fails_naming_it(project: Path):
    body = "import asyncio\n\n\nasync def main():\n    pass\n\n\nmain()  # {}\n"
    node = plant_snippet(project, "warns", body, "忘了 await", "await forgotten")
    code, out = run_pytest(project, node)
    assert code == 1, out
    assert "snippets/basics/cancellation/warns.zh.py" in out and "never awaited" in out, out
