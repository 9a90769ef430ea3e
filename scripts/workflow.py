#!/usr/bin/env python3
"""Run a GitHub workflow's own commands here, in its order and with its environment.

    .venv/bin/python scripts/workflow.py deploy            run .github/workflows/deploy.yml
    .venv/bin/python scripts/workflow.py --dry-run deploy  list its steps and their env

Each job's ``run:`` steps run in order in the repository, with the environment the
workflow gives them (workflow ``env:``, then the job's, then the step's). Steps GitHub
alone can run are listed and skipped: actions (``uses:``; the machine here is set up by
``make``) and publishing with GitHub's token (``${{ ... }}``). A failed step stops the
job, except steps marked ``if: always()``, as on GitHub.

``problems()`` is the rule tests/test_workflows.py holds every workflow to: a step that
checks or builds runs ``.ci/run STEP`` (so CI runs what runs here), and no env reaches it
from the workflow: ``.ci/run`` sets RELEASE for the release builds only. A job-wide
``RELEASE: "1"`` once made ``make test`` a release build, and the deploy could never pass.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"
CI_RUN = ROOT / ".ci" / "run"
#: A step that checks, builds or reports: `.ci/run STEP`, its output maybe sent to the summary.
_CI_STEP = re.compile(r'^\.ci/run(?: (?P<step>[\w-]+))?(?: >> "\$GITHUB_STEP_SUMMARY")?$')
#: Publishing with GitHub's token: GitHub only, never a check or a build.
_PUBLISH = re.compile(r"^gh release ")


@dataclass
class Step:
    workflow: Path
    job: str
    line: int  # 1-based line of the step in the workflow file
    name: str
    run: str | None
    uses: str | None
    condition: str | None
    #: Environment the step gets, each variable with the line that sets it.
    env: dict[str, tuple[str, int]] = field(default_factory=dict)

    @property
    def where(self) -> str:
        return f"{self.workflow.relative_to(ROOT)}:{self.line}"

    @property
    def github_only(self) -> bool:
        """Actions, and steps that need GitHub's context (its token, its refs)."""
        return bool(self.uses) or "${{" in (self.run or "") + repr(self.env)


def _get(node: yaml.Node | None, key: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if k.value == key:
                return v
    return None


def _env(node: yaml.Node | None) -> dict[str, tuple[str, int]]:
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {k.value: (str(v.value), k.start_mark.line + 1) for k, v in node.value}


def steps(workflow: Path) -> list[Step]:
    """Every step of every job, in file order, with the environment it runs with."""
    top = yaml.compose(workflow.read_text("utf-8"))
    found = []
    jobs = _get(top, "jobs")
    for job_key, job in jobs.value if isinstance(jobs, yaml.MappingNode) else []:
        env = {**_env(_get(top, "env")), **_env(_get(job, "env"))}
        for i, step in enumerate(getattr(_get(job, "steps"), "value", []), 1):
            run, uses = _get(step, "run"), _get(step, "uses")
            name, condition = _get(step, "name"), _get(step, "if")
            found.append(
                Step(
                    workflow=workflow,
                    job=job_key.value,
                    line=step.start_mark.line + 1,
                    name=name.value if name else f"step {i}",
                    run=run.value.strip() if run else None,
                    uses=uses.value if uses else None,
                    condition=condition.value if condition else None,
                    env={**env, **_env(_get(step, "env"))},
                )
            )
    return found


def ci_run_steps() -> list[str]:
    """The steps `.ci/run` knows (its `case` labels)."""
    return re.findall(r"^  ([\w-]+)\) ", CI_RUN.read_text("utf-8"), re.M)


def problems(workflow: Path) -> list[str]:
    """Where a workflow would not run what runs here, each as `path:line: what (fix: ...)`."""
    known = ci_run_steps()
    found = []
    for step in steps(workflow):
        if step.run is None:
            continue
        m = _CI_STEP.match(step.run)
        publishes = not m and _PUBLISH.match(step.run)
        if m and (m["step"] or "test") not in known:
            found.append(
                f"{step.where}: `{step.run}`: .ci/run has no step '{m['step']}' "
                f"(fix: use one of {', '.join(known)}, or add it to .ci/run)"
            )
        elif not m and not publishes:
            found.append(
                f"{step.where}: step '{step.name}' runs `{step.run}`, which is not how "
                "CI runs it here (fix: run it as `.ci/run STEP`, adding the step to .ci/run)"
            )
        if step.env and not publishes:
            names = ", ".join(sorted(step.env))
            line = min(line for _, line in step.env.values())
            found.append(
                f"{step.workflow.relative_to(ROOT)}:{line}: env {names} reaches step "
                f"'{step.name}' (`{step.run}`), so CI would not run it as it runs here "
                "(fix: remove the env; .ci/run sets what a step needs, RELEASE for the "
                "release builds only)"
            )
    return list(dict.fromkeys(found))  # a job-wide env reaches every step


def run(workflow: Path, dry_run: bool = False) -> int:
    """Run the workflow's steps here; returns the number of failed steps."""
    failed = 0
    summary = Path(tempfile.mkstemp(prefix="step-summary-", suffix=".md")[1])
    job = None
    for step in steps(workflow):
        if step.job != job:
            job, job_failed = step.job, False
            print(f"== job {job}", flush=True)
        env_text = " ".join(f"{k}={v}" for k, (v, _) in step.env.items())
        label = f"{step.where} {step.name}: {step.run or step.uses}"
        if step.github_only or step.run is None:
            print(f"-- skip (GitHub only) {label}", flush=True)
            continue
        if job_failed and "always()" not in (step.condition or ""):
            print(f"-- skip (an earlier step failed) {label}", flush=True)
            continue
        print(f"-> {label}" + (f"  [env: {env_text}]" if env_text else ""), flush=True)
        if dry_run:
            continue
        env = {**os.environ, **{k: v for k, (v, _) in step.env.items()}}
        env["GITHUB_STEP_SUMMARY"] = str(summary)
        proc = subprocess.run(["bash", "-eo", "pipefail", "-c", step.run], cwd=ROOT, env=env)
        if proc.returncode:
            print(f"!! {step.where}: step '{step.name}' failed ({proc.returncode})", flush=True)
            failed += 1
            job_failed = True
    if summary.stat().st_size:
        print(f"== step summary ({summary}):\n{summary.read_text('utf-8')}")
    return failed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("workflow", help="name of a file in .github/workflows/ (deploy)")
    parser.add_argument("--dry-run", action="store_true", help="list the steps, run none")
    args = parser.parse_args()
    path = WORKFLOWS / f"{args.workflow.removesuffix('.yml')}.yml"
    if not path.is_file():
        names = ", ".join(p.stem for p in sorted(WORKFLOWS.glob("*.yml")))
        parser.error(f"no workflow {path.relative_to(ROOT)} (one of: {names})")
    for problem in problems(path):
        print(f"warning: {problem}", file=sys.stderr)
    failed = run(path, args.dry_run)
    print(f"== {path.name}: {'ok' if not failed else f'{failed} step(s) failed'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
