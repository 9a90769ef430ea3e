"""The guide's page model: the one place that knows how pages are written.

Hooks, scripts and tests all import this module (it is not a hook itself: mkdocs.yml
does not list it). It holds, each implemented once:

* the site configuration, from MkDocs' own loader (``mkdocs.config.load_config``: it
  resolves ``!ENV``, ``!relative`` and the plugins' options), never a regex over
  mkdocs.yml; inside a hook, use the ``config`` MkDocs passes in instead;
* the navigation: its pages, sections and labels in each language (the i18n plugin's
  ``nav_translations``);
* a page's language (``cancellation.zh.md`` -> ``zh``) and its twin in the other
  language; inside a hook, static-i18n's ``page.file.locale`` says the same;
* the front-matter split (YAML block, body, the line the body starts on);
* the include syntax of ``pymdownx.snippets``: ``--8<-- "path"`` and
  ``--8<-- "path:section"`` lines, the code fences that hold them, and the
  ``# --8<-- [start:name]`` / ``[end:name]`` section markers in snippet files.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"
CONFIG_FILE = ROOT / "mkdocs.yml"

LANGS = ("zh", "en")
DEFAULT_LANG = "zh"  # served at the site root; the others under /<lang>/


# --- configuration ---------------------------------------------------------------------


@functools.cache
def config() -> MkDocsConfig:
    """mkdocs.yml as MkDocs reads it (loaded once per process)."""
    from mkdocs.config import load_config

    return load_config(str(CONFIG_FILE))


def pdf_build(cfg: MkDocsConfig) -> bool:
    """Whether this build makes the PDF: the print-site plugin is on (mkdocs.yml enables
    it from ``PDF_BUILD``, which scripts/build_pdf.py sets)."""
    plugin = cfg.plugins.get("print-site")
    return bool(plugin and plugin.config["enabled"])


def site_url() -> str:
    return str(config()["site_url"])


def repository() -> str:
    """``extra.repository``: the one place the repository URL lives."""
    return str(config()["extra"]["repository"])


def nav_translations(lang: str, cfg: MkDocsConfig | None = None) -> dict[str, str]:
    """The i18n plugin's nav label translations for ``lang`` ({} for the default)."""
    i18n = (cfg or config()).plugins["i18n"]
    for language in i18n.config.languages:
        if language.locale == lang:
            return dict(language.nav_translations or {})
    return {}


@dataclass(frozen=True)
class NavEntry:
    """One page of the navigation: its section's label (None at the top level), its
    own label and its source as the nav names it (``basics/cancellation.md``)."""

    section: str | None
    label: str | None
    source: str

    def page(self, lang: str, docs: Path = DOCS) -> Path:
        """The page's file in ``lang`` (docs/basics/cancellation.zh.md)."""
        return docs / re.sub(r"\.md$", f".{lang}.md", self.source)


def nav_entries(cfg: MkDocsConfig | None = None) -> list[NavEntry]:
    """Every page of the navigation, in order, with its section (one level deep, as the
    guide's nav is)."""

    def entry(item: str | dict[str, Any], section: str | None) -> Iterator[NavEntry]:
        if isinstance(item, str):
            yield NavEntry(section, None, item)
            return
        for label, value in item.items():
            if isinstance(value, list):
                for child in value:
                    yield from entry(child, label)
            else:
                yield NavEntry(section, label, value)

    return [e for item in (cfg or config())["nav"] for e in entry(item, None)]


def nav_label(label: str, lang: str, cfg: MkDocsConfig | None = None) -> str:
    """A nav label as readers of ``lang`` see it."""
    return nav_translations(lang, cfg).get(label, label)


# --- a page's language and its twin --------------------------------------------------------


def lang_of(path: Path | str) -> str | None:
    """The language a file name carries, right after its stem: ``cancellation.zh.md``,
    ``example.en.py``, ``example.en.py311.txt`` (a per-version output); None if none."""
    parts = Path(path).name.split(".")
    if len(parts) >= 3 and parts[1] in LANGS:
        return parts[1]
    return None


def twin(path: Path, lang: str | None = None) -> Path:
    """The same page (or snippet) in ``lang``, by default in the other language."""
    own = lang_of(path)
    if own is None:
        raise ValueError(f"{path}: the file name names no language")
    other = lang or next(x for x in LANGS if x != own)
    parts = path.name.split(".")
    parts[1] = other
    return path.with_name(".".join(parts))


def page_name(path: Path, docs: Path = DOCS) -> str:
    """The page as `make new-page` and the nav name it, language aside:
    docs/basics/x.en.md (or x.md) -> ``basics/x``."""
    rel = path.relative_to(docs).as_posix()
    return re.sub(r"(?:\.(?:" + "|".join(LANGS) + r"))?\.md$", "", rel)


