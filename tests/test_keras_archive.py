"""Reading a .keras archive's config safely: what check_loadable refuses, in words."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from netdesigner.core.catalog import LAYER_TYPES
from netdesigner.engine.keras_archive import SUPPORTED_LAYERS, ModelImportError, check_loadable, read_config


def write_config(path: Path, config: object) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("config.json", json.dumps(config))
    return path


def functional(*layers: object) -> dict[str, object]:
    return {"class_name": "Functional", "config": {"layers": list(layers)}}


def test_every_catalog_type_is_supported_under_its_keras_class() -> None:
    assert SUPPORTED_LAYERS == {t.keras_class: t.name for t in LAYER_TYPES}
    assert SUPPORTED_LAYERS["InputLayer"] == "Input"
    assert len(SUPPORTED_LAYERS) == len(LAYER_TYPES)


def test_a_model_of_supported_layers_is_loadable(tmp_path: Path) -> None:
    path = write_config(tmp_path / "m.keras", functional({"class_name": "InputLayer"}, {"class_name": "Dense"}))
    check_loadable(path)
    assert read_config(path)["class_name"] == "Functional"


@pytest.mark.parametrize(
    ("config", "words"),
    [
        (functional({"class_name": "LSTM"}), "layer of type 'LSTM'"),
        (functional({"class_name": ["Dense"]}), "layer of type ['Dense']"),
        (functional({"class_name": {"nested": 1}}), "which NetDesigner does not load"),
        (functional("Dense"), "layer of type None"),
        ({"class_name": "Custom", "config": {"layers": []}}, "holds a Custom model"),
        ({"class_name": "Functional", "config": {"layers": {}}}, "only Functional and Sequential"),
    ],
)
def test_unloadable_models_are_refused_in_words(tmp_path: Path, config: object, words: str) -> None:
    path = write_config(tmp_path / "m.keras", config)
    with pytest.raises(ModelImportError, match="m.keras") as caught:
        check_loadable(path)
    assert words in str(caught.value)
