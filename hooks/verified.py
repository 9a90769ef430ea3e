"""Each page with examples ends by naming the exact CPython releases that ran them.

The releases come from ``snippets/verified-with.json`` (the one record of which
interpreters verified the ``#>`` output; ``tests/test_snippets.py`` checks it against the
run), limited to the versions the page's own snippets run on (their ``requires-python``).
Nothing here is typed into a page.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # MkDocs puts only hooks/ on the path while loading a hook

from hooks.page_model import SNIPPETS, included_files  # noqa: E402
from scripts.pythons import END_OF_LIFE, SUPPORTED, runs_on, verified  # noqa: E402

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

TEXT = {
    "zh": ("本页示例的输出已在 CPython {} 上逐一运行并核对。", "（已结束支持）", "、"),
    "en": (
        "The examples on this page were run, and their output checked, on CPython {}.",
        " (end of life)",
        ", ",
    ),
}
#: A link to the page that explains how examples are checked.
HOW = {"zh": "[怎样核对？]({})", "en": "[How are they checked?]({})"}
#: Added when some example needs a newer version than others (its requires-python).
SOME_NEWER = {
    "zh": "注明最低版本的示例只在该版本及以后运行。",
    "en": "An example that names a minimum version runs on that version and later only.",
}


def versions_line(lang: str, versions: list[str]) -> str:
    """One sentence naming ``versions`` (exact releases), end-of-life ones marked."""
    sentence, eol, comma = TEXT[lang]
    exact = verified()
    names = [exact[v] + (eol if v in END_OF_LIFE else "") for v in versions]
    joined = comma.join(names[:-1]) + (" 和 " if lang == "zh" else " and ") + names[-1]
    return sentence.format(joined if len(names) > 1 else names[0])


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Append the versions line to a page whose code blocks include snippets."""
    sources = [SNIPPETS / rel for rel in included_files(markdown) if rel.endswith(".py")]
    lang: str | None = getattr(page.file, "locale", None)  # set by the i18n plugin
    if not sources or lang is None:
        return markdown
    # a missing file is pymdownx.snippets' error to report
    each = [runs_on(path.read_text("utf-8")) for path in sources if path.is_file()]
    ordered = [v for v in SUPPORTED if any(v in runs for runs in each)]
    if not ordered:
        return markdown
    depth = len(Path(page.file.src_uri).parts) - 1
    how = "../" * depth + "verification.md"
    line = versions_line(lang, ordered)
    if any(len(runs) < len(ordered) for runs in each):
        line += (" " if lang == "en" else "") + SOME_NEWER[lang]
    line += (" " if lang == "en" else "") + HOW[lang].format(how)
    return f'{markdown.rstrip()}\n\n<p class="page-verified" markdown>{line}</p>\n'
