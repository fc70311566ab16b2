"""Rich tables for a terminal: one function per view, chosen from TABLES by the view's name.

A leaf like the other formats: it reads only what a view offers (`to_dict()`, `rows()`, its
attributes) and imports no view module. Every string from a document or a record (text, title,
date, id, name) enters Rich as a `Text` object, never as a markup string, so "[bold]" in it is
shown as written; control characters are removed before that. Ids are never cut: they sit on a line of their own in a column that folds, never
ellipsises, and other columns wrap first. Without colour (`--color never`, `NO_COLOR`, or not a
terminal) no escape code at all is written, not even bold.
"""

from __future__ import annotations

import errno

from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from kzpk.text import clean_control, one_line, quoted


class _Console(Console):
    def on_broken_pipe(self) -> None:
        # Rich would exit 1 here; a closed pipe is a normal end, which kzpk.main turns into exit 0.
        self.quiet = True
        raise BrokenPipeError(errno.EPIPE, "Broken pipe")


def _console(out, color: bool) -> Console:
    # color_system=None is what keeps bold and dim out too (Rich's own no_color keeps them).
    return _Console(file=out, color_system="auto" if color else None,
                   force_terminal=True if color else None, highlight=False, emoji=False,
                   soft_wrap=False)


def t(value, style: str | None = None) -> Text:
    return Text(one_line("" if value is None else str(value)), style=style or "")


def multiline(value, style: str | None = None) -> Text:
    return Text(clean_control("" if value is None else str(value)), style=style or "")


def join(*parts: Text) -> Text:
    """Texts side by side, each keeping its own style (`a + b` would give b the style of a)."""
    out = Text()
    for part in parts:
        out.append_text(part)
    return out


def lines(*parts: Text | None) -> Text:
    return Text("\n").join(p for p in parts if p is not None and p.plain)


def render(view, out, color: bool = False) -> None:
    TABLES[view.name](view, _console(out, color))


# ------------------------------------------------------------------ search

def search(view, console: Console) -> None:
    for result in view.results:
        if view.batch:
            console.print(join(Text("query: ", style="dim"), t(result.query, "bold")))
        for hit in result.hits:
            snippet = t(hit.snippet)
            # spans index the snippet before one_line; one_line only collapses whitespace runs
            for start, end in hit.spans:
                snippet.stylize("bold yellow", start, end)
            source = hit.source or {}
            kind = f"extracted {hit.kind}" if hit.status == "extracted" else hit.kind
            meta = " · ".join(x for x in (kind, hit.date, source.get("title")
                                          if hit.kind != "passage" else None) if x)
            # the answer first (the snippet starts with it), then what it comes from
            console.print(join(Text(f"{hit.rank:>2}. ", style="bold"), snippet))
            if hit.title and hit.title not in hit.snippet:
                console.print(Padding(t(hit.title, "bold"), (0, 0, 0, 4)))
            console.print(Padding(t(meta, "dim"), (0, 0, 0, 4)))
            for link in hit.links:
                console.print(Padding(t(link["line"], "italic"), (0, 0, 0, 4)))
            the_id(console, hit.id, 4)
            console.print()
        n = len(result.hits)
        console.print(Text(f"{n} result{'s' * (n != 1)}" +
                           (f" of {result.total}" if result.total > n else ""), style="dim"))


def the_id(console: Console, rid: str, indent: int) -> None:
    """An id on a line of its own, never wrapped or cut: indented less when it is long, and
    wider than the terminal only if it is wider than the terminal."""
    rid = one_line(rid)
    indent = max(0, min(indent, console.width - len(rid)))
    console.print(join(Text(" " * indent), Text(rid, style="cyan")), no_wrap=True,
                  overflow="ignore", crop=False)


# ------------------------------------------------------------------ show

def show(view, console: Console) -> None:
    item = view.item
    if view.previous:
        console.print(join(Text("previous passage ", style="dim"), t(view.previous.id, "dim")))
        console.print(multiline(view.previous.text, "dim"))
        console.print()
    console.print(join(Text("▶ ", style="bold"), t(item.id, "bold cyan"),
                       Text(f"  ({item.kind}, the item asked for)", style="dim")))
    title = item.heading
    console.print(t(title, "bold"))
    meta = [m for m in (item.date, view.source_title, view.source_id) if m and m != title]
    if meta:
        console.print(t(" · ".join(meta), "dim"))
    text = item.text or ""
    if text.startswith(title.rstrip(".")):  # a fact's text is its statement: say it once
        text = text[len(title.rstrip(".")):].lstrip(" .:")
    if text:
        console.print(multiline(text))
    for cite in item.sources:
        if cite.quote and (one_line(cite.quote) in one_line(text)
                           or one_line(quoted(cite.quote)) in one_line(text)):
            continue  # the text already quotes it
        console.print(join(t(quoted(cite.quote or "")), Text(" "), t(cite.passage, "dim")))
    if view.next:
        console.print()
        console.print(join(Text("next passage ", style="dim"), t(view.next.id, "dim")))
        console.print(multiline(view.next.text, "dim"))


