"""Front matter: what each page must declare, checked before the page is built.

Every guide page (``docs/<category>/<slug>.<lang>.md``) carries the seed's fields:
title, short_title (the nav label and the text of links to the page), type (concept,
pattern or reference: the page's shape), description, category, tags, difficulty, author,
date, updated, version and
permalink. Pages outside a category (home, glossary, tags) need title, description and
permalink. Every English page also records which Chinese version it translates
(``translation``: see hooks/translation.py). A missing or invalid field stops the build with the page, the line and the
fix; ``tests/test_pages.py`` runs the same ``validate()`` so the test suite says it too.

Under each guide page's title the site shows its difficulty, its tags (Material's own
tag links, moved from above the title) and the date of its last update: that line is
markup, so it lives in the theme override (overrides/partials/page-meta.html).
The front-matter split itself, a page's language and the site configuration come from
the page model (hooks/page_model.py).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # MkDocs loads hooks by path

from hooks.page_model import DEFAULT_LANG, lang_of, split_front_matter, url_route  # noqa: E402

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

#: The seven categories of the guide (folder name -> label per language).
CATEGORIES = {
    "basics": {"zh": "基础", "en": "Basics"},
    "concurrency": {"zh": "并发编排", "en": "Concurrency"},
    "sync": {"zh": "同步与通信", "en": "Synchronization"},
    "io": {"zh": "I/O 与外部世界", "en": "I/O"},
    "advanced": {"zh": "进阶与底层", "en": "Advanced"},
    "testing": {"zh": "测试与调试", "en": "Testing and debugging"},
    "ecosystem": {"zh": "生态与版本", "en": "Ecosystem and versions"},
}

DIFFICULTIES = {
    "zh": ("入门", "中级", "高级"),
    "en": ("Beginner", "Intermediate", "Advanced"),
}

#: The three page types and the H2 sections each has, in order (``?``: optional).
#: tests/test_pages.py checks every guide page against its type; `make new-page`
#: writes the same skeleton. Chinese and English names of one section share a place.
PAGE_TYPES: dict[str, list[tuple[str, str, bool]]] = {
    # a concept: what it is, how it behaves, shown by examples (示例 1 = the normal use)
    "concept": [
        ("概述", "Overview", True),
        ("关键概念", "Key concepts", True),
        ("示例与讲解", "Examples", True),
        ("常见错误", "Common mistakes", False),
        ("版本差异", "Version differences", True),
        ("最佳实践", "Best practices", True),
        ("小结", "Summary", True),
        ("问与答", "Questions and answers", False),
        ("相关阅读", "Related reading", True),
    ],
    # a pattern: a problem and a complete recipe, then its variants and what goes wrong
    "pattern": [
        ("问题", "Problem", True),
        ("推荐写法", "Recipe", True),
        ("变体与取舍", "Variants and trade-offs", True),
        ("常见错误", "Common mistakes", True),
        ("版本差异", "Version differences", True),
        ("小结", "Summary", True),
        ("相关阅读", "Related reading", True),
    ],
    # a reference: the table first, then each entry with a short example
    "reference": [
        ("总表", "At a glance", True),
        ("逐项说明", "Details", True),
        ("版本差异", "Version differences", True),
        ("相关阅读", "Related reading", True),
    ],
}

#: The header row of every 版本差异 / Version differences table.
VERSION_TABLE_HEADER = {
    "zh": ("版本", "变化", "对你的影响"),
    "en": ("Version", "Change", "What it means for you"),
}


def page_sections(page_type: str, lang: str) -> list[tuple[str, bool]]:
    """(H2 title, required) in order, for a page type in a language."""
    column = 0 if lang == "zh" else 1
    return [(names[column], names[2]) for names in PAGE_TYPES[page_type]]  # type: ignore[misc]


GUIDE_FIELDS = (
    "title",
    "short_title",
    "type",
    "description",
    "category",
    "tags",
    "difficulty",
    "author",
    "date",
    "updated",
    "version",
    "permalink",
)
OTHER_FIELDS = ("title", "description", "permalink")


def expected_permalink(rel: Path, lang: str, site_url: str) -> str:
    """Where a page is served: site_url's path + (en/) + the page's folder path."""
    base = urlsplit(site_url).path.rstrip("/") + "/"
    parts = url_route(rel)
    prefix = "" if lang == DEFAULT_LANG else f"{lang}/"
    return base + prefix + "".join(f"{p}/" for p in parts)


def validate(path: Path, docs_dir: Path, site_url: str) -> list[str]:
    """All front matter problems of one page, each naming file, line, field and fix."""
    rel = path.relative_to(docs_dir)
    shown = path.relative_to(docs_dir.parent)  # docs/basics/x.zh.md, as messages name files
    lang = lang_of(path)
    if lang is None:
        return [
            f"{shown}:1: page file name must end in .zh.md or .en.md "
            f"(fix: rename it, e.g. {rel.with_suffix('')}.zh.md)"
        ]
    front = split_front_matter(path.read_text("utf-8"))
    meta = front.meta
    if meta is None:
        return [
            f"{shown}:1: no front matter (fix: start the file with a '---' "
            f"YAML block; see CONTRIBUTING.md)"
        ]
    guide = len(rel.parts) > 1
    errors: list[str] = []

    def err(field: str, problem: str, fix: str) -> None:
        line = front.line_of(field)
        errors.append(f"{shown}:{line}: front matter field '{field}' {problem} (fix: {fix})")

    for field in GUIDE_FIELDS if guide else OTHER_FIELDS:
        if meta.get(field) in (None, "", []):
            err(field, "is missing or empty", f"add '{field}:' to the front matter")
    text_fields = ("title", "short_title", "description", "author", "version")
    for field in text_fields:
        if field in meta and meta[field] is not None and not isinstance(meta[field], str):
            err(field, "must be a string", f'quote it: {field}: "{meta[field]}"')
    if isinstance(meta.get("description"), str) and '"' in meta["description"]:
        err(
            "description",
            "contains a double quote, which the theme writes unescaped into an HTML attribute",
            "use “” (Chinese) or single quotes instead",
        )
    want = expected_permalink(rel, lang, site_url)
    if meta.get("permalink") and meta["permalink"] != want:
        err("permalink", f"is {meta['permalink']!r}", f"set it to {want}")
    if lang != DEFAULT_LANG:
        t = meta.get("translation")
        ok = isinstance(t, dict) and all(
            isinstance(t.get(k), str) and re.fullmatch(r"[0-9a-f]{12}", t[k])
            for k in ("source", "snippets")
        )
        if isinstance(t, dict) and any(isinstance(t.get(k), int) for k in ("source", "snippets")):
            err(
                "translation",
                "has a digest that YAML reads as a number",
                'put the digests in double quotes, as `make translated` writes them: source: "0123…"',
            )
        elif not ok:
            err(
                "translation",
                "must record the Chinese version it translates (source and snippets digests)",
                f"run `make translated PAGE={path.relative_to(docs_dir.parent)}` once it is translated",
            )
    if not guide:
        return errors
    category = rel.parts[0]
    if category not in CATEGORIES:
        errors.append(
            f"{shown}:1: folder '{category}' is not a category "
            f"(fix: move the page into one of {', '.join(CATEGORIES)})"
        )
    elif meta.get("category") and meta["category"] != category:
        err("category", f"is {meta['category']!r}", f"set it to {category} (the folder)")
    tags = meta.get("tags")
    if tags and not (isinstance(tags, list) and all(isinstance(t, str) and t for t in tags)):
        err("tags", "must be a list of words", "write tags: [asyncio, 取消]")
    page_type = meta.get("type")
    if page_type and page_type not in PAGE_TYPES:
        err("type", f"is {page_type!r}", f"use one of {', '.join(PAGE_TYPES)}")
    diff = meta.get("difficulty")
    if diff and diff not in DIFFICULTIES[lang]:
        err("difficulty", f"is {diff!r}", f"use one of {', '.join(DIFFICULTIES[lang])}")
    for field in ("date", "updated"):
        value = meta.get(field)
        if value and not isinstance(value, dt.date):
            err(field, f"is {value!r}, not a date", f"write {field}: 2026-11-25")
    d, u = meta.get("date"), meta.get("updated")
    if isinstance(d, dt.date) and isinstance(u, dt.date) and u < d:
        err("updated", f"({u}) is before date ({d})", "set updated to the last edit's date")
    return errors


# --- MkDocs hook ----------------------------------------------------------------


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Stop the build on invalid front matter, naming page, line, field and fix."""
    from mkdocs.exceptions import PluginError

    path = Path(page.file.abs_src_path or "")
    errors = validate(path, Path(config["docs_dir"]), config["site_url"])
    if errors:
        raise PluginError("invalid front matter:\n  " + "\n  ".join(errors))
    return markdown
