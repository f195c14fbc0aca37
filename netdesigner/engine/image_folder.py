"""Reader for a folder of images with one subfolder per class, as a student collects them by hand.

Each image becomes what MNIST looks like (28x28 grayscale, white ink on black) whatever its size,
colour or polarity. Oversized images are refused before they are decoded (decompression bombs).
"""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps

from netdesigner.engine.datasets import IMAGE_SIDE, DatasetError

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".bmp", ".gif"})
MAX_IMAGE_PIXELS = 40_000_000  # a 40-megapixel photo decodes to 120 MB; anything larger is refused
_IGNORED_FOLDERS = frozenset({"__MACOSX"})  # left behind by zip files made on a Mac


def read_image_folder(directory: Path) -> tuple[np.ndarray, np.ndarray, tuple[str, ...]]:
    """Images (N, 28, 28) uint8, labels (N,) int64 and the class names (the sorted subfolder names)."""
    if not directory.exists():
        raise DatasetError(f"folder not found: {directory}")
    if not directory.is_dir():
        raise DatasetError(f"{directory} is a file; folder: needs a folder with one subfolder of images per class")
    classes = sorted(
        (child for child in directory.iterdir() if child.is_dir() and _visible(child)), key=lambda p: p.name
    )
    classes = [folder for folder in classes if folder.name not in _IGNORED_FOLDERS]
    if len(classes) < 2:
        found = f"only '{classes[0].name}'" if classes else "none"
        raise DatasetError(
            f"{directory} needs one subfolder per class, at least two (e.g. {directory / 'cat'} and {directory / 'dog'}); found {found}"
        )
    images: list[np.ndarray] = []
    labels: list[int] = []
    for label, folder in enumerate(classes):
        files = image_files(folder)
        if not files:
            raise DatasetError(
                f"class folder {folder} has no images ({', '.join(sorted(IMAGE_SUFFIXES))}); add some or remove the folder"
            )
        images.extend(read_image(path) for path in files)
        labels.extend([label] * len(files))
    return np.stack(images), np.array(labels, dtype=np.int64), tuple(folder.name for folder in classes)


def image_files(folder: Path) -> list[Path]:
    """The images directly inside ``folder``, by name; other and hidden files are ignored."""
    return sorted(p for p in folder.iterdir() if p.is_file() and _visible(p) and p.suffix.lower() in IMAGE_SUFFIXES)


def read_image(path: Path) -> np.ndarray:
    """One image as 28x28 uint8 with white ink on black; DatasetError naming the file if it can't be."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                width, height = image.size
                if width * height > MAX_IMAGE_PIXELS:
                    raise DatasetError(
                        f"image {path} is {width}x{height} pixels, more than the {MAX_IMAGE_PIXELS:,} NetDesigner opens; shrink it first"
                    )
                image.draft("L", (IMAGE_SIDE * 8, IMAGE_SIDE * 8))  # JPEGs decode at reduced size: much faster
                gray = _ink_on_black(image)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise DatasetError(f"image {path} is too large to open safely ({error}); shrink it first") from error
    except (OSError, ValueError, SyntaxError, EOFError) as error:  # UnidentifiedImageError is an OSError
        raise DatasetError(f"could not read image {path}: {error}; remove it or save it again as PNG") from error
    return np.asarray(Image.fromarray(gray).resize((IMAGE_SIDE, IMAGE_SIDE), Image.Resampling.LANCZOS), dtype=np.uint8)


def _ink_on_black(image: Image.Image) -> np.ndarray:
    """Grayscale at full size with white ink on black, judging the background by the border."""
    image = ImageOps.exif_transpose(image)
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        alpha = np.asarray(rgba.getchannel("A"))
        if _border_mean(alpha) < 128:  # drawn on a transparent sheet: the opaque strokes are the ink
            return alpha
        image = Image.alpha_composite(Image.new("RGBA", rgba.size, (255, 255, 255, 255)), rgba)
    gray = np.asarray(image.convert("L"))
    return 255 - gray if _border_mean(gray) > 127 else gray


def _border_mean(pixels: np.ndarray) -> float:
    return float(np.concatenate([pixels[0], pixels[-1], pixels[:, 0], pixels[:, -1]]).mean())


def _visible(path: Path) -> bool:
    return not path.name.startswith(".")
