"""The ``netdesigner`` command: templates, new, summary, train, export, import.

Bad input never ends in a traceback: one line on standard error and an exit status —
0 success, 1 the network has problems (or is too large for this computer's memory), 2 a file,
dataset or argument could not be used, 3 training diverged, 70 an internal error (a bug),
130 interrupted. TensorFlow is imported only by commands that need it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from netdesigner import __version__
from netdesigner.core.analysis import Analysis, analyze
from netdesigner.core.memory import memory_problem, planned_batch
from netdesigner.core.project_file import ProjectError, load_project, save_project, write_atomic
from netdesigner.core.spec import Project, TrainingConfig
from netdesigner.core.templates import load_template, template_names

EXIT_OK, EXIT_PROBLEMS, EXIT_INPUT, EXIT_DIVERGED, EXIT_INTERRUPTED = 0, 1, 2, 3, 130

DATASET_HELP = "mnist-5k (bundled, default), mnist, fashion-mnist, npz:PATH, idx:DIR or folder:DIR"


class UserError(Exception):
    """Bad input from the user: printed as one line, exit status 2."""


def open_project(source: str) -> Project:
    """A project file, or the name of a built-in template when no such file exists."""
    if not Path(source).exists() and source in template_names():
        return load_template(source)
    return load_project(source)


def _classes(project: Project) -> int:
    from netdesigner.engine.datasets import known_classes

    return known_classes(project.training.dataset) or 10


def _print_problems(analysis: Analysis) -> None:
    for problem in analysis.problems:
        print(f"netdesigner: {problem.describe()}", file=sys.stderr)


def cmd_templates(args: argparse.Namespace) -> int:
    names = template_names()
    width = max(len(n) for n in names)
    for name in names:
        project = load_template(name)
        total = analyze(project.network).total_params
        print(f"{name:<{width}}  {total:>8,} params  {project.metadata.description}")
    return EXIT_OK


def cmd_new(args: argparse.Namespace) -> int:
    project = load_template(args.template)
    out = Path(args.output)
    if out.exists() and not args.force:
        raise UserError(f"{out} already exists; choose another name or add --force to replace it")
    save_project(project, out)
    print(f"wrote {out} from template {args.template}", file=sys.stderr)
    return EXIT_OK


def cmd_summary(args: argparse.Namespace) -> int:
    from netdesigner.cli.report import summary_json, summary_text

    project = open_project(args.file)
    analysis = analyze(project.network, project.training, _classes(project))
    if args.json:
        print(json.dumps(summary_json(project, analysis)))
    else:
        print(summary_text(project, analysis))
    return EXIT_OK if analysis.valid else EXIT_PROBLEMS


def _training_overrides(project: Project, args: argparse.Namespace) -> Project:
    updates: dict[str, Any] = {}
    if args.dataset is not None:
        updates["dataset"] = args.dataset
    if args.epochs is not None:
        updates["epochs"] = args.epochs
    if args.batch_size is not None:
        updates["batch_size"] = "full" if args.batch_size == "full" else _int_arg("--batch-size", args.batch_size)
    if args.seed is not None:
        updates["seed"] = args.seed
    try:
        training = TrainingConfig.model_validate({**project.training.model_dump(), **updates})
    except ValidationError as error:
        first = error.errors()[0]
        field = str(first["loc"][0]).replace("_", "-")
        raise UserError(f"--{field}: {first['msg']}") from None
    return project.model_copy(update={"training": training})


def _int_arg(name: str, value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise UserError(f"{name} must be a whole number or 'full', not {value!r}") from None


def cmd_train(args: argparse.Namespace) -> int:
    project = _training_overrides(open_project(args.file), args)
    if args.save and not args.save.endswith(".keras"):
        raise UserError(f"--save needs a file name ending in .keras, not {args.save!r}")
    from netdesigner.engine.datasets import load_dataset

    dataset = load_dataset(project.training.dataset)
    analysis = analyze(project.network, project.training, dataset.num_classes)
    if not analysis.valid:
        _print_problems(analysis)
        print("netdesigner: the network has problems; fix them before training", file=sys.stderr)
        return EXIT_PROBLEMS
    too_large = memory_problem(
        analysis, planned_batch(project.training, len(dataset.x_train)), project.training.optimizer
    )
    if too_large is not None:
        print(f"netdesigner: error: {too_large}", file=sys.stderr)
        return EXIT_PROBLEMS
    metrics = None
    if args.metrics:
        try:
            metrics = open(args.metrics, "w", encoding="utf-8")  # noqa: SIM115 - closed below
        except OSError as error:
            raise UserError(f"cannot write --metrics file {args.metrics}: {error.strerror}") from None
    try:
        return _run_training(project, dataset, args, metrics)
    finally:
        if metrics is not None:
            metrics.close()


def _run_training(project: Project, dataset: Any, args: argparse.Namespace, metrics: Any) -> int:
    from netdesigner.engine.backend import load_keras

    load_keras()
    from netdesigner.cli.progress import TerminalProgress
    from netdesigner.engine.training import batch_size_for, train

    training = project.training
    print(
        f"training {project.metadata.name} on {dataset.name}: {len(dataset.x_train):,} training and "
        f"{len(dataset.x_test):,} test images, {training.epochs} epochs",
        file=sys.stderr,
    )
    progress = TerminalProgress(training.epochs, batch_size_for(training, len(dataset.x_train)), metrics=metrics)
    result = train(project, dataset, listener=progress)
    if result.message:
        print(f"netdesigner: {result.message}", file=sys.stderr)
    if result.test is not None:
        print(f"test loss {result.test['loss']:.4f}  test accuracy {result.test['accuracy']:.4f}", file=sys.stderr)
    if args.save:
        from netdesigner.engine.model_io import save_model

        save_model(result.model, args.save)
        print(f"saved the trained model to {args.save}", file=sys.stderr)
    if args.json:
        print(json.dumps({"outcome": result.outcome, "history": result.history, "test": result.test}))
    return EXIT_DIVERGED if result.outcome == "diverged" else EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    project = open_project(args.file)
    analysis = analyze(project.network, project.training, _classes(project))
    if not analysis.valid:
        _print_problems(analysis)
        print("netdesigner: the network has problems; fix them before exporting", file=sys.stderr)
        return EXIT_PROBLEMS
    if args.format == "python":
        from netdesigner.core.codegen import python_script

        write_atomic(args.output, python_script(project, classes=_classes(project), filename=Path(args.output).name))
    else:
        if not args.output.endswith(".keras"):
            raise UserError(f"a Keras model file must end in .keras, not {args.output!r}")
        from netdesigner.engine.backend import load_keras

        load_keras()
        from netdesigner.engine.builder import build_compiled
        from netdesigner.engine.model_io import save_model

        save_model(build_compiled(project.network, project.training, _classes(project)), args.output)
    print(f"wrote {args.output}", file=sys.stderr)
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from netdesigner.engine.importer import import_keras

    project = import_keras(args.model)
    save_project(project, args.output)
    analysis = analyze(project.network, project.training, _classes(project))
    _print_problems(analysis)
    print(
        f"wrote {args.output}: {len(project.network.nodes)} layers, {analysis.total_params:,} parameters",
        file=sys.stderr,
    )
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="netdesigner",
        description="Design, check, train and export neural networks for handwritten digits.",
        epilog=(
            "With no command, or with a .ndproj file, or with --screenshot OUT.png [FILE], the designer "
            "window opens (see 'netdesigner gui --help'). "
            "'netdesigner --self-test' checks, without a screen, that this installation can draw the window, "
            "load the bundled digits, train, read a drawn digit and save a model. "
            "Exit status: 0 success, 1 the network has problems or is too large for this computer's memory, "
            "2 unusable input, 3 training diverged, 70 internal error, 130 interrupted."
        ),
    )
    parser.add_argument("--version", action="version", version=f"netdesigner {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    # Listed for --help only: main() hands "gui ..." to the window's own parser.
    commands.add_parser("gui", help="open the designer window (the default with no command)", add_help=False)
    p = commands.add_parser("templates", help="list the built-in templates, one line each")
    p.set_defaults(run=cmd_templates)

    p = commands.add_parser("new", help="write a project from a template")
    p.add_argument("template", choices=template_names(), metavar="TEMPLATE")
    p.add_argument("-o", "--output", required=True, metavar="FILE.ndproj")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.set_defaults(run=cmd_new)

    p = commands.add_parser("summary", help="layers, output shapes, parameters and problems")
    p.add_argument("file", metavar="FILE", help="a .ndproj file or a template name")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(run=cmd_summary)

    p = commands.add_parser("train", help="train a project on a dataset and evaluate it")
    p.add_argument("file", metavar="FILE", help="a .ndproj file or a template name")
    p.add_argument("--dataset", metavar="D", help=DATASET_HELP)
    p.add_argument("--epochs", type=int, metavar="N")
    p.add_argument("--batch-size", metavar="N", help="samples per step, or 'full' for batch gradient descent")
    p.add_argument("--seed", type=int, metavar="N", help="random seed; the same seed gives the same run")
    p.add_argument("--save", metavar="MODEL.keras", help="save the trained model")
    p.add_argument("--metrics", metavar="OUT.jsonl", help="write one JSON line per epoch")
    p.add_argument("--json", action="store_true", help="end with one JSON line: history and test results")
    p.set_defaults(run=cmd_train)

    p = commands.add_parser("export", help="export as a runnable Keras script or a .keras model")
    p.add_argument("file", metavar="FILE", help="a .ndproj file or a template name")
    p.add_argument("--format", choices=("python", "keras"), required=True)
    p.add_argument("-o", "--output", required=True, metavar="OUT")
    p.set_defaults(run=cmd_export)

    p = commands.add_parser("import", help="turn a .keras model into a project")
    p.add_argument("model", metavar="MODEL.keras")
    p.add_argument("-o", "--output", required=True, metavar="FILE.ndproj")
    p.set_defaults(run=cmd_import)

    from netdesigner.cli.predict import add_parser as add_predict_parser

    add_predict_parser(commands)
    return parser


def _user_errors() -> tuple[type[Exception], ...]:
    """Exception types whose message is meant for the user, loaded only if already imported."""
    errors: list[type[Exception]] = [UserError, ProjectError]
    for module, name in (
        ("netdesigner.engine.datasets", "DatasetError"),
        ("netdesigner.engine.importer", "ModelImportError"),
        ("netdesigner.engine.builder", "BuildError"),
    ):
        if module in sys.modules:
            errors.append(getattr(sys.modules[module], name))
    return tuple(errors)


def _open_window(argv: Sequence[str]) -> int:
    from netdesigner.ui.app import run

    return run(argv)


def _wants_window(argv: Sequence[str]) -> bool:
    return not argv or argv[0] == "--screenshot" or argv[0].endswith(".ndproj")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv == ["--self-test"]:
        from netdesigner.cli.selftest import run_self_test

        return run_self_test()
    if _wants_window(argv):
        return _open_window(argv)
    if argv[0] == "gui":
        return _open_window(argv[1:])
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        print("netdesigner: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as error:  # noqa: BLE001 - the one place that turns errors into messages
        if isinstance(error, _user_errors()):
            print(f"netdesigner: error: {error}", file=sys.stderr)
            return EXIT_INPUT
        if isinstance(error, OSError):
            print(
                f"netdesigner: error: {error.strerror or error}: {error.filename or ''}".rstrip(": "), file=sys.stderr
            )
            return EXIT_INPUT
        if os.environ.get("NETDESIGNER_DEBUG"):
            raise
        print(
            f"netdesigner: internal error: {type(error).__name__}: {error} "
            "(set NETDESIGNER_DEBUG=1 to see the details, and please report it)",
            file=sys.stderr,
        )
        return 70


__all__ = ["main"]
