"""Small hostile files, generated in the tests (never downloaded): each a few hundred bytes
to a few kilobytes that claims to be something harmless or decodes to something enormous."""

from __future__ import annotations

import io
import struct
import zlib

from PIL import Image

# A PostScript program that Pillow's EPS plugin would hand to Ghostscript.
EPS = (
    b"%!PS-Adobe-3.0 EPSF-3.0\n"
    b"%%BoundingBox: 0 0 100 100\n"
    b"%%EndComments\n"
    b"{ 1 pop } loop\n"  # spins for ever in Ghostscript
    b"%%EOF\n"
)

# The start of a Windows executable (MZ header, DOS stub): what a renamed .exe looks like.
EXECUTABLE = (
    b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00"
    + b"\x00" * 48
    + (b"This program cannot be run in DOS mode.\r\r\n$" + b"\x00" * 64)
)
ELF = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 56


def png(width: int = 640, height: int = 400) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (30, 120, 200)).save(buffer, format="PNG")
    return buffer.getvalue()


def jpeg(width: int = 320, height: int = 200) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 80, 20)).save(buffer, format="JPEG")
    return buffer.getvalue()


def gif() -> bytes:
    buffer = io.BytesIO()
    Image.new("P", (40, 30), 3).save(buffer, format="GIF")
    return buffer.getvalue()


def webp() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (10, 200, 90)).save(buffer, format="WEBP")
    return buffer.getvalue()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bomb(width: int = 10_000, height: int = 11_000) -> bytes:
    """A 1-bit PNG of `width` x `height` pixels (110 megapixels by default) in about 14 KB:
    under twice Pillow's own limit, so Pillow only warns, and decoding it to RGB for a
    preview takes hundreds of megabytes."""
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1 bit, greyscale
    row = b"\x00" + b"\x00" * ((width + 7) // 8)  # filter byte + packed pixels
    squeeze = zlib.compressobj(9)
    body = b"".join(squeeze.compress(row) for _ in range(height)) + squeeze.flush()
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", body)
        + _chunk(b"IEND", b"")
    )


def pdf(*, media_box: str = "0 0 595 842", pages: int = 1) -> bytes:
    """A minimal, valid PDF with `pages` empty pages of the given MediaBox (in points)."""
    kids = " ".join(f"{3 + n} 0 R" for n in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode(),
        *[f"<< /Type /Page /Parent 2 0 R /MediaBox [{media_box}] >>".encode()] * pages,
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


def pdf_bomb() -> bytes:
    """About 200 bytes: one page 30,000 points square (over 10 metres). Rendered at the
    preview's usual scale that is a 36,000-pixel-square bitmap, over 5 GB."""
    return (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 30000 30000]>>endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF\n"
    )
