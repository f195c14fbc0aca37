"""A project as a standalone Keras script a student can read, run and change.

The script mirrors ``engine.builder`` exactly (layer names are node ids, the same initializers
with the same per-node seeds, the same optimizer and loss) so that it trains the network drawn
in NetDesigner. It is generated as text, so this module needs no Keras.
"""

from __future__ import annotations

import builtins
import keyword
import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from netdesigner.core.analysis import DEFAULT_CLASSES, Analysis, analyze, output_activation
from netdesigner.core.catalog import INPUT_FORMATS, KERAS_INITIALIZERS, KERAS_OPTIMIZERS
from netdesigner.core.i18n import translate
from netdesigner.core.seeds import INDEX_STEP, SEED_FACTOR
from netdesigner.core.spec import LayerNode, Project, TrainingConfig

LINE_WIDTH = 88
# Names the script itself uses; a node id equal to one of them gets a trailing underscore.
_RESERVED = {
    *("argparse", "keras", "layers", "np", "x", "inputs", "outputs", "model", "args", "parser"),
    *("layer_seed", "build_model", "load_data", "prepare", "main"),
    *("SEED", "EPOCHS", "BATCH_SIZE", "VALIDATION_SPLIT", "NUM_CLASSES", "INPUT_SHAPE"),
}


class CodegenError(Exception):
    """The project cannot be written as a script; the message lists the network's problems."""


def python_script(project: Project, classes: int = DEFAULT_CLASSES, filename: str | None = None) -> str:
    """The text of a runnable Python script that builds, trains and tests ``project``'s network.

    ``classes`` is the number of classes the output scores; ``filename`` is what the usage
    lines call the script (default: the project name). Raises CodegenError for a network that
    cannot be built.
    """
    network, training = project.network, project.training
    analysis = analyze(network, training, classes)
    if not analysis.valid or analysis.input_id is None or analysis.output_id is None:
        raise CodegenError(
            translate("Codegen", "the network cannot be exported as a script: {problems}").format(
                problems=analysis.error_text()
            )
        )
    slug = re.sub(r"[^A-Za-z0-9]+", "_", project.metadata.name).strip("_").lower() or "model"
    input_format = network.node(analysis.input_id).params["format"]
    header = "\n".join(
        [
            _docstring(project, filename or f"{slug.replace('_', '-')}.py"),
            "import argparse\n\nimport keras\nimport numpy as np\nfrom keras import layers\n",
            _constants(training, classes, INPUT_FORMATS[input_format]),
        ]
    )
    parts = [
        header,
        _seed_function(),
        _build_function(project, analysis, slug),
        _data_functions(training),
        _main_function(project, analysis),
        'if __name__ == "__main__":\n    main()\n',
    ]
    return "\n\n".join(parts)


def _printable(text: str) -> str:
    text = "".join(c if c.isprintable() or c == "\n" else " " for c in text)
    return text.encode("utf-8", "replace").decode("utf-8")


def _doc_text(text: str) -> str:
    """Text that is safe inside a triple-quoted docstring."""
    return _printable(text).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def _wrap(text: str) -> str:
    paragraphs = [p.strip() for p in _doc_text(text).split("\n\n") if p.strip()]
    return "\n\n".join(textwrap.fill(" ".join(p.split()), LINE_WIDTH) for p in paragraphs)


def _dataset_note(dataset: str) -> str:
    if dataset == "mnist-5k":
        return (
            "In NetDesigner this project trains on the bundled subset of 5,000 MNIST digits; this script "
            "uses the full MNIST from keras.datasets (downloaded on first use) unless you give --data."
        )
    if dataset == "mnist":
        return "It trains on MNIST from keras.datasets (downloaded on first use) unless you give --data."
    if dataset == "fashion-mnist":
        return "It trains on Fashion-MNIST from keras.datasets (downloaded on first use) unless you give --data."
    return (
        f"In NetDesigner this project trains on {dataset}. Save those images as an .npz file and give it "
        "with --data; otherwise this script uses MNIST from keras.datasets."
    )


