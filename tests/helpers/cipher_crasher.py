"""Crash-test child: turn a passphrase on, change it or take it off, to be killed mid-way.

Usage: cipher_crasher.py encrypt|change|decrypt PATH OLD NEW ROUNDS. Prints "ready" once
imported (the parent starts its random delay then), and "done" when the swap is over.
ROUNDS is the key derivation's, lowered by the test so that most kills fall in the rewrite
and the swap rather than in the derivation (the parent uses the same).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from planner.storage import cipher, keys  # noqa: E402


def main(mode: str, path: Path, old: str, new: str) -> None:
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    if mode == "encrypt":
        cipher.encrypt(path, new)
    elif mode == "change":
        cipher.change(path, old, new)
    else:
        cipher.decrypt(path, old)
    sys.stdout.write("done\n")
    sys.stdout.flush()


if __name__ == "__main__":
    keys.KDF_ROUNDS = int(sys.argv[5])
    main(sys.argv[1], Path(sys.argv[2]), sys.argv[3], sys.argv[4])
