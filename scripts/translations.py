"""List English pages that are missing or behind their Chinese source; mark them translated.

    python scripts/translations.py                 # make translations: list, with what changed
    python scripts/translations.py --markdown      # the same as a Markdown summary (CI)
    python scripts/translations.py --check         # exit 1 if any page is stale or missing
    python scripts/translations.py mark PAGE ...   # make translated PAGE=basics/y

"What changed" is a diff of the Chinese page and its Chinese snippets against the newest
commit whose versions match the digests the English page recorded (see
hooks/translation.py for what the digests cover).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from hooks.page_model import (  # noqa: E402
    DOCS,
    ROOT,
    included_files,
    meta_of,
    page_name,
    split_front_matter,
    twin,
)
from hooks.translation import (  # noqa: E402
    chinese_of,
    current,
    snippets_digest,
    source_digest,
    staleness,
)


def git(*args: str) -> str:
    proc = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
    return proc.stdout if proc.returncode == 0 else ""


def matching_commit(zh: Path, recorded: dict) -> str | None:
    """Newest commit at which the Chinese page and its snippets had the recorded digests."""
    rel = zh.relative_to(ROOT).as_posix()
    for commit in git("log", "--format=%H", "--", rel).split():
        text = git("show", f"{commit}:{rel}")
        if not text or source_digest(text) != recorded.get("source"):
            continue

        def read(snippet: str, commit=commit) -> str:
            return git("show", f"{commit}:snippets/{snippet}")

        try:
            if snippets_digest(text, read) == recorded.get("snippets"):
                return commit
        except SyntaxError:
            continue
    return None


def what_changed(zh: Path, recorded: dict) -> str:
    commit = matching_commit(zh, recorded)
    if commit is None:
        return "  (no committed Chinese version matches the recorded digests: compare by hand)"
    paths = [zh.relative_to(ROOT).as_posix()] + [
        f"snippets/{s}" for s in included_files(zh.read_text("utf-8"))
    ]
    stat = git("diff", "--stat", commit, "--", *paths).rstrip()
    diff = git("diff", "-U1", commit, "--", *paths).rstrip()
    return f"  since {commit[:12]}:\n{stat}\n{diff}"


def report() -> list[tuple[Path, str, str]]:
    """(English page, state, detail) for every Chinese page: ok, stale or missing."""
    rows = []
    for zh in sorted(DOCS.rglob("*.zh.md")):
        en = twin(zh, "en")
        if not en.is_file():
            rows.append((en, "missing", ""))
            continue
        stale = staleness(en, meta_of(en))
        if stale:
            rows.append((en, "stale", ", ".join(stale) + " changed"))
        else:
            rows.append((en, "ok", ""))
    return rows


def english_page(name: str) -> Path:
    """The English page a contributor means: `docs/basics/x.en.md`, or the same page
    named as for `make new-page` (`basics/x`), or by its Chinese file."""
    rel = name.removeprefix("./").removeprefix("docs/")
    stem = page_name(DOCS / rel) if rel.endswith(".md") else rel
    en = DOCS / f"{stem}.en.md"
    if not en.is_file():
        sys.exit(
            f"{name}: no English page {en.relative_to(ROOT) if en.is_relative_to(ROOT) else en} "
            "(fix: name the page as for make new-page, e.g. PAGE=basics/cancellation)"
        )
    return en


def translation_block(digests: dict[str, str]) -> str:
    """The front matter lines recording `digests`, quoted: a digest made only of
    digits (such as 299274173431) would otherwise be read back by YAML as a number."""
    return f'translation:\n  source: "{digests["source"]}"\n  snippets: "{digests["snippets"]}"\n'


def mark(pages: list[str]) -> None:
    """Record the current Chinese digests in each English page's front matter."""
    for name in pages:
        en = english_page(name)
        digests = current(chinese_of(en).read_text("utf-8"))
        block = translation_block(digests)
        front = split_front_matter(en.read_text("utf-8"))
        head, body = f"---\n{front.yaml or ''}", front.body
        head = re.sub(r"^translation:\n(?:[ \t]+.*\n?)*", "", head + "\n", flags=re.M).rstrip("\n")
        en.write_text(f"{head}\n{block}---\n{body}", "utf-8")
        print(f"{en.relative_to(ROOT)}: marked as translating {digests}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", nargs="?", choices=["status", "mark"], default="status")
    parser.add_argument("pages", nargs="*")
    parser.add_argument("--markdown", action="store_true", help="a Markdown summary")
    parser.add_argument("--check", action="store_true", help="exit 1 on stale or missing")
    args = parser.parse_args()
    if args.command == "mark":
        mark(args.pages)
        return
    rows = report()
    behind = [r for r in rows if r[1] != "ok"]
    if args.markdown:
        print("### Translations\n")
        print(f"{len(rows) - len(behind)} of {len(rows)} English pages are in step.\n")
        for en, state, detail in behind:
            print(f"- **{state}**: `{en.relative_to(ROOT)}` {detail}")
    else:
        for en, state, detail in rows:
            print(f"{state:8} {en.relative_to(ROOT)}  {detail}")
            if state == "stale":
                print(what_changed(chinese_of(en), meta_of(en).get("translation") or {}))
        print(
            f"\n{len(rows) - len(behind)} of {len(rows)} English pages in step, "
            f"{len(behind)} stale or missing."
        )
    if args.check and behind:
        sys.exit(1)


if __name__ == "__main__":
    main()
