#!/usr/bin/env python3
"""The CPython interpreters the snippets run on: which versions, where to find them, and
how to install the missing ones. The one place that knows this (tests, bench, Makefile).

    python3 scripts/pythons.py            report: found, used, missing (exit 1 if missing)
    python3 scripts/pythons.py --install  first install what is missing, where possible

Finding: for each supported version, every candidate is asked for its exact version and
the newest patch release wins. Candidates: ``pythonX.Y`` on PATH, the project's cache of
Debian packages (below), pyenv's versions (``$PYENV_ROOT``), uv's managed Pythons
(``$UV_PYTHON_INSTALL_DIR``) and ``SNIPPET_PYTHON_3_14=/path/to/python`` style overrides.

Installing (root on Debian only): Debian unstable packages the newest patch releases of
3.13, 3.14 and 3.15, but its binaries need a newer glibc than Debian 12 has. So they are
unpacked with ``debootstrap`` into a cache folder (``$GUIDE_CACHE``, default
``~/.cache/asyncio-guide``) and a copy of each binary is pointed at that tree's own
loader and libraries with ``patchelf``. ``sys.executable``, subprocesses of it, ``ssl``
and ``sqlite3`` all work there. 3.10-3.12 are no longer packaged by Debian; pyenv, uv or
the python.org installers provide them.

Standard library only: this runs before the project's venv exists.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

#: Every version a snippet runs on, oldest first. 3.10 is past end of life (October
#: 2026) and kept because many readers still run it; see CONTRIBUTING.md, "支持的版本".
SUPPORTED = ("3.10", "3.11", "3.12", "3.13", "3.14", "3.15")
#: The version whose output the ``#>`` lines hold: the newest.
PRIMARY = SUPPORTED[-1]
#: End-of-life versions, shown as such on the pages.
END_OF_LIFE = ("3.10",)
#: Versions Debian unstable packages (python3.X), installed by ``--install``.
DEBIAN_SID = ("3.13", "3.14", "3.15")
DEBIAN_MIRROR = os.environ.get("DEBIAN_MIRROR", "http://deb.debian.org/debian")

#: The exact versions that verified the snippets' output, for the pages (hooks/verified.py);
#: written by `make update-examples`, checked against the run by tests/test_snippets.py.
VERIFIED_FILE = Path(__file__).resolve().parent.parent / "snippets" / "verified-with.json"

CACHE = Path(os.environ.get("GUIDE_CACHE", Path.home() / ".cache" / "asyncio-guide"))
SID = CACHE / "debian-sid"

_ASK = "import sys; print('%d.%d.%d' % sys.version_info[:3], sys.executable)"


def _key(version: str) -> tuple[int, ...]:
    return tuple(int(x) for x in version.split("."))


def requires_python(source: str) -> tuple[int, int]:
    """A snippet's lower bound from its PEP 723 block (``requires-python = ">=3.11"``),
    else the oldest supported version."""
    block = re.search(r"^# /// script\n((?:#.*\n)*?)# ///$", source, re.M)
    if block:
        m = re.search(r'requires-python\s*=\s*">=\s*3\.(\d+)"', block.group(1))
        if m:
            return (3, int(m.group(1)))
    return _key(SUPPORTED[0])  # type: ignore[return-value]


def runs_on(source: str) -> tuple[str, ...]:
    """The supported versions a snippet with this source runs on."""
    return tuple(v for v in SUPPORTED if _key(v) >= requires_python(source))


def verified() -> dict[str, str]:
    """``{"3.14": "3.14.10", ...}``: the exact versions recorded in VERIFIED_FILE."""
    return json.loads(VERIFIED_FILE.read_text("utf-8"))


def candidates(version: str) -> list[str]:
    """Every path that might hold CPython ``version`` (existence not checked)."""
    found = [os.environ.get(f"SNIPPET_PYTHON_{version.replace('.', '_')}", "")]
    found.append(shutil.which(f"python{version}") or "")
    found.append(str(SID / "usr" / "bin" / f"python{version}-host"))
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    found += map(str, pyenv.glob(f"versions/{version}.*/bin/python{version}"))
    uv_default = Path.home() / ".local" / "share" / "uv" / "python"
    uv = Path(os.environ.get("UV_PYTHON_INSTALL_DIR", uv_default))
    found += map(str, uv.glob(f"cpython-{version}.*-*/bin/python{version}"))
    return [p for p in found if p]


def ask(exe: str) -> tuple[str, str] | None:
    """(``X.Y.Z``, its own ``sys.executable``) for ``exe``, or None if it does not run.

    The interpreter's own path is kept, so a pyenv shim counts as the binary behind it."""
    try:
        proc = subprocess.run([exe, "-I", "-c", _ASK], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if proc.returncode != 0 or " " not in proc.stdout:
        return None
    version, path = proc.stdout.strip().split(" ", 1)
    return version, path


@functools.cache
def discover(version: str) -> tuple[tuple[str, str], ...]:
    """Working interpreters for ``version`` as (exact version, path), newest first."""
    seen: dict[str, tuple[str, str]] = {}
    for exe in candidates(version):
        if not os.access(exe, os.X_OK):
            continue
        answer = ask(exe)
        if answer and answer[0].rsplit(".", 1)[0] == version:
            seen.setdefault(os.path.realpath(answer[1]), answer)
    return tuple(sorted(seen.values(), key=lambda pair: _key(pair[0]), reverse=True))


def interpreter(version: str) -> str | None:
    """Path of the newest patch release of CPython ``version`` found, or None."""
    found = discover(version)
    return found[0][1] if found else None


def exact(version: str) -> str | None:
    """The exact version (``3.14.10``) that runs ``version``'s snippets, or None."""
    found = discover(version)
    return found[0][0] if found else None


def report(versions: tuple[str, ...] = SUPPORTED) -> tuple[str, list[str]]:
    """A table of what was found and used, and the versions that are missing."""
    lines, missing = [], []
    for version in versions:
        found = discover(version)
        if not found:
            missing.append(version)
            lines.append(
                f"  {version:<5} MISSING  (fix: `sudo make test` on Debian, or "
                f"`uv python install {version}`, or `pyenv install {version}`)"
            )
            continue
        used, *others = found
        extra = "; also found " + ", ".join(f"{v} {p}" for v, p in others) if others else ""
        lines.append(f"  {version:<5} {used[0]:<8} {used[1]}{extra}")
    return "CPython interpreters for the snippets (newest patch release used):\n" + "\n".join(
        lines
    ), missing


# --- installing ----------------------------------------------------------------------


def _run(*cmd: str) -> None:
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)


