"""The translation files: up to date with the source, compiled, and complete where declared."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import translations  # noqa: E402

from netdesigner.translation_areas import AREAS, COMPLETE, LANGUAGES  # noqa: E402

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d")


def _key(rows: list[tuple[str, str, str, str]]) -> set[tuple[str, str]]:
    return {(context, source) for context, source, _, _ in rows}


def test_every_area_and_language_has_a_ts_and_qm() -> None:
    for area in AREAS:
        for language in LANGUAGES:
            ts = translations.ts_path(area, language)
            assert ts.exists(), f"{ts.name} is missing: run scripts/translations.py update"
            assert ts.with_suffix(".qm").exists(), f"{ts.name} is not compiled: run scripts/translations.py release"


def test_ts_files_are_up_to_date_with_the_source(tmp_path: Path) -> None:
    for fresh in translations.update(tmp_path):
        committed = translations.messages(translations.I18N / fresh.name)
        current = translations.messages(fresh)
        missing = _key(current) - _key(committed)
        assert not missing, f"{fresh.name} lacks {len(missing)} strings, e.g. {sorted(missing)[:3]}: run update"
        stale = _key(committed) - _key(current)
        assert not stale, f"{fresh.name} has {len(stale)} strings no longer in the source: run update"


def test_qm_files_are_compiled_from_the_current_ts(tmp_path: Path) -> None:
    for ts in sorted(translations.I18N.glob("*.ts")):
        out = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([translations.tool("lrelease"), "-silent", str(ts), "-qm", str(out)], check=True)
        assert out.read_bytes() == ts.with_suffix(".qm").read_bytes(), f"{ts.name}: run scripts/translations.py release"


@pytest.mark.parametrize("area", sorted(COMPLETE))
def test_complete_areas_translate_every_string_and_keep_placeholders(area: str) -> None:
    for language in LANGUAGES:
        rows = translations.messages(translations.ts_path(area, language))
        untranslated = [source for _, source, text, kind in rows if kind or not text]
        assert not untranslated, f"{area}_{language}: {len(untranslated)} untranslated, e.g. {untranslated[:3]}"
        for _, source, text, _ in rows:
            assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), (source, text)


def test_the_chosen_language_is_loaded_and_english_restores(qapp) -> None:  # noqa: ANN001 - pytest-qt's fixture
    from PySide6.QtCore import QCoreApplication, QLocale

    from netdesigner.ui import i18n

    assert i18n.resolve("system", QLocale("zh_CN")) == "zh_CN"
    assert i18n.resolve("system", QLocale("de_DE")) == "en"
    rows = [r for area in sorted(COMPLETE) for r in translations.messages(translations.ts_path(area, "zh_CN"))]
    if not rows:
        pytest.skip("no area is fully translated yet")
    context, source, text, _ = rows[0]
    try:
        assert i18n.install("zh_CN") == "zh_CN"
        assert QCoreApplication.translate(context, source) == text
    finally:
        i18n.install("en")
    assert QCoreApplication.translate(context, source) == source
