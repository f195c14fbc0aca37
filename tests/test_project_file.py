"""Project files: round trip, migration, refusals with messages that say what and where, schema."""

import json
import os

import jsonschema
import pytest

from netdesigner.core.project_file import (
    ProjectError,
    load_project,
    project_from_json,
    project_to_json,
    save_project,
    write_atomic,
)
from netdesigner.core.schema import schema_json
from netdesigner.core.spec import FORMAT_VERSION, Project
from netdesigner.core.templates import load_template, template_names, templates_dir
from netdesigner.paths import resource


def template_data(name="first-mlp"):
    return json.loads((templates_dir() / f"{name}.ndproj").read_text())


def refused(data_or_text) -> str:
    text = data_or_text if isinstance(data_or_text, (str, bytes)) else json.dumps(data_or_text)
    with pytest.raises(ProjectError) as info:
        project_from_json(text, "test.ndproj")
    return str(info.value)


@pytest.mark.parametrize("name", template_names())
def test_round_trip_is_exact(tmp_path, name):
    project = load_template(name)
    path = tmp_path / "p.ndproj"
    save_project(project, path)
    again = load_project(path)
    assert again.network == project.network
    assert again.training == project.training
    assert again.metadata.modified and again.metadata.created
    assert project_to_json(again) == path.read_text()


def test_save_leaves_no_temporary_files(tmp_path):
    save_project(load_template("lenet5"), tmp_path / "a.ndproj")
    assert [p.name for p in tmp_path.iterdir()] == ["a.ndproj"]


def test_failed_write_removes_its_temporary_file(tmp_path, monkeypatch):
    path = tmp_path / "a.ndproj"
    path.write_text("old")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(ProjectError, match="No space left on device; the previous file is unchanged"):
        write_atomic(path, "new")
    assert path.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.ndproj"]


def test_version_1_is_migrated():
    v1 = {
        "format": "netdesigner-project",
        "version": 1,
        "name": "old one",
        "network": {
            "nodes": [
                {"id": "in", "type": "Input", "params": {"format": "flat"}, "pos": [10, 20]},
                {"id": "out", "type": "Dense", "params": {"units": 10, "activation": "softmax"}, "pos": [10, 130]},
            ],
            "edges": [["in", "out"]],
        },
        "training": {"optimizer": "sgd", "learning_rate": 0.1},
    }
    project = project_from_json(json.dumps(v1))
    assert project.version == FORMAT_VERSION
    assert project.metadata.name == "old one"
    assert project.network.node("out").position.y == 130
    assert [(e.source, e.target) for e in project.network.edges] == [("in", "out")]
    assert project.training.optimizer == "sgd"


def test_future_version_is_refused_with_advice():
    data = template_data()
    data["version"] = 99
    message = refused(data)
    assert "newer NetDesigner" in message and "version 99" in message and "Update" in message


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("", "is empty"),
        ("   \n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\xff\xfe", "not a text file"),
        ('{"format": "netdesigner-project", "version": 2, "network": {', "not valid JSON"),
        ("[1, 2, 3]", "expected an object"),
        ('{"format": "something-else", "version": 1}', "not a NetDesigner project"),
        ('{"format": "netdesigner-project"}', "no valid format version"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ],
)
def test_unreadable_content_is_refused(content, words):
    assert words in refused(content)


def test_truncated_file_names_line_and_column():
    text = project_to_json(load_template("first-mlp"))
    message = refused(text[: len(text) // 2])
    assert "not valid JSON" in message and "line" in message and "column" in message


def test_nan_is_refused():
    text = project_to_json(load_template("first-mlp")).replace('"learning_rate": 0.001', '"learning_rate": NaN')
    assert "NaN is not a number JSON allows" in refused(text)


def edit(path, value, name="first-mlp"):
    data = template_data(name)
    target = data
    for key in path[:-1]:
        target = target[key]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "words"),
    [
        (("network", "nodes", 1, "type"), "Dense3D", "unknown layer type 'Dense3D'"),
        (
            ("network", "nodes", 1, "params", "units"),
            "abc",
            "network.nodes[1] ('dense_1'): units must be a whole number",
        ),
        (("network", "nodes", 1, "params", "colour"), "red", "Dense has no parameter 'colour'"),
        (("network", "nodes", 1, "params", "activation"), "swish", "activation must be one of"),
        (("network", "nodes", 1, "id"), "input", "two nodes share the id 'input'"),
        (("network", "nodes", 1, "id"), "has space", "network.nodes[1] ('has space').id"),
        (("network", "edges", 0, "target"), "ghost", "refers to node 'ghost', which does not exist"),
        (("network", "nodes", 1, "extra"), 1, "network.nodes[1] ('dense_1').extra: Extra inputs are not permitted"),
        (("network", "nodes", 1, "id"), KeyError, "network.nodes[1].id: Field required"),
        (("training", "batch_size"), 0, "training.batch_size"),
        (("training", "batch_size"), -5, "training.batch_size"),
        (("training", "epochs"), 10**9, "training.epochs: Input should be less than or equal to 10000"),
        (("training", "learning_rate"), -1, "training.learning_rate: Input should be greater than 0"),
        (("training", "loss"), "hinge", "training.loss"),
        (("network", "nodes"), {"a": 1}, "network.nodes: Input should be a valid list"),
    ],
)
def test_wrong_shapes_say_where(path, value, words):
    message = refused(edit(path, value))
    assert message.startswith("test.ndproj is not a valid project: ")
    assert words in message


def test_huge_layer_count_is_refused():
    data = template_data()
    data["network"]["nodes"] = [{"id": f"n{i}", "type": "Flatten"} for i in range(6000)]
    assert "6000 layers" in refused(data)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ProjectError, match="does not exist"):
        load_project(tmp_path / "nope.ndproj")
    with pytest.raises(ProjectError, match="is a folder"):
        load_project(tmp_path)


def test_missing_params_take_defaults():
    data = template_data()
    data["network"]["nodes"][1]["params"] = {"units": 64}
    node = project_from_json(json.dumps(data)).network.node("dense_1")
    assert node["units"] == 64 and node["activation"] == "relu" and node["initializer"] == "glorot_uniform"


def test_shipped_schema_is_current():
    assert resource("ndproj.schema.json").read_text() == schema_json(), (
        "regenerate: python -m netdesigner.core.schema > resources/ndproj.schema.json"
    )


def test_templates_and_saved_projects_match_the_schema(tmp_path):
    schema = json.loads(resource("ndproj.schema.json").read_text())
    for name in template_names():
        jsonschema.validate(template_data(name), schema)
    save_project(Project(), tmp_path / "empty.ndproj")
    jsonschema.validate(json.loads((tmp_path / "empty.ndproj").read_text()), schema)
    bad = edit(("network", "nodes", 1, "params", "units"), "abc")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)


def test_version_2_files_open_with_an_empty_run_history(tmp_path):
    path = tmp_path / "old.ndproj"
    data = json.loads(project_to_json(load_template("first-mlp")))
    data["version"] = 2
    del data["runs"]
    path.write_text(json.dumps(data))
    project = load_project(path)
    assert project.version == FORMAT_VERSION and project.runs == []
