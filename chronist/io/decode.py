"""Bytes to text: UTF-8, UTF-16 and Latin-1 (Windows-1252) read, binary data refused.

The order of the guesses:

1. a byte order mark names the encoding (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
2. NUL bytes at every second position are UTF-16 without a mark; other NUL
   bytes mean a binary file;
3. bytes that decode as UTF-8 are UTF-8 (a Latin-1 text with umlauts almost
   never does);
4. otherwise Windows-1252, the superset of Latin-1 that old German and
   English files use, when it decodes to text without control characters;
5. anything else is refused with the byte offset and the fix.
"""
from __future__ import annotations

import codecs
import logging

from chronist.errors import InputError

log = logging.getLogger(__name__)

_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
_SAMPLE = 4096


class BinaryInput(InputError):
    """The bytes are not text in any encoding Chronist reads."""


def _utf16_without_bom(sample: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` when NULs sit at every second byte, as in UTF-16 Latin text."""
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_nul = even.count(0) / len(even)
    odd_nul = odd.count(0) / len(odd)
    if odd_nul >= 0.7 and even_nul <= 0.05:
        return "utf-16-le"
    if even_nul >= 0.7 and odd_nul <= 0.05:
        return "utf-16-be"
    return None


def _controls(text: str) -> int:
    return sum(1 for ch in text[:_SAMPLE] if ch < " " and ch not in _ALLOWED_CONTROLS or "\x7f" <= ch < "\xa0")


def detect_encoding(data: bytes, *, where: str) -> str:
    """The codec name to decode ``data`` with; raises :class:`BinaryInput` when it is not text."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        codec = _utf16_without_bom(sample[: len(sample) // 2 * 2])
        if codec is None:
            raise BinaryInput(f"{where}: looks like a binary file, not text (NUL bytes); "
                              "give text, JSON Lines, HTML or a feed")
        return codec
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            return "utf-8"          # a cut-off last character: decode() reports it precisely
        first_bad = exc.start
    try:
        if _controls(data[:_SAMPLE].decode("cp1252")) == 0:
            return "cp1252"
    except UnicodeDecodeError:
        pass
    raise BinaryInput(f"{where}: not UTF-8, UTF-16 or Latin-1 text (byte {first_bad}); "
                      "convert it, e.g. iconv -t UTF-8")


def decode(data: bytes, *, where: str) -> str:
    """``data`` as text (see the module docstring); raises InputError naming ``where`` and the fix."""
    codec = detect_encoding(data, where=where)
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise BinaryInput(f"{where}: not valid {codec} (byte {exc.start}); "
                          "convert it, e.g. iconv -t UTF-8") from None
    if codec == "cp1252":
        log.info("%s: not UTF-8; read as Windows-1252 (Latin-1)", where)
    if _controls(text) > max(2, len(text[:_SAMPLE]) // 100):
        raise BinaryInput(f"{where}: looks like a binary file, not text (control characters); "
                          "give text, JSON Lines, HTML or a feed")
    return text
