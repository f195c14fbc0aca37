"""The house rules: core imports neither Qt nor TensorFlow, engine imports no Qt, and the
commands that only read projects never pay for importing TensorFlow."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_python(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_import_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run([str(lint)], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def test_core_and_cli_start_without_tensorflow_or_qt():
    loaded = run_python(
        "import pkgutil, sys, importlib, netdesigner.core as core\n"
        "for m in pkgutil.iter_modules(core.__path__): importlib.import_module('netdesigner.core.' + m.name)\n"
        "import netdesigner.cli.app, netdesigner.cli.report\n"
        "from netdesigner.cli import main\n"
        "main(['summary', 'first-mlp', '--json'])\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('tensorflow', 'keras', 'PySide6')))"
    )
    assert loaded.strip().splitlines()[-1] == "[]"


def test_ruff_is_clean():
    ruff = Path(sys.executable).with_name("ruff")
    done = subprocess.run([str(ruff), "check", "."], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stdout
