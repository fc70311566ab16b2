"""Rich tables for a terminal. The only module that imports Rich's table machinery.

Every string from a document or a record (text, title, date, id, name) enters Rich as a `Text`
object, never as a markup string, so "[bold]" in it is shown as written; control characters are
removed before that.
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


def join(*parts: Text) -> Text:
    """Texts side by side, each keeping its own style (`a + b` would give b the style of a)."""
    out = Text()
    for part in parts:
        out.append_text(part)
    return out


def render(view, out) -> None:
    globals()[f"_{view.name}"](view, _console(out))


# ------------------------------------------------------------------ search

def _search(view, console: Console) -> None:
    for result in view.results:
        if view.batch:
            console.print(join(Text("query: ", style="dim"), t(result.query, "bold")))
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
            source = hit.source or {}
            where = hit.id + (f" · {source.get('title')}" if source.get("title") and
                              hit.kind != "passage" else "")
            body = join(t(hit.title, "bold"), Text("\n"), snippet, Text("\n"), t(where, "dim"))
            table.add_row(t(hit.rank), t(hit.kind), t(hit.date), body)
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
        console.print(join(Text("\n… ", style="dim"), t(d["previous"]["id"], "dim")))
        console.print(multiline(d["previous"]["text"]), style="dim")
    console.print()
    console.print(multiline(item.get("text") or ""))
    if d.get("next"):
        console.print(join(Text("\n… ", style="dim"), t(d["next"]["id"], "dim")))
        console.print(multiline(d["next"]["text"]), style="dim")
    for cite in item.get("sources") or []:
        console.print(join(Text("\n“", style="dim"), t(cite.get("quote")), Text("” ", style="dim"),
                           t(cite.get("passage"), "dim")))


# ------------------------------------------------------------------ timeline

def _timeline(view, console: Console) -> None:
    year = None
    table = None
    for e in view.entries:
        if e.date[:4] != year:
            if table is not None:
                console.print(table)
            year = e.date[:4]
            table = Table(title=year, title_justify="left", title_style="bold", expand=True,
                          show_header=False, box=None, padding=(0, 1))
            table.add_column("when", width=24, no_wrap=True)
            table.add_column("event", ratio=1)
        actors = ", ".join(a["name"] for a in e.actors[:6]) + (" …" if len(e.actors) > 6 else "")
        body = t(e.title, "bold")
        if actors:
            body = join(body, Text("\n"), t(actors, "dim"))
        table.add_row(t(e.when), body)
    if table is not None:
        console.print(table)
    console.print(Text(f"{len(view.entries)} events", style="dim"))


# ------------------------------------------------------------------ profile

_HEADINGS = {"roles": "Roles", "events": "Events", "said": "What they said", "facts": "Facts",
             "people": "People", "organizations": "Organisations", "appears_with": "Appears with",
             "parts": "Parts of the occasion", "passages": "Passages that mention it most"}


def _profile(view, console: Console) -> None:
    from kzpk.profile import SECTIONS, row_text

    s = view.subject
    console.print(t(s.get("name") or s.get("title"), "bold"))
    meta = [s.get("type") or s.get("kind"), s.get("when") or s.get("date")]
    console.print(t(" · ".join(m for m in meta if m) + f" · {s['id']}", "dim"))
    if s.get("aliases"):
        console.print(t("also: " + ", ".join(s["aliases"])))
    for key in ("description", "summary"):
        if s.get(key):
            console.print(t(s[key]))
    for section in SECTIONS:
        items = getattr(view, section)
        if not items:
            continue
        console.print()
        console.print(Text(_HEADINGS[section], style="bold underline"))
        table = Table(show_header=False, box=None, expand=True, padding=(0, 1))
        table.add_column("date", width=12, no_wrap=True)
        table.add_column("what", ratio=1)
        for item in items:
            table.add_row(t(item.get("when") or item.get("date") or ""), t(row_text(section, item)))
        console.print(table)


# ------------------------------------------------------------------ compare

def _compare(view, console: Console) -> None:
    from kzpk.compare import CATEGORIES

    d = view.to_dict()

    def title(side):
        s = side["subject"]
        return s.get("name") or s.get("title") or s["id"]

    table = Table(expand=True, show_lines=True)
    table.add_column("", style="bold", width=14)
    table.add_column(t(title(d["left"])), ratio=1)
    table.add_column(t(title(d["right"])), ratio=1)

    def names(items):
        return t(", ".join(i["name"] for i in items) or "—")

    for c in CATEGORIES:
        if d["shared"][c]:
            table.add_row(f"shared {c}", names(d["shared"][c]), Text("(same)", style="dim"))
        if d["only_left"][c] or d["only_right"][c]:
            table.add_row(f"only {c}", names(d["only_left"][c]), names(d["only_right"][c]))
    lf, rf = d["left"]["figures"], d["right"]["figures"]
    if lf or rf:
        table.add_row("figures", t("; ".join(f["statement"] for f in lf) or "—"),
                      t("; ".join(f["statement"] for f in rf) or "—"))
    console.print(table)
