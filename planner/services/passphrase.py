"""The passphrase for a profile: unlock at start, set, change or remove it, remember it
on this computer (the system keyring), and the idle lock's setting.

Setting, changing and removing rewrite the whole file (``storage.cipher``): the app's
store must be closed while that runs, and reopened after. ``PassphraseService`` takes a
``run_closed`` callable from the app for that: it closes the store (and stops whatever
reads it), runs the change, and reopens it, also when the change failed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from planner.domain.privacy import MIN_LENGTH, PassphraseProblem, passphrase_problem
from planner.storage import cipher, keys
from planner.storage.cipher_backups import Relocked, relock_backups

log = logging.getLogger(__name__)

KEYRING_SERVICE = "between-checkups"


def problem_text(problem: PassphraseProblem) -> str:
    """What is wrong with a new passphrase, in plain words."""
    if problem is PassphraseProblem.EMPTY:
        return QCoreApplication.translate("Passphrase", "Type a passphrase.")
    if problem is PassphraseProblem.ONLY_SPACES:
        return QCoreApplication.translate(
            "Passphrase", "A passphrase needs letters or numbers, not only spaces."
        )
    if problem is PassphraseProblem.TOO_SHORT:
        return QCoreApplication.translate(
            "Passphrase", "Use at least {count} characters. A few words in a row work well."
        ).format(count=MIN_LENGTH)
    return QCoreApplication.translate(
        "Passphrase", "The two passphrases are not the same. Type them again."
    )


def check_new(first: str, second: str | None = None) -> str | None:
    """The sentence for what is wrong with a new passphrase; None when it can be used."""
    problem = passphrase_problem(first, second)
    return None if problem is None else problem_text(problem)


def is_protected(database: Path) -> bool:
    """Whether the profile's file is encrypted (decided from its first bytes)."""
    return cipher.is_encrypted(Path(database))


def is_unlocked() -> bool:
    return keys.is_set()


def unlock(database: Path, passphrase: str, *, tidy: bool = False) -> None:
    """Check the passphrase and hold its key for every connection from now on.

    ``tidy`` (the app at start, holding the profile's lock; never a command that only
    reads): also drop what a cut-short passphrase change left. Raises StoreError:
    WRONG_PASSPHRASE (nothing was changed), UNREADABLE."""
    database = Path(database)
    found = cipher.unlock(database, passphrase)
    keys.use(passphrase, found.salt, found.key)
    if tidy:
        cipher.finish(database)


def tidy_up(database: Path) -> None:
    """At start, with the profile's lock held and the file opened: drop the note and any
    half-written file a cut-short passphrase change left (a plain profile too)."""
    cipher.finish(Path(database))


def plain_backups(database: Path) -> list[Path]:
    """Backups in the profile's backups folder that a passphrase does not lock (made
    before it was set): the person is offered to delete them."""
    folder = Path(database).parent / "backups"
    try:
        files = sorted(folder.glob("planner-*.db"))
    except OSError:
        return []
    return [file for file in files if not cipher.is_encrypted(file)]


def lock() -> None:
    """Forget the key (the idle lock, or quitting). The store must be closed first."""
    keys.forget()


def start_note(database: Path) -> str | None:
    """A sentence for the start-up prompt when the last change of the passphrase was
    cut short (the app stopped during it): which passphrase opens the journal now."""
    left = cipher.interrupted(Path(database))
    if left is None:
        return None
    if left.change is cipher.Change.CHANGE:
        if left.swapped:
            return QCoreApplication.translate(
                "Passphrase", "The app stopped while changing your passphrase. Use your new one."
            )
        return QCoreApplication.translate(
            "Passphrase",
            "The app stopped while changing your passphrase, so it was not changed. "
            "Use your old one.",
        )
    if left.change is cipher.Change.ENCRYPT and not left.swapped:
        return QCoreApplication.translate(
            "Passphrase",
            "The app stopped while setting your passphrase, so it was not set. Your journal "
            "has no passphrase yet. You can set it again in Settings.",
        )
    if left.change is cipher.Change.DECRYPT and not left.swapped:
        return QCoreApplication.translate(
            "Passphrase",
            "The app stopped while removing your passphrase, so your journal still has it.",
        )
    return None


def prompt_text() -> str:
    """What the start-up prompt says above the passphrase field."""
    return QCoreApplication.translate(
        "Passphrase",
        "Your journal is locked. Type your passphrase to open it. "
        "Your reminders start after you unlock it.",
    )


def delete_backups(files: list[Path]) -> None:
    """Delete the older, unlocked backups the person chose to delete. Raises OSError."""
    for file in files:
        file.unlink(missing_ok=True)