def _docstring(project: Project, filename: str) -> str:
    name = _doc_text(" ".join(project.metadata.name.split()) or "Untitled")
    command = _doc_text(filename if " " not in filename else f'"{filename}"')
    training = project.training
    usage = (
        f"With no options it trains for {training.epochs} epochs, then prints the loss and accuracy on the "
        "test set. --data trains and tests on your own 28x28 images instead: an .npz file with arrays x and y "
        "(uint8 images and their labels) and optionally x_test and y_test; without a test set, 20% of the "
        "images are kept aside for testing. --epochs N trains for N epochs, and --build-only only builds "
        "the model and prints its summary."
    )
    lines = [f'"""{name}: a Keras script exported from NetDesigner.', ""]
    if project.metadata.description.strip():
        lines += [_wrap(project.metadata.description), ""]
    lines += ["Run it with Python 3, Keras 3 and NumPy installed:", ""]
    lines += [f"    python {command} [--data PATH.npz] [--epochs N] [--build-only]", ""]
    lines += [_wrap(usage), "", _wrap(_dataset_note(training.dataset)), '"""']
    return "\n".join(lines) + "\n"


def _constants(training: TrainingConfig, classes: int, input_shape: tuple[int, ...]) -> str:
    lines = [f"SEED = {training.seed}", f"EPOCHS = {training.epochs}"]
    if training.batch_size != "full":
        lines.append(f"BATCH_SIZE = {training.batch_size}")
    lines += [
        f"VALIDATION_SPLIT = {training.validation_split!r}",
        f"NUM_CLASSES = {classes}",
        f"INPUT_SHAPE = {input_shape!r}",
    ]
    return "\n".join(lines) + "\n"


def _seed_function() -> str:
    """``seeds.node_seed`` in the script's words."""
    return (
        "def layer_seed(index):\n"
        '    """The seed of the index-th layer, derived from SEED as NetDesigner does, so\n'
        '    that each layer starts from the same weights whatever the others are."""\n'
        f"    return (SEED * {SEED_FACTOR:_} + index * {INDEX_STEP}) % (2**31 - 1)\n"
    )


@dataclass(frozen=True)
class _Call:
    """A call written into the script, kept whole so that it can be laid out later."""

    head: str
    args: tuple[Arg, ...] = ()

    def __str__(self) -> str:
        return f"{self.head}({', '.join(str(a) for a in self.args)})"


Arg = str | _Call


def _call(head: str, args: Sequence[Arg], tail: str = "", indent: int = 4) -> list[str]:
    """``head(args)tail`` laid out as black would: on one line if it fits, else the arguments
    on one indented line if they fit there, else one argument per line."""
    pad = " " * indent
    joined = ", ".join(str(a) for a in args)
    if len(f"{pad}{head}({joined}){tail}") <= LINE_WIDTH or not args:
        return [f"{pad}{head}({joined}){tail}"]
    if tail.startswith("(") and len(f"{pad}{head}({joined})(") <= LINE_WIDTH:  # black splits the last call first
        body = tail[1:-1]
        if len(f"{pad}    {body}") > LINE_WIDTH and body.startswith("["):
            items = [f"{pad}        {item}," for item in body[1:-1].split(", ")]
            return [f"{pad}{head}({joined})(", f"{pad}    [", *items, f"{pad}    ]", f"{pad})"]
        return [f"{pad}{head}({joined})(", f"{pad}    {body}", f"{pad})"]
    if len(f"{pad}    {joined}") <= LINE_WIDTH:
        return [f"{pad}{head}(", f"{pad}    {joined}", f"{pad}){tail}"]
    lines = [f"{pad}{head}("]
    for arg in args:
        if isinstance(arg, _Call):
            lines += _call(arg.head, arg.args, ",", indent + 4)
        else:
            lines.append(f"{pad}    {arg},")
    return [*lines, f"{pad}){tail}"]


def _literal(text: str) -> str:
    """A Python string literal of ``text`` on one line, quoted as black would."""
    text = " ".join(_printable(text).split()).replace("\\", "\\\\")
    if '"' in text and "'" not in text:
        return f"'{text}'"
    return '"' + text.replace('"', '\\"') + '"'


