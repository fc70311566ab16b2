"""One JSON document."""

import json
import re

# json.dumps escapes C0 controls but writes C1 controls (U+0080-U+009F) raw: escape them too.
_C1 = re.compile("[\x7f-\x9f]")


def dumps(data, **kw) -> str:
    text = json.dumps(data, ensure_ascii=False, **kw)
    return _C1.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def render(view, out) -> None:
    out.write(dumps(view.to_dict(), indent=2) + "\n")
