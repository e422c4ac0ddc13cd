"""Picture previews of delivered files, made inside the sandbox (core/sandbox.py).

Runs in the limited child process, so it imports nothing from Django. Every bound is
checked on what the file's header declares, before a pixel is decoded:

1. Images: only PNG, JPEG, GIF and WebP are opened (`Image.open(formats=...)`), so no other
   Pillow plugin (EPS and its Ghostscript above all) ever sees the bytes. The declared width
   times height must be at most `max_pixels`; JPEG decodes at a reduced scale (`draft`).
2. PDF: pdfium (pypdfium2) opens the document; at most `max_pages` pages, and the first page
   is rendered at a scale chosen from its declared size, so the bitmap's longest side is at
   most RENDER_SIDE pixels whatever the page claims to measure.
3. The picture is downscaled to PREVIEW_SIDE, watermarked and saved as JPEG.
A file that can't be read this way gets no picture (None); the caller shows name, size, hash.
"""

from __future__ import annotations

import io
from typing import Any

from PIL import Image, ImageDraw, ImageFont, UnidentifiedImageError

IMAGE_FORMATS = ["PNG", "JPEG", "GIF", "WEBP"]
PREVIEW_SIDE = 900
RENDER_SIDE = 1800  # the largest bitmap a PDF page is rendered to, before downscaling
WATERMARK = "PREVIEW · HELD IN ESCROW"
_UNREADABLE = (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError)


def render(content: bytes, *, kind: str, max_pixels: int, max_pages: int) -> bytes | None:
    """The sandbox's entry point: a watermarked JPEG preview, or None."""
    Image.MAX_IMAGE_PIXELS = max_pixels  # Pillow's own guard, behind ours
    if kind == "image":
        picture = _decode_image(content, max_pixels=max_pixels)
    elif kind == "pdf":
        picture = _render_pdf_page(content, max_pages=max_pages)
    else:
        return None
    return None if picture is None else _jpeg(_watermark(picture))


def _decode_image(content: bytes, *, max_pixels: int) -> Image.Image | None:
    try:
        image = Image.open(io.BytesIO(content), formats=IMAGE_FORMATS)  # reads the header
        width, height = image.size
        if width < 1 or height < 1 or width * height > max_pixels:
            return None
        image.draft("RGB", (RENDER_SIDE, RENDER_SIDE))  # JPEG only: decode already smaller
        image.load()
        return image
    except (*_UNREADABLE, Image.DecompressionBombError):
        return None


def _render_pdf_page(content: bytes, *, max_pages: int) -> Image.Image | None:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(content)
    except pdfium.PdfiumError:
        return None
    try:
        if not 1 <= len(document) <= max_pages:
            return None
        page = document[0]
        width, height = page.get_size()
        if not (width > 0 and height > 0):
            return None
        scale = min(2.0, RENDER_SIDE / max(width, height))
        if min(width, height) * scale < 1:
            return None  # a sliver: nothing to see
        return page.render(scale=scale).to_pil()
    except (pdfium.PdfiumError, *_UNREADABLE):
        return None
    finally:
        document.close()


def _watermark(image: Image.Image) -> Image.Image:
    # Palette and 1-bit pictures are converted first (resizing them directly would pick
    # nearest pixels); the header check has already bounded what the conversion costs.
    if image.mode not in ("RGB", "RGBA", "L"):
        image = image.convert("RGBA")
    image.thumbnail((PREVIEW_SIDE, PREVIEW_SIDE))
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    font = ImageFont.load_default()
    step_x, step_y = 220, 90
    for y in range(0, image.height + step_y, step_y):
        shift = (y // step_y % 2) * step_x // 2
        for x in range(-step_x, image.width + step_x, step_x):
            draw.text((x + shift, y), WATERMARK, fill=(255, 255, 255, 150), font=font)
            draw.text((x + 1 + shift, y + 1), WATERMARK, fill=(0, 0, 0, 110), font=font)
    return Image.alpha_composite(image.convert("RGBA"), overlay).convert("RGB")


def _jpeg(image: Image.Image, **options: Any) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=70, **options)
    return buffer.getvalue()