def _initializer(params: dict[str, Any], index: int) -> Arg:
    name = params["initializer"]
    head = "kernel_initializer="
    if name == "zeros":
        return f'{head}"zeros"'
    std = [f"stddev={params['init_std']!r}"] if name == "random_normal" else []
    return _Call(f"{head}keras.initializers.{KERAS_INITIALIZERS[name]}", (*std, f"seed=layer_seed({index})"))


def _regularizer(params: dict[str, Any]) -> str | None:
    kind = params["regularizer"]
    if kind == "l1":
        return f"keras.regularizers.L1({params['l1']!r})"
    if kind == "l2":
        return f"keras.regularizers.L2({params['l2']!r})"
    if kind == "l1_l2":
        return f"keras.regularizers.L1L2(l1={params['l1']!r}, l2={params['l2']!r})"
    return None


def _layer_args(node: LayerNode, index: int) -> list[Arg]:
    """The arguments of the Keras layer for ``node``, leaving out Keras defaults."""
    p = node.params
    args: list[Arg] = []
    if node.type in ("Dense", "Conv2D"):
        if node.type == "Dense":
            args.append(str(p["units"]))
        else:
            args += [str(p["filters"]), str(p["kernel_size"])]
            args += [f"strides={p['strides']}"] if p["strides"] != 1 else []
            args += [f'padding="{p["padding"]}"'] if p["padding"] != "valid" else []
        args += [f'activation="{p["activation"]}"'] if p["activation"] != "linear" else []
        args += ["use_bias=False"] if not p["use_bias"] else []
        args.append(_initializer(p, index))
        regularizer = _regularizer(p)
        args += [f"kernel_regularizer={regularizer}"] if regularizer else []
    elif node.type in ("MaxPooling2D", "AveragePooling2D"):
        args.append(f"pool_size={p['pool_size']}")  # AveragePooling2D has no default
        args += [f"strides={p['strides']}"] if p["strides"] != p["pool_size"] else []
        args += [f'padding="{p["padding"]}"'] if p["padding"] != "valid" else []
    elif node.type == "Dropout":
        args += [repr(p["rate"]), f"seed=layer_seed({index})"]
    elif node.type == "BatchNormalization":
        args += [f"momentum={p['momentum']!r}"] if p["momentum"] != 0.99 else []
        args += [f"epsilon={p['epsilon']!r}"] if p["epsilon"] != 0.001 else []
    elif node.type == "Activation":
        args.append(f'"{p["activation"]}"')
    elif node.type == "Reshape":
        args.append(repr(tuple(p["target_shape"])))
    return [*args, f'name="{node.id}"']


def _variables(project: Project, analysis: Analysis) -> dict[str, str]:
    """A Python name for each node's output: ``x`` along a chain, the node id where it branches."""
    order = analysis.order
    consumers: dict[str, list[str]] = {n: [] for n in order}
    for target in order:
        for source in analysis.inputs[target]:
            consumers[source].append(target)
    taken = set(_RESERVED) | set(dir(builtins))
    names: dict[str, str] = {}
    for position, node_id in enumerate(order):
        following = order[position + 1] if position + 1 < len(order) else None
        if node_id == analysis.input_id:
            names[node_id] = "inputs"
        elif node_id == analysis.output_id:
            names[node_id] = "outputs"
        elif following is not None and consumers[node_id] == [following] and analysis.inputs[following] == [node_id]:
            names[node_id] = "x"
        else:
            name = node_id
            while keyword.iskeyword(name) or name in taken:
                name += "_"
            taken.add(name)
            names[node_id] = name
    return names


def _build_function(project: Project, analysis: Analysis, slug: str) -> str:
    network = project.network
    index = {node.id: i for i, node in enumerate(network.nodes)}
    names = _variables(project, analysis)
    lines = [
        "def build_model():",
        '    """The network as drawn in NetDesigner; each layer is named after its node."""',
    ]
    for node_id in analysis.order:
        node = network.node(node_id)
        target = names[node_id]
        if node.type == "Input":
            lines += _call(f"{target} = keras.Input", ["shape=INPUT_SHAPE", f'name="{node_id}"'])
            continue
        sources = [names[s] for s in analysis.inputs[node_id]]
        tail = f"([{', '.join(sources)}])" if node.type in ("Add", "Concatenate") else f"({sources[0]})"
        lines += _call(f"{target} = layers.{node.type}", _layer_args(node, index[node_id]), tail)
    lines.append(f'    return keras.Model(inputs, outputs, name="{slug}")')
    return "\n".join(lines) + "\n"


