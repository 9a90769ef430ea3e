"""`make serve`: MkDocs' own `mkdocs serve`, with a faster file watcher.

MkDocs polls the docs for changes every 0.5 s (a constructor default its command line
does not expose), which adds up to half a second before every rebuild. Polling this small
tree every 0.1 s costs nothing measurable and keeps an edit visible within the 2 s budget
(`make bench` measures it through this same script).
"""

import functools
import sys

from mkdocs import livereload
from mkdocs.__main__ import cli


def _poll_every_tenth_of_a_second() -> None:
    """Adapter over MkDocs' live-reload server: the one patch of MkDocs in the project.

    ``LiveReloadServer`` takes ``polling_interval``, but ``mkdocs serve`` (the command
    and ``mkdocs.commands.serve.serve``) constructs it without passing one and offers
    no option for it, so its default is replaced here; mkdocs is pinned (1.6.1, the
    last 1.x)."""
    livereload.LiveReloadServer.__init__ = functools.partialmethod(  # type: ignore[method-assign]
        livereload.LiveReloadServer.__init__, polling_interval=0.1
    )


if __name__ == "__main__":
    _poll_every_tenth_of_a_second()
    sys.exit(cli(["serve", *sys.argv[1:]]))
