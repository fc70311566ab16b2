"""The one YAML loader for records and front matter: PyYAML's safe loader with limits.

Records and front matter are plain data written by hand, so this loader refuses what plain data
never needs and an attacker would use: aliases (`*name`, the "billion laughs" bomb), nesting
deeper than MAX_DEPTH (a 100,000-deep `[[[…]]]` would exhaust Python's stack), and duplicate
keys (YAML would silently keep the last value). Each refusal is a `yaml.MarkedYAMLError` with the
line, so callers report it like any other YAML error. A date YAML cannot construct (2022-13-45)
stays a string, for the date check to name, instead of a ValueError.
"""

from __future__ import annotations

import yaml
from yaml.events import AliasEvent

MAX_DEPTH = 64


class Refused(yaml.MarkedYAMLError):
    """A refusal of this loader's own (an alias, nesting too deep, a key given twice), as
    against a slip of YAML syntax."""


class _Constructors:
    """What both loaders build differently from PyYAML's safe loader."""

    def construct_mapping(self, node, deep=False):
        seen: set = set()
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                if key_node.value in seen:
                    raise Refused(None, None, f"duplicate key {key_node.value!r}",
                                  key_node.start_mark)
                seen.add(key_node.value)
        return super().construct_mapping(node, deep)

    def construct_yaml_timestamp(self, node):
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError:
            return self.construct_scalar(node)


class SafeLoader(_Constructors, yaml.SafeLoader):
    _depth = 0

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, AliasEvent):
            raise Refused(None, None, f"YAML alias *{event.anchor} is not allowed "
                          "(write the value out)", event.start_mark)
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise Refused(None, None, f"nested deeper than {MAX_DEPTH} levels",
                              event.start_mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


SafeLoader.add_constructor("tag:yaml.org,2002:timestamp", SafeLoader.construct_yaml_timestamp)


if getattr(yaml, "__with_libyaml__", False):
    class FastLoader(_Constructors, yaml.CSafeLoader):
        """libyaml's parser (about ten times faster on the records), with the same constructors
        as SafeLoader; the limits its C composer cannot enforce are checked first, on the
        event stream (`_check_events`)."""

    FastLoader.add_constructor("tag:yaml.org,2002:timestamp", SafeLoader.construct_yaml_timestamp)
else:  # a PyYAML built without libyaml: the pure-Python loader does it all
    FastLoader = None


def _check_events(text: str) -> None:
    """Refuse aliases and deep nesting from the event stream, which the C parser yields without
    recursing, before its composer (which does recurse) sees the text."""
    try:
        _check_event_stream(yaml.parse(text, Loader=FastLoader))
    except yaml.scanner.ScannerError as exc:  # libyaml's own limit (1,000 levels) came first
        if "nesting depth" not in str(exc.problem):
            raise
        raise Refused(None, None, f"nested deeper than {MAX_DEPTH} levels",
                      exc.problem_mark) from None


def _check_event_stream(events) -> None:
    from yaml.events import CollectionEndEvent, CollectionStartEvent

    depth = 0
    for event in events:
        if isinstance(event, AliasEvent):
            raise Refused(None, None, f"YAML alias *{event.anchor} is not allowed "
                          "(write the value out)", event.start_mark)
        if isinstance(event, CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise Refused(None, None, f"nested deeper than {MAX_DEPTH} levels",
                              event.start_mark)
        elif isinstance(event, CollectionEndEvent):
            depth -= 1


def load(text: str):
    """Like yaml.safe_load, with the limits above."""
    if FastLoader is None:
        return yaml.load(text, Loader=SafeLoader)  # noqa: S506 - a SafeLoader subclass
    _check_events(text)
    return yaml.load(text, Loader=FastLoader)  # noqa: S506 - a CSafeLoader subclass


def compose(text: str):
    """Like yaml.compose: nodes with line numbers, no objects built; the same limits."""
    if FastLoader is None:
        return yaml.compose(text, Loader=SafeLoader)
    _check_events(text)
    return yaml.compose(text, Loader=FastLoader)
