"""The exported Python script: readable, standalone, and the same model as the builder's."""

import ast
import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from helpers import network, node

from netdesigner.core.analysis import analyze
from netdesigner.core.codegen import CodegenError, python_script
from netdesigner.core.seeds import node_seed, recover_seed
from netdesigner.core.spec import Metadata, Project, TrainingConfig
from netdesigner.core.templates import load_template, template_names
from netdesigner.paths import resource

RUFF = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")


def full_catalog_project() -> Project:
    """Every layer type with non-default settings, two branches and both merges."""
    nodes = [
        node("input", "Input", format="flat"),
        node("reshape", "Reshape", target_shape=[28, 28, 1]),
        node("conv_a", "Conv2D", filters=4, padding="same", initializer="he_normal", regularizer="l2", l2=0.01),
        node(
            "conv_b",
            "Conv2D",
            filters=4,
            kernel_size=5,
            strides=2,
            padding="same",
            initializer="random_normal",
            init_std=0.1,
            use_bias=False,
            regularizer="l1_l2",
        ),
        node("pool", "AveragePooling2D", pool_size=3, strides=2, padding="same"),
        node("add", "Add"),
        node("bn", "BatchNormalization", momentum=0.9, epsilon=0.01),
        node("act", "Activation", activation="gelu"),
        node("gap", "GlobalAveragePooling2D"),
        node("flat", "Flatten"),
        node("dense_in", "Dense", units=12, activation="elu", initializer="zeros", regularizer="l1", l1=0.002),
        node("max", "MaxPooling2D"),
        node("dense_he", "Dense", units=6, activation="tanh", initializer="he_uniform"),
        node("flat2", "Flatten"),
        node("cat", "Concatenate"),
        node("drop", "Dropout", rate=0.25),
        node("out", "Dense", units=10, activation="linear", initializer="glorot_normal"),
    ]
    edges = [
        ("input", "reshape"),
        ("reshape", "conv_a"),
        ("reshape", "conv_b"),
        ("conv_a", "pool"),
        ("pool", "add"),
        ("conv_b", "add"),
        ("add", "bn"),
        ("bn", "act"),
        ("act", "gap"),
        ("input", "flat"),
        ("flat", "dense_in"),
        ("act", "max"),
        ("max", "flat2"),
        ("flat2", "dense_he"),
        ("gap", "cat"),
        ("dense_in", "cat"),
        ("dense_he", "cat"),
        ("cat", "drop"),
        ("drop", "out"),
    ]
    training = TrainingConfig(optimizer="momentum", momentum=0.8, learning_rate=0.05, batch_size="full", seed=7)
    return Project(metadata=Metadata(name="full catalog"), network=network(nodes, edges), training=training)


def test_full_catalog_project_is_valid():
    project = full_catalog_project()
    assert analyze(project.network, project.training).valid


