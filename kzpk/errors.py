"""One error type for everything the user should see, and the exit codes of the contract."""

from __future__ import annotations

OK = 0
NOT_FOUND = 1  # ran fine, nothing found (like grep)
USAGE = 2  # the user's input is wrong: option, date, query, records, file
INTERNAL = 3  # our fault; the message says what


class KzpkError(Exception):
    """A message for the user, an exit code and, where it helps, a hint."""

    def __init__(self, message: str, code: int = USAGE, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.code = code
        self.hint = hint
