"""Byte streams: zstd decoding that notices truncation, byte counting, content sniffing."""

from __future__ import annotations

import io

import pytest
import zstandard

from corpusgate.readers._io import ReadStats, open_stream


def test_zstd_highly_compressible_and_multi_frame() -> None:
    big = b"a" * 5_000_000 + b"\n"
    z = zstandard.ZstdCompressor()
    packed = z.compress(big) + z.compress(b"tail\n") + z.compress(b"")
    stats = ReadStats()
    with open_stream(io.BytesIO(packed), stats) as stream:
        assert stream.readline() == big
        assert stream.readline() == b"tail\n"
        assert stream.readline() == b""
    assert stats.bytes_read == len(packed)


def test_zstd_truncated_inside_a_frame_raises_eof() -> None:
    packed = zstandard.ZstdCompressor().compress(b"x" * 100_000)
    with open_stream(io.BytesIO(packed[:-3]), ReadStats()) as stream, pytest.raises(EOFError):
        stream.read()


def test_zstd_streaming_compressor_output() -> None:
    # Frames written by a streaming compressor have no content size in their header.
    out = io.BytesIO()
    with zstandard.ZstdCompressor().stream_writer(out, closefd=False) as writer:
        for i in range(1000):
            writer.write(b"line %d\n" % i)
    with open_stream(io.BytesIO(out.getvalue()), ReadStats()) as stream:
        assert stream.read() == b"".join(b"line %d\n" % i for i in range(1000))


class _ReadOnly:
    """A stream with only read(), like some file-like objects handed in by applications."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def read(self, n: int = -1) -> bytes:
        return self._data.read(n)


def test_plain_stream_without_readinto_is_counted() -> None:
    stats = ReadStats()
    with open_stream(_ReadOnly(b"abc\ndef\n"), stats) as stream:  # type: ignore[arg-type]
        assert stream.read() == b"abc\ndef\n"
    assert stats.bytes_read == 8
