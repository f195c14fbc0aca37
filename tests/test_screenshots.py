"""The user guide's screenshots script renders every picture, and the guides point only at
pictures and pages that exist."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
GUIDES = (DOCS / "guide.md", DOCS / "zh_CN" / "guide.md")
QUICK_SHOTS = (
    "palette", "canvas", "properties", "training_settings", "templates", "command_palette", "problems",
    "problem_on_canvas", "window", "training", "evaluation", "weights", "activations", "neuron", "gradients",
    "sketch", "activations_sketch", "learn", "gradient_flow",
)  # fmt: skip
FULL_ONLY = ("compare", "walkthrough", "preferences", "gradients_vanishing")
WINDOW_SIZE = (1440, 900)
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)\)")
HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*$", re.MULTILINE)


def anchor(heading: str) -> str:
    """GitHub's anchor for a heading (the app's guide window follows the same rule)."""
    kept = "".join(c for c in heading.strip().lower() if c.isalnum() or c in " -_")
    return kept.replace(" ", "-")


@pytest.mark.slow
def test_quick_run_renders_every_picture(tmp_path: Path) -> None:
    Image = pytest.importorskip("PIL.Image")
    pytest.importorskip("keras")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NETDESIGNER_DATA_DIR": str(tmp_path / "data")}
    out = tmp_path / "shots"
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "screenshots.py"), "--quick", "--out", str(out)],
        env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    assert sorted(p.stem for p in out.glob("*.png")) == sorted(QUICK_SHOTS)
    for name in QUICK_SHOTS:
        with Image.open(out / f"{name}.png") as picture:
            size = picture.size
            pixels = np.asarray(picture.convert("L"), dtype=np.float32)
        if name == "window":
            assert size == WINDOW_SIZE
        assert size[0] >= 200 and size[1] >= 100, (name, size)
        assert pixels.std() > 10, f"{name}.png looks blank"
        committed = DOCS / "images" / f"{name}.png"
        assert committed.is_file(), f"{committed} is missing: run python scripts/screenshots.py"
        if name != "window":
            with Image.open(committed) as old:  # same layout as the committed picture, give or take
                assert abs(old.size[0] - size[0]) <= 40 and abs(old.size[1] - size[1]) <= 80, (name, old.size, size)


def test_the_bad_language_is_refused_plainly() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "screenshots.py"), "--language", "xx", "--out", "/nonexistent"],
        capture_output=True, text=True, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert done.returncode == 2 and "no translation for 'xx'" in done.stdout + done.stderr


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: str(p.relative_to(DOCS)))
def test_every_picture_and_link_of_the_guide_exists(guide: Path) -> None:
    text = guide.read_text(encoding="utf-8")
    pictures = IMAGE.findall(text)
    assert len(pictures) >= len(QUICK_SHOTS)
    for target in pictures:
        assert (guide.parent / target).is_file(), f"{guide.name} shows {target}, which does not exist"
    for target in LINK.findall(text):
        if target.startswith(("http://", "https://", "mailto:")):
            continue
        page, _, fragment = target.partition("#")
        linked = (guide.parent / page).resolve() if page else guide
        assert linked.is_file(), f"{guide.name} links to {target}, which does not exist"
        if fragment and linked.suffix == ".md":
            anchors = {anchor(h) for h in HEADING.findall(linked.read_text(encoding="utf-8"))}
            assert fragment in anchors, f"{guide.name} links to #{fragment}, a heading {linked.name} lacks"


def test_both_guides_show_the_same_pictures_and_every_picture_the_script_makes() -> None:
    english, chinese = (sorted(Path(t).name for t in IMAGE.findall(g.read_text(encoding="utf-8"))) for g in GUIDES)
    assert english == chinese
    assert set(english) == {f"{name}.png" for name in QUICK_SHOTS + FULL_ONLY}


def test_the_readme_links_the_guide() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "(docs/guide.md)" in readme and "scripts/screenshots.py" in readme