@pytest.mark.parametrize("name", template_names())
def test_template_scripts_are_python_that_reads_like_keras(name):
    project = load_template(name)
    text = python_script(project)
    tree = ast.parse(text)
    assert ast.get_docstring(tree).startswith(f"{name}: a Keras script exported from NetDesigner.")
    imported = {alias.name for n in ast.walk(tree) if isinstance(n, ast.Import) for alias in n.names}
    imported |= {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert imported == {"argparse", "keras", "numpy"}
    for item in project.network.nodes:
        assert f'name="{item.id}"' in text
    assert f"EPOCHS = {project.training.epochs}\n" in text
    assert f"learning_rate={project.training.learning_rate!r}" in text
    assert 'keras.metrics.CategoricalAccuracy(name="accuracy")' in text
    assert all(len(line) <= 88 for line in text.splitlines()), "lines longer than 88 characters"


def test_chain_reads_with_x_and_branches_with_names():
    chain = python_script(load_template("keras-mnist-convnet"))
    assert 'inputs = keras.Input(shape=INPUT_SHAPE, name="input")' in chain
    assert 'x = layers.MaxPooling2D(pool_size=2, name="maxpooling2d_1")(x)' in chain
    assert 'x = layers.Dropout(0.5, seed=layer_seed(6), name="dropout_1")(x)' in chain
    assert "outputs = layers.Dense(\n" in chain
    branched = python_script(full_catalog_project())
    assert 'x = layers.Add(name="add")([pool, conv_b])' in branched
    assert 'layers.Concatenate(name="cat")([gap, dense_in, dense_he])' in branched
    assert "kernel_regularizer=keras.regularizers.L1L2(l1=0.001, l2=0.001)" in branched
    assert 'kernel_initializer="zeros"' in branched
    assert "keras.losses.CategoricalCrossentropy(from_logits=True)" in branched
    assert "keras.optimizers.SGD(learning_rate=0.05, momentum=0.8)" in branched
    assert "batch_size = len(x_train) - int(len(x_train) * VALIDATION_SPLIT)" in branched
    assert "BATCH_SIZE" not in branched


def test_layer_seed_in_script_matches_node_seed():
    text = python_script(load_template("lenet5"))
    function = next(n for n in ast.parse(text).body if isinstance(n, ast.FunctionDef) and n.name == "layer_seed")
    for seed in (0, 42, 2**31 - 2):
        scope = {"SEED": seed}
        exec(compile(ast.Module([function], []), "script", "exec"), scope)
        assert [scope["layer_seed"](i) for i in range(20)] == [node_seed(seed, i) for i in range(20)]


def test_recover_seed_finds_the_project_seed_in_any_layer_order():
    seeds = [node_seed(1234, i) if i % 3 else None for i in range(10)]
    found = recover_seed(seeds)
    assert found is not None and found[0] == 1234 and found[1] == list(range(10))
    shuffled = [seeds[i] for i in (4, 0, 2, 9, 1, 3, 5, 6, 8, 7)]
    seed, indices = recover_seed(shuffled)
    assert seed == 1234 and sorted(indices) == list(range(10))
    assert [node_seed(seed, i) for s, i in zip(shuffled, indices, strict=True) if s is not None] == [
        s for s in shuffled if s
    ]
    assert recover_seed([None, None]) is None
    assert recover_seed([123456789, 987654321, 5]) is None


def test_names_that_clash_with_the_script_are_renamed():
    nodes = [
        node("input", "Input", format="flat"),
        node("keras", "Dense", units=8),
        node("INPUT_SHAPE", "Dense", units=8),
        node("x", "Add"),
        node("print", "Dense", units=10, activation="softmax"),
    ]
    edges = [("input", "keras"), ("input", "INPUT_SHAPE"), ("keras", "x"), ("INPUT_SHAPE", "x"), ("x", "print")]
    text = python_script(Project(network=network(nodes, edges)))
    assert "keras_ = layers.Dense(" in text and "INPUT_SHAPE_ = layers.Dense(" in text
    assert 'x = layers.Add(name="x")([keras_, INPUT_SHAPE_])' in text
    compile(text, "script", "exec")


def test_quotes_and_backslashes_in_the_project_text_stay_inside_strings():
    project = load_template("first-mlp")
    nasty = 'He said """hi""" \\ and \'left\'\x00 "now"'
    project = project.model_copy(update={"metadata": Metadata(name=nasty, description=nasty + "\n\nsecond paragraph")})
    text = python_script(project, filename="my script.py")
    tree = ast.parse(text)
    docstring = ast.get_docstring(tree)
    assert 'He said """hi""" \\ and' in docstring and "second paragraph" in docstring
    assert 'python "my script.py"' in docstring
    strings = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    assert any(s.startswith("Build, train and test the NetDesigner project He said") for s in strings)


def test_dataset_choice_follows_the_project():
    project = load_template("first-mlp")
    fashion = project.model_copy(update={"training": project.training.model_copy(update={"dataset": "fashion-mnist"})})
    assert "keras.datasets.fashion_mnist.load_data()" in python_script(fashion)
    assert "keras.datasets.mnist.load_data()" in python_script(project)
    mse = project.model_copy(update={"training": project.training.model_copy(update={"loss": "mse"})})
    assert "loss=keras.losses.MeanSquaredError()" in python_script(mse)


def test_a_network_with_problems_is_refused():
    broken = Project(network=network([node("input", "Input", format="flat"), node("d", "Dense", units=10)], []))
    with pytest.raises(CodegenError, match="cannot be exported"):
        python_script(broken)


@pytest.mark.slow
def test_codegen_imports_no_keras():
    code = "import sys, netdesigner.core.codegen; print(sorted(m for m in ('keras', 'tensorflow') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.slow
@pytest.mark.skipif(not Path(RUFF).exists(), reason="ruff is not installed")
def test_scripts_are_formatted_and_lint_clean(tmp_path):
    for name in template_names():
        (tmp_path / f"{name}.py").write_text(python_script(load_template(name)))
    (tmp_path / "full.py").write_text(python_script(full_catalog_project()))
    options = ["--isolated", "--line-length", "88"]
    fmt = subprocess.run([RUFF, "format", *options, "--check", "."], cwd=tmp_path, capture_output=True, text=True)
    assert fmt.returncode == 0, fmt.stdout + fmt.stderr
    rules = "E,F,W,I,B,UP"
    lint = subprocess.run(
        [RUFF, "check", *options, "--select", rules, "."], cwd=tmp_path, capture_output=True, text=True
    )
    assert lint.returncode == 0, lint.stdout


def _run(script: Path, *args: str, timeout: int = 120) -> str:
    result = subprocess.run(
        [sys.executable, str(script), *args], capture_output=True, text=True, timeout=timeout, cwd=script.parent
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


@pytest.mark.slow
@pytest.mark.parametrize("name", template_names())
def test_template_script_builds_the_same_number_of_parameters(tmp_path, name):
    project = load_template(name)
    script = tmp_path / f"{name}.py"
    script.write_text(python_script(project))
    out = _run(script, "--build-only")
    assert out.splitlines()[-1] == f"params: {analyze(project.network, project.training).total_params}"


@pytest.mark.slow
def test_script_trains_and_tests_on_an_npz_file(tmp_path):
    with np.load(resource("data", "mnist_5k.npz"), allow_pickle=False) as data:
        picks = np.random.default_rng(0).choice(len(data["y"]), 500, replace=False)
        np.savez(tmp_path / "digits.npz", x=data["x"][picks], y=data["y"][picks])
    script = tmp_path / "convnet.py"
    script.write_text(python_script(load_template("keras-mnist-convnet")))
    out = _run(script, "--data", "digits.npz", "--epochs", "1")
    accuracy = re.search(r"^Test accuracy: ([0-9.]+)$", out, re.MULTILINE)
    assert accuracy is not None, out[-2000:]
    assert 0.0 <= float(accuracy.group(1)) <= 1.0
    assert re.search(r"^Test loss: [0-9.]+$", out, re.MULTILINE)


@pytest.mark.slow
def test_script_model_equals_the_builder_model_weight_for_weight(tmp_path):
    keras = pytest.importorskip("keras")
    from netdesigner.engine.builder import build_compiled

    project = full_catalog_project()
    script = tmp_path / "full.py"
    script.write_text(python_script(project))
    spec = importlib.util.spec_from_file_location("exported_full", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    exported = module.build_model()
    built = build_compiled(project.network, project.training)
    assert [layer.name for layer in exported.layers] == [layer.name for layer in built.layers]
    for mine, theirs in zip(exported.layers, built.layers, strict=True):
        assert mine.get_config() | {"name": ""} == theirs.get_config() | {"name": ""}, mine.name
        for a, b in zip(mine.get_weights(), theirs.get_weights(), strict=True):
            np.testing.assert_array_equal(a, b, err_msg=mine.name)
    assert exported.count_params() == analyze(project.network, project.training).total_params
    assert isinstance(built.optimizer, keras.optimizers.SGD)
