"""Turn a drawing or a photo of one digit into a 28x28 image made the way MNIST was made.

MNIST's digits were cropped to their ink, scaled (keeping the aspect ratio, with anti-aliasing)
so the longer side is 20 pixels, put in a 28x28 frame and shifted so the intensity-weighted
centre of mass sits at pixel (14, 14). Row and column indices start at 0, so that is half a
pixel below and right of the array's geometric centre (13.5, 13.5); the bundled MNIST digits
average (13.99, 14.00). The shift is by whole pixels (no SciPy), so the centre of mass ends
within half a pixel of (14, 14), as in MNIST itself.

Two things MNIST never needed: faint noise (below INK_THRESHOLD) is not ink, and strokes so fine
they would shrink to a hairline (a thin pen on a big canvas) are first widened to about MNIST's
usual two pixels; after shrinking, the brightest pixel is as bright as the drawing's brightest.

numpy and Pillow only: no TensorFlow here, so the sketch pad can use it before Keras is loaded.
"""

from __future__ import annotations

import math
import warnings
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps

from netdesigner.core.i18n import translate

MAX_IMAGE_PIXELS = 40_000_000  # a 40-megapixel photo decodes to 120 MB; anything larger is refused
FRAME = 28  # side of the result
BOX = 20  # the longer side of the ink after scaling
CENTRE = 14.0  # where the centre of mass goes, in 0-based pixel coordinates (row, column)
INK_THRESHOLD = 0.1  # intensities (0..1) below this count as background noise, not ink
# Stroke widths in pixels at the 20-pixel scale: MNIST's median is about 2 (5% are under 1.3).
THIN_STROKE = 1.0  # thinner strokes than this are widened before scaling ...
USUAL_STROKE = 2.0  # ... to about this
_DECODE_SIDE = 16 * FRAME  # JPEGs decode at a reduced size no smaller than this: much faster
_WIDE_GRAY_MODES = frozenset({"I", "I;16", "I;16L", "I;16B", "I;16N"})


class ImageError(ValueError):
    """An image file that cannot be turned into a digit; the message names the file."""


class EmptyImageError(ImageError):
    """An image with no ink (nothing drawn)."""


def mnist_style(image: np.ndarray) -> np.ndarray:
    """A 2-D grayscale image with white ink on black (uint8 0-255 or float 0-1), any size, as
    28x28 uint8 in MNIST's style; EmptyImageError if it has no ink."""
    pixels = _unit_float(image)
    pixels = np.where(pixels >= INK_THRESHOLD, pixels, 0.0).astype(np.float32)
    rows = np.flatnonzero(pixels.any(axis=1))
    cols = np.flatnonzero(pixels.any(axis=0))
    if rows.size == 0:
        raise EmptyImageError(translate("Images", "the image has no ink"))
    ink = pixels[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]
    ink = _thicken_thin_strokes(ink)
    box = _scale_to_box(ink)
    return _centre(box)


def prepare_image(path: str | Path) -> np.ndarray:
    """An image file of any size, colour and polarity as 28x28 uint8 white-on-black in MNIST's style.

    ImageError naming the file if it is missing, not an image, too large to open safely, or blank
    (EmptyImageError).
    """
    path = Path(path)
    gray = read_gray(path)
    try:
        return mnist_style(gray)
    except EmptyImageError:
        raise EmptyImageError(translate("Images", "image {path} has no ink: it is blank").format(path=path)) from None


def read_gray(path: Path) -> np.ndarray:
    """The whole image, grayscale with white ink on black, at (about) full size."""
    if not path.exists():
        raise ImageError(translate("Images", "image file not found: {path}").format(path=path))
    if path.is_dir():
        raise ImageError(translate("Images", "{path} is a folder, not an image").format(path=path))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                width, height = image.size
                if width * height > MAX_IMAGE_PIXELS:
                    raise ImageError(
                        translate(
                            "Images",
                            "image {path} is {width}x{height} pixels, more than the {limit:,} NetDesigner opens; "
                            "shrink it first",
                        ).format(path=path, width=width, height=height, limit=MAX_IMAGE_PIXELS)
                    )
                image.draft("L", (_DECODE_SIDE, _DECODE_SIDE))
                if image.mode in _WIDE_GRAY_MODES:
                    image = _eight_bit(image)
                return _ink_on_black(image)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise ImageError(
            translate("Images", "image {path} is too large to open safely ({error}); shrink it first").format(
                path=path, error=error
            )
        ) from error
    except (OSError, ValueError, SyntaxError, EOFError) as error:  # UnidentifiedImageError is an OSError
        if isinstance(error, ImageError):
            raise
        raise ImageError(
            translate("Images", "could not read image {path}: {error}; save it again as PNG").format(
                path=path, error=error
            )
        ) from error


def _eight_bit(image: Image.Image) -> Image.Image:
    """A 16- or 32-bit grayscale image as 8-bit (Pillow's own conversion clips instead of scaling)."""
    pixels = np.asarray(image).astype(np.float64)
    top = 65535.0 if image.mode.startswith("I;16") or pixels.max() > 255 else 255.0
    return Image.fromarray(np.clip(np.rint(pixels * (255.0 / top)), 0, 255).astype(np.uint8))