# ------------------------------------------------------------------ timeline

def timeline(view, console: Console) -> None:
    width = max((len(one_line(e.when)) for e in view.entries), default=10)
    year = None
    for e in view.entries:
        heading = e.date[:4] if e.date else "undated"
        if heading != year:
            year = heading
            console.print(Text(year, style="bold"))
        grid = Table.grid(padding=(0, 2), expand=True)
        grid.add_column("when", width=width, no_wrap=True)
        grid.add_column("event", ratio=1)
        names = [one_line(a.name) for a in e.actors]
        actors = ", ".join(names[:6]) + (f" and {len(names) - 6} more" if len(names) > 6 else "")
        title = ("[extracted] " if e.status == "extracted" else "") + e.title
        grid.add_row(t(e.when), lines(t(title, "bold"), t(actors, "dim"),
                                      *(t(link.line, "italic") for link in e.links)))
        console.print(Padding(grid, (0, 0, 0, 1)))
        the_id(console, e.id, width + 3)
    console.print(Text(view.summary, style="dim"))


# ------------------------------------------------------------------ profile

_HEADINGS = {"roles": "Roles", "events": "Events", "said": "What they said", "facts": "Facts",
             "people": "People", "organizations": "Organisations", "appears_with": "Appears with",
             "parts": "Parts of the occasion", "mentions": "Mentioned in",
             "passages": "Passages that mention it most"}


def profile(view, console: Console) -> None:
    s = view.subject
    console.print(t(s.name, "bold"))
    meta = [s.record.type, s.when or s.record.date, s.record.id]
    console.print(t(" · ".join(m for m in meta if m), "dim"))
    if s.aliases:
        console.print(t("also: " + ", ".join(s.aliases)))
    for text in s.about:
        console.print(t(text))
    for link in s.links:
        console.print(t(link.line, "italic"))
    table, section = None, None
    for line in view.lines():
        if line.section == "subject":
            continue
        if line.section != section:
            if table is not None:
                console.print(table)
            section = line.section
            console.print()
            console.print(Text(_HEADINGS.get(section, section), style="bold underline"))
            table = Table(show_header=False, box=None, expand=True, padding=(0, 1))
            table.add_column("date", width=12, no_wrap=True)
            table.add_column("what", ratio=1, overflow="fold")
        table.add_row(t(line.when or line.date or ""), t(line.text))
    if table is not None:
        console.print(table)


# ------------------------------------------------------------------ compare

def compare(view, console: Console) -> None:
    """Two columns, one row per question; a shared item gets a row of its own, with each side's
    evidence under its column, so the two answers can be read across. Ids stay visible."""
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
        shared_label, only_label = view.labels(q)
        shared = view.part("shared", q)
        left, right = view.part("only_left", q), view.part("only_right", q)
        if q == "topics":  # names are enough here: the evidence is in the rows above
            if shared:
                table.add_row(t(shared_label, "bold"), names(shared), names(shared))
            if left or right:
                table.add_row(t(only_label, "bold"), names(left), names(right))
            continue
        for item in shared[:cap]:
            label = t(shared_label, "bold")
            # a change between two figures is computed, shown under the later one
            note = join(Text("\n"), t(item.note, "italic")) if item.note else Text()
            table.add_row(label, join(title(item), Text("\n"), evidence(item.left)),
                          join(title(item), Text("\n"), evidence(item.right), note))
        if len(shared) > cap:  # the rest by name and id (each side has every one of them)
            rest = t("; ".join(f"{i.name} ({i.id})" for i in shared[cap:]))
            table.add_row(join(t(shared_label, "bold"), Text("\n"), t(f"{len(shared) - cap} more", "dim")),
                          rest, t("the same, on this side too", "dim"))
        if left or right:
            table.add_row(t(only_label, "bold"), listing(left, "left"), listing(right, "right"))
    console.print(table)
    counts = {p: len(view.part(p)) for p in ("shared", "only_left", "only_right")}
    console.print(t(f"{counts['shared']} shared · {counts['only_left']} only {view.left.name} · "
                    f"{counts['only_right']} only {view.right.name}", "dim"))


# ------------------------------------------------------------------ add, index, validate

def report(view, console: Console) -> None:
    table = Table(show_header=True, header_style="bold", expand=True, box=None, padding=(0, 1))
    for i, column in enumerate(view.columns):
        table.add_column(column, overflow="fold", ratio=None if i == 0 else 1, no_wrap=i == 0)
    for row in view.rows():
        table.add_row(*(t(row.get(c)) for c in view.columns))
    console.print(table)


TABLES = {"search": search, "show": show, "timeline": timeline, "profile": profile,
          "compare": compare, "add": report, "index": report, "validate": report,
          "review": report, "accept": report, "reject": report}
