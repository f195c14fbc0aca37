"""Pictures of every panel for the user guide, made from the real window so they never go stale.

    python scripts/screenshots.py                      # English, into docs/images/
    python scripts/screenshots.py --language zh_CN     # Chinese, into docs/zh_CN/images/
    python scripts/screenshots.py --quick --out /tmp/shots

The window is built offscreen at a fixed size with a fixed seed; the design is trained for real
(a short run on the bundled digits) so that plots, weights and gradients have content. ``--quick``
trains on a tenth of the digits for one epoch and leaves out a few pictures. Nothing is written
to the user's settings or data folder.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's netdesigner, whatever is installed
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("PYTHONHASHSEED", "0")


def default_out(language: str) -> Path:
    return ROOT / "docs" / "images" if language == "en" else ROOT / "docs" / language / "images"


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Render the user guide's screenshots from the real window.")
    parser.add_argument("--language", default="en", help="en (default) or a translation such as zh_CN")
    parser.add_argument("--quick", action="store_true", help="a tiny training run and fewer pictures")
    parser.add_argument("--out", type=Path, help="folder for the PNG files (default: the guide's images folder)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    from netdesigner.translation_areas import LANGUAGES

    if args.language != "en" and args.language not in LANGUAGES:
        print(f"screenshots: error: no translation for {args.language!r}; choose en or {', '.join(LANGUAGES)}")
        return 2
    with tempfile.TemporaryDirectory(prefix="netdesigner-shots-") as work:
        os.environ["NETDESIGNER_DATA_DIR"] = str(Path(work) / "data")  # no autosaves in the user's folder
        return shoot(args, Path(work))


def shoot(args: argparse.Namespace, work: Path) -> int:
    from PySide6.QtCore import QStandardPaths

    QStandardPaths.setTestModeEnabled(True)  # never read or write the user's settings
    from netdesigner.ui import i18n
    from netdesigner.ui.app import make_application

    app = make_application()
    app.setOrganizationName("NetDesignerScreenshots")
    if i18n.install(args.language) != args.language:
        print(f"screenshots: error: the {args.language} translation could not be loaded", file=sys.stderr)
        return 2
    from screenshot_scenes import WINDOW_SIZE, Scenes, Settings
    from screenshot_tools import Camera, pump, quiet_dialogs

    from netdesigner.ui.main_window import MainWindow

    said = quiet_dialogs()
    window = MainWindow(remember_layout=False)
    window.resize(*WINDOW_SIZE)
    window.training_panel.ensure_plots()
    window.insight.build()
    window.show()
    pump(300)
    camera = Camera(args.out or default_out(args.language))
    try:
        Scenes(window, camera, Settings(quick=args.quick, work=work), said).run()
    finally:
        window.session.shutdown()
        window.doc.undo_stack.setClean()
        window.close()
        pump(50)
    print(f"{len(camera.written)} pictures in {camera.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
