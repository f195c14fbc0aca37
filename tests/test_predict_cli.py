"""``netdesigner predict``: a trained model reads digit images of any size and polarity."""

import json
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

pytest.importorskip("keras")

from netdesigner.cli import main  # noqa: E402
from netdesigner.core.spec import TrainingConfig  # noqa: E402
from netdesigner.core.templates import load_template  # noqa: E402
from netdesigner.engine.datasets import load_dataset  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def json_lines(out):
    lines = out.splitlines()
    return [json.loads(line) for line in lines]


def assert_one_line_error(err):
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("netdesigner: error: ")
    assert "Traceback" not in err


@pytest.fixture(scope="module")
def data():
    return load_dataset("mnist-5k")


@pytest.fixture(scope="module")
def model_path(data, tmp_path_factory):
    from netdesigner.engine.training import train

    small = replace(
        data,
        x_train=data.x_train[:2000],
        y_train=data.y_train[:2000],
        x_test=data.x_test[:100],
        y_test=data.y_test[:100],
    )
    base = load_template("first-mlp")
    config = TrainingConfig.model_validate({**base.training.model_dump(), "epochs": 2, "seed": 1})
    result = train(base.model_copy(update={"training": config}), small)
    path = tmp_path_factory.mktemp("model") / "mlp.keras"
    result.model.save(path)
    return path


@pytest.fixture(scope="module")
def images(data, tmp_path_factory):
    """Clear digits redrawn bigger, some dark on light, plus files that cannot be read."""
    folder = tmp_path_factory.mktemp("images")
    clear = []
    for index in range(8):
        digit = data.x_test[index]
        big = np.asarray(Image.fromarray(digit).resize((84, 84), Image.Resampling.BICUBIC))
        canvas = np.zeros((200, 160), dtype=np.uint8)
        canvas[20 + 5 * index : 104 + 5 * index, 10 + 6 * index : 94 + 6 * index] = big
        if index % 2:
            canvas = 255 - canvas  # pencil on paper
        path = folder / f"digit{index}.png"
        Image.fromarray(canvas).save(path)
        clear.append((path, int(data.y_test[index])))
    text = folder / "notes.png"
    text.write_text("not a picture\n")
    blank = folder / "blank.png"
    Image.new("L", (120, 120), 0).save(blank)
    return {"clear": clear, "text": text, "blank": blank, "missing": folder / "missing.png"}


@pytest.mark.slow
def test_json_one_object_per_image(capsys, model_path, images):
    clear = [path for path, _ in images["clear"]]
    paths = [*clear[:3], images["text"], clear[3], images["blank"], images["missing"], *clear[4:]]
    code, out, _ = run(capsys, "predict", model_path, *paths, "--json")
    assert code == 2
    lines = json_lines(out)
    assert [line["image"] for line in lines] == [str(p) for p in paths]
    by_path = {line["image"]: line for line in lines}
    right = 0
    for path, label in images["clear"]:
        line = by_path[str(path)]
        assert set(line) == {"image", "digit", "probabilities"}
        assert len(line["probabilities"]) == 10
        assert abs(sum(line["probabilities"]) - 1) < 1e-3
        assert line["digit"] == int(np.argmax(line["probabilities"]))
        right += line["digit"] == label
    assert right >= 6, right
    assert set(by_path[str(images["text"])]) == {"image", "error"}
    assert "could not read image" in by_path[str(images["text"])]["error"]
    assert "no ink" in by_path[str(images["blank"])]["error"]
    assert "not found" in by_path[str(images["missing"])]["error"]


@pytest.mark.slow
def test_all_good_exits_zero_and_text_lines(capsys, model_path, images):
    clear = [path for path, _ in images["clear"]]
    code, out, err = run(capsys, "predict", model_path, *clear)
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) == len(clear)
    for path, line in zip(clear, lines, strict=True):
        assert re.fullmatch(re.escape(str(path)) + r": \d \(p=[01]\.\d\d\)", line), line


@pytest.mark.slow
def test_text_mode_bad_image_goes_to_stderr(capsys, model_path, images):
    code, out, err = run(capsys, "predict", model_path, images["clear"][0][0], images["blank"])
    assert code == 2
    assert len(out.splitlines()) == 1 and out.startswith(str(images["clear"][0][0]))
    assert_one_line_error(err)
    assert "no ink" in err


@pytest.mark.slow
def test_json_stdout_is_only_json_in_a_fresh_process(model_path, images):
    paths = [images["clear"][0][0], images["text"]]
    done = subprocess.run(
        [sys.executable, "-m", "netdesigner", "predict", str(model_path), *map(str, paths), "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 2, done.stderr
    lines = json_lines(done.stdout)
    assert [line["image"] for line in lines] == list(map(str, paths))
    assert "digit" in lines[0] and "error" in lines[1]
    assert "Traceback" not in done.stderr


def test_refuses_a_model_that_is_not_keras(capsys, tmp_path, images):
    image = images["clear"][0][0]
    code, out, err = run(capsys, "predict", tmp_path / "model.h5", image)
    assert code == 2 and out == ""
    assert_one_line_error(err)
    assert ".keras" in err
    broken = tmp_path / "broken.keras"
    broken.write_bytes(b"PK\x03\x04 this is not a zip archive at all")
    code, out, err = run(capsys, "predict", broken, image, "--json")
    assert code == 2 and out == ""
    assert_one_line_error(err)
    assert "could not load model" in err
    code, out, err = run(capsys, "predict", tmp_path / "missing.keras", image)
    assert code == 2 and out == ""
    assert_one_line_error(err)
    assert "not found" in err


def small_model(path, input_shape, activation):
    from netdesigner.engine.backend import load_keras

    load_keras()
    import keras

    keras.utils.set_random_seed(0)
    inputs = keras.Input(input_shape)
    hidden = keras.layers.Flatten()(inputs) if len(input_shape) > 1 else inputs
    outputs = keras.layers.Dense(10, activation=activation)(hidden)
    keras.Model(inputs, outputs).save(path)
    return path


@pytest.mark.parametrize(("shape", "activation"), [((28, 28, 1), "linear"), ((784,), "softmax"), ((28, 28), "relu")])
def test_input_shapes_and_output_activations(capsys, tmp_path, images, shape, activation):
    model = small_model(tmp_path / "m.keras", shape, activation)
    code, out, err = run(capsys, "predict", model, images["clear"][1][0], "--json")
    assert code == 0, err
    (line,) = json_lines(out)
    assert len(line["probabilities"]) == 10
    assert abs(sum(line["probabilities"]) - 1) < 1e-3
    assert all(p >= 0 for p in line["probabilities"])


def test_refuses_a_model_for_other_images(capsys, tmp_path, images):
    model = small_model(tmp_path / "m.keras", (32, 32, 3), "softmax")
    code, out, err = run(capsys, "predict", model, images["clear"][0][0])
    assert code == 2 and out == ""
    assert_one_line_error(err)
    assert "28x28" in err


def test_a_broken_model_output_is_an_error_not_nan(capsys, tmp_path, images):
    path = small_model(tmp_path / "m.keras", (784,), "linear")
    import keras

    model = keras.saving.load_model(path, compile=False)
    model.set_weights([np.full_like(w, np.nan) for w in model.get_weights()])
    model.save(path)
    code, out, _ = run(capsys, "predict", path, images["clear"][0][0], "--json")
    assert code == 2
    (line,) = json_lines(out)
    assert "not a number" in line["error"]
