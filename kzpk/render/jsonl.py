"""One JSON object per line, nothing else."""

from kzpk.render.json_out import dumps


def render(view, out) -> None:
    for row in view.rows():
        out.write(dumps(row) + "\n")
