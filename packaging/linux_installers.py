"""Linux installers from the one-folder bundle: a .deb and a .tar.gz.

The .deb installs the bundle under /opt/netdesigner, a ``netdesigner`` command in /usr/bin,
a desktop entry, the icon at every size, and the ``.ndproj`` file type; removing the package
removes all of it.
"""

from __future__ import annotations

import shutil
import subprocess
import tarfile
from pathlib import Path

from bundle_info import MB, ROOT, folder_size

from netdesigner import __version__

PREFIX = "opt/netdesigner"
HERE = Path(__file__).resolve().parent / "linux"
ICONS = ROOT / "resources" / "icons"

# Libraries Qt loads that the bundle leaves to the system: OpenGL and EGL (they must match the
# machine's graphics driver), fonts, D-Bus, keyboard maps, and the X11 (xcb) and Wayland ones a
# real screen needs. For a source checkout scripts/system-deps.sh installs them (make run adds X11).
DEPENDS = (
    "libc6",
    "libstdc++6",
    "libgcc-s1",
    "libgl1",
    "libegl1",
    "libxkbcommon0",
    "libfontconfig1",
    "libfreetype6",
    "libdbus-1-3",
    "libxcb-cursor0",
    "libxkbcommon-x11-0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libwayland-client0",
    "libwayland-cursor0",
)

# A font with Chinese characters, for the Simplified Chinese translation.
RECOMMENDS = "fonts-noto-cjk | fonts-wqy-microhei"

DESCRIPTION = """\
Build, train and look inside neural networks for handwritten digits
 NetDesigner is a desktop app in which a student draws a neural network from
 layers, trains it on handwritten digits while the curves grow, looks inside it,
 and draws a digit to see what the network answers. It works offline: 5,000 real
 MNIST digits are included. Python, Qt and TensorFlow are bundled."""


def control(arch: str, installed_kib: int) -> str:
    fields = {
        "Package": "netdesigner",
        "Version": __version__,
        "Architecture": arch,
        "Maintainer": "The NetDesigner authors",
        "Installed-Size": str(installed_kib),
        "Depends": ", ".join(DEPENDS),
        "Recommends": RECOMMENDS,
        "Section": "education",
        "Priority": "optional",
        "Description": DESCRIPTION,
    }
    return "".join(f"{key}: {value}\n" for key, value in fields.items())


def stage_deb(bundle: Path, root: Path, arch: str) -> Path:
    """Lay out the package's files under ``root`` (a fresh folder)."""
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(bundle, root / PREFIX, symlinks=True)
    bin_dir = root / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "netdesigner").symlink_to(f"/{PREFIX}/netdesigner")
    share = root / "usr" / "share"
    _install(HERE / "netdesigner.desktop", share / "applications" / "netdesigner.desktop")
    _install(HERE / "netdesigner-mime.xml", share / "mime" / "packages" / "netdesigner.xml")
    for png in sorted(ICONS.glob("netdesigner-*.png")):
        size = png.stem.split("-")[-1]
        _install(png, share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "netdesigner.png")
    _install(ICONS / "netdesigner.svg", share / "icons" / "hicolor" / "scalable" / "apps" / "netdesigner.svg")
    _install(HERE / "copyright", share / "doc" / "netdesigner" / "copyright")
    debian = root / "DEBIAN"
    debian.mkdir()
    installed_kib = (folder_size(root) + 1023) // 1024
    (debian / "control").write_text(control(arch, installed_kib), encoding="utf-8")
    for script in ("postinst", "postrm"):
        _install(HERE / script, debian / script, mode=0o755)
    return root


def _install(source: Path, target: Path, mode: int = 0o644) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(mode)


def build_deb(bundle: Path, dist: Path, arch: str, xz: bool = False) -> Path:
    """dist/netdesigner_VERSION_ARCH.deb; gzip -1 by default (a minute), xz -9 with ``xz`` (many)."""
    root = stage_deb(bundle, dist / "deb-root", arch)
    out = dist / f"netdesigner_{__version__}_{arch}.deb"
    compression = ["-Zxz", "-z9"] if xz else ["-Zgzip", "-z1"]
    try:
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", *compression, "--build", str(root), str(out)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return out


def build_tarball(bundle: Path, dist: Path, arch: str) -> Path:
    """dist/netdesigner-VERSION-linux-ARCH.tar.gz: unpack anywhere and run netdesigner-VERSION/netdesigner."""
    out = dist / f"netdesigner-{__version__}-linux-{arch}.tar.gz"
    top = f"netdesigner-{__version__}"

    def owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    with tarfile.open(out, "w:gz", compresslevel=6) as archive:
        archive.add(bundle, arcname=top, filter=owned_by_root)
        for name in ("netdesigner.desktop",):
            archive.add(HERE / name, arcname=f"{top}/share/{name}", filter=owned_by_root)
        archive.add(ICONS / "netdesigner-256.png", arcname=f"{top}/share/netdesigner.png", filter=owned_by_root)
    print(f"bundle {folder_size(bundle) / MB:.0f} MB packed into {out.stat().st_size / MB:.0f} MB", flush=True)
    return out
