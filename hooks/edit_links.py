"""Each page's edit action opens its own source file (its language's) in the repository.

``extra.repository`` and ``extra.branch`` in mkdocs.yml are the one place the repository
lives (hooks/snippet_links.py links snippets there too), so the edit URL is derived from
them. No ``repo_url``: Material's repository widget would call the GitHub API from the page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Derive the edit URL from the repository setting."""
    extra = config["extra"]
    config["edit_uri"] = f"{extra['repository']}/edit/{extra['branch']}/docs/"
    return config
