"""A second client for tests/postgres/test_pg_concurrency.py, run as its own
process: appends its tokens to one field of one record, one transaction a
token, each read-then-write; a write refused as stale is made again on the
current value. Prints how many were refused."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from safeguard_desktop.store.models import Agency
from safeguard_desktop.store.pg_stale import StaleRecordError
from safeguard_desktop.store.pg_workspace import open_server_workspace


def main(url: str, name: str, count: int, agency_id: int, start_flag: str) -> None:
    refused = 0
    with open_server_workspace(url) as workspace:
        while not Path(start_flag).exists():  # both clients start writing together
            time.sleep(0.01)
        for i in range(count):
            while True:
                try:
                    with workspace.transaction(f"test writer {name}") as tx:
                        agency = tx.get(Agency, agency_id)
                        before = agency.short_name or ""
                        time.sleep(0.005)  # a person reading the screen: the other writer gets in between
                        tx.update(agency, "short_name", f"{before}{name}{i};")
                    break
                except StaleRecordError:
                    refused += 1
    print(json.dumps({"refused": refused}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5])
