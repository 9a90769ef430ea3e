"""Guards on the Markdown pages under ``docs/``, each failure naming file, line and fix:

* every code block is a snippet include (mermaid diagrams aside) and every include resolves;
* every snippet file is shown by a page, in the page's own language;
* every Chinese page has its English page and vice versa, showing the same examples;
* front matter is complete and valid (the same ``validate()`` the build runs), and each
  page's permalink is where the site serves it;
* Chinese prose follows the style notes: full-width punctuation, a space between
  Chinese and a Latin word, a digit or inline code, and the glossary's terms.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from snippet_tools import DOCS, PAGE_IDS, PAGES, ROOT, SNIPPETS, rel

from hooks.frontmatter import DIFFICULTIES, validate
from hooks.page_model import (
    LANGS,
    fences,
    has_section_marker,
    include_target,
    includes,
    lang_of,
    meta_of,
    nav_entries,
    page_name,
    section_marker,
    site_url,
    split_front_matter,
    twin,
)


def page_includes(page: Path) -> list[tuple[int, str]]:
    """(line, target) of every snippet include inside a fence, in page order."""
    return [(inc.line, inc.target) for inc in includes(page.read_text("utf-8"))]


@pytest.mark.parametrize("page", PAGES, ids=PAGE_IDS)
def test_code_blocks_are_snippet_includes(page: Path):
    text = page.read_text("utf-8")
    problems = []
    blocks = fences(text)
    for fence in blocks:
        if fence.info.strip().split()[:1] == ["mermaid"]:
            continue
        lines = [x for x in fence.body.splitlines() if x.strip()]
        if not lines or not all(include_target(x) for x in lines):
            problems.append(
                f"{rel(page)}:{fence.line}: code block written in the page "
                "(fix: move the code into a file under snippets/ and include it with "
                '--8<-- "category/page/name.lang.py"; see CONTRIBUTING.md)'
            )
    inside = {
        n for fence in blocks for n in range(fence.line, fence.line + fence.body.count("\n") + 2)
    }
    for number, line in enumerate(text.splitlines(), 1):
        if number in inside:
            continue
        if "--8<--" in line and not line.lstrip().startswith("<!--"):
            problems.append(
                f"{rel(page)}:{number}: snippet include outside a code block "
                "(fix: put it inside a ```python fence)"
            )
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("page", PAGES, ids=PAGE_IDS)
def test_includes_resolve_in_the_page_language(page: Path):
    lang = lang_of(page)
    problems = []
    for inc in includes(page.read_text("utf-8")):
        path, section = inc.path(SNIPPETS), inc.section
        where = f"{rel(page)}:{inc.line}: include {inc.target!r}"
        if not path.is_file():
            problems.append(
                f"{where}: no such file {rel(path)} (fix: create it or correct the path)"
            )
            continue
        if lang_of(path) != lang:
            problems.append(
                f"{where}: a {lang} page must include .{lang}. snippets (fix: use the {lang} variant)"
            )
        if section:
            source = path.read_text("utf-8")
            for edge in ("start", "end"):
                if not has_section_marker(source, edge, section):
                    problems.append(
                        f"{where}: section '{section}' has no '{section_marker(edge, section)}' "
                        f"marker in {rel(path)} (fix: add the marker or correct the name)"
                    )
    assert not problems, "\n".join(problems)


def shown_by_a_twin(path: Path, used: set[Path]) -> bool:
    """A per-version output file identical to another version's file of the same
    snippet that a page shows: one tab ("3.11 / 3.12") shows both."""
    if path.suffix != ".txt":
        return False
    snippet = path.name.rsplit(".", 2)[0]  # "<name>.<lang>"
    return any(
        other.resolve() in used and other.read_bytes() == path.read_bytes()
        for other in path.parent.glob(f"{snippet}.py3*.txt")
        if other != path
    )


def test_every_snippet_file_is_shown_by_a_page():
    used = {inc.path(SNIPPETS).resolve() for p in PAGES for inc in includes(p.read_text("utf-8"))}
    unused = [
        rel(p)
        for p in sorted(SNIPPETS.rglob("*"))
        if p.is_file()
        and p.suffix in (".py", ".txt")
        and p.resolve() not in used
        and not shown_by_a_twin(p, used)
        and "__pycache__" not in p.parts
    ]
    assert not unused, (
        "snippet files no page includes:\n  "
        + "\n  ".join(unused)
        + "\n(fix: include each from its page, e.g. "
        '--8<-- "<path under snippets/>", or delete it)'
    )


@pytest.mark.parametrize("page", PAGES, ids=PAGE_IDS)
def test_page_has_its_other_language_page(page: Path):
    lang = lang_of(page)
    assert lang, f"{rel(page)}: name must end in .zh.md or .en.md (fix: rename it)"
    for other in LANGS:
        other_page = twin(page, other)
        assert other_page.is_file(), (
            f"{rel(other_page)}: missing, so {rel(page)} has no {other} page "
            f"(fix: write {rel(other_page)}; a page is published in both languages or not at all)"
        )


ZH_PAGES = [p for p in PAGES if lang_of(p) == "zh"]


@pytest.mark.parametrize("zh", ZH_PAGES, ids=[rel(p) for p in ZH_PAGES])
def test_both_languages_show_the_same_examples(zh: Path):
    en = twin(zh, "en")
    if not en.is_file():
        pytest.fail(f"{rel(en)}: missing (fix: write the English page)", pytrace=False)
    zh_inc = [t.replace(".zh.", ".{lang}.") for _, t in page_includes(zh)]
    en_inc = [t.replace(".en.", ".{lang}.") for _, t in page_includes(en)]
    assert zh_inc == en_inc, (
        f"{rel(zh)} and {rel(en)} include different examples or a different order:\n"
        f"  zh: {zh_inc}\n  en: {en_inc}\n(fix: include the same snippets in the same order)"
    )
    zh_meta, en_meta = meta_of(zh), meta_of(en)
    for field in ("category", "date"):
        assert (zh_meta or {}).get(field) == (en_meta or {}).get(field), (
            f"{rel(en)}: front matter '{field}' differs from {rel(zh)} (fix: copy it)"
        )
    levels = dict(zip(DIFFICULTIES["zh"], DIFFICULTIES["en"], strict=True))
    zh_level, en_level = (str((meta or {}).get("difficulty")) for meta in (zh_meta, en_meta))
    # Compared only when both are valid levels: test_front_matter_is_valid names an
    # invalid one, and a second message here would blame the other page.
    if zh_level in levels and en_level in levels.values():
        assert levels[zh_level] == en_level, (
            f"{rel(en)}: difficulty {en_level!r} does not match the Chinese "
            f"{zh_level!r} (fix: use {levels[zh_level]!r})"
        )


#: "示例 N" / "Example N" beside a link to another page whose target names no anchor.
UNANCHORED_EXAMPLE = {
    "zh": re.compile(r"\]\([^)#\s]+\.md\)[^。；，\n]{0,6}示例 ?\d+"),
    "en": re.compile(r"Examples? \d+(?: and \d+)? (?:of|on|in)\s+\[[^\]]+\]\([^)#\s]+\.md\)"),
}


@pytest.mark.parametrize("page", PAGES, ids=PAGE_IDS)
def test_examples_on_other_pages_are_linked_by_their_heading(page: Path):
    """A reference to another page's example links that example's heading, so that
    renumbering or removing it fails the strict build (MkDocs checks anchors) instead of
    leaving the reference pointing at a different example."""
    text = page.read_text("utf-8")
    pattern = UNANCHORED_EXAMPLE[lang_of(page) or "zh"]
    problems = [
        f"{rel(page)}:{text.count(chr(10), 0, m.start()) + 1}: {m.group(0)!r} links the page, "
        "not the example (fix: link the example's heading, e.g. [取消与安全退出的示例 12]"
        "(../basics/cancellation.md#示例-12...) or [Example 12 of Cancellation and safe exit]"
        "(../basics/cancellation.md#example-12-...); the anchor is the heading's id in the built page)"
        for m in pattern.finditer(text)
    ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("page", PAGES, ids=PAGE_IDS)
def test_front_matter_is_valid(page: Path):
    errors = validate(page, DOCS, site_url())
    assert not errors, "\n".join(errors)


def test_navigation_lists_every_page():
    listed = {entry.source for entry in nav_entries()}
    pages = {page_name(p) + ".md" for p in PAGES}
    assert pages == listed, (
        f"mkdocs.yml nav and docs/ disagree: not in nav {sorted(pages - listed)}, "
        f"no such page {sorted(listed - pages)} (fix: edit the nav: section of mkdocs.yml)"
    )


def test_english_text_is_spelled_right():
    import shutil
    import subprocess
    import sys

    codespell = shutil.which("codespell", path=str(Path(sys.executable).parent))
    assert codespell, "codespell is not installed (fix: make setup; it is in requirements.txt)"
    files = [str(p) for p in sorted(DOCS.rglob("*.en.md")) + sorted(SNIPPETS.rglob("*.en.py*"))]
    proc = subprocess.run([codespell, *files], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, (
        "misspelt English (file:line: word ==> suggestion):\n"
        + proc.stdout
        + "(fix: correct the word)"
    )


# --- Chinese prose style (CONTRIBUTING: 写作风格) ---------------------------------------

CJK = "\u4e00-\u9fff\u3000-\u303f\uff00-\uffef"
#: ASCII punctuation touching a Chinese character: Chinese sentences use full-width
#: punctuation. Calls written out in a heading, as in get_context() or wait_for(..., 0),
#: are code, not punctuation (CALL).
CALL = re.compile(r"[A-Za-z_][\w.]*\([^()（）]*\)")
HALF_WIDTH = re.compile(rf"(?<=[{CJK}])[,;:!?(]|[,;:!?)](?=[{CJK}])|(?<=[{CJK}])\.(?=\s|$)")
#: Chinese run straight into a Latin word, a digit or inline code: a space goes between.
NO_SPACE = re.compile(r"[\u4e00-\u9fff][A-Za-z0-9`]|[A-Za-z0-9`][\u4e00-\u9fff]")
FULL_WIDTH = {
    ",": "，",
    ";": "；",
    ":": "：",
    "!": "！",
    "?": "？",
    "(": "（",
    ")": "）",
    ".": "。",
}


def prose_lines(page: Path):
    """(line number, text) of the page's prose: no front matter, fences, link targets
    or HTML tags; inline code shortened to `…`."""
    text = page.read_text("utf-8")
    body_from = split_front_matter(text).body_line
    in_fence = False
    for number, line in enumerate(text.splitlines(), 1):
        if number < body_from:
            continue
        if re.match(r"\s*(```|~~~)", line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        line = re.sub(r"`[^`]+`", "`…`", line)  # inline code, shortened
        line = re.sub(r"\]\([^)]*\)", "]", line)
        line = re.sub(r"<[^>]+>", "", line)
        yield number, line


@pytest.mark.parametrize("page", ZH_PAGES, ids=rel)
def test_chinese_prose_uses_full_width_punctuation(page: Path):
    problems = [
        f"{rel(page)}:{n}: '{m[0]}' in “…{line[max(m.start() - 8, 0) : m.end() + 8]}…” "
        f"(fix: write '{FULL_WIDTH[m[0]]}', or put code in backticks)"
        for n, line in prose_lines(page)
        for m in HALF_WIDTH.finditer(CALL.sub("x", line))
    ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("page", ZH_PAGES, ids=rel)
def test_chinese_prose_spaces_latin_words_and_code(page: Path):
    problems = [
        f"{rel(page)}:{n}: “…{line[max(m.start() - 8, 0) : m.end() + 8]}…” "
        "(fix: put a half-width space between Chinese and a Latin word, digit or inline code)"
        for n, line in prose_lines(page)
        for m in NO_SPACE.finditer(line)
    ]
    assert not problems, "\n".join(problems)


#: Words a Chinese page must not use, and the glossary term that replaces each: Taiwan
#: or Traditional renderings, and variants of the guide's own terms (docs/glossary.zh.md).
AVOIDED_TERMS = {
    "物件": "对象",
    "執行緒": "线程",
    "迴圈": "循环",
    "協程": "协程",
    "非同步": "异步",
    "併發": "并发",
    "回呼": "回调",
    "逾时": "超时",
    "暂停点": "挂起点",
    "可取消点": "挂起点",
    "任务群": "任务组",
    "异常群组": "异常组",
    "异常组群": "异常组",
    "协程物件": "协程对象",
    "终止器": "终结器",
    "自省": "内省",
    "本站的": "本指南的",
    "被饿住": "饥饿",
    "低层的": "低层级的",
}


@pytest.mark.parametrize("page", ZH_PAGES, ids=rel)
def test_chinese_pages_use_the_glossary_terms(page: Path):
    problems = [
        f"{rel(page)}:{n}: “{word}” (fix: the glossary's term is “{term}”)"
        for n, line in prose_lines(page)
        for word, term in AVOIDED_TERMS.items()
        if word in line
    ]
    assert not problems, "\n".join(problems)
