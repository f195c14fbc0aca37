"""Build NetDesigner's bundle and installers; the same script on Linux, Windows and macOS.

    python packaging/build.py bundle          # dist/netdesigner/: the app in one folder (PyInstaller)
    python packaging/build.py selftest        # run 'netdesigner --self-test' inside the bundle
    python packaging/build.py deb [--xz]      # Linux: dist/netdesigner_VERSION_ARCH.deb
    python packaging/build.py tarball         # Linux: dist/netdesigner-VERSION-linux-ARCH.tar.gz
    python packaging/build.py windows         # Windows: dist/NetDesigner-VERSION-setup.exe (Inno Setup)
    python packaging/build.py dmg             # macOS: dist/NetDesigner-VERSION-macos-ARCH.dmg
    python packaging/build.py sizes           # the sizes of what is in dist/

``--dist DIR`` puts everything elsewhere (default: dist/ in the checkout; build/ holds PyInstaller's
work files). Each step prints the size of what it made.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from bundle_info import MB, ROOT, arch, size_of  # noqa: E402

from netdesigner import __version__  # noqa: E402


def bundle_dir(dist: Path) -> Path:
    """The one-folder app (on macOS, the folder inside NetDesigner.app that holds the executable)."""
    if sys.platform == "darwin":
        return dist / "NetDesigner.app" / "Contents" / "MacOS"
    return dist / "netdesigner"


def executable(dist: Path) -> Path:
    names = {"win32": "netdesigner-cli.exe", "darwin": "netdesigner"}
    return bundle_dir(dist) / names.get(sys.platform, "netdesigner")


def report(path: Path) -> None:
    print(f"{path}: {size_of(path) / MB:.0f} MB", flush=True)


def build_bundle(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec, then strip symbol tables off TensorFlow's libraries on Linux."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(HERE / "netdesigner.spec"),
        ],
        check=True,
        cwd=ROOT,
        env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "2"},  # PyInstaller imports TensorFlow to analyse it
    )
    bundle = dist / ("NetDesigner.app" if sys.platform == "darwin" else "netdesigner")
    if sys.platform.startswith("linux"):
        strip_libraries(bundle_dir(dist))
    report(bundle)
    return bundle


def strip_libraries(folder: Path) -> None:
    """TensorFlow's libraries carry ~230 MB of symbol tables that nothing reads at run time
    (the dynamic symbols, which are kept, are what loading needs)."""
    strip = shutil.which("strip")
    if strip is None:
        print("strip not found (binutils): TensorFlow's libraries keep their symbol tables", file=sys.stderr)
        return
    libraries = [p for p in (folder / "_internal" / "tensorflow").rglob("*.so*") if p.is_file() and not p.is_symlink()]
    subprocess.run([strip, "--strip-unneeded", *map(str, libraries)], check=True)


def run_selftest(dist: Path) -> int:
    """The bundle's own self-test, with no Python or Qt settings from this environment leaking in."""
    program = executable(dist)
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "VIRTUAL_ENV", "QT_"))}
    env.update({"QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"})
    print(f"$ {program} --self-test", flush=True)
    return subprocess.run([str(program), "--self-test"], env=env).returncode


def build_windows(dist: Path) -> Path:
    """Inno Setup's compiler (iscc) turns the bundle into one setup program."""
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    default = Path(os.environ.get("ProgramFiles(x86)", r"C:\Program Files (x86)")) / "Inno Setup 6" / "ISCC.exe"
    if iscc is None and default.exists():
        iscc = str(default)
    if iscc is None:
        raise SystemExit("Inno Setup 6 is needed: install it (choco install innosetup) and run again")
    subprocess.run(
        [
            iscc,
            f"/DAppVersion={__version__}",
            f"/DSourceDir={bundle_dir(dist)}",
            f"/DOutputDir={dist}",
            f"/DIconFile={ROOT / 'resources' / 'icons' / 'netdesigner.ico'}",
            str(HERE / "windows" / "netdesigner.iss"),
        ],
        check=True,
    )
    setup = dist / f"NetDesigner-{__version__}-setup.exe"
    report(setup)
    return setup


def show_sizes(dist: Path) -> None:
    for path in sorted(dist.iterdir()):
        if path.name.startswith("."):
            continue
        report(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("step", choices=("bundle", "selftest", "deb", "tarball", "windows", "dmg", "sizes"))
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle and installers go")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder")
    parser.add_argument("--xz", action="store_true", help="deb: compress with xz -9 (smaller, much slower)")
    args = parser.parse_args(argv)
    dist = args.dist.resolve()
    if args.step == "bundle":
        build_bundle(dist, args.work.resolve())
        return 0
    if args.step == "sizes":
        show_sizes(dist)
        return 0
    if not executable(dist).exists():
        raise SystemExit(f"no bundle in {dist}: run 'python packaging/build.py bundle' first")
    if args.step == "selftest":
        return run_selftest(dist)
    if args.step in ("deb", "tarball"):
        import linux_installers as linux

        made = linux.build_deb(bundle_dir(dist), dist, arch(), xz=args.xz) if args.step == "deb" else None
        made = made or linux.build_tarball(bundle_dir(dist), dist, arch())
    elif args.step == "windows":
        made = build_windows(dist)
    else:
        import macos

        made = macos.build_dmg(dist / "NetDesigner.app", dist, arch())
    report(made)
    return 0


if __name__ == "__main__":
    sys.exit(main())
