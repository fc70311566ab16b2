"""One readable line per result, for grep and less."""

from kzpk.text import one_line


def render(view, out) -> None:
    for row in view.rows():
        out.write(one_line(view.plain_line(row)) + "\n")
