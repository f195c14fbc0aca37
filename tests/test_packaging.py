"""The installers: the workflow that builds them is valid, the .deb is laid out as Debian
expects, and (slow, as root on Debian) the real .deb installs, passes its self-test from an
empty environment, and uninstalls without a trace."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from netdesigner import __version__

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
WORKFLOW = ROOT / ".github" / "workflows" / "installers.yml"
XCB_DEPS = "libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0"
XCB_DEPS += " libxcb-render-util0 libxcb-shape0"


@pytest.fixture(scope="module")
def linux_installers():
    sys.path.insert(0, str(PACKAGING))
    try:
        import linux_installers

        yield linux_installers
    finally:
        sys.path.remove(str(PACKAGING))


def test_workflow_is_a_valid_github_workflow() -> None:
    checker = Path(sys.executable).with_name("check-jsonschema")
    if not checker.exists():
        pytest.skip("check-jsonschema is not installed (pip install -e '.[test]')")
    done = subprocess.run(
        [str(checker), "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_workflow_builds_on_three_systems_with_the_same_script_and_self_test() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    for runner in ("ubuntu-", "windows-", "macos-"):
        assert f"os: {runner}" in text
    for step in ("build.py bundle", "build.py selftest", "build.py deb", "build.py windows", "build.py dmg"):
        assert step in text
    assert text.count("--self-test") >= 3  # the installed app on each system
    assert "actions/upload-artifact" in text


def test_every_system_shares_the_one_spec() -> None:
    spec = (PACKAGING / "netdesigner.spec").read_text(encoding="utf-8")
    assert '"resources"' in spec and "launcher.py" in spec
    assert "BUNDLE(" in spec and "netdesigner.ico" in spec  # macOS app and Windows icon
    iss = (PACKAGING / "windows" / "netdesigner.iss").read_text(encoding="utf-8")
    for needed in ("[Icons]", ".ndproj", "{uninstallexe}", "NetDesigner.exe"):
        assert needed in iss


def test_deb_layout_and_control_file(tmp_path: Path, linux_installers) -> None:
    bundle = tmp_path / "bundle"
    (bundle / "_internal" / "resources").mkdir(parents=True)
    (bundle / "netdesigner").write_text("#!/bin/sh\n", encoding="utf-8")
    root = linux_installers.stage_deb(bundle, tmp_path / "root", "amd64")
    command = root / "usr" / "bin" / "netdesigner"
    assert command.is_symlink() and os.readlink(command) == "/opt/netdesigner/netdesigner"
    assert (root / "opt" / "netdesigner" / "_internal" / "resources").is_dir()
    desktop = (root / "usr" / "share" / "applications" / "netdesigner.desktop").read_text(encoding="utf-8")
    assert "Exec=netdesigner %f" in desktop and "Icon=netdesigner" in desktop
    assert "MimeType=application/x-netdesigner-project;" in desktop
    icons = root / "usr" / "share" / "icons" / "hicolor"
    assert (icons / "256x256" / "apps" / "netdesigner.png").is_file()
    assert (icons / "scalable" / "apps" / "netdesigner.svg").is_file()
    assert "*.ndproj" in (root / "usr" / "share" / "mime" / "packages" / "netdesigner.xml").read_text(encoding="utf-8")
    control = (root / "DEBIAN" / "control").read_text(encoding="utf-8")
    assert f"Version: {__version__}\n" in control and "Architecture: amd64\n" in control
    depends = control.split("Depends: ")[1].split("\n")[0].split(", ")
    for library in ("libgl1", "libegl1", "libxkbcommon0", "libfontconfig1", "libdbus-1-3", *XCB_DEPS.split()):
        assert library in depends
    assert "Recommends: fonts-noto-cjk | fonts-wqy-microhei\n" in control  # Chinese text needs a CJK font
    for script in ("postinst", "postrm"):
        assert os.access(root / "DEBIAN" / script, os.X_OK)


def _skip_unless_debian_root() -> None:
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("installing a .deb needs root")
    if shutil.which("dpkg") is None or shutil.which("dpkg-deb") is None:
        pytest.skip("not a Debian system: no dpkg")
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed (pip install -e '.[test]')")


def _run(*command: str, timeout: int = 900, **kwargs) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, **kwargs)
    assert done.returncode == 0, f"{' '.join(command)} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


@pytest.mark.slow
def test_deb_installs_passes_its_self_test_and_uninstalls(tmp_path: Path, linux_installers) -> None:
    _skip_unless_debian_root()
    dist, work = tmp_path / "dist", tmp_path / "work"
    build = [sys.executable, str(PACKAGING / "build.py")]
    _run(*build, "bundle", "--dist", str(dist), "--work", str(work), cwd=ROOT)
    _run(*build, "deb", "--dist", str(dist), cwd=ROOT)
    shutil.rmtree(work)
    deb = dist / f"netdesigner_{__version__}_{_dpkg_arch()}.deb"
    assert deb.is_file()
    _run("bash", str(ROOT / "scripts" / "system-deps.sh"), *linux_installers.DEPENDS)  # so dpkg -i finds them
    _run("dpkg", "-i", str(deb))
    try:
        assert Path("/usr/bin/netdesigner").is_symlink()
        assert Path("/usr/share/applications/netdesigner.desktop").is_file()
        home = tmp_path / "home"
        home.mkdir()
        done = subprocess.run(
            ["env", "-i", f"HOME={home}", "LANG=C.UTF-8", "QT_QPA_PLATFORM=offscreen", "PATH=/usr/bin:/bin"]
            + ["netdesigner", "--self-test"],
            capture_output=True,
            text=True,
            timeout=300,
            cwd=home,
        )
        assert done.returncode == 0, done.stdout + done.stderr
        assert done.stdout.splitlines()[-1] == "SELFTEST OK"
        assert "installed bundle" in done.stdout.splitlines()[0]
    finally:
        _run("dpkg", "-r", "netdesigner")
    assert not Path("/opt/netdesigner").exists()
    assert not Path("/usr/bin/netdesigner").exists() and not Path("/usr/bin/netdesigner").is_symlink()
    assert not Path("/usr/share/applications/netdesigner.desktop").exists()
    status = subprocess.run(["dpkg-query", "-W", "-f=${Status}", "netdesigner"], capture_output=True, text=True)
    assert "install ok installed" not in status.stdout
    _run("dpkg", "--purge", "netdesigner")  # dpkg keeps a removed package's name until purged


def _dpkg_arch() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()