def url_route(rel: Path) -> list[str]:
    """The folders a page is served under, below its language's root, from its path
    under docs/: basics/x.zh.md -> ["basics", "x"], index.zh.md -> []."""
    stem = rel.name.split(".")[0]
    return [*rel.parent.parts, *([] if stem == "index" else [stem])]


def pages(docs: Path = DOCS) -> list[Path]:
    """Every page source under docs/, sorted."""
    return sorted(docs.rglob("*.md"))


# --- front matter ------------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)


@dataclass(frozen=True)
class FrontMatter:
    """A page split in two: its front matter and its body."""

    yaml: str | None  # the YAML source between the two '---' lines; None without them
    body: str  # everything after the closing '---' line
    body_line: int  # 1-based line of the file the body starts on

    @functools.cached_property
    def meta(self) -> dict[str, Any] | None:
        """The front matter parsed (None: the page has none). Parsed on first use only:
        the translation digests need the body alone, and run on bare interpreters."""
        if self.yaml is None:
            return None
        import yaml

        return yaml.safe_load(self.yaml) or {}

    def line_of(self, field: str) -> int:
        """1-based line of ``field:`` in the file (front matter starts on line 2); 1 if
        the field is not there."""
        for i, line in enumerate((self.yaml or "").splitlines(), start=2):
            if re.match(rf"{re.escape(field)}\s*:", line):
                return i
        return 1


def split_front_matter(text: str) -> FrontMatter:
    """Split a page into its front matter and its body."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return FrontMatter(None, text, 1)
    return FrontMatter(m.group(1), text[m.end() :], m.group(0).count("\n") + 1)


def meta_of(path: Path) -> dict[str, Any]:
    """A page's front matter ({} without one)."""
    return split_front_matter(path.read_text("utf-8")).meta or {}


# --- the include syntax ------------------------------------------------------------------

#: An include line: ``--8<-- "basics/cancellation/x.zh.py"`` or ``"...x.zh.py:main"``.
INCLUDE = re.compile(r'^(?P<indent>[ \t]*)--8<--[ \t]+"(?P<target>[^"]+)"[ \t]*$', re.M)
#: A section marker inside a snippet file: ``# --8<-- [start:main]``.
SECTION_MARKER = re.compile(r"--8<-- \[(?P<edge>start|end):(?P<name>[\w-]+)\]")
#: A fenced code block: its indent, fence, info string and body.
FENCE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<mark>`{3,}|~{3,})(?P<info>[^\n]*)\n(?P<body>.*?)"
    r"^(?P=indent)(?P=mark)[ \t]*$",
    re.M | re.S,
)


@dataclass(frozen=True)
class Include:
    """One include line of a page."""

    line: int  # 1-based line in the page
    target: str  # as written: "basics/x/y.zh.py" or "basics/x/y.zh.py:main"

    @property
    def file(self) -> str:
        """The included file, relative to snippets/."""
        return self.target.partition(":")[0]

    @property
    def section(self) -> str | None:
        return self.target.partition(":")[2] or None

    def path(self, snippets: Path = SNIPPETS) -> Path:
        return snippets / self.file


def include_target(line: str) -> str | None:
    """The target of an include line, or None when ``line`` is not one."""
    m = INCLUDE.fullmatch(line)
    return m.group("target") if m else None


@dataclass(frozen=True)
class Fence:
    """A fenced code block of a page."""

    start: int  # offset of the opening fence in the text
    opener_end: int  # offset of the end of the opening fence line (before its newline)
    line: int  # 1-based line of the opening fence
    info: str  # the info string: "python", 'python title="..."', "mermaid"
    body: str

    @property
    def includes(self) -> list[Include]:
        """The include lines in the block, in order."""
        return [
            Include(self.line + offset, target)
            for offset, text in enumerate(self.body.splitlines(), 1)
            if (target := include_target(text))
        ]


def fences(text: str) -> list[Fence]:
    """Every fenced code block of a page, in order."""
    return [
        Fence(
            m.start(),
            m.start("info") + len(m.group("info")),
            text.count("\n", 0, m.start()) + 1,
            m.group("info"),
            m.group("body"),
        )
        for m in FENCE.finditer(text)
    ]


def includes(text: str) -> list[Include]:
    """Every include inside a code block of a page, in page order."""
    return [inc for fence in fences(text) for inc in fence.includes]


def included_files(text: str) -> list[str]:
    """The files under snippets/ a page includes, in page order."""
    return [inc.file for inc in includes(text)]


def section_names(source: str) -> list[str]:
    """The sections a snippet file defines (``# --8<-- [start:name]``), in order."""
    return [m["name"] for m in SECTION_MARKER.finditer(source) if m["edge"] == "start"]


def section_marker(edge: str, name: str) -> str:
    """The marker line a snippet needs for a section: ``# --8<-- [start:name]``."""
    return f"# --8<-- [{edge}:{name}]"


def has_section_marker(source: str, edge: str, name: str) -> bool:
    return any(m["edge"] == edge and m["name"] == name for m in SECTION_MARKER.finditer(source))
