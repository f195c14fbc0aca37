"""Opening .keras files as projects: faithful round trips, and plain refusals of the rest.

The fast tests write ``config.json`` archives by hand in the format Keras 3 saves; the slow
ones save real models with Keras.
"""

import copy
import json
import subprocess
import sys
import warnings
import zipfile
from pathlib import Path

import pytest
from test_codegen import full_catalog_project

from netdesigner.core.analysis import analyze
from netdesigner.core.spec import Network
from netdesigner.core.templates import load_template, template_names
from netdesigner.engine import keras_archive
from netdesigner.engine.importer import ModelImportError, import_keras

# --- hand-made archives ----------------------------------------------------------------------


def _object(module: str, class_name: str, config: dict | None = None) -> dict:
    return {"module": module, "class_name": class_name, "config": config or {}, "registered_name": None}


def _tensor(name: str) -> dict:
    return {"class_name": "__keras_tensor__", "config": {"shape": [None], "keras_history": [name, 0, 0]}}


def layer(class_name: str, name: str, *inputs: str, **config) -> dict:
    """One functional layer entry as Keras 3 saves it."""
    args = [] if not inputs else [_tensor(inputs[0]) if len(inputs) == 1 else [_tensor(i) for i in inputs]]
    return {
        "module": "keras.layers",
        "class_name": class_name,
        "config": {
            "name": name,
            "trainable": True,
            "dtype": _object("keras", "DTypePolicy", {"name": "float32"}),
            **config,
        },
        "registered_name": None,
        "name": name,
        "inbound_nodes": [{"args": args, "kwargs": {}}] if inputs else [],
    }


def dense(name: str, source: str, units: int = 10, **config) -> dict:
    settings = {
        "units": units,
        "activation": "softmax",
        "use_bias": True,
        "kernel_initializer": _object("keras.initializers", "GlorotUniform", {"seed": None}),
        "bias_initializer": _object("keras.initializers", "Zeros"),
        "kernel_regularizer": None,
        "bias_regularizer": None,
        "kernel_constraint": None,
        "bias_constraint": None,
    }
    return layer("Dense", name, source, **{**settings, **config})


def conv(name: str, source: str, **config) -> dict:
    settings = {
        "filters": 4,
        "kernel_size": [3, 3],
        "strides": [1, 1],
        "padding": "valid",
        "data_format": "channels_last",
        "dilation_rate": [1, 1],
        "groups": 1,
        "activation": "relu",
    }
    entry = dense(name, source, **{**settings, **config})
    entry["class_name"] = "Conv2D"
    entry["config"].pop("units")
    return entry


def input_layer(name: str = "input", shape: tuple = (784,)) -> dict:
    entry = layer("InputLayer", name, batch_shape=[None, *shape], sparse=False, ragged=False)
    entry["config"].pop("trainable")
    return entry


def functional(layers: list[dict], inputs: str = "input", outputs: str | None = None, **extra) -> dict:
    outputs = outputs or layers[-1]["name"]
    body = {"name": "functional", "trainable": True, "layers": layers, "input_layers": [inputs, 0, 0]}
    body["output_layers"] = [outputs, 0, 0]
    return {"module": "keras.src.models.functional", "class_name": "Functional", "config": body, **extra}


def mlp() -> dict:
    return functional([input_layer(), dense("hidden", "input", 32, activation="relu"), dense("out", "hidden")])


def image_net(**conv_config) -> dict:
    layers = [
        input_layer(shape=(28, 28, 1)),
        conv("conv", "input", **conv_config),
        layer("Flatten", "flat", "conv", data_format="channels_last"),
        dense("out", "flat"),
    ]
    return functional(layers)


def write_keras(path: Path, config: dict | str) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("metadata.json", json.dumps({"keras_version": "3.15.1"}))
        archive.writestr("config.json", config if isinstance(config, str) else json.dumps(config))
        archive.writestr("model.weights.h5", b"")
    return path


