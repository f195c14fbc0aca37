"""``netdesigner predict MODEL.keras IMAGE...``: which digit a trained model sees in each image.

Each image is cropped, scaled and centred the way MNIST's digits were (``engine.preprocess``),
whatever its size or polarity. One line per image; with ``--json`` exactly one JSON object per
line on standard output and nothing else there (Keras' own output goes to standard error).
Exit status 0 when every image was classified, 2 when the model or any image could not be used.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from netdesigner.cli.app import EXIT_INPUT, EXIT_OK, UserError


def add_parser(commands: Any) -> argparse.ArgumentParser:
    """Register the ``predict`` subcommand on the ``add_subparsers()`` object ``commands``."""
    p = commands.add_parser("predict", help="classify images of digits with a trained .keras model")
    p.add_argument("model", metavar="MODEL.keras", help="a model saved by 'netdesigner train --save'")
    p.add_argument("images", nargs="+", metavar="IMAGE", help="image files (PNG, JPEG, ...), any size or polarity")
    p.add_argument("--json", action="store_true", help="print one JSON object per image, one per line")
    p.set_defaults(run=cmd_predict)
    return p


def cmd_predict(args: argparse.Namespace) -> int:
    with _stdout_to_stderr():
        model = load_model(args.model)
    from netdesigner.engine.inference import classify, digit_input_shape
    from netdesigner.engine.preprocess import ImageError, prepare_image

    try:
        digit_input_shape(model)
    except ValueError as error:
        raise UserError(f"model {args.model}: {error}") from None

    status = EXIT_OK
    for image in args.images:
        try:
            pixels = prepare_image(image)
        except ImageError as error:
            status = EXIT_INPUT
            _report_error(image, str(error), args.json)
            continue
        with _stdout_to_stderr():
            probabilities = classify(model, pixels[None])[0]
        if not np.isfinite(probabilities).all():
            status = EXIT_INPUT
            _report_error(image, f"the model's output for {image} is not a number; train it again", args.json)
            continue
        digit = int(np.argmax(probabilities))
        if args.json:
            line = {"image": image, "digit": digit, "probabilities": [round(float(p), 6) for p in probabilities]}
            print(json.dumps(line), flush=True)
        else:
            print(f"{image}: {digit} (p={float(probabilities[digit]):.2f})", flush=True)
    return status


def load_model(path: str) -> Any:
    """A .keras model, loaded safely (no arbitrary code) and uncompiled; UserError in one line otherwise."""
    if not path.endswith(".keras"):
        raise UserError(f"the model must be a .keras file (saved by 'netdesigner train --save'), not {path!r}")
    file = Path(path)
    if not file.is_file():
        raise UserError(f"model file not found: {path}" if not file.exists() else f"{path} is not a file")
    from netdesigner.engine.importer import ModelImportError
    from netdesigner.engine.model_io import load_checked

    try:
        return load_checked(file)
    except ModelImportError as error:
        raise UserError(f"could not load model {path}: {error}") from None


def _report_error(image: str, message: str, as_json: bool) -> None:
    if as_json:
        print(json.dumps({"image": image, "error": message}), flush=True)
    else:
        print(f"netdesigner: error: {message}", file=sys.stderr, flush=True)


@contextlib.contextmanager
def _stdout_to_stderr() -> Iterator[None]:
    """Send anything Keras or TensorFlow prints (from Python or from C) to standard error."""
    sys.stdout.flush()
    sys.stderr.flush()
    try:
        saved = os.dup(1)
    except OSError:  # no standard output file descriptor at all
        saved = None
    if saved is not None:
        os.dup2(2, 1)
    try:
        with contextlib.redirect_stdout(sys.stderr):
            yield
    finally:
        sys.stderr.flush()
        if saved is not None:
            os.dup2(saved, 1)
            os.close(saved)
