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
from hooks.frontmatter import CATEGORIES  # noqa: E402

PAGE = {
    "zh": """\
---
title: {slug}（标题待写）
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

## 概述

用一段话说明本页讲什么、读者读完能做什么。

## 示例

```python
--8<-- "{category}/{slug}/example.zh.py"
```

讲解示例的输出说明了什么。

## 小结

- 要点。

## 相关阅读

- [术语表](../glossary.md)
""",
    "en": """\
---
title: {slug} (title to be written)
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

## Overview

One paragraph on what this page covers and what the reader can do afterwards.

## Example

```python
--8<-- "{category}/{slug}/example.en.py"
```

Explain what the example's output shows.

## Summary

- Key point.

## Related reading

- [Glossary](../glossary.md)
""",
}

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
    """Append the page to its category's section of the nav (made if missing)."""
    config = ROOT / "mkdocs.yml"
    text = config.read_text("utf-8")
    entry = f"      - {category}/{slug}.md\n"
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
    if len(sys.argv) != 2 or not re.fullmatch(r"[a-z]+/[a-z0-9]+(-[a-z0-9]+)*", sys.argv[1]):
        sys.exit("usage: make new-page PAGE=<category>/<slug>  (slug: lower-case-words)")
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
        page.write_text(PAGE[lang].format(category=category, slug=slug, today=today), "utf-8")
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
