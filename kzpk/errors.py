"""One error type for everything the user should see, and the exit codes of the contract."""

from __future__ import annotations

OK = 0
NOT_FOUND = 1  # ran fine, nothing found (like grep)
USAGE = 2  # the user's input is wrong: option, date, query, records, file
INTERNAL = 3  # not the user's input: our fault, a busy or unreadable index; the message says what
INTERRUPTED = 130  # Ctrl-C, as shells report SIGINT


class KzpkError(Exception):
    """A message for the user, its exit code and, where it helps, a hint.

    The code has no default: whoever raises says whether it is bad input (USAGE), nothing found
    (NOT_FOUND) or a fault that is not the user's (INTERNAL).
    """

    def __init__(self, message: str, code: int, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.code = code
        self.hint = hint
