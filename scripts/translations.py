"""Update and compile the translation files in resources/i18n/.

    python scripts/translations.py update    # lupdate: add new source strings to every .ts
    python scripts/translations.py release   # lrelease: compile every .ts to its .qm
    python scripts/translations.py status    # per file: translated / total

Translate the .ts files with Qt Linguist (pyside6-linguist) or any editor, then release.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from netdesigner.translation_areas import AREAS, LANGUAGES  # noqa: E402

PACKAGE = ROOT / "netdesigner"
I18N = ROOT / "resources" / "i18n"


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from the same environment as this Python."""
    local = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(local) if local.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found; install PySide6-Essentials")
    return found


def area_files(area: str) -> list[Path]:
    """The .py files of an area: everything under its folders that no more specific area claims."""
    own = [PACKAGE / part for part in AREAS[area]]
    others = [PACKAGE / part for name, parts in AREAS.items() if name != area for part in parts]
    files = []
    for base in own:
        candidates = [base] if base.suffix == ".py" else sorted(base.rglob("*.py"))
        for path in candidates:
            claimed = [o for o in others if o != base and _under(path, o) and _under(o, base)]
            if not claimed:
                files.append(path)
    return files


def _under(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def ts_path(area: str, language: str) -> Path:
    return I18N / f"{area}_{language}.ts"


def update(out_dir: Path = I18N) -> list[Path]:
    """Run lupdate for every area and language into ``out_dir`` (a copy of the .ts files when
    not resources/i18n, so a test can compare without touching the real ones)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for area in AREAS:
        files = [str(p) for p in area_files(area)]
        for language in LANGUAGES:
            target = out_dir / ts_path(area, language).name
            if out_dir != I18N and ts_path(area, language).exists():
                shutil.copyfile(ts_path(area, language), target)
            subprocess.run(
                [tool("lupdate"), "-no-obsolete", "-locations", "none", "-target-language", language, *files,
                 "-ts", str(target)],
                check=True, capture_output=True, text=True,
            )  # fmt: skip
            written.append(target)
    return written


def release() -> None:
    for ts in sorted(I18N.glob("*.ts")):
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def messages(ts: Path) -> list[tuple[str, str, str, str]]:
    """(context, source, translation, type) of every message in a .ts file."""
    rows = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            text = translation.text or "" if translation is not None else ""
            rows.append((name, message.findtext("source", ""), text, kind))
    return rows


def status() -> None:
    for ts in sorted(I18N.glob("*.ts")):
        rows = messages(ts)
        done = sum(1 for r in rows if r[3] == "" and r[2])
        print(f"{ts.name}: {done} / {len(rows)} translated")


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "status"
    {"update": update, "release": release, "status": status}[command]()
