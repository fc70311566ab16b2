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


def test_a_named_tuple_is_built_and_checked_like_a_function_call():
    import copy
    import pickle

    assert Span(start=2, tags=("a",)) == (2, None, ("a",)) and Span(1, end=3).end == 3
    assert Span._field_defaults == {"end": None, "tags": ()} and Span._make([1, 2, ()]).end == 2
    assert Span(1, 2)._asdict() == {"start": 1, "end": 2, "tags": ()}
    assert hash(Span(1, 2)) == hash((1, 2, ())) and Span(1) != Span(2)
    assert copy.deepcopy(Span(1, 2)) == Span(1, 2) and type(copy.copy(Span(1))) is Span
    assert pickle.loads(pickle.dumps(Span(4, 5))) == Span(4, 5)
    match Span(1, 2):
        case Span(start, end):
            assert (start, end) == (1, 2)
    for call, message in ((lambda: Span(), "missing required argument 'start'"),
                          (lambda: Span(1, 2, (), 4), "takes 3 arguments but 4"),
                          (lambda: Span(1, start=2), "multiple values for argument 'start'"),
                          (lambda: Span(1, size=2), "unexpected keyword argument 'size'"),
                          (lambda: Span(1)._replace(size=2), "unexpected field names"),
                          (lambda: Span._make([1]), "expected 3 values, got 1")):
        with pytest.raises(TypeError, match=message):
            call()
