"""``netdesigner --self-test``: one line per check, the verdict last, and the exit status."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from netdesigner.cli.selftest import CHECKS, SelfTestState, run_self_test

ROOT = Path(__file__).resolve().parent.parent


def passing(state: SelfTestState) -> str:
    state.found["answer"] = 42
    return "all good"


def failing(state: SelfTestState) -> str:
    raise OSError("the bundled digits are missing")


def needs_answer(state: SelfTestState) -> str:
    return f"got {state.need('answer', 'first')}"


def test_all_checks_passing_print_one_line_each_and_selftest_ok() -> None:
    out = io.StringIO()
    assert run_self_test([("first", passing), ("second", needs_answer)], out=out) == 0
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("NetDesigner ") and "self-test" in lines[0]
    assert lines[1].startswith("ok   first: all good (")
    assert lines[2].startswith("ok   second: got 42 (")
    assert lines[-1] == "SELFTEST OK"
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"


def test_a_failing_check_is_named_the_rest_still_run_and_the_exit_is_one() -> None:
    out = io.StringIO()
    assert run_self_test([("data", failing), ("later", passing)], out=out) == 1
    lines = out.getvalue().splitlines()
    assert lines[1] == "FAIL data: OSError: the bundled digits are missing"
    assert lines[2].startswith("ok   later: all good")
    assert lines[-1] == "SELFTEST FAILED: 1 of 2 checks failed (data)"
    assert "SELFTEST OK" not in out.getvalue()


def test_a_check_needing_a_failed_one_says_so() -> None:
    out = io.StringIO()
    assert run_self_test([("first", failing), ("second", needs_answer)], out=out) == 1
    assert "FAIL second: RuntimeError: needs the result of the 'first' check, which did not pass" in out.getvalue()
    assert out.getvalue().splitlines()[-1] == "SELFTEST FAILED: 2 of 2 checks failed (first, second)"


def test_debug_shows_the_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NETDESIGNER_DEBUG", "1")
    out = io.StringIO()
    run_self_test([("data", failing)], out=out)
    assert "Traceback (most recent call last)" in out.getvalue()


def test_the_checks_cover_what_a_student_needs() -> None:
    assert [name for name, _ in CHECKS] == ["window", "bundled data", "training", "drawn digit", ".keras file"]


@pytest.mark.slow
def test_self_test_from_source_passes(tmp_path: Path) -> None:
    """The real checks, as the installers run them, in a fresh process with a fresh home."""
    env = {
        "HOME": str(tmp_path),
        "PATH": os.environ.get("PATH", os.defpath),
        "LANG": "C.UTF-8",
        "PYTHONPATH": str(ROOT),
        "NETDESIGNER_DATA_DIR": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "netdesigner", "--self-test"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=300,
    )
    lines = done.stdout.splitlines()
    assert done.returncode == 0, done.stdout + done.stderr
    assert lines[-1] == "SELFTEST OK"
    assert [line.split(":")[0] for line in lines[1:-1]] == [f"ok   {name}" for name, _ in CHECKS]
    assert "Traceback" not in done.stderr
