"""The profile's key, held once per process after unlocking, and what a file's first
bytes say about it.

SQLCipher 4 derives a file's key from the passphrase and the 16-byte salt at the start of
the file (PBKDF2-HMAC-SHA512, 256,000 rounds; ~0.2 s). To pay that once and not on every
connection (the writer, the check before it, the task runner's readers, backups), the
holder derives the same key with ``hashlib`` and hands SQLCipher the raw key with its salt
(``x'<key><salt>'``). The file stays a standard SQLCipher 4 file: ``PRAGMA key =
'<passphrase>'`` opens it too. New files made from the profile (backups, safety copies)
get the profile's key and salt, so the same passphrase opens them and opening them costs
no second derivation.
"""

from __future__ import annotations

import math
import os
import threading
from collections import Counter
from enum import Enum
from pathlib import Path
from typing import Any

#: The first 16 bytes of every plain SQLite file.
SQLITE_MAGIC = b"SQLite format 3\x00"
SALT_BYTES = 16
KEY_BYTES = 32
#: SQLCipher 4's defaults.
KDF_ROUNDS = 256_000
KDF_HASH = "sha512"
#: An encrypted first page looks random; text or a broken plain file does not.
_RANDOM_BITS = 7.0
_SAMPLE = 4096


class FileKind(Enum):
    """What the first bytes of a database file say."""

    NEW = "new"  # missing or empty: whoever creates it decides
    PLAIN = "plain"  # a plain SQLite file
    ENCRYPTED = "encrypted"  # random-looking bytes: a SQLCipher file
    OTHER = "other"  # neither: not a database (damage is decided elsewhere)


def file_kind(path: Path) -> FileKind:
    """Decide from the header alone, before any damage logic: a wrong passphrase must
    never look like a damaged file."""
    try:
        with open(path, "rb") as file:
            head = file.read(_SAMPLE)
    except FileNotFoundError:
        return FileKind.NEW
    if not head:
        return FileKind.NEW
    if head.startswith(SQLITE_MAGIC):
        return FileKind.PLAIN
    if len(head) >= 512 and _bits_per_byte(head) >= _RANDOM_BITS:
        return FileKind.ENCRYPTED
    return FileKind.OTHER


def _bits_per_byte(data: bytes) -> float:
    total = len(data)
    return -sum(n / total * math.log2(n / total) for n in Counter(data).values())


def salt_of(path: Path) -> bytes:
    """The salt an encrypted file starts with. Raises OSError."""
    with open(path, "rb") as file:
        salt = file.read(SALT_BYTES)
    if len(salt) != SALT_BYTES:
        raise OSError(f"{path.name} is too short to be encrypted")
    return salt


def sha256() -> Any:
    """A SHA-256 from CPython's own module when it has one (backups compare files with
    it): ``hashlib`` loads OpenSSL, about 4 MiB that a profile without a passphrase does
    not otherwise need while the app runs."""
    try:
        from _sha2 import sha256 as made  # type: ignore[import-not-found, unused-ignore]
    except ImportError:  # Python 3.11
        try:
            from _sha256 import sha256 as made  # type: ignore[import-not-found, no-redef, unused-ignore]
        except ImportError:
            from hashlib import sha256 as made  # type: ignore[assignment, unused-ignore]
    return made()


def derive(passphrase: str, salt: bytes) -> bytes:
    """SQLCipher 4's key for ``passphrase`` and ``salt`` (the slow part of opening)."""
    import hashlib  # only for an encrypted profile: not loaded before a plain one's paint

    return hashlib.pbkdf2_hmac(KDF_HASH, passphrase.encode("utf-8"), salt, KDF_ROUNDS, KEY_BYTES)


def key_text(key: bytes, salt: bytes) -> str:
    """A raw key with its salt, as SQLCipher reads it (``x'<key><salt>'``), for binding
    to ``ATTACH ... KEY ?``."""
    return f"x'{key.hex()}{salt.hex()}'"


def key_pragma(key: bytes, salt: bytes) -> str:
    """The value for ``PRAGMA key = ...`` (which takes no parameters): hex digits only."""
    return f'"{key_text(key, salt)}"'


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


class _Holder:
    """The passphrase, the profile's salt and the keys derived so far."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.passphrase: str | None = None
        self.salt: bytes | None = None
        self.keys: dict[bytes, bytes] = {}


_holder = _Holder()


def use(passphrase: str | None, salt: bytes, key: bytes | None = None) -> None:
    """Hold the profile's key from now on (after unlocking, or after setting or changing
    the passphrase): ``salt`` is the profile file's, ``key`` its derived key when known.
    Without the passphrase (a key remembered in the keyring) only files with that salt
    open: the profile and the backups made from it."""
    if key is None:
        if passphrase is None:
            raise ValueError("a passphrase or a key is needed")
        key = derive(passphrase, salt)
    with _holder.lock:
        _holder.passphrase = passphrase
        _holder.salt = salt
        _holder.keys = {salt: key}


def forget() -> None:
    """Hold no key (the passphrase was removed, or the app locked itself)."""
    with _holder.lock:
        _holder.passphrase = None
        _holder.salt = None
        _holder.keys = {}


def is_set() -> bool:
    """Whether a key is held (then every connection uses sqlcipher3)."""
    return _holder.salt is not None


def held() -> tuple[bytes, bytes] | None:
    """The profile's (salt, key) held now, for "remember on this computer"."""
    with _holder.lock:
        salt = _holder.salt
        return None if salt is None else (salt, _holder.keys[salt])


def pragma_for_salt(salt: bytes) -> str | None:
    """The key for an encrypted file with ``salt`` (derived once, then remembered);
    None when no passphrase is held."""
    with _holder.lock:
        passphrase = _holder.passphrase
        known = _holder.keys.get(salt)
    if known is None:
        if passphrase is None:
            return None
        known = derive(passphrase, salt)
        with _holder.lock:
            if _holder.passphrase == passphrase:
                _holder.keys[salt] = known
    return key_pragma(known, salt)


def key_text_for_new_file() -> str | None:
    """The profile's key as text for ``ATTACH ... KEY ?`` (None: no key held)."""
    with _holder.lock:
        salt = _holder.salt
        key = None if salt is None else _holder.keys.get(salt)
    return None if salt is None or key is None else key_text(key, salt)


def pragma_for_new_file() -> str | None:
    """The key for a new file made from the profile (a backup): the profile's own."""
    with _holder.lock:
        salt = _holder.salt
    return None if salt is None else pragma_for_salt(salt)
