"""kzpk/tuples.py: the named tuples of the search path behave as typing.NamedTuple's did."""

from __future__ import annotations

import pytest

from kzpk.tuples import named_tuple


@named_tuple
class Span:
    """A stretch of text."""

    start: int
    end: int | None = None  # open-ended
    tags: tuple = ()

    @property
    def length(self) -> int | None:
        return None if self.end is None else self.end - self.start

    def then(self, later: "Span") -> "Span":
        return Span(self.start, later.end)


def test_a_named_tuple_keeps_fields_defaults_methods_and_docstring():
    s = Span(3)
    assert s == (3, None, ()) and s.end is None and s.length is None
    assert Span(1, 5).length == 4 and Span(1, 5).then(Span(7, 9)) == Span(1, 9)
    assert Span._fields == ("start", "end", "tags") and Span.__doc__ == "A stretch of text."
    assert Span(1, 2)._replace(end=8) == Span(1, 8) and repr(s) == "Span(start=3, end=None, tags=())"
    assert Span.__annotations__["end"] == "int | None"
    with pytest.raises(AttributeError):
        s.start = 4
    with pytest.raises(AttributeError):
        s.other = 1  # no instance dict


def test_a_field_without_a_default_after_one_with_a_default_is_refused():
    with pytest.raises(TypeError, match="without a default follows"):
        @named_tuple
        class Bad:
            a: int = 1
            b: int
