"""The one declaration of the command line: every command, argument, option and default.

Each command reads its arguments and calls its function in kzpk/commands.py, which checks them
and does the work. The fast path for `kzpk search` (kzpk/fastpath.py) copies the search and
global options from here; tests/test_fastpath.py fails if the two differ in any way. Imports of
Whoosh, PyYAML and Rich happen inside the commands: `kzpk --help` loads none of them.
"""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from kzpk import __version__, commands
from kzpk.commands import Globals

app = typer.Typer(
    name="kzpk",
    help="kzpk: search, timelines and profiles over reports on Kazakhstan–Pakistan relations.",
    add_completion=False,
    rich_markup_mode=None,  # plain Click help: no Rich import for --help
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

# The global options: accepted before the subcommand (`kzpk --home H search x`) and after it
# (`kzpk search x --home H`); a value after the subcommand wins.
HomeOpt = Annotated[Optional[str], typer.Option(
    "--home", metavar="PATH",
    help="Data home (default: KZPK_HOME, the checkout, or the bundled corpus).")]
FormatOpt = Annotated[Optional[str], typer.Option(
    "--format", "-f", metavar="FORMAT",
    help="table, json, jsonl, tsv or plain (default: table on a terminal, plain otherwise).")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Same as --format json.")]
CuratedOpt = Annotated[bool, typer.Option(
    "--curated", help="Only curated records: leave out what kzpk extracted from added documents.")]
ColorOpt = Annotated[Optional[str], typer.Option(
    "--color", metavar="WHEN",
    help="auto (default: on a terminal, unless NO_COLOR is set), always or never.")]
SinceOpt = Annotated[Optional[str], typer.Option(
    "--since", metavar="DATE", help="From this date: YYYY, YYYY-MM or YYYY-MM-DD.")]
UntilOpt = Annotated[Optional[str], typer.Option(
    "--until", metavar="DATE", help="Up to this date: YYYY, YYYY-MM or YYYY-MM-DD.")]
ExtractedIds = Annotated[list[str], typer.Argument(metavar="ID...",
                                                   help="Extracted record ids (kzpk review lists them).")]


def _version(value: bool) -> None:
    if value:
        print(f"kzpk {__version__}")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def main_options(
    ctx: typer.Context,
    home: HomeOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    color: ColorOpt = None,
    version: Annotated[bool, typer.Option("--version", "-V", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Search, timelines, profiles and comparisons over a cited corpus on Kazakhstan–Pakistan
    relations. Example: kzpk search "bilateral trade volume 2023" """
    ctx.obj = Globals(home, fmt, as_json, color)
    if ctx.invoked_subcommand is None:
        typer.echo(ctx.get_help(), err=True)
        raise typer.Exit(2)


def _globals(ctx: typer.Context, home, fmt, as_json, color) -> Globals:
    before = ctx.obj if isinstance(ctx.obj, Globals) else Globals()
    return before.then(Globals(home, fmt, as_json, color))


@app.command()
def search(
    ctx: typer.Context,
    query: Annotated[list[str], typer.Argument(
        metavar="QUERY...",
        help="Words, a question, or Whoosh syntax; '-' reads one query per stdin line.")],
    limit: Annotated[int, typer.Option("--limit", "-n", metavar="N", help="Results per query.")] = 10,
    kind: Annotated[Optional[str], typer.Option("--kind", metavar="KIND", help="passage, event, entity or fact.")] = None,
    source: Annotated[Optional[str], typer.Option("--source", metavar="ID", help="Only this source id.")] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    actor: Annotated[Optional[str], typer.Option(
        "--actor", metavar="NAME", help="Only records involving this person, body or place "
                                        "(passages carry no actors).")] = None,
    topic: Annotated[Optional[str], typer.Option(
        "--topic", metavar="TOPIC", help="Only records on this topic (trade, security, ...).")] = None,
    home: HomeOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    color: ColorOpt = None,
) -> int:
    """Ranked full-text search over passages and records.

    Example: kzpk search "When were diplomatic relations established?"
    """
    return commands.search(_globals(ctx, home, fmt, as_json, color), query, limit, kind, source,
                           since, until, actor, topic)


@app.command()
def show(
    ctx: typer.Context,
    item_id: Annotated[str, typer.Argument(metavar="ID", help="A passage id (source#p3) or a record id.")],
    home: HomeOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    color: ColorOpt = None,
) -> int:
    """One passage or record in full, with its source and neighbours.

    Example: kzpk show kz-pk-25th-anniversary#p12
    """
    return commands.show(_globals(ctx, home, fmt, as_json, color), item_id)


@app.command()
def timeline(
    ctx: typer.Context,
    period: Annotated[Optional[str], typer.Argument(
        metavar="[PERIOD]", help="A year (2015) or a range (2011..2016); same as --since/--until.")] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    actor: Annotated[Optional[list[str]], typer.Option(
        "--actor", metavar="NAME",
        help="Only events with this person, organisation or place (repeatable).")] = None,
    topic: Annotated[Optional[str], typer.Option("--topic", metavar="TOPIC", help="Only events on this topic (trade, security, ...).")] = None,
    kind: Annotated[str, typer.Option("--kind", metavar="KIND", help="event (default), fact (facts by date, undated last) or all.")] = "event",
    source: Annotated[Optional[str], typer.Option("--source", metavar="ID", help="Only events cited from this source id.")] = None,
    limit: Annotated[Optional[int], typer.Option("--limit", "-n", metavar="N", help="At most this many entries.")] = None,
    curated: CuratedOpt = False,
    home: HomeOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    color: ColorOpt = None,
) -> int:
    """Every dated event, in date order, filtered by period, actor, topic or source.

    Example: kzpk timeline 2015..2016 --actor "Nawaz Sharif"
    """
    return commands.timeline(_globals(ctx, home, fmt, as_json, color), period, since, until,
                             actor, topic, kind, source, limit, curated)


@app.command()
def profile(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(
        metavar="NAME",
        help="An id, a name or alias (any order, any accents), or an event's title words.")],
    curated: CuratedOpt = False,
    home: HomeOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    color: ColorOpt = None,
) -> int:
    """Everything known about a person, organisation, country, place or event.

    Example: kzpk profile "Elmira Kaliyeva"
    """
    return commands.profile(_globals(ctx, home, fmt, as_json, color), name, curated)


@app.command()
def compare(
    ctx: typer.Context,
    left: Annotated[str, typer.Argument(metavar="A", help="A person, organisation, country, event, year or YYYY..YYYY.")],
    right: Annotated[str, typer.Argument(metavar="B", help="The other subject.")],
    curated: CuratedOpt = False,
    home: HomeOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    color: ColorOpt = None,
) -> int:
    """Two subjects side by side: what they share and what only one has.

    Example: kzpk compare 2011 2016
    """
    return commands.compare(_globals(ctx, home, fmt, as_json, color), left, right, curated)


@app.command()
def add(
    ctx: typer.Context,
    files: Annotated[list[str], typer.Argument(metavar="FILE...", help=".txt, .md, .html, .pdf or .docx files to add; '-' reads one from stdin.")],
    home: HomeOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    color: ColorOpt = None,
) -> int:
    """Add documents to records/sources/ and to the index, searchable at once.

    Example: kzpk add press-release.html notes.md
    """
    return commands.add(_globals(ctx, home, fmt, as_json, color), files)


@app.command()
def review(
    ctx: typer.Context,
    source: Annotated[Optional[str], typer.Argument(
        metavar="[SOURCE]", help="Only the records extracted from this source id.")] = None,
    home: HomeOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    color: ColorOpt = None,
) -> int:
    """List the records kzpk extracted from added documents that nobody has reviewed yet.

    Example: kzpk review kadex-defence-accord
    """
    return commands.review(_globals(ctx, home, fmt, as_json, color), source)


@app.command()
def accept(
    ctx: typer.Context,
    ids: ExtractedIds,
    home: HomeOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    color: ColorOpt = None,
) -> int:
    """Keep extracted records: move them, quotes and all, into the curated files.

    Example: kzpk accept olzhas-bektenov
    """
    return commands.accept(_globals(ctx, home, fmt, as_json, color), ids)


@app.command()
def reject(
    ctx: typer.Context,
    ids: ExtractedIds,
    home: HomeOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    color: ColorOpt = None,
) -> int:
    """Drop extracted records and remember it: kzpk never extracts them again.

    Example: kzpk reject olzhas-bektenov
    """
    return commands.reject(_globals(ctx, home, fmt, as_json, color), ids)


@app.command()
def index(
    ctx: typer.Context,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Rebuild even when the index is fresh.")] = False,
    home: HomeOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    color: ColorOpt = None,
) -> int:
    """Build or update the index (done automatically before a query when needed).

    Example: kzpk index --rebuild
    """
    return commands.index(_globals(ctx, home, fmt, as_json, color), rebuild)


@app.command()
def validate(
    ctx: typer.Context,
    home: HomeOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    color: ColorOpt = None,
) -> int:
    """Check every record and source; report all problems as file:line.

    Example: kzpk validate --format json
    """
    return commands.validate(_globals(ctx, home, fmt, as_json, color))


def run(argv: list[str]) -> int:
    """Read argv with the Typer app and run the command; returns its exit code.

    The app's command is invoked directly, not through Typer's `main`, whose own handlers would
    turn a closed pipe into exit 1 and Ctrl-C into a bare 130: every error reaches kzpk.main.
    """
    from kzpk.errors import USAGE, KzpkError
    from kzpk.text import one_line

    command = typer.main.get_command(app)
    try:
        with command.make_context("kzpk", list(argv)) as ctx:
            return command.invoke(ctx) or 0
    except typer.Exit as exc:
        return exc.exit_code
    except (typer.Abort, EOFError):
        raise KeyboardInterrupt from None
    except typer.TyperException as exc:  # Click's usage errors: bad option, missing argument
        where = getattr(getattr(exc, "ctx", None), "command_path", None) or "kzpk"
        raise KzpkError(one_line(exc.format_message()), USAGE,
                        hint=f"see '{where} --help'") from None
