"""What a power cut leaves on disk, rebuilt from a trace of cutshim.c.

Two models of the disk at the moment of the cut:

- ``strict``: only bytes made durable by fsync/fdatasync of their file
  survive, and only directory entries (creates, renames, unlinks, mkdirs)
  made durable by an fsync of their directory. Everything else is as it was
  at the last sync, as POSIX promises and no more.
- ``torn``: as strict, plus any unsynced write may have reached the disk, in
  part: each 512-byte sector of it independently, in any combination; and
  each directory's unsynced entry changes up to a random point in their order
  (file systems journal directory changes in order).
"""

from __future__ import annotations

import hashlib
import os
import random
import struct
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

SECTOR = 512
DIR = -1  # a directory in a namespace (files are inode numbers >= 0)
_HEAD = struct.Struct("<ciqqI")
_LEN = struct.Struct("<I")


class UnmodelledTrace(Exception):
    """The traced program changed files in a way the model cannot replay."""


@dataclass(frozen=True)
class Event:
    kind: str
    fd: int
    a: int
    b: int
    path: str
    data: bytes


def read_trace(path: Path) -> list[Event]:
    raw = path.read_bytes()
    events, at = [], 0
    while at < len(raw):
        kind, fd, a, b, plen = _HEAD.unpack_from(raw, at)
        at += _HEAD.size
        name = raw[at:at + plen].decode("utf-8", "surrogateescape")
        at += plen
        (dlen,) = _LEN.unpack_from(raw, at)
        at += _LEN.size
        events.append(Event(kind.decode(), fd, a, b, name, raw[at:at + dlen]))
        at += dlen
    return events


@dataclass
class _Inode:
    durable: bytes
    volatile: bytearray
    pending: list[tuple[str, int, bytes]] = field(default_factory=list)  # ("w", at, data) | ("t", size, b"")


def _apply(content: bytearray, op: tuple[str, int, bytes]) -> None:
    kind, at, data = op
    if kind == "t":
        del content[at:]
        content.extend(bytes(max(0, at - len(content))))
        return
    if len(content) < at:
        content.extend(bytes(at - len(content)))
    content[at:at + len(data)] = data


