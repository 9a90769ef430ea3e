"""The contributor's inner loop: ``make check PAGE=basics/cancellation``.

Runs the checks of one page, both languages, with the same tests ``make test`` runs,
selected by the page's path: its front matter, shape and links (tests/test_pages.py,
tests/test_page_template.py), its snippets on every interpreter (formatting, ``#>``
output, zh/en parity: tests/test_snippets.py), a strict build of the site
(tests/test_build.py), and the page in headless Chromium in both palettes
(tests/test_browser.py). Prints what it selected and the time taken.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from hooks.page_model import DOCS, page_name  # noqa: E402  (what a page is called)

TESTS = (
    "tests/test_pages.py",
    "tests/test_page_template.py",
    "tests/test_snippets.py",
    "tests/test_browser.py",
)


def main() -> int:
    if len(sys.argv) != 2:
        sys.exit("usage: make check PAGE=<category>/<slug>  (e.g. basics/cancellation)")
    given = sys.argv[1].strip("/").removeprefix("docs/")
    page = page_name(DOCS / (given if given.endswith(".md") else given + ".md"))
    if not (ROOT / "docs" / f"{page}.zh.md").is_file():
        sys.exit(
            f"docs/{page}.zh.md does not exist "
            "(fix: name a page as <category>/<slug>, e.g. PAGE=basics/cancellation)"
        )
    # test ids name the page as basics/x.zh.md, basics/x/<snippet>, basics/x/, en/basics/x/
    selection = f"{page}.zh.md or {page}.en.md or {page}/"
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *TESTS]
    cmd += ["-k", selection]
    print("checking", page, "with:", " ".join(cmd[1:]), flush=True)
    start = time.perf_counter()
    code = subprocess.call(cmd, cwd=ROOT)
    print(
        f"make check PAGE={page}: {'passed' if code == 0 else 'FAILED'} in "
        f"{time.perf_counter() - start:.1f} s"
    )
    return code


if __name__ == "__main__":
    sys.exit(main())
