"""macOS: NetDesigner.app (built by the spec's BUNDLE step) inside a compressed disk image.

The image opens to the app next to a link to /Applications, so installing is one drag.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from netdesigner import __version__


def build_dmg(app: Path, dist: Path, arch: str) -> Path:
    """dist/NetDesigner-VERSION-macos-ARCH.dmg, made with hdiutil (UDZO: zlib-compressed, read-only)."""
    if not app.is_dir():
        raise SystemExit(f"{app} is missing: run 'python packaging/build.py bundle' on macOS first")
    out = dist / f"NetDesigner-{__version__}-macos-{arch}.dmg"
    with tempfile.TemporaryDirectory(prefix="netdesigner-dmg-") as folder:
        staging = Path(folder) / "NetDesigner"
        staging.mkdir()
        subprocess.run(["ditto", str(app), str(staging / app.name)], check=True)  # keeps links and signatures
        (staging / "Applications").symlink_to("/Applications")
        if out.exists():
            out.unlink()
        subprocess.run(
            [
                "hdiutil",
                "create",
                "-volname",
                f"NetDesigner {__version__}",
                "-srcfolder",
                str(staging),
                "-fs",
                "HFS+",
                "-format",
                "UDZO",
                "-imagekey",
                "zlib-level=9",
                "-ov",
                str(out),
            ],
            check=True,
        )
    return out
