"""Run one snippet as ``__main__`` and record what each print() call printed.

Usage: ``python -I -X utf8 -W default snippet_harness.py SNIPPET RESULT.json``

This file runs in a child process under each supported interpreter (3.10-3.15), so it
uses the standard library only. It records print calls the way pytest-examples does
(which line of the snippet called print, the separator, each argument as text) so the
parent can write or check the ``#>`` comments with pytest-examples' own code, and it
keeps the plain transcript for per-version output files. Everything else the snippet
writes to stdout or stderr is left on the real streams, where the parent treats it as
an error.
"""

import builtins
import json
import os
import re
import runpy
import sys
import threading

snippet = os.path.realpath(sys.argv[1])
result_path = sys.argv[2]
real_print = builtins.print
records = []
transcript = []
lock = threading.Lock()


def as_text(value):
    """(text, is_str) exactly as pytest_examples.run_code.Arg makes it."""
    if isinstance(value, str):
        return value, True
    if isinstance(value, set):
        return "{" + ", ".join(repr(x) for x in sorted(value)) + "}", False
    return re.sub("0x[a-f0-9]{8,12}>", "0x0123456789ab>", str(value)), False


def snippet_line():
    """Line of the snippet that (directly or through its own functions) called print."""
    frame = sys._getframe(2)
    while frame is not None:
        if os.path.realpath(frame.f_code.co_filename) == snippet:
            return frame.f_lineno
        frame = frame.f_back
    return 0


def recording_print(*args, sep=" ", end="\n", file=None, flush=False):
    if file is not None and file is not sys.stdout:
        return real_print(*args, sep=sep, end=end, file=file, flush=flush)
    sep = " " if sep is None else sep
    end = "\n" if end is None else end
    texts = [as_text(a) for a in args]
    with lock:
        records.append({"line": snippet_line(), "sep": sep, "args": texts})
        transcript.append(sep.join(str(a) for a in args) + end)


def main():
    sys.argv = [snippet]
    sys.path[0:0] = [os.path.dirname(snippet)]
    builtins.print = recording_print
    try:
        runpy.run_path(snippet, run_name="__main__")
    finally:
        builtins.print = real_print
        with open(result_path, "w", encoding="utf-8") as f:
            json.dump({"records": records, "transcript": "".join(transcript)}, f)


main()
