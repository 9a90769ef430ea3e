"""Run buttons: each example that runs in the reader's browser can be edited and run there.

Which examples run is decided by tests/test_runner.py, which runs every snippet in the
browser runtime and compares its output with the verified ``#>`` lines; the ones that
cannot run are listed, with the reason in both languages, in ``snippets/browser.json``
(the one record this hook reads). Under each code block that includes a snippet:

* runnable: a bar with a Run button (hidden until the script finds WebAssembly stack
  switching) and the line "CPython 3.14 in your browser, runs locally; ...";
* listed: the bar says why the example cannot run here.

Pages with a runnable block get ``overrides/partials/runner-on-demand.js`` inlined (about
1 KB compressed: it shows the buttons and makes the examples editable, and fetches
nothing); ``javascripts/runner.js`` loads on the first Run click or edit, and the runtime
itself (npm ``pyodide``, pinned in package.json, copied into ``assets/pyodide/<version>/``
here, about 6 MB compressed) is fetched by its worker on the first Run only. Nothing of this
is added to the PDF (``page_model.pdf_build``); the print style sheet hides the bars as well.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # MkDocs puts only hooks/ on the path while loading a hook

from hooks.page_model import pdf_build  # noqa: E402

DATA = ROOT / "snippets" / "browser.json"
PYODIDE = ROOT / "node_modules" / "pyodide"
#: Inlined in each page with a runnable block: the part of the runner a page needs before
#: the first click (buttons shown, examples editable); it loads javascripts/runner.js.
ON_DEMAND = ROOT / "overrides" / "partials" / "runner-on-demand.js"
#: What the worker needs of the npm package (the rest is for Node and for types).
RUNTIME_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
)
TEXT = {
    "zh": {
        "run": "运行",
        "note": "浏览器中的 CPython {python}，在本机运行；代码可以直接修改",
        "cannot": "不能在浏览器中运行：{why}",
        "nojspi": "此浏览器不能运行示例：需要 WebAssembly JSPI（如 Chrome 137 及以上）。",
        "code": "示例代码（可编辑，Ctrl+Enter 运行）",
    },
    "en": {
        "run": "Run",
        "note": "CPython {python} in your browser, runs locally; the code is editable",
        "cannot": "Cannot run in the browser: {why}",
        "nojspi": "This browser cannot run the examples: it needs WebAssembly JSPI "
        "(e.g. Chrome 137 or later).",
        "code": "Example code (editable, Ctrl+Enter runs it)",
    },
}
# A code block whose title names its snippet (hooks/snippet_links.py runs before this).
_BLOCK = re.compile(
    r'<div class="highlight"[^>]*><span class="filename">(?:<a [^>]*>)?snippets/'
    r'(?P<path>[^<"]+?\.py)(?:</a>)?(?: <span class="version-badge">[^<]*</span>)?</span>'
    r"<pre>.*?</pre></div>",
    re.S,
)
_BUNDLE = re.compile(r'<script src="([^"]*?)assets/javascripts/bundle\.[^"]+"')
# An include of one named section ("file.py:name") shows part of a program: no bar.
_SECTION_INCLUDE = re.compile(r'^[ \t]*--8<--\s+"(?P<target>[^":]+\.py):[\w-]+"', re.M)
_partial: dict[str, set[str]] = {}  # page source path -> snippets it shows only part of


def load() -> dict:
    """``snippets/browser.json``: ``{"python": "3.14.2", "not_runnable": {key: {zh, en}}}``,
    keys being a snippet's path under snippets/ without ``.<lang>.py``."""
    return json.loads(DATA.read_text("utf-8"))


def key(path: str) -> str:
    """``basics/x/name.zh.py`` -> ``basics/x/name`` (one entry for both languages)."""
    folder, _, name = path.rpartition("/")
    return f"{folder}/{name.split('.')[0]}"


def runtime_version() -> str:
    """The installed (pinned) pyodide's version: the runtime's folder in the site."""
    package = PYODIDE / "package.json"
    if not package.is_file():
        raise PluginError(f"{PYODIDE} is missing (fix: run 'npm ci' in {ROOT}, or 'make build')")
    return json.loads(package.read_text("utf-8"))["version"]


def inlined_script() -> str:
    """runner-on-demand.js as pages carry it: without its whole-line comments."""
    lines = ON_DEMAND.read_text("utf-8").splitlines()
    return "\n".join(line for line in lines if not line.lstrip().startswith("//"))


def bar(path: str, lang: str, data: dict) -> str:
    """The line under one code block: the Run button and what runs, or why it cannot."""
    text = TEXT[lang]
    python = ".".join(data["python"].split(".")[:2])
    reason = data["not_runnable"].get(key(path))
    if reason:
        note = html.escape(text["cannot"].format(why=reason[lang]))
        return f'<p class="runner runner--off"><span class="runner__note">{note}</span></p>'
    return (
        f'<div class="runner" data-snippet="{html.escape(path)}">'
        f'<button type="button" class="runner__run" hidden>{text["run"]}</button>'
        f'<span class="runner__note">{html.escape(text["note"].format(python=python))}</span>'
        "</div>"
    )


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Note the snippets the page includes only a section of."""
    _partial[page.file.src_uri] = set(_SECTION_INCLUDE.findall(markdown))
    return markdown


def on_page_content(content: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """A bar under every code block that shows a whole snippet."""
    if pdf_build(config):
        return content
    data = load()
    lang = "en" if page.file.src_uri.endswith(".en.md") else "zh"
    partial = _partial.get(page.file.src_uri, set())

    def with_bar(m: re.Match) -> str:
        path = m.group("path")
        return m.group(0) if path in partial else m.group(0) + bar(path, lang, data)

    return _BLOCK.sub(with_bar, content)


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    """On pages with a runnable block, inline the runner's first part (before the theme's
    bundle): it fetches nothing itself; javascripts/runner.js loads on the first click."""
    if 'class="runner" data-snippet=' not in output:
        return output
    m = _BUNDLE.search(output)
    if not m:
        raise PluginError(f"{page.file.src_path}: theme bundle script not found")
    root = m.group(1)
    text = TEXT["en" if page.file.src_uri.endswith(".en.md") else "zh"]
    tag = (
        f'<script data-src="{root}javascripts/runner.js" '
        f'data-runtime="{root}assets/pyodide/{runtime_version()}/" '
        f'data-nojspi="{html.escape(text["nojspi"])}" data-label="{html.escape(text["code"])}">'
        f"{inlined_script()}</script>\n    "
    )
    return output[: m.start()] + tag + output[m.start() :]


def on_post_build(*, config: MkDocsConfig) -> None:
    """Copy the runtime into the site (unchanged files are left alone: `make serve`)."""
    if pdf_build(config):
        return
    dest = Path(config["site_dir"]) / "assets" / "pyodide" / runtime_version()
    dest.mkdir(parents=True, exist_ok=True)
    for name in RUNTIME_FILES:
        src, out = PYODIDE / name, dest / name
        if not out.is_file() or out.stat().st_size != src.stat().st_size:
            shutil.copyfile(src, out)
