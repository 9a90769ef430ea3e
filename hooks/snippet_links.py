"""Every code block names its snippet file and links to it in the repository.

Code is edited in ``snippets/``, not in the page, so each block that includes one file
(``--8<-- "basics/cancellation/x.zh.py"``) gets that path as its title, and the title
links to the file at ``extra.repository``. A snippet that needs a newer Python than the
oldest supported one gets a badge beside its title (“3.11+”), from its own
``requires-python`` metadata. Runs before Markdown is converted, so the
include lines are still there to read (the include syntax is hooks/page_model.py's).
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # MkDocs puts only hooks/ on the path while loading a hook

from hooks.page_model import SNIPPETS, fences  # noqa: E402
from scripts.pythons import SUPPORTED, requires_python  # noqa: E402

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

_TITLE = re.compile(r'<span class="filename">snippets/([^<]+)</span>')


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """```python + include  ->  ```{ .python title="snippets/<path>" data-search-exclude }
    + include: a block whose info string is a bare language and whose first line includes
    a file. ``data-search-exclude`` is the theme's documented way to leave an element out
    of the search index: the pages' prose names every API an example uses, and the code
    was a third of the index's text (it is fetched on a reader's first search)."""
    out, done = [], 0
    for fence in fences(markdown):
        first = fence.includes[:1]
        language = fence.info.rstrip()
        if not re.fullmatch(r"\w+", language) or not first or first[0].line != fence.line + 1:
            continue
        info_start = fence.opener_end - len(fence.info)
        attributes = f'{{ .{language} title="snippets/{first[0].file}" data-search-exclude }}'
        out += [markdown[done:info_start], attributes]
        done = fence.opener_end
    return "".join(out) + markdown[done:]


def on_page_content(html_: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Make each snippet title a link to the file in the repository."""
    extra = config["extra"]
    base = f"{extra['repository']}/blob/{extra['branch']}/snippets/"

    oldest = tuple(int(x) for x in SUPPORTED[0].split("."))

    def linked(m: re.Match[str]) -> str:
        path = html.unescape(m.group(1))
        badge = ""
        source = SNIPPETS / path
        if source.suffix == ".py" and source.is_file():
            needs = requires_python(source.read_text("utf-8"))
            if needs > oldest:
                badge = f' <span class="version-badge">{needs[0]}.{needs[1]}+</span>'
        return (
            f'<span class="filename"><a href="{html.escape(base + path)}" '
            f'class="snippet-link">snippets/{m.group(1)}</a>{badge}</span>'
        )

    return _TITLE.sub(linked, html_)
