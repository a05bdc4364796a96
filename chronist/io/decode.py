"""Bytes to text: UTF-8, UTF-16 and Latin-1 (Windows-1252) read, binary data refused.

The order of the guesses:

1. a byte order mark names the encoding (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
2. NUL bytes at every second position are UTF-16 without a mark; other NUL
   bytes mean a binary file;
3. bytes that decode as UTF-8 are UTF-8 (a Latin-1 text with umlauts almost
   never does);
4. otherwise the text is read line by line: a line that is UTF-8 stays UTF-8, a
   line that is not is read as Windows-1252 (the superset of Latin-1 that old
   German and English files use), so one stray byte does not garble the umlauts
   of the whole file; a warning names the lines so read;
5. anything else is refused with the byte offset and the fix.

Control characters (NUL, C0 and C1 controls other than tab, line and page
breaks) are counted over the whole text: more than one in a hundred characters
is a binary file; fewer are removed, with a warning saying how many
(:func:`clean_controls`, which the readers also apply to JSON Lines, CSV and
feed texts).
"""
from __future__ import annotations

import codecs
import logging
import re

from chronist.errors import InputError

log = logging.getLogger(__name__)

_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_SAMPLE = 4096
#: C0 controls other than tab, line feed, vertical tab, form feed and carriage return; DEL; C1 controls.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


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


def _binary(where: str, what: str) -> BinaryInput:
    return BinaryInput(f"{where}: looks like a binary file, not text ({what}); "
                       "give text, JSON Lines, HTML or a feed")


def clean_controls(text: str, *, where: str) -> str:
    """``text`` without control characters; raises :class:`BinaryInput` when more than one
    character in a hundred is one (binary data), and warns when it removes any."""
    found = len(_CONTROL.findall(text)) if not text.isprintable() else 0
    if not found:
        return text
    if found > max(2, len(text) // 100):
        raise _binary(where, f"{found:,} control characters")
    log.warning("%s: %d control character(s) (NUL, ...) removed from the text", where, found)
    return _CONTROL.sub("", text)


def _by_line(data: bytes, *, where: str) -> str:
    """Bytes that are not UTF-8 as a whole, read line by line (UTF-8, else Windows-1252)."""
    parts: list[str] = []
    latin: list[int] = []
    offset = 0
    for number, line in enumerate(data.splitlines(keepends=True), 1):
        try:
            parts.append(line.decode("utf-8"))
        except UnicodeDecodeError as exc:
            if exc.reason == "unexpected end of data" and offset + exc.start >= len(data) - 3:
                parts.append(line.decode("utf-8", "replace"))     # a cut-off last character
                log.warning("%s: the last character is cut off; replaced by U+FFFD", where)
                continue
            try:
                parts.append(line.decode("cp1252"))
            except UnicodeDecodeError as bad:
                raise BinaryInput(f"{where}: not UTF-8, UTF-16 or Latin-1 text (byte {offset + bad.start}); "
                                  "convert it, e.g. iconv -t UTF-8") from None
            latin.append(number)
        finally:
            offset += len(line)
    if latin:
        shown = ", ".join(map(str, latin[:10])) + (" ..." if len(latin) > 10 else "")
        log.warning("%s: %d line(s) not UTF-8, read as Windows-1252 (Latin-1): line %s", where, len(latin), shown)
    return "".join(parts)


def decode(data: bytes, *, where: str) -> str:
    """``data`` as text (see the module docstring); raises InputError naming ``where`` and the fix."""
    codec = None
    for bom, name in _BOMS:
        if data.startswith(bom):
            codec = name
            break
    sample = data[:_SAMPLE]
    if codec is None and b"\x00" in sample:
        codec = _utf16_without_bom(sample[: len(sample) // 2 * 2])
        if codec is None:
            raise _binary(where, "NUL bytes")
    if codec is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _by_line(data, where=where)
    else:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as exc:
            raise BinaryInput(f"{where}: not valid {codec} (byte {exc.start}); "
                              "convert it, e.g. iconv -t UTF-8") from None
    return clean_controls(text, where=where)