def refusal(tmp_path: Path, config: dict | str) -> str:
    with pytest.raises(ModelImportError) as caught:
        import_keras(write_keras(tmp_path / "model.keras", config))
    return str(caught.value)


def incoming(network: Network) -> dict[str, list[str]]:
    result: dict[str, list[str]] = {n.id: [] for n in network.nodes}
    for edge in network.edges:
        result[edge.target].append(edge.source)
    return result


# --- fast: reading hand-made archives --------------------------------------------------------


def test_a_plain_mlp_is_read_with_catalog_parameters(tmp_path):
    project = import_keras(write_keras(tmp_path / "my_mlp.keras", mlp()))
    assert project.metadata.name == "my_mlp"
    assert [(n.id, n.type) for n in project.network.nodes] == [
        ("input", "Input"),
        ("hidden", "Dense"),
        ("out", "Dense"),
    ]
    assert project.network.node("input").params == {"format": "flat"}
    hidden = project.network.node("hidden").params
    assert hidden["units"] == 32 and hidden["activation"] == "relu" and hidden["initializer"] == "glorot_uniform"
    assert [(n.position.x, n.position.y) for n in project.network.nodes] == [(0, 0), (0, 110), (0, 220)]
    assert analyze(project.network, project.training).total_params == 784 * 32 + 32 + 330


def test_branches_sit_side_by_side_and_merge_inputs_keep_their_order(tmp_path):
    layers = [
        input_layer(),
        dense("left", "input", 16, activation="relu"),
        dense("right", "input", 16, activation="tanh"),
        layer("Add", "sum", "right", "left"),
        layer("Concatenate", "joined", "sum", "left", axis=-1),
        dense("out", "joined"),
    ]
    project = import_keras(write_keras(tmp_path / "m.keras", functional(layers)))
    assert incoming(project.network)["sum"] == ["right", "left"]
    assert incoming(project.network)["joined"] == ["sum", "left"]
    positions = {n.id: (n.position.x, n.position.y) for n in project.network.nodes}
    assert positions["left"] == (-110, 110) and positions["right"] == (110, 110)
    assert positions["sum"] == (0, 220) and positions["joined"] == (0, 330)
    assert analyze(project.network, project.training).valid


def test_layer_names_become_valid_unique_node_ids(tmp_path):
    layers = [
        input_layer("in/put"),
        dense("1st", "in/put", 8, activation="relu"),
        dense("a.b", "1st", 8, activation="relu"),
        dense("a_b", "a.b", 8, activation="relu"),
        dense("x" * 80, "a_b"),
    ]
    project = import_keras(write_keras(tmp_path / "m.keras", functional(layers, inputs="in/put")))
    ids = [n.id for n in project.network.nodes]
    assert ids[:4] == ["in_put", "layer_1st", "a_b", "a_b_2"] and ids[4] == "x" * 63
    assert [(e.source, e.target) for e in project.network.edges] == list(zip(ids[:-1], ids[1:], strict=True))
    assert analyze(project.network, project.training).valid


