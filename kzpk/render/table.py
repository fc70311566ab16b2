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
    """Two columns, one row per question; a shared item gets a row of its own, with each side's
    evidence under its column, so the two answers can be read across. Ids stay visible."""
    from kzpk.compare import QUESTIONS

    cap = 12

    def head(subject) -> Text:
        return join(t(subject.name, "bold"), Text("\n"), t(f"{subject.kind} · {subject.id}", "dim"))

    def title(item, with_date: bool = True) -> Text:
        date = f"{item.date} " if with_date and item.date and item.question != "date" else ""
        ident = Text() if item.id == item.name else join(Text(" "), t(f"({item.id})", "dim"))
        return join(t(date + item.name, "bold"), ident)

    def evidence(evs) -> Text:
        out = Text()
        for n, ev in enumerate(evs):
            where = ", ".join(dict.fromkeys(c.passage or c.source for c in ev.sources))
            out.append_text(join(Text("\n  " if n else "  "), t(ev.text),
                                 join(Text(" "), t(f"[{where}]", "dim")) if where else Text()))
        return out

    def listing(items, side: str) -> Text:
        out = Text()
        for n, item in enumerate(items[:cap]):
            evs = item.left if side == "left" else item.right
            out.append_text(join(Text("\n" if n else ""), title(item), Text("\n"), evidence(evs)))
        if len(items) > cap:
            out.append_text(t(f"\n… and {len(items) - cap} more (all of them with --format plain)", "dim"))
        return out or Text("—", style="dim")

    def names(items) -> Text:
        return t(", ".join(i.name for i in items) or "—")

    table = Table(expand=True, show_lines=True)
    table.add_column("", width=16, overflow="fold")
    table.add_column(head(view.left), ratio=1, overflow="fold")
    table.add_column(head(view.right), ratio=1, overflow="fold")
    for q in view.questions():
        shared_label, only_label = QUESTIONS[q]
        shared = view.part("shared", q)
        left, right = view.part("only_left", q), view.part("only_right", q)
        if q == "topics":  # names are enough here: the evidence is in the rows above
            if shared:
                table.add_row(t(shared_label, "bold"), names(shared), names(shared))
            if left or right:
                table.add_row(t(only_label, "bold"), names(left), names(right))
            continue
        for item in shared:
            label = t(shared_label, "bold")
            if item.note:
                label = join(label, Text("\n"), t(item.note, "italic"))
            if item.question == "figures":
                table.add_row(label, evidence(item.left), evidence(item.right))
            else:
                table.add_row(label, join(title(item), Text("\n"), evidence(item.left)),
                              join(title(item), Text("\n"), evidence(item.right)))
        if left or right:
            table.add_row(t(only_label, "bold"), listing(left, "left"), listing(right, "right"))
    console.print(table)
    counts = {p: len(view.part(p)) for p in ("shared", "only_left", "only_right")}
    console.print(t(f"{counts['shared']} shared · {counts['only_left']} only {view.left.name} · "
                    f"{counts['only_right']} only {view.right.name}", "dim"))