def install_debian(versions: tuple[str, ...]) -> None:
    """Unpack Debian unstable's python3.X packages into SID and patch copies of them."""
    wanted = [v for v in versions if v in DEBIAN_SID]
    if not wanted:
        return
    packages = ",".join(f"python{v}" for v in wanted)
    if not (SID / "usr" / "bin" / f"python{wanted[0]}").exists():
        tmp = SID.with_name(SID.name + ".partial")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.parent.mkdir(parents=True, exist_ok=True)
        _run(
            "debootstrap",
            "--variant=minbase",
            f"--include={packages}",
            "sid",
            str(tmp),
            DEBIAN_MIRROR,
        )
        shutil.rmtree(SID, ignore_errors=True)
        tmp.rename(SID)
    else:  # the tree exists: add what it lacks
        absent = [f"python{v}" for v in wanted if not (SID / f"usr/bin/python{v}").exists()]
        if absent:
            _run("chroot", str(SID), "apt-get", "install", "-y", "-q", *absent)
    loader = SID / "usr" / "lib64" / "ld-linux-x86-64.so.2"
    libs = SID / "usr" / "lib" / "x86_64-linux-gnu"
    for v in wanted:
        host = SID / "usr" / "bin" / f"python{v}-host"
        shutil.copy2(SID / "usr" / "bin" / f"python{v}", host)
        _run(
            "patchelf",
            "--set-interpreter",
            str(loader),
            "--force-rpath",
            "--set-rpath",
            str(libs),
            str(host),
        )
    discover.cache_clear()


def can_install() -> str | None:
    """None if this machine can install Debian's interpreters, else why not."""
    if os.geteuid() != 0:
        return "not root"
    if not shutil.which("apt-get"):
        return "not Debian (no apt-get)"
    if os.uname().machine != "x86_64":
        return f"{os.uname().machine} (the patch step assumes x86_64)"
    return None


def install(versions: tuple[str, ...]) -> None:
    """Install what Debian offers of ``versions`` (newer patch releases included)."""
    why_not = can_install()
    if why_not:
        print(f"not installing interpreters: {why_not}", file=sys.stderr)
        return
    tools = [t for t in ("debootstrap", "patchelf") if not shutil.which(t)]
    if tools:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-q"], check=True, stdout=subprocess.DEVNULL)
        subprocess.run(
            ["apt-get", "install", "-y", "-q", "--no-install-recommends", *tools],
            check=True,
            stdout=subprocess.DEVNULL,
            env=env,
        )
    install_debian(versions)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--install", action="store_true", help="install missing versions")
    args = parser.parse_args()
    if args.install:
        # Debian's versions are the newest patch releases on offer: install them even
        # where an older patch release (pyenv's 3.13.0, say) is already here.
        todo = tuple(v for v in DEBIAN_SID if not (SID / f"usr/bin/python{v}-host").exists())
        todo += tuple(v for v in SUPPORTED if v not in DEBIAN_SID and not discover(v))
        if todo:
            print(f"installing CPython {', '.join(todo)} into {SID} (about 1 minute, 330 MB)")
            install(todo)
    text, missing = report()
    print(text)
    if missing:
        print(f"missing: {', '.join(missing)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
