"""The encoding an XML parser reads a package part in, and the part's bytes
in a form plain byte searches can look into.

A part may be UTF-16 or UTF-32 (with or without a byte-order mark) or
declare another encoding (libxml2 and expat honour it). Searching its raw
bytes for ``<!DOCTYPE`` or ``<c `` finds nothing there, so a check that
searches bytes must first decode such a part as the parser would.
"""

from __future__ import annotations

import codecs
import re
from typing import IO, Iterator

BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"), (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"),
    # No mark: the first character '<' tells the width and order (XML 1.0, appendix F).
    (b"<\x00\x00\x00", "utf-32-le"), (b"\x00\x00\x00<", "utf-32-be"), (b"<\x00", "utf-16-le"), (b"\x00<", "utf-16-be"),
)
_DECLARED = re.compile(rb'^\s*<\?xml[^>]{0,200}?\bencoding\s*=\s*["\']([A-Za-z0-9._:-]{1,40})["\']')
# Encodings in which markup is its ASCII bytes: a raw byte search finds it.
RAW_READABLE = frozenset({"utf-8", "utf-8-sig", "ascii", "latin-1", "iso8859-1", "cp1252"})


def xml_encoding(head: bytes) -> str | None:
    """The encoding an XML parser reads a part in: its byte-order mark, the
    shape of its first '<', else the encoding it declares (any Python knows,
    as libxml2 knows many); None for plain ASCII-compatible text."""
    for mark, encoding in BOMS:
        if head.startswith(mark):
            return encoding
    declared = _DECLARED.match(head)
    if declared:
        try:
            return codecs.lookup(declared.group(1).decode("ascii")).name
        except LookupError:
            return None  # no parser reads it in an encoding nobody knows
    return None


def markup_chunks(part: IO[bytes], size: int) -> Iterator[bytes]:
    """The part ``size`` bytes at a time, as UTF-8 when it is in an encoding
    whose markup is not its ASCII bytes (so ``b"<c "`` is found in a UTF-16
    sheet too); raw otherwise, which costs nothing."""
    chunk = part.read(size)
    encoding = xml_encoding(chunk)
    if not encoding or encoding in RAW_READABLE:
        while chunk:
            yield chunk
            chunk = part.read(size)
        return
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    while chunk:
        yield decoder.decode(chunk).encode("utf-8")
        chunk = part.read(size)
    yield decoder.decode(b"", final=True).encode("utf-8")
