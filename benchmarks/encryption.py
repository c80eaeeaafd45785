"""Encryption benchmark: what an encrypted workspace costs against a plain one.

    python benchmarks/encryption.py [--rows 20000] [--edits 300]

Builds a plain workspace (benchmarks/store.py's rows), encrypts a copy, and
measures both the same way: autosave (one field per transaction, with its
audit row), opening, a backup, and the encryption and decryption themselves.
Prints its figures; the last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

PASSPHRASE = "benchmark passphrase words"


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def measure(path: Path, edits: int) -> dict[str, float]:
    from store import autosave, open_time

    from safeguard_desktop.store.backups import take_backup

    timings = sorted(autosave(path, edits))
    open_ms, _ = open_time(path, repeats=3)
    start = time.perf_counter()
    take_backup(path, reason="benchmark")
    return {"autosave_median_ms": round(statistics.median(timings), 2),
            "autosave_p99_ms": round(timings[int(len(timings) * 0.99) - 1], 2),
            "open_ms": round(open_ms, 1), "backup_ms": round(_ms(start), 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--edits", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("SAFEGUARD_DESKTOP_HOME", folder)
        from store import build

        from safeguard_desktop.store import encryption
        from safeguard_desktop.store.cipher_copy import decrypt_copy, encrypt_copy

        plain = Path(folder) / "plain.sqlite"
        build(plain, args.rows)
        start = time.perf_counter()
        encrypted = encrypt_copy(plain, Path(folder) / "encrypted.sqlite", PASSPHRASE)
        encrypt_ms = _ms(start)
        encryption.forget_keys()
        start = time.perf_counter()
        assert encryption.unlock(encrypted, PASSPHRASE)
        unlock_ms = _ms(start)
        figures = {"rows": args.rows, "edits": args.edits, "size_mb": round(plain.stat().st_size / 1e6, 1),
                   "encrypt_copy_ms": round(encrypt_ms, 1), "unlock_ms": round(unlock_ms, 1)}
        for name, path in (("plain", plain), ("encrypted", encrypted)):
            figures[name] = measure(path, args.edits)
            print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in figures[name].items()))
        start = time.perf_counter()
        decrypt_copy(encrypted, Path(folder) / "decrypted.sqlite")
        figures["decrypt_copy_ms"] = round(_ms(start), 1)
        print(f"{args.rows} rows ({figures['size_mb']} MB): encrypt a copy {encrypt_ms:.0f} ms, "
              f"decrypt a copy {figures['decrypt_copy_ms']:.0f} ms, passphrase to key {unlock_ms:.0f} ms")
        print(json.dumps(figures))


if __name__ == "__main__":
    main()
