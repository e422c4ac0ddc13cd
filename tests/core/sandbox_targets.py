"""Functions the sandbox tests run in the child process (hostile on purpose)."""

from __future__ import annotations

import os
import time


def echo_upper(data: bytes, **options: object) -> bytes:
    return data.upper() + str(sorted(options.items())).encode()


def nothing(data: bytes) -> None:
    return None


def spin(data: bytes) -> bytes:
    while True:  # burns CPU until the kernel stops the process
        pass


def hog(data: bytes) -> bytes:
    return b"x" * (4 * 1024**3)  # 4 GB


def sleep(data: bytes) -> bytes:
    time.sleep(60)
    return b""


def environment(data: bytes) -> bytes:
    return "\n".join(sorted(os.environ)).encode()


def write_file(data: bytes) -> bytes:
    with open("sandbox-escape.txt", "wb") as handle:
        handle.write(b"written")
    return b"wrote"


def fail(data: bytes) -> bytes:
    raise ValueError("unreadable input")
