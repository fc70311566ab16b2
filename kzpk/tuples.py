"""`@named_tuple`: a class body of annotated fields made a named tuple, cheaply.

`typing.NamedTuple` turns each field's annotation into a `ForwardRef`, and under
`from __future__ import annotations` every one is a string that it compiles; dataclasses
import `inspect`, dearer still; and `collections.namedtuple` compiles the source of each
tuple's `__new__`. A search makes a dozen such classes, so each costs start-up time. This
decorator reads the same class body (annotated fields, trailing defaults, methods, properties,
docstring) and builds the tuple class directly, leaving the annotations as the strings they
are: positional and keyword construction with defaults, read-only fields, `_fields`,
`_field_defaults`, `_replace`, `_asdict`, `_make`, a readable repr, equality and hashing of
a tuple, copying and pickling (tests/test_tuples.py).
"""

from __future__ import annotations

from operator import itemgetter

_NOT_COPIED = ("__dict__", "__weakref__")
_MISSING = object()


def named_tuple(cls: type) -> type:
    """`cls` as an immutable tuple of its annotated fields; fields after one with a default
    need defaults too, as in a function's parameters."""
    body = dict(cls.__dict__)
    name = cls.__name__
    names = tuple(body.get("__annotations__", {}))
    defaults = tuple(body.pop(n) for n in names if n in body)
    required = len(names) - len(defaults)
    if any(n in cls.__dict__ for n in names[:required]):
        raise TypeError(f"{name}: a field without a default follows one with a default")
    position = {n: i for i, n in enumerate(names)}
    size = len(names)

    def bind(args: tuple, kwargs: dict) -> list:
        if len(args) > size:
            raise TypeError(f"{name}() takes {size} arguments but {len(args)} were given")
        values = [*args, *[_MISSING] * (size - len(args))]
        for key, value in kwargs.items():
            i = position.get(key)
            if i is None:
                raise TypeError(f"{name}() got an unexpected keyword argument {key!r}")
            if values[i] is not _MISSING:
                raise TypeError(f"{name}() got multiple values for argument {key!r}")
            values[i] = value
        for i in range(len(args), size):
            if values[i] is _MISSING:
                if i < required:
                    raise TypeError(f"{name}() missing required argument {names[i]!r}")
                values[i] = defaults[i - required]
        return values

    def __new__(klass, *args, **kwargs):
        return tuple.__new__(klass, args if not kwargs and len(args) == size
                             else bind(args, kwargs))

    def _make(klass, iterable):
        made = tuple.__new__(klass, iterable)
        if len(made) != size:
            raise TypeError(f"{name} expected {size} values, got {len(made)}")
        return made

    def _replace(self, **changes):
        unknown = changes.keys() - position.keys()
        if unknown:
            raise TypeError(f"{name}._replace() got unexpected field names {sorted(unknown)}")
        return tuple.__new__(type(self), [changes.get(n, v) for n, v in zip(names, self)])

    def _asdict(self) -> dict:
        return dict(zip(names, self))

    def __repr__(self) -> str:
        return f"{name}(" + ", ".join(f"{n}={v!r}" for n, v in zip(names, self)) + ")"

    def __getnewargs__(self) -> tuple:
        return tuple(self)

    for name_of_method, method in (("__new__", __new__), ("_replace", _replace),
                                   ("_asdict", _asdict), ("__repr__", __repr__),
                                   ("__getnewargs__", __getnewargs__)):
        method.__qualname__ = f"{name}.{name_of_method}"
        body.setdefault(name_of_method, method)
    body["_make"] = classmethod(_make)
    for extra in _NOT_COPIED:
        body.pop(extra, None)
    body.update({n: property(itemgetter(i), doc=f"Alias for field number {i}")
                 for i, n in enumerate(names)})
    body.update(__slots__=(), _fields=names, __match_args__=names,
                _field_defaults=dict(zip(names[required:], defaults)))
    return type(name, (tuple,), body)
