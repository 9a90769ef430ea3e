"""What a contributor does, done on a copy of the project: `make new-page` gives a page
that passes the checks straight away; a change to a Chinese page's text or to the logic
of its snippets makes the English page stale (a comment-only change does not); a stale
page carries a notice, a release build refuses it unless accepted, and marking it
translated clears both."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import in_step, run, run_build, run_pytest

from hooks.page_model import includes

PAGE_ZH = "docs/basics/cancellation.zh.md"
PAGE_EN = "docs/basics/cancellation.en.md"


def stale_pages(project: Path) -> str:
    code, out = run(project, "scripts/translations.py")
    assert code == 0, out
    return out


def english_build(project: Path, **env) -> tuple[int, str, Path]:
    """Build the English site only (faster); returns (code, output, built page)."""
    code, out = run_build(project, env={"PDF_LOCALE": "en", **env})
    return code, out, project / "out" / "basics" / "cancellation" / "index.html"


def first_snippet(project: Path) -> Path:
    zh = (project / PAGE_ZH).read_text("utf-8")
    target = next(inc.file for inc in includes(zh) if inc.file.endswith(".zh.py"))
    return project / "snippets" / target


def unused_slug(project: Path) -> str:
    """A page name no page of the copy uses (a contributor may have made `demo-topic`)."""
    n = 0
    while (project / "docs" / "basics" / f"scaffold-check-{n}.zh.md").exists() or (
        project / "snippets" / "basics" / f"scaffold-check-{n}"
    ).exists():
        n += 1
    return f"scaffold-check-{n}"


@pytest.mark.parametrize("page_type", ["concept", "pattern", "reference"])
def test_new_page_passes_the_checks_straight_away(project: Path, page_type: str):
    """`make new-page` writes the skeleton of each page type, nav label included, and
    the page passes the page, template and snippet checks as it is."""
    slug = unused_slug(project)
    code, out = run(project, "scripts/new_page.py", f"basics/{slug}", page_type)
    assert code == 0, out
    for path in (
        f"docs/basics/{slug}.zh.md",
        f"docs/basics/{slug}.en.md",
        f"snippets/basics/{slug}/example.zh.py",
        f"snippets/basics/{slug}/example.en.py",
    ):
        assert (project / path).is_file(), path
    assert f"basics/{slug}.md" in (project / "mkdocs.yml").read_text("utf-8")
    code, out = run_pytest(
        project,
        "tests/test_pages.py",
        "tests/test_page_template.py",
        "tests/test_snippets.py",
        "-k",
        # the new page's own tests, and the whole-guide checks a new page can break
        # (not every snippet's runs: "every" alone also selected
        # test_every_output_line_is_printed for all 400 snippets)
        f"{slug} or navigation or every_snippet_file or every_output_file",
    )
    assert code == 0, out
    code, out = run_build(project)
    assert code == 0, out


def test_chinese_text_change_makes_the_english_page_stale(project: Path):
    in_step(project)
    assert "ok       docs/basics/cancellation.en.md" in stale_pages(project)
    zh = project / PAGE_ZH
    zh.write_text(
        zh.read_text("utf-8").replace("## 概述\n\n", "## 概述\n\n新增的一段话。\n\n", 1), "utf-8"
    )
    assert "stale    docs/basics/cancellation.en.md  source changed" in stale_pages(project)


def test_snippet_logic_change_makes_it_stale_but_a_comment_does_not(project: Path):
    in_step(project)
    snippet = first_snippet(project)
    source = snippet.read_text("utf-8")
    snippet.write_text(
        source.replace("import asyncio\n", "import asyncio\n\n# 只改注释\n", 1), "utf-8"
    )
    assert "ok       docs/basics/cancellation.en.md" in stale_pages(project)
    snippet.write_text(source + "\nEXTRA = 1\n", "utf-8")
    assert "stale    docs/basics/cancellation.en.md  snippets changed" in stale_pages(project)


def test_stale_page_shows_a_notice_and_a_release_build_refuses_it(project: Path):
    in_step(project)
    zh = project / PAGE_ZH
    zh.write_text(zh.read_text("utf-8") + "\n补充一句。\n", "utf-8")
    code, out, html = english_build(project)
    assert code == 0, out
    assert "This translation is behind the Chinese original" in html.read_text("utf-8")

    code, out, _ = english_build(project, RELEASE="1")
    assert code != 0 and f"{PAGE_EN}: English translation is stale" in out, out
    assert "run `make translated PAGE=basics/cancellation`" in out, out

    en = project / PAGE_EN
    en.write_text(
        en.read_text("utf-8").replace("translation:\n", "translation:\n  accept_stale: true\n", 1),
        "utf-8",
    )
    code, out, html = english_build(project, RELEASE="1")
    assert code == 0, out
    assert "This translation is behind the Chinese original" in html.read_text("utf-8")

    # the page named as for `make new-page`, the way the error message tells
    code, out = run(project, "scripts/translations.py", "mark", "basics/cancellation")
    assert code == 0, out
    code, out, html = english_build(project, RELEASE="1")
    assert code == 0, out
    assert "This translation is behind" not in html.read_text("utf-8")
    assert "ok       docs/basics/cancellation.en.md" in stale_pages(project)


def test_marking_a_page_that_does_not_exist_says_how_to_name_it(project: Path):
    code, out = run(project, "scripts/translations.py", "mark", "basics/no-such-page")
    assert code != 0
    assert "basics/no-such-page: no English page docs/basics/no-such-page.en.md" in out, out
    assert "PAGE=basics/cancellation" in out, out


def test_home_and_glossary_translations_are_kept_in_step_too(project: Path):
    in_step(project)
    for name, route, back in (("glossary", "glossary/", "../../glossary/"), ("index", "", "../")):
        zh = project / "docs" / f"{name}.zh.md"
        zh.write_text(zh.read_text("utf-8") + "\n新增的一句。\n", "utf-8")
        assert f"stale    docs/{name}.en.md  source changed" in stale_pages(project)
        code, out, _ = english_build(project)
        assert code == 0, out
        html = (project / "out" / route / "index.html").read_text("utf-8")
        assert "This translation is behind the Chinese original" in html, name
        assert f'<a href="{back}" hreflang="zh-Hans">Chinese page</a>' in html, name


def test_digests_made_of_digits_stay_strings(root: Path):
    """A digest such as 299274173431 happens; unquoted, YAML reads it as a number and
    the page could never be in step."""
    import sys

    import yaml

    sys.path.insert(0, str(root / "scripts"))
    from translations import translation_block

    digests = {"source": "299274173431", "snippets": "012345678901"}
    assert yaml.safe_load(translation_block(digests)) == {"translation": digests}


@pytest.mark.parametrize("version", ["3.12", "3.13", "3.14", "3.15"])
def test_translation_digests_are_the_same_on_every_tools_python(root: Path, version: str):
    """`make` builds its venv with the newest CPython >= 3.12 on the machine, so the
    digests an English page records must not depend on which one that is."""
    import json
    import subprocess
    import sys

    from snippet_tools import interpreter

    python = interpreter(version)
    if python is None:
        if os.environ.get("CI"):
            pytest.fail(f"CPython {version} is missing (CI must have 3.10-3.15)")
        pytest.skip(f"CPython {version} is not installed")
    script = (
        "import json, sys; sys.path.insert(0, sys.argv[1]);"
        "from hooks.translation import DOCS, current;"
        "print(json.dumps({p.name: current(p.read_text('utf-8'))"
        " for p in sorted(DOCS.rglob('*.zh.md'))}))"
    )
    out = subprocess.run(
        [python, "-c", script, str(root)], capture_output=True, text=True, check=True
    ).stdout
    here = subprocess.run(
        [sys.executable, "-c", script, str(root)], capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(out) == json.loads(here), (
        f"digests differ between CPython {version} and {sys.version.split()[0]} "
        "(fix: hooks/translation.py logic_of must write trees the same way on both)"
    )
