"""`@named_tuple`: a class body of annotated fields made a named tuple, cheaply.

`typing.NamedTuple` turns each field's annotation into a `ForwardRef`, and under
`from __future__ import annotations` every one is a string that it compiles: the dozen tuples
of a search (about sixty fields) cost it 2 % of its instructions (callgrind). Dataclasses
import `inspect`, dearer still. This decorator reads the same class body (annotated fields,
trailing defaults, methods, properties, docstring) and builds the tuple with
`collections.namedtuple`, leaving the annotations as the strings they are.
"""

from __future__ import annotations

from collections import namedtuple

_NOT_COPIED = ("__dict__", "__weakref__")


def named_tuple(cls: type) -> type:
    """`cls` as an immutable tuple of its annotated fields; fields after one with a default
    need defaults too, as in a function's parameters."""
    body = dict(cls.__dict__)
    names = list(body.get("__annotations__", {}))
    defaults = [body.pop(n) for n in names if n in body]
    if any(n in cls.__dict__ for n in names[:len(names) - len(defaults)]):
        raise TypeError(f"{cls.__name__}: a field without a default follows one with a default")
    base = namedtuple(cls.__name__, names, defaults=defaults or None, module=cls.__module__)
    for name in _NOT_COPIED:
        body.pop(name, None)
    body["__slots__"] = ()
    return type(cls.__name__, (base,), body)
