"""Named byte inputs (files, gzip files, stdin) and their safe decoding to text."""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..errors import EmptyInput, InputTooLarge, UnreadableInput

GZIP_MAGIC = b"\x1f\x8b"
# Control characters that never appear in text; a few of them mean binary data.
_BINARY_BYTES = set(range(0, 9)) | {11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31}


@dataclass(frozen=True)
class Input:
    """One input: a file on disk, or bytes already in memory (stdin)."""

    name: str
    path: Path | None = None
    data: bytes | None = None

    @property
    def suffixes(self) -> list[str]:
        """Lower-case suffixes of the name, without a final ``.gz``."""
        parts = [s.lower() for s in Path(self.name).suffixes]
        return parts[:-1] if parts and parts[-1] == ".gz" else parts

    def open(self, *, raw_gzip: bool = False) -> BinaryIO:
        """Open the input for binary reading, decompressing gzip unless ``raw_gzip``."""
        raw: BinaryIO
        if self.data is not None:
            raw = io.BytesIO(self.data)
        else:
            assert self.path is not None
            try:
                raw = open(self.path, "rb")  # noqa: SIM115 - handed to the caller
            except OSError as exc:
                raise UnreadableInput(f"cannot open: {exc.strerror or exc}") from exc
        if raw.read(2) != GZIP_MAGIC or raw_gzip:
            raw.seek(0)
            return raw
        if self.path is not None and self.data is None:
            raw.close()
            return gzip.open(self.path, "rb")  # type: ignore[return-value]
        raw.seek(0)
        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]

    def head(self, size: int = 4096) -> bytes:
        """Return the first bytes (decompressed), for sniffing the format."""
        with self.open() as stream:
            return read_guarded(stream, size, limit=None)

    def read_all(self, max_bytes: int) -> bytes:
        """Return the whole (decompressed) content, refusing more than ``max_bytes``."""
        if self.path is not None and self.data is None:
            try:
                size = self.path.stat().st_size
            except OSError as exc:
                raise UnreadableInput(f"cannot read: {exc.strerror or exc}") from exc
            if size > max_bytes:
                raise InputTooLarge(f"{_mb(size)}, over the {_mb(max_bytes)} limit for one article")
        with self.open() as stream:
            data = read_guarded(stream, max_bytes + 1, limit=max_bytes)
        if not data.strip():
            raise EmptyInput("empty input")
        return data

    def lines(self) -> Iterator[bytes]:
        """Yield the raw lines of the input (decompressed), each with its line ending."""
        with self.open() as stream:
            try:
                yield from stream
            except (EOFError, OSError, zlib.error) as exc:
                raise UnreadableInput(f"truncated or corrupt compressed data ({exc})") from exc


def read_guarded(stream: BinaryIO, size: int, *, limit: int | None) -> bytes:
    """Read up to ``size`` bytes, turning decompression errors and excess into errors."""
    try:
        data = stream.read(size)
    except (EOFError, OSError, zlib.error) as exc:
        raise UnreadableInput(f"truncated or corrupt compressed data ({exc})") from exc
    if limit is not None and len(data) > limit:
        raise InputTooLarge(f"over the {_mb(limit)} limit for one article")
    return data


def decode(data: bytes, encoding: str = "utf-8") -> str:
    """Decode bytes to text, refusing binary data and naming the likely real encoding."""
    if looks_binary(data):
        raise UnreadableInput("binary content, not text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        guess = "Latin-1/Windows-1252" if _latin1_like(data) else "another encoding"
        advice = "pass --encoding cp1252 or re-encode as UTF-8" if "Latin" in guess else "pass --encoding"
        raise UnreadableInput(f"not valid {encoding} at byte {exc.start}: looks like {guess} ({advice})") from exc
    except LookupError as exc:
        raise UnreadableInput(f"unknown encoding {encoding!r}") from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")


def looks_binary(data: bytes, sample: int = 8192) -> bool:
    """Tell whether bytes look like binary data rather than text."""
    head = data[:sample]
    if not head:
        return False
    if b"\x00" in head:
        return True
    odd = sum(1 for b in head if b in _BINARY_BYTES)
    return odd / len(head) > 0.05


def _latin1_like(data: bytes) -> bool:
    """Tell whether undecodable bytes are single high bytes, as Latin-1 text has."""
    high = [b for b in data[:65536] if b >= 0x80]
    return bool(high) and all(0xA0 <= b <= 0xFF or 0x80 <= b <= 0x9F for b in high)


def _mb(size: int) -> str:
    """Format a byte count as megabytes."""
    return f"{size / 1_000_000:.1f} MB"
