"""The ``netdesigner`` command end to end: output, files written and exit statuses."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from netdesigner.cli import main
from netdesigner.core.project_file import load_project
from netdesigner.core.templates import load_template, template_names

ROOT = Path(__file__).resolve().parent.parent


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(err):
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("netdesigner: error: ")
    assert "Traceback" not in err


def test_templates_lists_each_with_its_parameters(capsys):
    code, out, _ = run(capsys, "templates")
    assert code == 0
    lines = out.strip().splitlines()
    assert [line.split()[0] for line in lines] == template_names()
    assert any(line.startswith("first-mlp") and "101,770 params" in line for line in lines)


def test_new_then_summary_json(tmp_path, capsys):
    path = tmp_path / "a.ndproj"
    code, _, _ = run(capsys, "new", "keras-mnist-convnet", "-o", str(path))
    assert code == 0 and load_project(path).network == load_template("keras-mnist-convnet").network
    code, out, _ = run(capsys, "summary", str(path), "--json")
    assert code == 0
    summary = json.loads(out)
    assert summary["valid"] is True and summary["total_params"] == 34_826 and summary["trainable_params"] == 34_826
    assert summary["problems"] == []
    first, second = summary["layers"][:2]
    assert first == {"id": "input", "type": "Input", "output_shape": [None, 28, 28, 1], "params": 0}
    assert second == {"id": "conv2d_1", "type": "Conv2D", "output_shape": [None, 26, 26, 32], "params": 320}


def test_new_refuses_to_overwrite(tmp_path, capsys):
    path = tmp_path / "a.ndproj"
    path.write_text("mine")
    code, _, err = run(capsys, "new", "lenet5", "-o", str(path))
    assert code == 2 and "already exists" in err and "--force" in err
    assert path.read_text() == "mine"
    assert run(capsys, "new", "lenet5", "-o", str(path), "--force")[0] == 0


def test_summary_text_table(capsys):
    code, out, _ = run(capsys, "summary", "lenet5")
    assert code == 0
    assert "conv2d_1" in out and "(None, 28, 28, 6)" in out and "Total parameters: 61,706" in out
    assert "No problems" in out


def test_summary_of_a_broken_network_exits_1(tmp_path, capsys):
    project = load_template("first-mlp")
    project.network.node("dense_1").params["units"] = -3
    project.network.edges.pop()
    path = tmp_path / "broken.ndproj"
    from netdesigner.core.project_file import save_project

    save_project(project, path)
    code, out, _ = run(capsys, "summary", str(path), "--json")
    assert code == 1
    summary = json.loads(out)
    assert summary["valid"] is False
    assert {p["node"] for p in summary["problems"]} >= {"dense_1", "dense_2"}
    assert all(set(p) >= {"node", "message"} for p in summary["problems"])
    dense_1 = next(layer for layer in summary["layers"] if layer["id"] == "dense_1")
    assert dense_1["output_shape"] is None


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("", "is empty"),
        ("{not json", "not valid JSON"),
        ('{"format": "netdesigner-project", "version": 7}', "newer NetDesigner"),
    ],
)
def test_unreadable_project_exits_2_with_one_line(tmp_path, capsys, content, words):
    path = tmp_path / "bad.ndproj"
    path.write_text(content)
    code, out, err = run(capsys, "summary", str(path))
    assert code == 2 and out == ""
    assert_one_line_error(err)
    assert words in err


def test_missing_file_exits_2(capsys):
    code, _, err = run(capsys, "summary", "no-such-file.ndproj")
    assert code == 2 and "does not exist" in err


def test_bad_training_options_exit_2(capsys):
    for args, words in (
        (("--batch-size", "0"), "--batch-size"),
        (("--batch-size", "lots"), "whole number or 'full'"),
        (("--epochs", "0"), "--epochs"),
        (("--dataset", "cifar"), "unknown dataset 'cifar'"),
        (("--save", "model.h5"), "ending in .keras"),
    ):
        code, _, err = run(capsys, "train", "first-mlp", *args)
        assert code == 2, args
        assert_one_line_error(err)
        assert words in err, err


def test_train_refuses_a_broken_network_with_exit_1(tmp_path, capsys):
    project = load_template("first-mlp")
    project.network.node("dense_2").params["units"] = 7
    path = tmp_path / "p.ndproj"
    from netdesigner.core.project_file import save_project

    save_project(project, path)
    code, _, err = run(capsys, "train", str(path), "--epochs", "1")
    assert code == 1 and "10 classes" in err and "fix them before training" in err


@pytest.mark.slow
def test_train_first_mlp_end_to_end(tmp_path, capsys):
    metrics = tmp_path / "m.jsonl"
    model = tmp_path / "m.keras"
    code, out, err = run(
        capsys, "train", "first-mlp", "--epochs", "5", "--json", "--metrics", str(metrics), "--save", str(model)
    )
    assert code == 0, err
    result = json.loads(out.strip().splitlines()[-1])
    assert [h["epoch"] for h in result["history"]] == [1, 2, 3, 4, 5]
    assert result["test"]["accuracy"] >= 0.90
    lines = [json.loads(line) for line in metrics.read_text().splitlines()]
    assert [line["epoch"] for line in lines] == [1, 2, 3, 4, 5] and "val_accuracy" in lines[0]
    assert "epoch 5/5" in err and "test accuracy" in err
    import keras

    assert keras.saving.load_model(model, safe_mode=True).count_params() == 101_770


@pytest.mark.slow
def test_export_python_and_keras(tmp_path, capsys):
    script = tmp_path / "lenet5.py"
    assert run(capsys, "export", "lenet5", "--format", "python", "-o", str(script))[0] == 0
    compile(script.read_text(), str(script), "exec")
    model = tmp_path / "lenet5.keras"
    assert run(capsys, "export", "lenet5", "--format", "keras", "-o", str(model))[0] == 0
    code, _, err = run(capsys, "import", str(model), "-o", str(tmp_path / "back.ndproj"))
    assert code == 0, err
    back = load_project(tmp_path / "back.ndproj")
    assert [n.type for n in back.network.nodes] == [n.type for n in load_template("lenet5").network.nodes]
    code, _, err = run(capsys, "export", "lenet5", "--format", "keras", "-o", str(tmp_path / "x.h5"))
    assert code == 2 and "must end in .keras" in err


def test_import_refuses_a_non_model(tmp_path, capsys):
    bad = tmp_path / "bad.keras"
    bad.write_bytes(b"not a zip at all")
    code, _, err = run(capsys, "import", str(bad), "-o", str(tmp_path / "x.ndproj"))
    assert code == 2
    assert_one_line_error(err)
    assert not (tmp_path / "x.ndproj").exists()


@pytest.mark.slow
def test_console_script_and_module_entry_points(tmp_path):
    script = Path(sys.executable).with_name("netdesigner")
    for command in ([str(script)], [sys.executable, "-m", "netdesigner"]):
        done = subprocess.run(
            [*command, "summary", "keras-mnist-convnet", "--json"], capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["total_params"] == 34_826
    done = subprocess.run(
        [str(script), "summary", str(tmp_path / "none.ndproj")], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 2 and done.stderr.count("\n") == 1