def test_weight_settings_and_compile_settings_map_onto_the_catalog(tmp_path):
    regularizer = _object("keras.regularizers", "L1L2", {"l1": 0.0010000000474974513, "l2": 0.02})
    init = _object("keras.initializers", "RandomNormal", {"seed": None, "mean": 0.0, "stddev": 0.1})
    layers = [
        input_layer(shape=(28, 28, 1)),
        conv(
            "conv",
            "input",
            kernel_size=5,
            strides=[2, 2],
            padding="same",
            kernel_initializer=init,
            kernel_regularizer=regularizer,
        ),
        layer(
            "MaxPooling2D", "pool", "conv", pool_size=[3, 3], strides=None, padding="same", data_format="channels_last"
        ),
        layer("BatchNormalization", "bn", "pool", axis=-1, momentum=0.9, epsilon=0.01, center=True, scale=True),
        layer("Activation", "act", "bn", activation="leaky_relu"),
        layer("GlobalAveragePooling2D", "gap", "act", data_format="channels_last", keepdims=False),
        layer("Dropout", "drop", "gap", rate=0.25, seed=None, noise_shape=None),
        layer("Reshape", "reshape", "drop", target_shape=[2, 2]),
        layer("Flatten", "flat", "reshape"),
        dense(
            "out",
            "flat",
            activation="linear",
            use_bias=False,
            kernel_initializer=_object("keras.initializers", "HeNormal", {"seed": None}),
        ),
    ]
    compile_config = {
        "optimizer": _object("keras.optimizers", "SGD", {"learning_rate": 0.009999999776482582, "momentum": 0.8}),
        "loss": "mean_squared_error",
    }
    project = import_keras(write_keras(tmp_path / "m.keras", functional(layers, compile_config=compile_config)))
    net = project.network
    assert net.node("conv").params | {} == {
        "filters": 4,
        "kernel_size": 5,
        "strides": 2,
        "padding": "same",
        "activation": "relu",
        "initializer": "random_normal",
        "init_std": 0.1,
        "use_bias": True,
        "regularizer": "l1_l2",
        "l1": 0.001,
        "l2": 0.02,
    }
    assert net.node("pool").params == {"pool_size": 3, "strides": 3, "padding": "same"}
    assert net.node("bn").params == {"momentum": 0.9, "epsilon": 0.01}
    assert net.node("act").params == {"activation": "leaky_relu"}
    assert net.node("drop").params == {"rate": 0.25}
    assert net.node("reshape").params == {"target_shape": (2, 2)}
    assert net.node("out").params["initializer"] == "he_normal" and net.node("out").params["use_bias"] is False
    training = project.training
    assert (training.optimizer, training.learning_rate, training.momentum, training.loss) == (
        "momentum",
        0.01,
        0.8,
        "mse",
    )


def test_unknown_compile_settings_fall_back_to_the_defaults(tmp_path):
    compile_config = {"optimizer": _object("keras.optimizers", "Adagrad", {"learning_rate": 0.5}), "loss": "hinge"}
    project = import_keras(
        write_keras(tmp_path / "m.keras", functional(mlp()["config"]["layers"], compile_config=compile_config))
    )
    assert (project.training.optimizer, project.training.loss, project.training.learning_rate) == (
        "adam",
        "cross_entropy",
        0.001,
    )


def test_sequential_models_chain_their_layers(tmp_path):
    body = {
        "name": "sequential",
        "layers": [input_layer("x_in"), dense("hidden", "", 8, activation="relu"), dense("out", "")],
    }
    for entry in body["layers"]:
        entry.pop("name")
        entry.pop("inbound_nodes")
    project = import_keras(
        write_keras(tmp_path / "seq.keras", {"module": "keras", "class_name": "Sequential", "config": body})
    )
    assert [(e.source, e.target) for e in project.network.edges] == [("x_in", "hidden"), ("hidden", "out")]
    built = copy.deepcopy(body)
    built["layers"] = built["layers"][1:]
    built["build_input_shape"] = [None, 28, 28, 1]
    built["layers"].insert(0, {**layer("Flatten", "flat"), "inbound_nodes": []})
    project = import_keras(
        write_keras(tmp_path / "seq.keras", {"module": "keras", "class_name": "Sequential", "config": built})
    )
    assert [n.type for n in project.network.nodes] == ["Input", "Flatten", "Dense", "Dense"]
    assert project.network.nodes[0].params == {"format": "image"}
    del built["build_input_shape"]
    assert "never built" in refusal(tmp_path, {"module": "keras", "class_name": "Sequential", "config": built})


