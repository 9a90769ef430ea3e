"""The GitHub workflows run what runs here: every step that checks, builds or reports is
``.ci/run STEP`` with no environment from the workflow (``.ci/run`` sets RELEASE for the
release builds only), so a workflow that could never pass (``make test`` under a job-wide
``RELEASE: "1"``) fails here first. ``scripts/workflow.py NAME`` runs a workflow's own
steps here, in its order and with its environment."""

from __future__ import annotations

import subprocess
import sys

import pytest
from snippet_tools import ROOT

from scripts.workflow import WORKFLOWS, problems, steps

FILES = sorted(WORKFLOWS.glob("*.yml"))


@pytest.mark.parametrize("workflow", FILES, ids=[p.name for p in FILES])
def test_workflow_runs_its_steps_as_ci_runs_them_here(workflow):
    found = problems(workflow)
    if found:
        pytest.fail("\n".join(found), pytrace=False)


def test_deploy_checks_then_builds_the_release():
    runs = [s.run for s in steps(WORKFLOWS / "deploy.yml") if s.run]
    assert runs == [".ci/run test", ".ci/run release"], runs


def test_a_workflow_dry_run_lists_its_steps_in_order():
    proc = subprocess.run(
        [sys.executable, "scripts/workflow.py", "--dry-run", "deploy"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    listed = [line for line in proc.stdout.splitlines() if line.startswith("-> ")]
    assert [line.rsplit(": ", 1)[1] for line in listed] == [".ci/run test", ".ci/run release"]
    assert "env:" not in proc.stdout, proc.stdout