def _unit_float(image: np.ndarray) -> np.ndarray:
    """Intensities as float32 in 0..1: integers are taken as 0-255, floats as 0-1 (clipped)."""
    pixels = np.asarray(image)
    if pixels.ndim != 2:
        raise ValueError(
            translate("Images", "expected a 2-D grayscale image, got an array of shape {shape}").format(
                shape=pixels.shape
            )
        )
    if pixels.dtype == np.bool_:
        return pixels.astype(np.float32)
    if np.issubdtype(pixels.dtype, np.integer):
        return np.clip(pixels.astype(np.float32) / 255.0, 0.0, 1.0)
    if np.issubdtype(pixels.dtype, np.floating):
        return np.clip(np.nan_to_num(pixels.astype(np.float32)), 0.0, 1.0)
    raise ValueError(translate("Images", "expected a numeric image, got dtype {dtype}").format(dtype=pixels.dtype))


def _thicken_thin_strokes(ink: np.ndarray) -> np.ndarray:
    """Widen strokes that would end up thinner than THIN_STROKE pixels after scaling to the box.

    A fine pen on a large canvas would otherwise shrink to a faint hairline that no MNIST digit
    has; such strokes are dilated (at full size, before scaling) to about MNIST's usual width.
    """
    width = _stroke_width(ink >= 0.5 * float(ink.max()))
    scale = BOX / max(ink.shape)
    if width * scale >= THIN_STROKE:
        return ink
    return _dilate(ink, math.ceil((USUAL_STROKE / scale - width) / 2))


def _stroke_width(ink: np.ndarray) -> float:
    """Mean stroke width in pixels of a binary image: twice its area over its perimeter."""
    padded = np.pad(ink, 1)
    perimeter = np.count_nonzero(padded[1:] != padded[:-1]) + np.count_nonzero(padded[:, 1:] != padded[:, :-1])
    return 2.0 * np.count_nonzero(ink) / max(perimeter, 1)


def _dilate(pixels: np.ndarray, radius: int) -> np.ndarray:
    """Grayscale dilation by a (2 * radius + 1) square; the image grows by ``radius`` on every side."""
    height, width = pixels.shape[0] + 2 * radius, pixels.shape[1] + 2 * radius
    tall = np.pad(pixels, ((2 * radius, 2 * radius), (radius, radius)))
    rows = tall[:height].copy()
    for shift in range(1, 2 * radius + 1):
        np.maximum(rows, tall[shift : shift + height], out=rows)
    wide = np.pad(rows, ((0, 0), (radius, radius)))
    out = wide[:, :width].copy()
    for shift in range(1, 2 * radius + 1):
        np.maximum(out, wide[:, shift : shift + width], out=out)
    return out


def _scale_to_box(ink: np.ndarray) -> np.ndarray:
    """Scale so the longer side is BOX pixels, keeping the aspect ratio, anti-aliased.

    Shrinking averages thin strokes into faint gray; the result is brightened back so its
    brightest pixel is as bright as the drawing's, as a scanned MNIST stroke would be.
    """
    height, width = ink.shape
    scale = BOX / max(height, width)
    size = (max(1, round(width * scale)), max(1, round(height * scale)))  # Pillow sizes are (width, height)
    resized = np.asarray(
        Image.fromarray(np.ascontiguousarray(ink, dtype=np.float32)).resize(size, Image.Resampling.LANCZOS),
        dtype=np.float32,
    )
    resized = np.clip(resized, 0.0, 1.0)  # Lanczos rings slightly below 0 and above 1
    peak, reached = float(ink.max()), float(resized.max())
    if reached > 0:
        resized = np.clip(resized * (peak / reached), 0.0, 1.0)
    return resized


def _centre(box: np.ndarray) -> np.ndarray:
    """Place ``box`` in a FRAME x FRAME image with its centre of mass at (CENTRE, CENTRE), by whole pixels."""
    height, width = box.shape
    rows, cols = np.indices(box.shape, dtype=np.float64)
    mass = float(box.sum())
    com_row = float((box * rows).sum()) / mass
    com_col = float((box * cols).sum()) / mass
    top = round(CENTRE - com_row)
    left = round(CENTRE - com_col)
    frame = np.zeros((FRAME, FRAME), dtype=np.float32)
    # Whatever would fall outside the frame is cut off (only possible for very lopsided ink).
    r0, c0 = max(top, 0), max(left, 0)
    r1, c1 = min(top + height, FRAME), min(left + width, FRAME)
    if r1 > r0 and c1 > c0:
        frame[r0:r1, c0:c1] = box[r0 - top : r1 - top, c0 - left : c1 - left]
    return np.clip(np.rint(frame * 255.0), 0, 255).astype(np.uint8)


__all__ = ["EmptyImageError", "ImageError", "mnist_style", "prepare_image"]


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