def _sectors(op: tuple[str, int, bytes]) -> list[tuple[str, int, bytes]]:
    kind, at, data = op
    if kind != "w":
        return [op]
    pieces, start = [], at
    while start < at + len(data):
        end = min((start // SECTOR + 1) * SECTOR, at + len(data))
        pieces.append(("w", start, data[start - at:end - at]))
        start = end
    return pieces


@dataclass(frozen=True)
class Image:
    """Files (absolute path -> bytes) and folders a cut leaves under the root."""

    files: dict[str, bytes]
    dirs: frozenset[str]

    def digest(self) -> str:
        h = hashlib.sha256()
        for name in sorted(self.dirs):
            h.update(b"D" + name.encode() + b"\0")
        for name in sorted(self.files):
            h.update(b"F" + name.encode() + b"\0" + hashlib.sha256(self.files[name]).digest())
        return h.hexdigest()

    def write(self, root: Path) -> None:
        """Lay the image out at ``root`` (emptied first): the same absolute
        paths as the traced run, since backups are found by path."""
        _empty(root)
        for name in sorted(self.dirs, key=len):
            os.makedirs(name, exist_ok=True)
        for name, content in self.files.items():
            Path(name).write_bytes(content)


def _empty(root: Path) -> None:
    for entry in sorted(root.rglob("*"), key=lambda p: len(p.parts), reverse=True):
        if entry.is_dir() and not entry.is_symlink():
            entry.rmdir()
        else:
            entry.unlink()


class Disk:
    """Replays a trace event by event; ``image()`` tells what a cut now leaves."""

    def __init__(self, root: Path) -> None:
        self.root = str(root)
        self.inodes: list[_Inode] = []
        self.names: dict[str, int] = {}
        self.durable: dict[str, int] = {}
        # Per folder, its unsynced entry changes: (op, name, inode, old name).
        self.dir_pending: dict[str, list[tuple[str, str, int, str]]] = defaultdict(list)
        self.fds: dict[int, int | str] = {}
        # The files already there when recording began were synced before it.
        for entry in sorted(Path(root).rglob("*")):
            name = str(entry)
            if entry.is_dir():
                self.names[name] = self.durable[name] = DIR
            elif not name.endswith("-shm"):
                content = entry.read_bytes()
                self.inodes.append(_Inode(content, bytearray(content)))
                self.names[name] = self.durable[name] = len(self.inodes) - 1

    def apply(self, event: Event) -> None:
        handler = getattr(self, f"_on_{event.kind}", None)
        if handler is None:
            raise UnmodelledTrace(f"{event.kind} {event.path or event.fd}")
        handler(event)

    def _entry(self, op: str, name: str, ino: int, old: str = "") -> None:
        self.dir_pending[os.path.dirname(name)].append((op, name, ino, old))

    def _on_O(self, e: Event) -> None:
        if e.b:  # a directory, opened to fsync its entries
            self.fds[e.fd] = e.path
            return
        ino = self.names.get(e.path)
        if ino is None:
            if not e.a & os.O_CREAT:
                raise UnmodelledTrace(f"{e.path} opened but never seen created")
            self.inodes.append(_Inode(b"", bytearray()))
            ino = self.names[e.path] = len(self.inodes) - 1
            self._entry("set", e.path, ino)
        self.fds[e.fd] = ino
        if e.a & os.O_TRUNC:
            self._change(ino, ("t", 0, b""))

    def _change(self, ino: int, op: tuple[str, int, bytes]) -> None:
        inode = self.inodes[ino]
        _apply(inode.volatile, op)
        inode.pending.append(op)

    def _on_W(self, e: Event) -> None:
        self._change(self._inode(e.fd), ("w", e.a, e.data))

    def _on_T(self, e: Event) -> None:
        self._change(self._inode(e.fd), ("t", e.a, b""))

    def _inode(self, fd: int) -> int:
        ino = self.fds[fd]
        if isinstance(ino, str):
            raise UnmodelledTrace(f"file operation on the folder {ino}")
        return ino

    def _on_S(self, e: Event) -> None:
        target = self.fds[e.fd]
        if isinstance(target, str):
            for entry in self.dir_pending.pop(target, []):
                _apply_entry(self.durable, *entry)
            return
        inode = self.inodes[target]
        inode.durable = bytes(inode.volatile)
        inode.pending.clear()

    def _on_C(self, e: Event) -> None:
        self.fds.pop(e.fd, None)

    def _on_R(self, e: Event) -> None:
        old, new = e.path.split("\0")
        if not e.a:
            raise UnmodelledTrace(f"{new} moved in from outside the recorded folder")
        ino = self.names.pop(old)
        if ino == DIR:
            raise UnmodelledTrace(f"folder {old} renamed")
        if not e.b:
            self._entry("del", old, ino)
        elif os.path.dirname(old) == os.path.dirname(new):
            # One entry change: a rename within a folder is all or nothing.
            self.names[new] = ino
            self._entry("move", new, ino, old)
        else:
            self.names[new] = ino
            self._entry("del", old, ino)
            self._entry("set", new, ino)

    def _on_U(self, e: Event) -> None:
        ino = self.names.pop(e.path)
        self._entry("del", e.path, ino)

    def _on_D(self, e: Event) -> None:
        self.names[e.path] = DIR
        self._entry("set", e.path, DIR)

    def _on_M(self, e: Event) -> None:
        pass

    # -- images ----------------------------------------------------------
    def image(self, rng: random.Random | None = None) -> Image:
        """What is on disk after a cut now: the strict model, or with ``rng``
        the torn model."""
        names = dict(self.durable)
        if rng is not None:
            for pending in self.dir_pending.values():
                for entry in pending[:rng.randint(0, len(pending))]:
                    _apply_entry(names, *entry)
        dirs = {name for name, ino in names.items() if ino == DIR}
        files: dict[str, bytes] = {}
        for name, ino in names.items():
            if ino == DIR or not self._reachable(name, dirs):
                continue
            inode = self.inodes[ino]
            if rng is None or not inode.pending:
                files[name] = inode.durable
                continue
            content = bytearray(inode.durable)
            for op in inode.pending:
                for piece in _sectors(op):
                    if rng.random() < 0.5:
                        _apply(content, piece)
            files[name] = bytes(content)
        return Image(files, frozenset(d for d in dirs if self._reachable(d, dirs)))

    def _reachable(self, name: str, dirs: set[str]) -> bool:
        parent = os.path.dirname(name)
        while parent != self.root:
            if parent not in dirs:
                return False
            parent = os.path.dirname(parent)
        return True


def _apply_entry(names: dict[str, int], op: str, name: str, ino: int, old: str) -> None:
    if op == "del":
        names.pop(name, None)
        return
    if op == "move":
        names.pop(old, None)
    names[name] = ino