def test_keras_2_inbound_nodes_are_understood(tmp_path):
    config = mlp()
    for entry in config["config"]["layers"][1:]:
        source = entry["inbound_nodes"][0]["args"][0]["config"]["keras_history"][0]
        entry["inbound_nodes"] = [[[source, 0, 0, {}]]]
    config["config"]["input_layers"] = [["input", 0, 0]]
    project = import_keras(write_keras(tmp_path / "old.keras", config))
    assert [(e.source, e.target) for e in project.network.edges] == [("input", "hidden"), ("hidden", "out")]


def test_a_network_with_problems_is_still_returned(tmp_path):
    layers = [input_layer(), dense("out", "input", units=7)]
    project = import_keras(write_keras(tmp_path / "m.keras", functional(layers)))
    assert [p.code for p in analyze(project.network, project.training).problems] == ["output_classes"]


@pytest.mark.slow
def test_importing_never_loads_tensorflow(tmp_path):
    path = write_keras(tmp_path / "m.keras", mlp())
    code = (
        "import sys; from netdesigner.engine.importer import import_keras; "
        f"import_keras({str(path)!r}); print(sorted(m for m in ('keras', 'tensorflow') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# --- fast: refusals --------------------------------------------------------------------------


def _with(config: dict, layer_name: str, **changes) -> dict:
    config = copy.deepcopy(config)
    for entry in config["config"]["layers"]:
        if entry["name"] == layer_name:
            entry["config"].update(changes)
    return config


REGULARIZER = _object("keras.regularizers", "L2", {"l2": 0.01})


@pytest.mark.parametrize(
    ("config", "words"),
    [
        (image_net(kernel_size=[3, 5]), ["'conv' (Conv2D)", "3x5 kernel", "square"]),
        (image_net(strides=[1, 2]), ["'conv'", "1x2 stride", "square"]),
        (image_net(dilation_rate=[2, 2]), ["'conv'", "dilation"]),
        (image_net(groups=2), ["'conv'", "groups = 2", "grouped"]),
        (image_net(data_format="channels_first"), ["'conv'", "channels_first", "channels_last"]),
        (image_net(bias_regularizer=REGULARIZER), ["'conv'", "bias regularizer"]),
        (image_net(activity_regularizer=REGULARIZER), ["'conv'", "activity regularizer"]),
        (image_net(kernel_constraint=_object("keras.constraints", "MaxNorm")), ["'conv'", "kernel constraint"]),
        (
            image_net(kernel_initializer=_object("keras.initializers", "Orthogonal")),
            ["'conv'", "Orthogonal", "GlorotUniform"],
        ),
        (
            image_net(kernel_initializer=_object("keras.initializers", "RandomNormal", {"mean": 1.0, "stddev": 0.1})),
            ["'conv'", "RandomNormal with mean 1.0"],
        ),
        (image_net(bias_initializer=_object("keras.initializers", "Ones")), ["'conv'", "biases at zero"]),
        (
            image_net(kernel_regularizer=_object("keras.regularizers", "OrthogonalRegularizer")),
            ["'conv'", "OrthogonalRegularizer"],
        ),
        (image_net(activation="swish"), ["'conv'", "'swish'", "softmax"]),
        (image_net(trainable=False), ["'conv'", "frozen"]),
        (
            image_net(dtype=_object("keras", "DTypePolicy", {"name": "mixed_float16"})),
            ["'conv'", "mixed_float16", "float32"],
        ),
        (
            _with(image_net(), "input", batch_shape=[None, 28, 28]),
            ["Input 'input'", "(28, 28)", "(28, 28, 1)", "(784,)"],
        ),
        (_with(mlp(), "input", batch_shape=[None, 28, 28, 3]), ["(28, 28, 3)"]),
    ],
    ids=lambda value: value[-1] if isinstance(value, list) else None,
)
def test_settings_netdesigner_cannot_represent_are_named(tmp_path, config, words):
    message = refusal(tmp_path, config)
    assert message.startswith("model.keras: ")
    for word in words:
        assert word in message


def test_layer_types_outside_the_catalog_are_refused_with_the_list(tmp_path):
    layers = [input_layer(shape=(28, 28)), layer("LSTM", "memory", "input", units=8), dense("out", "memory")]
    message = refusal(tmp_path, functional(layers))
    assert "layer 'memory' is a LSTM" in message and "not support" in message and "Conv2D" in message


def test_lambda_layers_are_refused_as_code(tmp_path):
    code = {"class_name": "__lambda__", "config": {"code": "4wEAAAAAAAAA", "defaults": None, "closure": None}}
    layers = [input_layer(), layer("Lambda", "double", "input", function=code, arguments={}), dense("out", "double")]
    message = refusal(tmp_path, functional(layers))
    assert message == (
        "model.keras contains a Lambda layer 'double', which holds Python code; "
        "NetDesigner only opens models made of standard layers"
    )


@pytest.mark.parametrize(("module", "registered"), [(None, "mine>Scale"), ("my_package.layers", None)])
def test_custom_objects_are_refused(tmp_path, module, registered):
    custom = {**layer("Scale", "scale", "input"), "module": module, "registered_name": registered}
    message = refusal(tmp_path, functional([input_layer(), custom, dense("out", "scale")]))
    assert "custom object" in message and "Python code" in message


def test_custom_objects_inside_settings_are_refused(tmp_path):
    init = {"module": "my_inits", "class_name": "Special", "config": {}, "registered_name": "my>Special"}
    assert "custom object 'my>Special'" in refusal(tmp_path, image_net(kernel_initializer=init))


def test_structures_netdesigner_cannot_draw_are_refused(tmp_path):
    two_outputs = functional([input_layer(), dense("a", "input"), dense("b", "input")])
    two_outputs["config"]["output_layers"] = [["a", 0, 0], ["b", 0, 0]]
    assert "2 outputs" in refusal(tmp_path, two_outputs)
    two_inputs = mlp()
    two_inputs["config"]["input_layers"] = [["input", 0, 0], ["other", 0, 0]]
    assert "2 inputs" in refusal(tmp_path, two_inputs)
    shared = mlp()
    shared["config"]["layers"][2]["inbound_nodes"] *= 2
    assert "used more than once" in refusal(tmp_path, shared)
    nested = mlp()
    nested["config"]["layers"][1] = {**nested["config"]["layers"][1], "class_name": "Sequential", "module": "keras"}
    assert "nested model 'hidden'" in refusal(tmp_path, nested)
    twice = functional([input_layer(), dense("a", "input"), layer("Add", "sum", "a", "a")])
    assert "same input twice" in refusal(tmp_path, twice)


@pytest.mark.parametrize(
    "config",
    [
        {"class_name": "Functional", "config": {"layers": [42]}},
        {"class_name": "Functional", "config": {"layers": [{"class_name": "Dense"}]}},
        {"class_name": "Functional", "config": {"layers": "many"}},
        {"class_name": "Functional", "config": {"layers": [], "input_layers": [], "output_layers": []}},
        _with(mlp(), "hidden", units="many"),
        _with(mlp(), "hidden", kernel_initializer=[1, 2]),
        _with(mlp(), "hidden", units=float("nan")),
        _with(mlp(), "hidden", units=10**12),
        {"class_name": "Widget", "config": {}},
    ],
)
def test_malformed_configurations_end_in_a_message_not_a_traceback(tmp_path, config):
    assert refusal(tmp_path, config).startswith("model.keras")


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"\x89HDF\r\n\x1a\n" + bytes(64), [".h5", "model.save('name.keras')"]),
        (bytes(range(256)) * 4, ["not a .keras model file"]),
        (b"", ["not a .keras model file"]),
    ],
)
def test_files_that_are_not_keras_archives_are_refused(tmp_path, content, words):
    path = tmp_path / "model.keras"
    path.write_bytes(content)
    with pytest.raises(ModelImportError) as caught:
        import_keras(path)
    for word in words:
        assert word in str(caught.value)


