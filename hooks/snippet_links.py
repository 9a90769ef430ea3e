"""Every code block names its snippet file and links to it in the repository.

Code is edited in ``snippets/``, not in the page, so each block that includes one file
(``--8<-- "basics/cancellation/x.zh.py"``) gets that path as its title, and the title
links to the file at ``extra.repository``. A snippet that needs a newer Python than the
oldest supported one gets a badge beside its title (“3.11+”), from its own
``requires-python`` metadata. Runs before Markdown is converted, so the
include lines are still there to read.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # MkDocs puts only hooks/ on the path while loading a hook

from scripts.pythons import SUPPORTED, requires_python  # noqa: E402

_FENCE_WITH_INCLUDE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<mark>`{3,})(?P<lang>\w+)[ \t]*\n"
    r'(?P=indent)--8<--\s+"(?P<target>[^":]+)(?::[\w-]+)?"[ \t]*\n',
    re.M,
)


_INCLUDE_LINE = re.compile(r'^[ \t]*--8<--\s+"(?P<target>[^":]+)(?::[\w-]+)?"[ \t]*$', re.M)


def included_files(markdown: str) -> list[str]:
    """The files under snippets/ that the page includes, in page order (before or after
    ``on_page_markdown`` above has titled the fences)."""
    return [m.group("target") for m in _INCLUDE_LINE.finditer(markdown)]


_TITLE = re.compile(r'<span class="filename">snippets/([^<]+)</span>')


def on_page_markdown(markdown, page, config, files):
    """```python + include  ->  ```python title="snippets/<path>" + include."""

    def titled(m: re.Match) -> str:
        first, rest = m.group(0).split("\n", 1)
        return f'{first} title="snippets/{m.group("target")}"\n{rest}'

    return _FENCE_WITH_INCLUDE.sub(titled, markdown)


def on_page_content(content, page, config, files):
    """Make each snippet title a link to the file in the repository."""
    extra = config["extra"]
    base = f"{extra['repository']}/blob/{extra['branch']}/snippets/"

    oldest = tuple(int(x) for x in SUPPORTED[0].split("."))

    def linked(m: re.Match) -> str:
        path = html.unescape(m.group(1))
        badge = ""
        source = ROOT / "snippets" / path
        if source.suffix == ".py" and source.is_file():
            needs = requires_python(source.read_text("utf-8"))
            if needs > oldest:
                badge = f' <span class="version-badge">{needs[0]}.{needs[1]}+</span>'
        return (
            f'<span class="filename"><a href="{html.escape(base + path)}" '
            f'class="snippet-link">snippets/{m.group(1)}</a>{badge}</span>'
        )

    return _TITLE.sub(linked, content)
