"""Scaffold a new page in both languages: ``make new-page PAGE=<category>/<slug>``.

Writes docs/<category>/<slug>.zh.md and .en.md with valid front matter, a starter
example per language under snippets/<category>/<slug>/, and the navigation entry in
mkdocs.yml, so that `make test` passes straight away. Then replace the placeholders.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from hooks.frontmatter import (  # noqa: E402
    CATEGORIES,
    PAGE_TYPES,
    VERSION_TABLE_HEADER,
    page_sections,
)

FRONT = {
    "zh": """\
---
title: {slug}（标题待写）
short_title: {slug}
type: {page_type}
description: 一句话说明本页讲什么（成为搜索引擎看到的描述）。
category: {category}
tags: [asyncio]
difficulty: 入门
author: Python 编程指南
date: {today}
updated: {today}
version: "0.1"
permalink: /docs/{category}/{slug}/
---

# {slug}（标题待写）
""",
    "en": """\
---
title: {slug} (title to be written)
short_title: {slug}
type: {page_type}
description: One sentence on what this page covers (what search engines show).
category: {category}
tags: [asyncio]
difficulty: Beginner
author: Python Programming Guide
date: {today}
updated: {today}
version: "0.1"
permalink: /docs/en/{category}/{slug}/
---

# {slug} (title to be written)
""",
}

#: What goes into a section of the skeleton besides its heading.
EXAMPLE = {
    "zh": '### 示例 1：正常用法\n\n```python\n--8<-- "{category}/{slug}/example.zh.py"\n```\n\n'
    "讲解示例的输出说明了什么。\n",
    "en": '### Example 1: the ordinary use\n\n```python\n--8<-- "{category}/{slug}/example.en.py"\n'
    "```\n\nExplain what the example's output shows.\n",
}
PLACEHOLDER = {"zh": "（待写）\n", "en": "(to be written)\n"}
RELATED = {"zh": "- [术语表](../glossary.md)\n", "en": "- [Glossary](../glossary.md)\n"}
#: The section that holds the first example, per page type.
EXAMPLE_SECTION = {"concept": 2, "pattern": 1, "reference": 1}


def skeleton(lang: str, page_type: str, **fields: str) -> str:
    """Front matter and every section of the type (optional ones included), in order."""
    parts = [FRONT[lang].format(page_type=page_type, **fields)]
    sections = page_sections(page_type, lang)
    for index, (title, _required) in enumerate(sections):
        if index == EXAMPLE_SECTION[page_type]:
            body = EXAMPLE[lang].format(**fields)
        elif title == sections[-1][0]:
            body = RELATED[lang]
        elif title in ("版本差异", "Version differences"):
            header = VERSION_TABLE_HEADER[lang]
            body = f"| {' | '.join(header)} |\n|---|---|---|\n| 3.10 | … | … |\n"
        else:
            body = PLACEHOLDER[lang]
        parts.append(f"\n## {title}\n\n{body}")
    return "".join(parts)


SNIPPET = """\
import asyncio


async def main():
    # {comment}
    await asyncio.sleep(0)
    print("{text}")
    #> {text}


asyncio.run(main())
"""
STARTER = {
    "zh": {"comment": "把这里换成本页要讲的内容", "text": "你好，asyncio"},
    "en": {"comment": "replace this with what the page teaches", "text": "hello, asyncio"},
}


def add_to_nav(category: str, slug: str) -> None:
    """Append the page to its category's section of the nav (made if missing), labelled
    with its short_title (the slug, until the page has a real one: change both)."""
    config = ROOT / "mkdocs.yml"
    text = config.read_text("utf-8")
    entry = f"      - {slug}: {category}/{slug}.md\n"
    label = CATEGORIES[category]["zh"]
    section = re.search(rf"^  - {re.escape(label)}:\n((?:      - .*\n)*)", text, re.M)
    if section:
        text = text[: section.end()] + entry + text[section.end() :]
    else:
        reference = re.search(r"^  - 参考:\n", text, re.M)
        text = text[: reference.start()] + f"  - {label}:\n{entry}" + text[reference.start() :]
        english = CATEGORIES[category]["en"]
        text = text.replace(
            "          nav_translations:\n",
            f"          nav_translations:\n            {label}: {english}\n",
            1,
        )
    config.write_text(text, "utf-8")


def main() -> None:
    usage = (
        "usage: make new-page PAGE=<category>/<slug> [TYPE=concept|pattern|reference]"
        "  (slug: lower-case-words)"
    )
    if len(sys.argv) not in (2, 3) or not re.fullmatch(
        r"[a-z]+/[a-z0-9]+(-[a-z0-9]+)*", sys.argv[1]
    ):
        sys.exit(usage)
    page_type = sys.argv[2] if len(sys.argv) == 3 else "concept"
    if page_type not in PAGE_TYPES:
        sys.exit(f"unknown page type {page_type!r}: one of {', '.join(PAGE_TYPES)}")
    category, slug = sys.argv[1].split("/")
    if category not in CATEGORIES:
        sys.exit(f"unknown category {category!r}: one of {', '.join(CATEGORIES)}")
    docs = ROOT / "docs" / category
    if (docs / f"{slug}.zh.md").exists():
        sys.exit(f"docs/{category}/{slug}.zh.md exists already")
    today = dt.date.today().isoformat()
    docs.mkdir(parents=True, exist_ok=True)
    snippets = ROOT / "snippets" / category / slug
    snippets.mkdir(parents=True, exist_ok=True)
    for lang in ("zh", "en"):
        page = docs / f"{slug}.{lang}.md"
        page.write_text(skeleton(lang, page_type, category=category, slug=slug, today=today))
        (snippets / f"example.{lang}.py").write_text(SNIPPET.format(**STARTER[lang]), "utf-8")
        print(f"wrote {page.relative_to(ROOT)} and {snippets.relative_to(ROOT)}/example.{lang}.py")
    add_to_nav(category, slug)
    print(f"added {category}/{slug}.md to the nav in mkdocs.yml")
    sys.path.insert(0, str(ROOT / "scripts"))
    from translations import mark

    mark([f"docs/{category}/{slug}.en.md"])
    print(
        "next: write the Chinese page and its examples, run `make update-examples`, "
        f"translate, run `make translated PAGE={category}/{slug}`, then `make test`"
    )


if __name__ == "__main__":
    main()