def test_archives_without_a_readable_config_are_refused(tmp_path):
    path = tmp_path / "model.keras"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("metadata.json", "{}")
    with pytest.raises(ModelImportError, match="no config.json"):
        import_keras(path)
    assert "not valid JSON" in refusal(tmp_path, "{not json")
    assert "describes no model" in refusal(tmp_path, "[1, 2]")
    with pytest.raises(ModelImportError, match="does not exist"):
        import_keras(tmp_path / "missing.keras")
    with pytest.raises(ModelImportError, match="folder"):
        import_keras(tmp_path)


def test_truncated_archives_are_refused(tmp_path):
    whole = write_keras(tmp_path / "whole.keras", mlp()).read_bytes()
    path = tmp_path / "cut.keras"
    path.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(ModelImportError, match="not a .keras model file"):
        import_keras(path)


def test_oversized_files_are_refused(tmp_path, monkeypatch):
    path = write_keras(tmp_path / "m.keras", mlp())
    monkeypatch.setattr(keras_archive, "MAX_FILE_BYTES", 100)
    with pytest.raises(ModelImportError, match="too large"):
        import_keras(path)


# --- slow: models saved by Keras -------------------------------------------------------------


@pytest.fixture(scope="module")
def keras_models(tmp_path_factory):
    """Save every kind of model once; tests look them up by name."""
    keras = pytest.importorskip("keras")
    from netdesigner.engine.builder import build_compiled

    folder = tmp_path_factory.mktemp("keras_models")
    for name in template_names():
        project = load_template(name)
        build_compiled(project.network, project.training).save(folder / f"{name}.keras")
    full = full_catalog_project()
    build_compiled(full.network, full.training).save(folder / "full.keras")

    inputs = keras.Input((784,), name="pixels")
    a = keras.layers.Dense(32, name="a")(inputs)
    b = keras.layers.Dense(32, activation="relu", name="b")(inputs)
    added = keras.layers.Add(name="added")([a, b])
    joined = keras.layers.Concatenate(name="joined")([added, b])
    outputs = keras.layers.Dense(10, activation="softmax", name="scores")(joined)
    branch = keras.Model(inputs, outputs)
    branch.compile(optimizer=keras.optimizers.RMSprop(0.002), loss="categorical_crossentropy")
    branch.save(folder / "branch.keras")

    keras.Sequential([keras.Input((28, 28, 1)), keras.layers.Flatten(), keras.layers.Dense(10)]).save(
        folder / "seq.keras"
    )

    inputs = keras.Input((28, 28, 1))
    doubled = keras.layers.Lambda(lambda t: t * 2.0, name="double")(inputs)
    keras.Model(inputs, keras.layers.Dense(10)(keras.layers.Flatten()(doubled))).save(folder / "lambda.keras")

    @keras.saving.register_keras_serializable(package="netdesigner_test")
    class Scale(keras.layers.Layer):
        def call(self, x):
            return x * 2.0

    inputs = keras.Input((784,))
    keras.Model(inputs, keras.layers.Dense(10)(Scale(name="scale")(inputs))).save(folder / "custom.keras")

    inputs = keras.Input((28, 28))
    keras.Model(inputs, keras.layers.LSTM(10, name="memory")(inputs)).save(folder / "lstm.keras")
    keras.Model(inputs, keras.layers.Conv1D(10, 3, name="conv1d")(inputs)).save(folder / "conv1d.keras")
    inputs = keras.Input((28, 28, 1))
    wide = keras.layers.Conv2D(4, (3, 5), name="wide")(inputs)
    keras.Model(inputs, keras.layers.Dense(10)(keras.layers.Flatten()(wide))).save(folder / "wide.keras")
    with warnings.catch_warnings():  # Keras may warn that HDF5 is a legacy format
        warnings.simplefilter("ignore")
        keras.Sequential([keras.Input((784,)), keras.layers.Dense(10)]).save(folder / "legacy.h5")
    whole = (folder / "first-mlp.keras").read_bytes()
    (folder / "truncated.keras").write_bytes(whole[: len(whole) // 3])
    return folder


@pytest.mark.slow
@pytest.mark.parametrize("name", template_names())
def test_every_template_survives_a_round_trip(keras_models, name):
    original = load_template(name)
    project = import_keras(keras_models / f"{name}.keras")
    assert [(n.id, n.type, n.params) for n in project.network.nodes] == [
        (n.id, n.type, n.params) for n in original.network.nodes
    ]
    assert project.network.edges == original.network.edges
    assert [n.position for n in project.network.nodes] == [n.position for n in original.network.nodes]
    keep = ("loss", "optimizer", "learning_rate", "seed")
    assert project.training.model_dump(include=set(keep)) == original.training.model_dump(include=set(keep))
    assert analyze(project.network, project.training).total_params == analyze(original.network).total_params
    assert analyze(project.network, project.training).valid


@pytest.mark.slow
def test_every_layer_type_survives_a_round_trip_with_its_initial_weights(keras_models):
    import numpy as np

    from netdesigner.engine.builder import build_compiled

    original = full_catalog_project()
    project = import_keras(keras_models / "full.keras")
    assert sorted((n.id, n.type, repr(n.params)) for n in project.network.nodes) == sorted(
        (n.id, n.type, repr(n.params)) for n in original.network.nodes
    )
    assert incoming(project.network) == incoming(original.network)
    keep = {"loss", "optimizer", "learning_rate", "momentum", "seed"}
    assert project.training.model_dump(include=keep) == original.training.model_dump(include=keep)
    # Seeded layers keep their place in the node list, so building again gives the same weights.
    rebuilt = build_compiled(project.network, project.training)
    built = build_compiled(original.network, original.training)
    for layer in built.layers:
        for a, b in zip(layer.get_weights(), rebuilt.get_layer(layer.name).get_weights(), strict=True):
            np.testing.assert_array_equal(a, b, err_msg=layer.name)
        assert layer.get_config() == rebuilt.get_layer(layer.name).get_config()


@pytest.mark.slow
def test_a_keras_functional_model_with_branches(keras_models):
    project = import_keras(keras_models / "branch.keras")
    assert [n.id for n in project.network.nodes] == ["pixels", "a", "b", "added", "joined", "scores"]
    assert incoming(project.network)["added"] == ["a", "b"]
    assert incoming(project.network)["joined"] == ["added", "b"]
    assert project.network.node("a").params["activation"] == "linear"
    assert (project.training.optimizer, project.training.learning_rate) == ("rmsprop", 0.002)
    analysis = analyze(project.network, project.training)
    assert analysis.valid and analysis.total_params == 784 * 32 * 2 + 64 + 64 * 10 + 10


@pytest.mark.slow
def test_a_keras_sequential_model(keras_models):
    project = import_keras(keras_models / "seq.keras")
    assert [n.type for n in project.network.nodes] == ["Input", "Flatten", "Dense"]
    assert project.network.node(project.network.nodes[2].id).params["activation"] == "linear"
    assert analyze(project.network, project.training).total_params == 7850


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("lambda", ["Lambda layer 'double'", "Python code", "standard layers"]),
        ("custom", ["custom object 'netdesigner_test>Scale'", "Python code"]),
        ("lstm", ["'memory' is a LSTM", "Dense"]),
        ("conv1d", ["'conv1d' is a Conv1D", "Conv2D"]),
        ("wide", ["'wide' (Conv2D)", "3x5 kernel"]),
        ("legacy.h5", ["not a .keras model file", "HDF5"]),
        ("truncated", ["not a .keras model file"]),
    ],
)
def test_keras_models_netdesigner_cannot_open_are_refused(keras_models, name, words):
    path = keras_models / (name if "." in name else f"{name}.keras")
    with pytest.raises(ModelImportError) as caught:
        import_keras(path)
    for word in words:
        assert word in str(caught.value)
