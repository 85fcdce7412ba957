"""Usage mistakes on the command line: one plain line on standard error, and exit status 2.

argparse's own message is a usage block over two lines or more, in its own words;
``OneLineParser`` is every parser of the app (the top level, each command and each plan
action: subparsers take their parent's class) and says what is wrong in one plain line,
the way every command says its own problems (``cli_io.say``), e.g.
"Unknown plan action 'foo'. Try: validate, templates, new, make, apply, export." or
"export: 'xml' is an invalid choice for --format. Try: json, csv (see --help)."

``--help`` and ``--version`` are unchanged. Nothing here loads Qt until there is a mistake
to word: the parser is also built to open the window.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Sequence
from gettext import gettext
from typing import Any, NoReturn

from planner.cli_io import EXIT_USAGE, say

#: argparse's own words for the mistakes it finds itself (it words them with gettext too).
_REQUIRED = gettext("the following arguments are required: %s").split("%s")[0]
_UNRECOGNIZED = gettext("unrecognized arguments: %s").split("%s")[0]
_AMBIGUOUS, _COULD_MATCH = gettext("ambiguous option: %(option)s could match %(matches)s").split(
    "%(option)s"
)
_COULD_MATCH = _COULD_MATCH.split("%(matches)s")[0]
_IGNORED = gettext("ignored explicit argument %r").split("%r")[0]


class _Said(argparse.ArgumentError):
    """A mistake already in plain words: ``message`` is said as it is."""


class OneLineParser(argparse.ArgumentParser):
    """A parser whose usage mistakes are one plain line and exit status 2 (see the module)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("exit_on_error", False)  # its mistakes reach parse_known_args
        super().__init__(*args, **kwargs)

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        try:
            found, extra = super().parse_known_args(args, namespace)
        except _Said as said:
            self._say(said.message, whole=True)
        except argparse.ArgumentError as mistake:
            name, message = mistake.argument_name, mistake.message
            if name and message.startswith(_IGNORED):
                self._say(_takes_no_value(name))
            # Newer Pythons raise some of what they used to pass to error() themselves.
            self.error(f"{name}: {message}" if name else message)
        # A command's parser is asked for "known" arguments only; the rest would reach the
        # main parser, which would name them as its own. Say so here instead.
        if extra:
            self._say(_not_an_option(extra))
        return found, extra

    def error(self, message: str) -> NoReturn:
        """argparse's own mistakes (and any other), in plain words where we know them."""
        if message.startswith(_REQUIRED):
            names = message.removeprefix(_REQUIRED).split(", ")
            self._say(_please_add(self._with_values(names)))
        if message.startswith(_UNRECOGNIZED):
            self._say(_not_an_option(message.removeprefix(_UNRECOGNIZED).split()))
        if message.startswith(_AMBIGUOUS) and _COULD_MATCH in message:
            option, matches = message.removeprefix(_AMBIGUOUS).split(_COULD_MATCH, 1)
            self._say(_ambiguous(option, matches))
        self._say(message)

    # --- what argparse checks, said plainly ---------------------------------------------------

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        choices = action.choices
        if choices is None or value in choices:
            return
        names = ", ".join(str(choice) for choice in choices)
        if action.nargs == argparse.PARSER:  # a command, or a plan action
            raise _Said(action, _unknown_command(self.prog, str(value), names))
        raise _Said(action, self._wrapped(_invalid_choice(_option(action), str(value), names)))

    def _get_value(self, action: argparse.Action, arg_string: str) -> Any:
        try:
            return super()._get_value(action, arg_string)
        except argparse.ArgumentError:
            raise _Said(action, self._wrapped(_not_a_value(action, arg_string))) from None

    def _match_argument(self, action: argparse.Action, arg_strings_pattern: str) -> int:
        try:
            return super()._match_argument(action, arg_strings_pattern)
        except argparse.ArgumentError:
            raise _Said(action, self._wrapped(_needs_a_value(action))) from None

    # --- saying it ----------------------------------------------------------------------------

    def _say(self, problem: str, *, whole: bool = False) -> NoReturn:
        say(problem if whole else self._wrapped(problem))
        self.exit(EXIT_USAGE)

    def _wrapped(self, problem: str) -> str:
        """The problem with the command it is about, and where to find how to use it."""
        from PySide6.QtCore import QCoreApplication  # Qt only once there is a mistake

        command = self.prog.partition(" ")[2]  # "plan validate", without the program
        if not command:
            return QCoreApplication.translate("Commands", "{problem} (see --help).").format(
                problem=problem
            )
        return QCoreApplication.translate("Commands", "{command}: {problem} (see --help).").format(
            command=command, problem=problem
        )

    def _with_values(self, names: Iterable[str]) -> list[str]:
        """Each missing argument as it is typed: "--template NAME", "FILE"."""
        actions = {_name(action): action for action in self._actions}
        shown = []
        for name in names:
            action = actions.get(name)
            metavar = _metavar(action) if action is not None and action.option_strings else ""
            shown.append(f"{name} {metavar}".strip())
        return shown


def _name(action: argparse.Action) -> str:
    """The name argparse gives an argument in its messages."""
    if action.option_strings:
        return "/".join(action.option_strings)
    return str(action.metavar or action.dest)


def _option(action: argparse.Action) -> str:
    return action.option_strings[0] if action.option_strings else _name(action)


def _metavar(action: argparse.Action) -> str:
    if action.nargs == 0:
        return ""
    if action.metavar is not None:
        return str(action.metavar)
    if action.choices is not None:
        return "|".join(str(choice) for choice in action.choices)
    return action.dest.upper()


def _unknown_command(prog: str, name: str, names: str) -> str:
    from PySide6.QtCore import QCoreApplication

    group = prog.partition(" ")[2]  # "plan" for the plan actions, "" at the top
    if not group:
        return QCoreApplication.translate(
            "Commands", "Unknown command '{name}'. Try: {names}."
        ).format(name=name, names=names)
    return QCoreApplication.translate(
        "Commands", "Unknown {group} action '{name}'. Try: {names}."
    ).format(group=group, name=name, names=names)


def _invalid_choice(option: str, value: str, names: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "Commands", "'{value}' is an invalid choice for {option}. Try: {names}"
    ).format(value=value, option=option, names=names)


def _not_a_value(action: argparse.Action, value: str) -> str:
    from PySide6.QtCore import QCoreApplication

    if action.type is int:
        text = QCoreApplication.translate(
            "Commands", "{option} needs a whole number, not '{value}'"
        )
    else:
        text = QCoreApplication.translate("Commands", "{option} cannot be '{value}'")
    return text.format(option=_option(action), value=value)


def _needs_a_value(action: argparse.Action) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "Commands", "{option} needs a value, such as {option} {metavar}"
    ).format(option=_option(action), metavar=_metavar(action) or "...")


def _takes_no_value(option: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Commands", "{option} takes no value").format(option=option)


def _ambiguous(option: str, matches: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "Commands", "'{option}' could be {matches}; write the whole name"
    ).format(option=option, matches=matches)


def _please_add(names: Sequence[str]) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Commands", "please add {names}").format(
        names=", ".join(names)
    )


def _not_an_option(words: Sequence[str]) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Commands", "'{words}' is not an option here").format(
        words=" ".join(words)
    )
