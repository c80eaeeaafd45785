"""Knowing our own files before opening them.

The SQLite header holds ``application_id`` (offset 68) and ``user_version``
(offset 60). Reading them as bytes, without SQLite, lets the program refuse a
foreign file or a file from a newer version while leaving it byte-for-byte
unchanged.
"""

from __future__ import annotations

import os
import struct
import sys
from dataclasses import dataclass
from pathlib import Path

from safeguard_desktop.errors import NotAWorkspaceError
from safeguard_desktop.store import encryption

# "SGDK" as a big-endian integer: our mark in every workspace file.
APPLICATION_ID = 0x5347444B
# Raised by every schema revision that changes the tables (db/versions sets it).
SCHEMA_VERSION = 8
SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Header:
    application_id: int
    user_version: int


def read_header(path: Path) -> Header:
    try:
        with open(path, "rb") as handle:
            head = handle.read(100)
    except IsADirectoryError:
        raise NotAWorkspaceError(f"{path} is a folder, not a workspace file.") from None
    except PermissionError:
        raise NotAWorkspaceError(f"{path} cannot be read: ask for read access to it, or copy it somewhere you can read.") from None
    if len(head) == 0:
        raise NotAWorkspaceError(f"{path} is empty: it is not a safeguard-desktop workspace.")
    if not head.startswith(SQLITE_MAGIC) and encryption.looks_encrypted(path):
        application_id, user_version = encryption.read_header(path)  # asks for the passphrase if need be
        return Header(application_id=application_id, user_version=user_version)
    if not head.startswith(SQLITE_MAGIC) or len(head) < 100:
        raise NotAWorkspaceError(
            f"{path} is not a safeguard-desktop workspace (it is not a database file). "
            "Choose a .sqlite workspace, or use File › Import to bring in a spreadsheet or document."
        )
    user_version, = struct.unpack(">I", head[60:64])
    application_id, = struct.unpack(">I", head[68:72])
    return Header(application_id=application_id, user_version=user_version)


def is_network_path(path: Path) -> bool:
    """WAL needs shared memory that network filesystems do not give; such
    files use the rollback journal instead (docs/PLATFORM_FACTS.md, "SQLite: journals, power cuts and copies")."""
    resolved = path.resolve()
    text = str(resolved)
    if sys.platform == "win32":
        if text.startswith("\\\\"):
            return True
        import ctypes

        drive = os.path.splitdrive(text)[0] + "\\"
        return ctypes.windll.kernel32.GetDriveTypeW(drive) == 4  # DRIVE_REMOTE
    network_types = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "9p", "afs", "ceph", "glusterfs", "davfs"}
    best, best_type = "", ""
    try:
        with open("/proc/mounts", encoding="utf-8") as mounts:
            for line in mounts:
                parts = line.split()
                if len(parts) >= 3 and (text == parts[1] or text.startswith(parts[1].rstrip("/") + "/")):
                    if len(parts[1]) > len(best):
                        best, best_type = parts[1], parts[2]
    except OSError:
        return False
    return best_type in network_types
