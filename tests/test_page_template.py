"""Guards on the shape and register of the guide pages, each failure naming file, line and fix:

* every guide page has the H2 sections of its ``type`` (concept, pattern, reference: see
  ``PAGE_TYPES`` in hooks/frontmatter.py), in order, and no others;
* its 版本差异 / Version differences section holds one table with the standard columns;
* version markers in headings have one form, “（3.11+）” / “(3.11+)”;
* a 入门 / Beginner page keeps private names, patch releases and issue numbers out of its
  main text (they belong in a collapsible ``??? info "深入：…"`` block);
* the navigation label and every related-reading link to a guide page use that page's
  ``short_title``; no page calls a page that exists "coming soon";
* Chinese output printed by the examples uses one colon style (“标签：值”).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from snippet_tools import DOCS, ROOT, find_snippets, rel

from hooks.frontmatter import VERSION_TABLE_HEADER, page_sections
from hooks.page_model import (
    LANGS,
    lang_of,
    meta_of,
    nav_entries,
    nav_label,
    split_front_matter,
)

GUIDE = sorted(p for p in DOCS.glob("*/*.md") if lang_of(p))
IDS = [p.relative_to(DOCS).as_posix() for p in GUIDE]


def body_lines(page: Path) -> list[tuple[int, str, bool]]:
    """(line number, text, inside a collapsible ``???`` block) for the text after the
    front matter, code fences left out."""
    text = page.read_text("utf-8")
    lines = text.splitlines()
    start = split_front_matter(text).body_line - 1
    out, fence, depth_indent = [], False, None
    for number, line in enumerate(lines[start:], start + 1):
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            fence = not fence
            continue
        if fence:
            continue
        indent = len(line) - len(line.lstrip())
        if depth_indent is not None and stripped and indent <= depth_indent:
            depth_indent = None
        if re.match(r"\s*\?\?\?\+?\s", line):
            depth_indent = indent
            out.append((number, line, True))
            continue
        out.append((number, line, depth_indent is not None))
    return out


# --- shape ------------------------------------------------------------------------


@pytest.mark.parametrize("page", GUIDE, ids=IDS)
def test_page_has_the_sections_of_its_type_in_order(page: Path):
    meta, lang = meta_of(page), lang_of(page)
    page_type = meta.get("type")
    assert page_type, f"{rel(page)}:1: no 'type' in the front matter (fix: add type: concept)"
    expected = page_sections(page_type, lang)
    found = [(n, line[3:].strip()) for n, line, _ in body_lines(page) if line.startswith("## ")]
    names = [name for name, _ in expected]
    position = 0
    for number, title in found:
        if title not in names[position:]:
            where = "belongs elsewhere" if title in names else "is not a section of this type"
            pytest.fail(
                f"{rel(page)}:{number}: section “{title}” {where} "
                f"(fix: a {page_type} page has, in order: "
                f"{', '.join(n + ('' if req else ' (optional)') for n, req in expected)}; "
                "make topics H3s under the right section)",
                pytrace=False,
            )
        skipped = [n for n, req in expected[position : names.index(title, position)] if req]
        if skipped:
            pytest.fail(
                f"{rel(page)}:{number}: section “{skipped[0]}” is missing before “{title}” "
                f"(fix: add “## {skipped[0]}”)",
                pytrace=False,
            )
        position = names.index(title, position) + 1
    missing = [n for n, req in expected[position:] if req]
    assert not missing, (
        f"{rel(page)}: section “{missing[0]}” is missing at the end (fix: add “## {missing[0]}”)"
    )


@pytest.mark.parametrize("page", GUIDE, ids=IDS)
def test_version_differences_are_one_table_with_the_standard_columns(page: Path):
    lang = lang_of(page)
    title = page_sections("concept", lang)[4][0]  # 版本差异 / Version differences
    lines = body_lines(page)
    start = next((i for i, (_, line, _) in enumerate(lines) if line == f"## {title}"), None)
    if start is None:
        return  # the section test reports it
    section = []
    for number, line, _ in lines[start + 1 :]:
        if line.startswith("## "):
            break
        section.append((number, line))
    headers = [(n, line) for n, line in section if line.startswith("|") and "---" not in line]
    header = VERSION_TABLE_HEADER[lang]
    want = "| " + " | ".join(header) + " |"
    assert headers, (
        f"{rel(page)}:{lines[start][0]}: “{title}” has no table (fix: start with {want})"
    )
    first_number, first = headers[0]
    cells = tuple(c.strip() for c in first.strip("|").split("|"))
    assert cells == header, (
        f"{rel(page)}:{first_number}: the version table's columns are {cells} (fix: use {want})"
    )
    tables = sum(1 for i, (_, line) in enumerate(section) if line.startswith("|---"))
    assert tables == 1, (
        f"{rel(page)}:{lines[start][0]}: “{title}” has {tables} tables "
        "(fix: one table; put detail in a ??? block under it)"
    )


VERSION_IN_HEADING = re.compile(r"[（(]([^）)]*\b3\.\d+[^）)]*)[）)]")


@pytest.mark.parametrize("page", GUIDE, ids=IDS)
def test_headings_mark_versions_one_way(page: Path):
    zh = lang_of(page) == "zh"
    for number, line, _ in body_lines(page):
        if not line.startswith("#"):
            continue
        for m in VERSION_IN_HEADING.finditer(line):
            if not re.fullmatch(r"3\.\d+\+", m.group(1)):
                form = "（3.11+）" if zh else "(3.11+)"
                pytest.fail(
                    f"{rel(page)}:{number}: version marker “{m.group(0)}” "
                    f"(fix: write {form}; explain other changes in 版本差异)",
                    pytrace=False,
                )


# --- register -----------------------------------------------------------------------

PRIVATE_NAME = re.compile(r"`[\w.]*(?<![_\w])_[a-z]\w*(?<!__)[^`]*`")
PATCH_RELEASE = re.compile(r"(?<![\d.])3\.\d{1,2}\.\d{1,2}(?![\d.])")
ISSUE_NUMBER = re.compile(r"\b(?:gh|bpo)-\d+|\bPR #\d+")


@pytest.mark.parametrize(
    "page", [p for p in GUIDE if meta_of(p).get("difficulty") in ("入门", "Beginner")], ids=rel
)
def test_beginner_pages_keep_internals_in_depth_blocks(page: Path):
    problems = []
    for number, line, in_depth in body_lines(page):
        if in_depth:
            continue
        for pattern, what in (
            (PRIVATE_NAME, "a private name"),
            (PATCH_RELEASE, "a patch release"),
            (ISSUE_NUMBER, "an issue number"),
        ):
            m = pattern.search(line)
            if m:
                problems.append(f"{rel(page)}:{number}: {what}, “{m.group(0)}”, in the main text")
    depth = '??? info "深入：…"' if lang_of(page) == "zh" else '??? info "In depth: …"'
    assert not problems, "\n".join(problems) + (
        f"\n(fix: a 入门 / Beginner page says what the reader needs; move evidence into a "
        f"collapsible {depth} block)"
    )


# --- links --------------------------------------------------------------------------


def short_titles() -> dict[Path, str]:
    return {p.resolve(): meta_of(p).get("short_title", "") for p in GUIDE}


LINK = re.compile(r"\[([^\]]+)\]\(([^)#\s]+\.md)(#[^)]*)?\)")


@pytest.mark.parametrize("page", GUIDE, ids=IDS)
def test_related_reading_links_use_the_short_title(page: Path):
    titles = short_titles()
    lang = lang_of(page)
    heading = "## " + page_sections("concept", lang)[-1][0]
    inside, problems = False, []
    for number, line, _ in body_lines(page):
        if line.startswith("## "):
            inside = line.strip() == heading
            continue
        if not inside:
            continue
        for m in LINK.finditer(line):
            target = (page.parent / m.group(2).replace(".md", f".{lang}.md")).resolve()
            want = titles.get(target)
            if want and m.group(1).strip("`") != want:
                problems.append(
                    f"{rel(page)}:{number}: link text “{m.group(1)}” "
                    f"(fix: use the page's short_title, “{want}”)"
                )
    assert not problems, "\n".join(problems)


COMING_SOON = re.compile(r"即将发布|撰写中|coming soon", re.I)


@pytest.mark.parametrize("page", sorted(DOCS.rglob("*.md")), ids=rel)
def test_no_page_calls_an_existing_page_coming_soon(page: Path):
    existing = {t for t in short_titles().values() if t} | {
        meta_of(p).get("title", "") for p in GUIDE
    }
    problems = [
        f"{rel(page)}:{number}: “{title}” is called coming soon, but it exists "
        f"(fix: link it by its short_title)"
        for number, line, _ in body_lines(page)
        if COMING_SOON.search(line)
        for title in existing
        if title and title in line
    ]
    assert not problems, "\n".join(problems)


def test_navigation_labels_are_the_short_titles():
    problems = []
    for entry in nav_entries():
        if entry.label is None:
            continue
        for lang in LANGS:
            page = entry.page(lang)
            want = meta_of(page).get("short_title") if page in GUIDE else None
            shown = nav_label(entry.label, lang)
            if want and shown != want:
                problems.append(
                    f"mkdocs.yml: nav label “{shown}” for {rel(page)} "
                    f"(fix: use its short_title “{want}”"
                    + (", in nav_translations)" if lang == "en" else ")")
                )
    assert not problems, "\n".join(problems)


# --- printed Chinese -----------------------------------------------------------------

BAD_COLON = re.compile(r"[\u4e00-\u9fff）][:：] |[\u4e00-\u9fff）]:")


@pytest.mark.parametrize(
    "snippet", [s for s in find_snippets() if s.lang == "zh"], ids=lambda s: s.rel
)
def test_chinese_output_uses_one_colon_style(snippet):
    problems = [
        f"{snippet.rel}:{number}: “{line.strip()}” "
        '(fix: print “标签：值”, a full-width colon and no space, e.g. f"结果：{x}")'
        for number, line in enumerate(snippet.path.read_text("utf-8").splitlines(), 1)
        if line.lstrip().startswith("#>") and BAD_COLON.search(line)
    ]
    assert not problems, "\n".join(problems)


def test_published_urls_still_answer(built_site: Path):
    """Every URL the site has published (tests/published_urls.txt, from its sitemap)
    still answers in both languages: as the page, or as a redirect to where it went."""
    from urllib.parse import urlsplit

    urls = (ROOT / "tests" / "published_urls.txt").read_text("utf-8").split()
    missing = [
        url
        for url in urls
        if not (built_site / urlsplit(url).path.lstrip("/") / "index.html").is_file()
    ]
    assert not missing, (
        f"published URLs that no longer answer: {missing} "
        "(fix: keep the page, or add a redirect to where its content went)"
    )