class Remembered:
    """The profile's key kept in the system keyring ("remember on this computer").

    The key kept is the one SQLCipher derived for this file (with its salt), not the
    passphrase itself, so a passphrase used elsewhere too is never written down. Anyone
    who can use the person's signed-in account can open the journal then; a stolen disk,
    a copied file or another account on the computer still cannot.
    """

    def __init__(self, data_dir: Path, backend: Any | None = None) -> None:
        self.account = f"journal key: {Path(data_dir).resolve()}"
        self._backend = backend

    def _keyring(self) -> Any:
        if self._backend is None:
            import keyring  # loaded only when asked: it is not small

            self._backend = keyring
        return self._backend

    def save(self) -> str | None:
        """Keep the key held now; None when saved, else a plain sentence (nothing kept)."""
        held = keys.held()
        if held is None:
            return QCoreApplication.translate("Passphrase", "There is no passphrase to remember.")
        salt, key = held
        try:
            self._keyring().set_password(KEYRING_SERVICE, self.account, f"{salt.hex()}:{key.hex()}")
        except Exception:  # no backend, a locked keyring, a D-Bus failure: all the same
            log.warning("The system keyring could not keep the key", exc_info=True)
            return QCoreApplication.translate(
                "Passphrase",
                "This computer has no keyring the app can use, so the passphrase is not "
                "remembered. Nothing was saved. You will type it each time.",
            )
        return None

    def load(self) -> tuple[bytes, bytes] | None:
        """The remembered (salt, key), or None (none kept, or no keyring)."""
        try:
            text = self._keyring().get_password(KEYRING_SERVICE, self.account)
        except Exception:
            log.warning("The system keyring could not be read", exc_info=True)
            return None
        if not text:
            return None
        try:
            salt, key = (bytes.fromhex(part) for part in str(text).split(":"))
        except ValueError:
            return None
        return salt, key

    def is_saved(self) -> bool:
        return self.load() is not None

    def forget(self) -> None:
        """Remove the remembered key (nothing happens when there is none)."""
        try:
            self._keyring().delete_password(KEYRING_SERVICE, self.account)
        except Exception:
            log.info("No remembered key to remove", exc_info=True)

    def unlock(self, database: Path) -> bool:  # the app then calls tidy_up()
        """Unlock with the remembered key; False when there is none or it does not open
        the file (the passphrase was changed elsewhere): then ask for the passphrase."""
        found = self.load()
        if found is None:
            return False
        salt, key = found
        try:
            if keys.salt_of(Path(database)) != salt:
                return False
        except OSError:
            return False
        if not cipher.key_opens(Path(database), salt, key):
            return False
        keys.use(None, salt, key)
        return True


class PassphraseService:
    """Set, change or remove the passphrase of the running app's profile.

    After each, the backups follow (``storage.cipher_backups``): the ones the old key
    (or no key) opened are rewritten for the new one; ``relocked`` says how that went.
    """

    def __init__(
        self,
        database: Path,
        remembered: Remembered,
        run_closed: Callable[[Callable[[], None]], None],
    ) -> None:
        self.database = Path(database)
        self.remembered = remembered
        self._run_closed = run_closed
        self.relocked = Relocked()

    @property
    def protected(self) -> bool:
        return is_protected(self.database)

    def set(self, new: str, *, remember: bool = False) -> str | None:
        """Turn the passphrase on. Returns a sentence when the keyring could not keep it
        (the passphrase is set all the same). Raises StoreError (nothing changed then)."""
        made: list[cipher.Key] = []

        def change() -> None:
            made.append(cipher.encrypt(self.database, new))
            keys.use(new, made[0].salt, made[0].key)

        self._run_closed(change)
        self._relock(None, made[0])
        return self._remember(remember)

    def change(self, old: str, new: str, *, remember: bool = False) -> str | None:
        """A new passphrase in place of ``old``; raises StoreError (WRONG_PASSPHRASE...)."""
        keys_now: list[cipher.Key] = []

        def change() -> None:
            keys_now.append(cipher.unlock(self.database, old))
            keys_now.append(cipher.change(self.database, old, new))
            keys.use(new, keys_now[1].salt, keys_now[1].key)

        self._run_closed(change)
        self._relock(keys_now[0], keys_now[1])
        return self._remember(remember)

    def remove(self, old: str) -> None:
        """Take the passphrase off (the file is plain again); raises StoreError."""
        before: list[cipher.Key] = []

        def change() -> None:
            before.append(cipher.unlock(self.database, old))
            cipher.decrypt(self.database, old)
            keys.forget()

        self._run_closed(change)
        self._relock(before[0], None)
        self.remembered.forget()

    def backups_note(self) -> str | None:
        """A sentence when some backups could not follow the last change (else None)."""
        failed = self.relocked.failed
        if failed == 0:
            return None
        if failed == 1:
            return QCoreApplication.translate(
                "Passphrase",
                "1 backup could not be changed to match. It still opens with what opened "
                "it before.",
            )
        return QCoreApplication.translate(
            "Passphrase",
            "{count} backups could not be changed to match. They still open with what "
            "opened them before.",
        ).format(count=failed)

    def _relock(self, old: cipher.Key | None, new: cipher.Key | None) -> None:
        self.relocked = relock_backups(self.database.parent / "backups", old, new)

    def _remember(self, remember: bool) -> str | None:
        if remember:
            return self.remembered.save()
        self.remembered.forget()
        return None
