"""The two SQLite drivers and their errors, for ``except`` clauses in storage.

Plain profiles use the standard ``sqlite3``; an encrypted profile uses ``sqlcipher3``
(SQLCipher 4), loaded only when it is needed, so people without a passphrase never pay
its memory. sqlcipher3's exceptions are not subclasses of sqlite3's, so storage catches
``sql.Error`` (and friends): tuples that grow when sqlcipher3 is loaded. Always read them
as module attributes at ``except`` time (``except sql.Error:``), never copy them.
"""

from __future__ import annotations

import sqlite3
from types import ModuleType
from typing import Any

Error: tuple[type[Exception], ...] = (sqlite3.Error,)
DatabaseError: tuple[type[Exception], ...] = (sqlite3.DatabaseError,)
OperationalError: tuple[type[Exception], ...] = (sqlite3.OperationalError,)
IntegrityError: tuple[type[Exception], ...] = (sqlite3.IntegrityError,)

_cipher: ModuleType | None = None


def cipher_driver() -> Any:
    """The sqlcipher3 DB-API module, loaded (and its errors added) on first use."""
    global _cipher, Error, DatabaseError, OperationalError, IntegrityError
    if _cipher is None:
        from sqlcipher3 import dbapi2

        Error = (*Error, dbapi2.Error)
        DatabaseError = (*DatabaseError, dbapi2.DatabaseError)
        OperationalError = (*OperationalError, dbapi2.OperationalError)
        IntegrityError = (*IntegrityError, dbapi2.IntegrityError)
        _cipher = dbapi2
    return _cipher


def cipher_loaded() -> bool:
    """Whether sqlcipher3 has been loaded in this process."""
    return _cipher is not None
