"""A header row, then one row per result; no tab or newline inside a field."""

from kzpk.text import one_line


def cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        value = value.get("id") or ""
    elif isinstance(value, (list, tuple)):
        value = ", ".join(cell(v) for v in value)
    return one_line(str(value)).replace("\t", " ")


def render(view, out) -> None:
    out.write("\t".join(view.columns) + "\n")
    for row in view.rows():
        out.write("\t".join(cell(row.get(c)) for c in view.columns) + "\n")
