"""The suite fails, naming the file and the fix, on each mistake a contributor can make.

Each test copies the project to a temporary folder, makes one mistake there (a stale
``#>`` output, a code block written in a page, an include of a missing section or
file, a deleted English page, zh/en variants that differ in logic, a snippet that hangs
or writes to stderr, an invalid front matter field, a link to a missing page or anchor,
output under a print that never runs, a job-wide RELEASE in a workflow, ``except*``
without its requires-python block, a wrong ``#>`` line seen from an older Python),
runs the relevant part of the real suite in a child pytest, and checks that it fails
with a message naming the offending file and line, and only the right message.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import in_step, run_build, run_pytest
from snippet_tools import PRIMARY, ROOT, find_snippets

PAGE = "docs/basics/cancellation.zh.md"


def a_snippet_with_output():
    for s in find_snippets():
        if s.lang == "zh" and "#> " in s.path.read_text("utf-8") and s.requires <= (3, 13):
            return s
    pytest.fail("no snippet has a #> line: nothing to break")


def line_of(text: str, needle: str) -> int:
    """1-based line of the first ``needle`` in ``text``."""
    return text[: text.index(needle)].count("\n") + 1


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


def test_hanging_snippet_fails_naming_the_line_it_hangs_at(project: Path):
    body = (
        "import asyncio\n\n\nasync def main():\n    await asyncio.Event().wait()  # {}\n"
        "\n\nasyncio.run(main())\n"
    )
    node = plant_snippet(project, "hangs", body, "永远等待", "waits forever")
    code, out = run_pytest(project, node, timeout_s="2")
    assert code == 1, out
    want = "snippets/basics/cancellation/hangs.zh.py:5: timed out after 2 s"
    assert want in out and "waiting at `await asyncio.Event().wait()" in out, out


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


# --- broken links, invented output, a deploy that cannot pass, misleading messages ----


@pytest.mark.parametrize(
    "link",
    ["[超时的最佳实践](timeouts-best-practices.md)", "[取消与超时](#取消与超时的关系)"],
    ids=["missing page", "missing anchor"],
)
def test_link_to_a_missing_page_or_anchor_fails_the_suite_naming_page_and_link(
    project: Path, link: str
):
    page = project / PAGE
    text = page.read_text("utf-8") + f"\n另见{link}。\n"
    page.write_text(text, "utf-8")
    target = link[link.index("(") + 1 : -1]
    code, out = run_pytest(project, "tests/test_build.py", "-k", "heading_ids")
    assert code == 1, out
    assert f"{PAGE}:{line_of(text, link)}: link '{target}'" in out, out


def test_deleted_page_fails_the_suite_naming_the_nav_and_the_links_to_it(project: Path):
    for lang in ("zh", "en"):
        (project / f"docs/basics/timeouts.{lang}.md").unlink()
    code, out = run_pytest(project, "tests/test_build.py", "-k", "heading_ids")
    assert code == 1, out
    nav = line_of((project / "mkdocs.yml").read_text("utf-8"), ": basics/timeouts.md")
    assert f"mkdocs.yml:{nav}: nav entry 'basics/timeouts.md' has no page" in out, out
    line = line_of((project / PAGE).read_text("utf-8"), "](timeouts.md")
    assert f"{PAGE}:{line}: link 'timeouts.md'" in out, out


INVENTED = '# {}\nif False:\n    print("never")\n    #> invented\nprint("done")\n#> done\n'


def test_output_under_a_print_that_never_runs_fails_naming_the_line(project: Path):
    plant_snippet(project, "invented", INVENTED, "从不运行", "never runs")
    node = "tests/test_snippets.py::test_every_output_line_is_printed[basics/cancellation/invented.zh.py]"
    code, out = run_pytest(project, node)
    assert code == 1, out
    want = "snippets/basics/cancellation/invented.zh.py:4: this output is never printed"
    assert want in out, out


def test_update_examples_drops_output_that_no_run_printed(project: Path):
    plant_snippet(project, "invented", INVENTED, "从不运行", "never runs")
    code, out = run_pytest(project, "tests/test_snippets.py", "--update-examples", "-k", "invented")
    assert code == 0, out
    text = (project / "snippets/basics/cancellation/invented.zh.py").read_text("utf-8")
    assert "#> invented" not in text and "#> done" in text, text


def test_a_job_wide_release_in_a_workflow_fails_naming_its_line(project: Path):
    deploy = project / ".github/workflows/deploy.yml"
    text = deploy.read_text("utf-8").replace(
        "    steps:\n", '    env:\n      RELEASE: "1"\n    steps:\n', 1
    )
    deploy.write_text(text, "utf-8")
    code, out = run_pytest(project, "tests/test_workflows.py")
    assert code == 1, out
    line = line_of(text, "RELEASE:")
    assert f".github/workflows/deploy.yml:{line}: env RELEASE reaches step 'Every check'" in out, (
        out
    )


def test_the_checks_pass_with_release_set_as_a_deploy_sets_it(project: Path):
    """The stale-page check builds a non-release site too; it must not inherit RELEASE."""
    code, out = run_pytest(
        project,
        "tests/test_contributor_workflow.py",
        "-k",
        "stale_page_shows",
        env={"RELEASE": "1"},
    )
    assert code == 0, out


def test_except_star_without_its_requires_python_block_names_the_block(project: Path):
    body = (
        "# {}\ntry:\n    raise ValueError\nexcept* ValueError:\n"
        '    print("caught")\n    #> caught\n'
    )
    plant_snippet(project, "groups", body, "异常组", "exception groups")
    node = "tests/test_snippets.py::test_snippet_is_formatted_and_linted[basics/cancellation/groups.zh.py]"
    code, out = run_pytest(project, node)
    assert code == 1, out
    want = (
        "snippets/basics/cancellation/groups.zh.py:4: `except*` needs Python 3.11, "
        "but the file has no requires-python block"
    )
    assert want in out and "'# requires-python = \">=3.11\"'" in out, out
    assert "make update-examples" not in out, out


def test_invalid_difficulty_gives_one_message_naming_the_page_that_has_it(project: Path):
    page = project / PAGE
    text = re.sub(r"(?m)^difficulty: .*$", "difficulty: 超难", page.read_text("utf-8"), count=1)
    page.write_text(text, "utf-8")
    code, out = run_pytest(project, "tests/test_pages.py")
    assert code == 1 and "1 failed" in out, out
    want = f"{PAGE}:{line_of(text, 'difficulty:')}: front matter field 'difficulty' is '超难'"
    assert want in out and "None" not in out and "cancellation.en.md" not in out, out


def test_changed_chinese_text_makes_the_build_name_the_stale_english_page(project: Path):
    in_step(project)
    zh = project / PAGE
    zh.write_text(
        zh.read_text("utf-8").replace("## 概述\n\n", "## 概述\n\n新的一段。\n\n", 1), "utf-8"
    )
    code, out = run_build(project, env={"PDF_LOCALE": "en"})
    assert code == 0, out  # allowed outside release builds: a notice, not a failure
    assert "docs/basics/cancellation.en.md: English translation is stale" in out, out
    assert "make translated PAGE=basics/cancellation" in out, out


def test_wrong_output_line_seen_from_an_older_python_is_called_wrong(project: Path):
    s = next(
        (
            s
            for s in find_snippets()
            if s.lang == "zh"
            and "#> " in s.path.read_text("utf-8")
            and s.requires <= (3, 12)
            and not s.sidecar("3.12").is_file()
        ),
        None,
    )
    assert s, "no snippet prints the same on 3.12 and 3.15: nothing to break"
    copy = project / s.rel
    text = copy.read_text("utf-8")
    copy.write_text(text.replace("#> ", "#> wrong ", 1), "utf-8")
    node = f"tests/test_snippets.py::test_snippet_output[{s.path.relative_to(ROOT / 'snippets').as_posix()}-3.12]"
    code, out = run_pytest(project, node, env={"SNIPPET_PYTHONS": "3.12"})
    assert code == 1, out
    assert f"{s.rel}:{line_of(text, '#> ')}: this #> line is wrong" in out, out
    assert ".py312.txt" not in out, out
