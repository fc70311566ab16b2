"""Rich tables for a terminal. The only module that imports Rich's table machinery.

Document text always enters Rich as `Text` objects, never as markup strings, so "[bold]" in a
document is shown as written; control characters are removed before that.
"""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from kzpk.text import clean_control, one_line


def _console(out) -> Console:
    # Created here, not at import: Rich then checks the terminal and NO_COLOR for this run.
    return Console(file=out, highlight=False, emoji=False, soft_wrap=False)


def t(value, style: str | None = None) -> Text:
    return Text(one_line("" if value is None else str(value)), style=style or "")


def multiline(value) -> Text:
    return Text(clean_control("" if value is None else str(value)))


def render(view, out) -> None:
    globals()[f"_{view.name}"](view, _console(out))


# ------------------------------------------------------------------ search

def _search(view, console: Console) -> None:
    for result in view.results:
        if view.batch:
            console.print(Text("query: ", style="dim") + t(result.query, "bold"))
        if result.suggestion:
            console.print(Text("showing results for ", style="dim") + t(result.suggestion, "bold"))
        table = Table(show_header=True, header_style="bold", expand=True, show_lines=True)
        table.add_column("#", justify="right", width=3)
        table.add_column("kind", width=8)
        table.add_column("date", width=10)
        table.add_column("result", ratio=1)
        for hit in result.hits:
            snippet = t(hit.snippet)
            # spans index the snippet before one_line; one_line only collapses whitespace runs
            for start, end in hit.spans:
                snippet.stylize("bold yellow", start, end)
            body = t(hit.title, "bold") + Text("\n") + snippet + Text("\n")
            source = hit.source or {}
            body += t(f"{hit.id}" + (f" · {source.get('title')}" if source.get("title") and
                                     hit.kind != "passage" else ""), "dim")
            table.add_row(str(hit.rank), hit.kind, hit.date or "", body)
        console.print(table)
        console.print(Text(f"{len(result.hits)} of {result.total} results", style="dim"))


# ------------------------------------------------------------------ show

def _show(view, console: Console) -> None:
    d = view.to_dict()
    item = d["item"]
    console.print(t(item.get("title") or item.get("name") or item["id"], "bold"))
    console.print(t(f"{item['id']} · {item.get('kind')}" +
                    (f" · {item['date']}" if item.get("date") else ""), "dim"))
    if d.get("source"):
        console.print(t(f"source: {d['source'].get('title')} ({d['source'].get('id')})", "dim"))
    if d.get("previous"):
        console.print(Text("\n… ", style="dim") + t(d["previous"]["id"], "dim"))
        console.print(multiline(d["previous"]["text"]), style="dim")
    console.print()
    console.print(multiline(item.get("text") or ""))
    if d.get("next"):
        console.print(Text("\n… ", style="dim") + t(d["next"]["id"], "dim"))
        console.print(multiline(d["next"]["text"]), style="dim")
    for cite in item.get("sources") or []:
        console.print(Text("\n“", style="dim") + t(cite.get("quote")) + Text("” ", style="dim")
                      + t(cite.get("passage"), "dim"))