def _data_functions(training: TrainingConfig) -> str:
    source = "fashion_mnist" if training.dataset == "fashion-mnist" else "mnist"
    return f'''def load_data(path):
    """Training and test images (uint8, 28x28) with their integer labels."""
    if path is None:
        return keras.datasets.{source}.load_data()
    with np.load(path, allow_pickle=False) as data:
        x, y = data["x"], data["y"]
        if "x_test" in data and "y_test" in data:
            return (x, y), (data["x_test"], data["y_test"])
    # No test set in the file: shuffle, then keep 20% of the images aside for testing.
    order = np.random.default_rng(SEED).permutation(len(x))
    x, y = x[order], y[order]
    split = int(len(x) * 0.8)
    return (x[:split], y[:split]), (x[split:], y[split:])


def prepare(x, y):
    """Scale pixels to [0, 1], shape them for the Input layer, one-hot the labels."""
    x = (x.astype("float32") / 255.0).reshape((len(x), *INPUT_SHAPE))
    y = keras.utils.to_categorical(y, NUM_CLASSES)
    return x, y
'''


def _compile_lines(project: Project, analysis: Analysis) -> list[str]:
    training = project.training
    rate = f"learning_rate={training.learning_rate!r}"
    momentum = f", momentum={training.momentum!r}" if training.optimizer == "momentum" else ""
    optimizer = f"keras.optimizers.{KERAS_OPTIMIZERS[training.optimizer]}({rate}{momentum})"
    if training.loss == "mse":
        loss = "keras.losses.MeanSquaredError()"
    else:
        assert analysis.output_id is not None
        logits = output_activation(project.network, analysis.output_id) == "linear"
        loss = f"keras.losses.CategoricalCrossentropy({'from_logits=True' if logits else ''})"
    metrics = '[keras.metrics.CategoricalAccuracy(name="accuracy")]'
    return _call("model.compile", [f"optimizer={optimizer}", f"loss={loss}", f"metrics={metrics}"])


def _main_function(project: Project, analysis: Analysis) -> str:
    training = project.training
    description = _literal(f"Build, train and test the NetDesigner project {project.metadata.name}.")
    data_help = _literal("train and test on these images (arrays x, y) instead")
    lines = [
        "def main():",
        *_call("parser = argparse.ArgumentParser", [f"description={description}"]),
        *_call("parser.add_argument", ['"--data"', 'metavar="PATH.npz"', f"help={data_help}"]),
        *_call("parser.add_argument", ['"--epochs"', "type=int", "default=EPOCHS", 'help="default: %(default)s"']),
        *_call("parser.add_argument", ['"--build-only"', 'action="store_true"', 'help="print the model and exit"']),
        "    args = parser.parse_args()",
        "",
        "    keras.utils.set_random_seed(SEED)",
        "    model = build_model()",
        "    if args.build_only:",
        "        model.summary()",
        '        print(f"params: {model.count_params()}")',
        "        return",
        "",
        *_compile_lines(project, analysis),
        "",
        "    (x_train, y_train), (x_test, y_test) = load_data(args.data)",
        "    x_train, y_train = prepare(x_train, y_train)",
        "    x_test, y_test = prepare(x_test, y_test)",
    ]
    batch = "BATCH_SIZE"
    if training.batch_size == "full":
        lines += [
            "    # Full batch: every step sees the whole training set (batch gradient descent).",
            "    batch_size = len(x_train) - int(len(x_train) * VALIDATION_SPLIT)",
        ]
        batch = "batch_size"
    fit = ["x_train", "y_train", f"batch_size={batch}", "epochs=args.epochs", "validation_split=VALIDATION_SPLIT"]
    lines += _call("model.fit", fit)
    lines += [
        "    loss, accuracy = model.evaluate(x_test, y_test, verbose=0)",
        '    print(f"Test loss: {loss:.4f}")',
        '    print(f"Test accuracy: {accuracy:.4f}")',
    ]
    return "\n".join(lines) + "\n"
