"""Byte streams for the readers: counting, transparent decompression, standard input.

Compression is recognised by the first bytes of the stream (gzip ``1f 8b``, zstd ``28 b5 2f
fd``), not by the file name, so ``--format jsonl`` on ``data.gz`` and a gzip piped into ``-``
both work.
"""

from __future__ import annotations

import gzip
import io
import sys
import zlib
from dataclasses import dataclass
from typing import BinaryIO, cast

import zstandard

from corpusgate.readers.base import InputError

GZIP_MAGIC = b"\x1f\x8b"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"

# Read-ahead of the raw file. Large enough that syscalls do not dominate, small enough not to
# matter for memory.
_BUFFER = 1 << 20

# Compressed bytes handed to the zstd decompressor per call. zstd's decompressobj has no
# output cap, and crafted RLE blocks expand ~32000x, so the input slice bounds the output of
# one call (here to ~128 MiB) where a whole buffer would let a megabyte become gigabytes.
# Smaller slices cost throughput (1 KiB: ~1.6x slower than 4 KiB on ordinary text).
_ZSTD_SLICE = 1 << 12

# Exceptions that mean "the bytes of this input cannot be read (any further)".
READ_ERRORS: tuple[type[BaseException], ...] = (
    OSError,
    EOFError,
    zlib.error,
    zstandard.ZstdError,
)


@dataclass
class ReadStats:
    """Progress of :func:`corpusgate.readers.read_documents`, for progress bars.

    ``bytes_read`` counts bytes taken from the input files as stored on disk (compressed bytes
    for ``.gz``/``.zst``), so it is comparable with :func:`corpusgate.readers.count_hint`. It
    runs slightly ahead of the records yielded (read-ahead buffers) and, for Parquet, is an
    estimate proportional to the rows read.
    """

    bytes_read: int = 0
    records: int = 0


class _CountingRaw(io.RawIOBase):
    """A raw stream over another binary stream that adds what it reads to ``stats``.

    It never closes the stream underneath: the caller that opened it closes it (and standard
    input is not ours to close).
    """

    def __init__(self, src: BinaryIO, stats: ReadStats) -> None:
        super().__init__()
        self._src = src
        self._stats = stats
        # read1/readinto1 return what is available instead of waiting for a full buffer, so a
        # pipe feeding standard input is processed as it arrives.
        self._readinto = getattr(src, "readinto1", None) or getattr(src, "readinto", None)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        if self._readinto is not None:
            n = self._readinto(buffer) or 0
        else:
            data = self._src.read(len(buffer))
            n = len(data)
            buffer[:n] = data
        self._stats.bytes_read += n
        return n


class _ZstdRaw(io.RawIOBase):
    """Decompresses a zstd stream (one or more frames) and notices when it is truncated.

    ``zstandard``'s own ``stream_reader`` silently returns end-of-file in the middle of a
    frame, which would turn a truncated ``.zst`` into a quietly shorter corpus. This decodes
    through ``decompressobj`` and raises :class:`EOFError` when the input ends inside a frame.
    """

    def __init__(self, src: BinaryIO) -> None:
        super().__init__()
        self._src = src
        self._dctx = zstandard.ZstdDecompressor()
        self._dobj = self._dctx.decompressobj()
        self._in_frame = False
        self._input = memoryview(b"")
        self._pending = memoryview(b"")
        self._done = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        while not self._pending:
            if self._done:
                return 0
            self._decode_some()
        n = min(len(buffer), len(self._pending))
        buffer[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n

    def _decode_some(self) -> None:
        if not self._input:
            chunk = self._src.read(_BUFFER)
            if not chunk:
                if self._in_frame:
                    raise EOFError("the zstd stream ends inside a frame")
                self._done = True
                return
            self._input = memoryview(chunk)
        piece, self._input = self._input[:_ZSTD_SLICE], self._input[_ZSTD_SLICE:]
        out = []
        data = bytes(piece)
        while data:
            self._in_frame = True
            out.append(self._dobj.decompress(data))
            if self._dobj.eof:
                # A frame ended inside this slice: whatever follows starts the next frame.
                data = self._dobj.unused_data
                self._dobj = self._dctx.decompressobj()
                self._in_frame = False
            else:
                data = b""
        self._pending = memoryview(b"".join(out))


def open_stream(src: BinaryIO, stats: ReadStats) -> BinaryIO:
    """Wrap ``src`` for reading: count its bytes and decompress gzip/zstd by their magic."""
    buffered = io.BufferedReader(_CountingRaw(src, stats), buffer_size=_BUFFER)
    magic = buffered.peek(4)[:4]
    if magic.startswith(GZIP_MAGIC):
        return cast(BinaryIO, gzip.GzipFile(fileobj=buffered, mode="rb"))
    if magic == ZSTD_MAGIC:
        return io.BufferedReader(_ZstdRaw(buffered), buffer_size=1 << 16)
    return buffered


def stdin_binary() -> BinaryIO:
    """Standard input as bytes; an :class:`InputError` when there is none."""
    stdin = sys.stdin
    if stdin is None:
        raise InputError("-: there is no standard input to read")
    buffer = getattr(stdin, "buffer", None)
    if buffer is not None:
        return cast(BinaryIO, buffer)
    # A text-only stand-in (io.StringIO in an embedding application): it is already in memory.
    return io.BytesIO(stdin.read().encode("utf-8", "surrogateescape"))


def describe_read_error(label: str, error: BaseException, line: int, unit: str = "line") -> str:
    """The message of the :class:`InputError` for an input that cannot be read any further."""
    where = f"after {unit} {line}" if line else "at the start"
    if isinstance(error, EOFError):
        return f"{label}: the compressed data ends early (truncated file?) {where}"
    return f"{label}: cannot read {where}: {error}"
