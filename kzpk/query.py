"""Search: a natural question or Whoosh syntax in, ranked hits out. All Whoosh query code is here."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, NamedTuple

from kzpk.errors import USAGE, KzpkError

if TYPE_CHECKING:
    from kzpk.index_store import IndexState

MAX_QUERY = 1000  # characters; Whoosh's parser is quadratic in the length of one long word
MAX_WORD = 64
SNIPPET = 220
RERANK_DEPTH = 40
KINDS = ("passage", "event", "entity", "fact")

# Words that carry the shape of a question, not its subject.
STOP = set("""a an the of to in on at by for from with about into over after before between
and or but nor not no is are was were be been being am do does did done has have had having
what when where who whom whose which why how many much whether there their they them it its
this that these those as than then so such can could would should will shall may might must
i me my we our you your he him his she her tell show give find list please any some all
named called happen happened take took""".split())
_SYNTAX = re.compile(r'"|\b(AND|OR|NOT|ANDNOT|ANDMAYBE)\b|\w:\S|\w[*]|[*]\w|\w\?\w|[()\[\]{}^~]')
_WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")

_WHEN = re.compile(r"^\s*(when|what (year|date|day|month)|in (what|which) year|since when)\b", re.I)
_WHO = re.compile(r"^\s*(who|whom|whose)\b", re.I)
_HOW_MANY = re.compile(r"\b(how (many|much|large|big)|what (share|percentage|proportion|number|"
                       r"amount|volume|value)|number of|volume|percent|percentage|share of|"
                       r"figure|count)\b", re.I)


class Hit(NamedTuple):  # NamedTuples: dataclasses would import inspect on every run
    rank: int
    score: float
    kind: str
    id: str
    title: str
    text: str
    snippet: str
    date: str | None
    source: dict | None
    type: str = ""
    quote: str | None = None
    passage: str | None = None
    sources: list = []
    query: str | None = None
    spans: list = []  # matched words in the snippet (never mutated)
    links: list = []  # records that disagree with this one, or tell its story differently

    def to_dict(self) -> dict:
        out = {"rank": self.rank, "score": round(self.score, 4), "kind": self.kind, "id": self.id,
               "title": self.title, "text": self.text, "snippet": self.snippet, "date": self.date,
               "source": self.source}
        if self.kind != "passage":
            out.update(type=self.type, quote=self.quote, passage=self.passage,
                       sources=self.sources, links=self.links)
        if self.query is not None:
            out["query"] = self.query
        return out


class SearchResult(NamedTuple):
    query: str
    total: int
    suggestion: str | None
    hits: list[Hit]
    corrected: bool = False

    def to_dict(self) -> dict:
        return {"query": self.query, "total": self.total, "suggestion": self.suggestion,
                "results": [h.to_dict() for h in self.hits]}


class Filters(NamedTuple):
    kind: str | None = None
    source: str | None = None
    since: str | None = None  # YYYY[-MM[-DD]]
    until: str | None = None


def check_query(text: str) -> str:
    text = text.strip()
    if not text:
        raise KzpkError("empty query", USAGE, hint='try: kzpk search "trade volume 2023"')
    if len(text) > MAX_QUERY:
        raise KzpkError(f"query too long: {len(text)} characters (at most {MAX_QUERY})", USAGE)
    longest = max((len(w) for w in text.split()), default=0)
    if longest > MAX_WORD:
        raise KzpkError(f"query has a word of {longest} characters (at most {MAX_WORD})", USAGE)
    return text


def strip_question_marks(text: str) -> str:
    """A '?' that ends a word ends a question; it is not a Whoosh wildcard."""
    return re.sub(r"\?+(?=[\s\"')]|$)", "", text)


def is_syntax(text: str) -> bool:
    return bool(_SYNTAX.search(strip_question_marks(text)))


class Searcher:
    """One open index, reused for every query of a batch."""

    def __init__(self, state: IndexState):
        from kzpk.index_store import load_aliases, open_index

        self.ix = open_index(state)
        self.searcher = self.ix.searcher()
        self.reader = self.searcher.reader()
        self.aliases = load_aliases(state)
        # the analyzers the index was built with, as its schema stored them
        self.words = self.ix.schema["text"].analyzer
        self.names = self.ix.schema["names"].analyzer

    def close(self) -> None:
        self.searcher.close()

    # -------------------------------------------------------------- query building

    def _parser(self):
        """Whoosh syntax; plain words in it must all match, as Whoosh users expect."""
        from whoosh.qparser import AndGroup, FieldAliasPlugin, MultifieldParser, PlusMinusPlugin

        parser = MultifieldParser(["title", "names", "text"], self.ix.schema, group=AndGroup)
        parser.add_plugin(FieldAliasPlugin({"actors": ["actor"], "topics": ["topic"],
                                            "source": ["src"]}))
        parser.add_plugin(PlusMinusPlugin())
        return parser

    def _known(self, word: str) -> bool:
        stems = [t.text for t in self.words(word)]
        if not stems:
            return True  # a stop word: nothing to correct
        return all(self.reader.doc_frequency("text", s) or self.reader.doc_frequency("names", s)
                   for s in stems) or bool(self.reader.doc_frequency("names", word.lower()))

    def correct(self, words: list[str]) -> tuple[list[str], bool]:
        corrector = None
        out, changed = [], False
        for w in words:
            if len(w) >= 4 and w.isalpha() and not self._known(w):
                if corrector is None:
                    corrector = self.searcher.corrector("vocab")
                # one edit for short words: two would turn "exist" into "east"
                found = corrector.suggest(w.lower(), limit=1, maxdist=1 if len(w) <= 6 else 2)
                if found:
                    fixed = found[0]
                    if w[:1].isupper():
                        fixed = fixed[:1].upper() + fixed[1:]
                    out.append(fixed)
                    changed = True
                    continue
            out.append(w)
        return out, changed

    def _expansions(self, words: list[str]):
        """Phrase queries for the other names of any entity named in the query (IPRI <-> ...)."""
        from whoosh.query import Or, Phrase, Term

        from kzpk.text import fold

        extra = []
        for size in (4, 3, 2, 1):
            for i in range(len(words) - size + 1):
                key = fold(" ".join(words[i:i + size]))
                for other in self.aliases.get(key, [])[:4]:
                    tokens = [t.text for t in self.words(other)]
                    name_tokens = [t.text for t in self.names(other)]
                    parts = []
                    if len(tokens) == 1:
                        parts.append(Term("text", tokens[0]))
                    elif tokens:
                        parts.append(Phrase("text", tokens))
                    if len(name_tokens) == 1:
                        parts.append(Term("names", name_tokens[0]))
                    elif name_tokens:
                        parts.append(Phrase("names", name_tokens))
                    if parts:
                        extra.append(Or(parts))
        return extra

    def build(self, text: str) -> tuple[object, list[str], str | None]:
        """(Whoosh query, content words, corrected query or None)."""
        from whoosh.query import Or, Term

        if is_syntax(text):
            text = strip_question_marks(text)
            try:
                q = self._parser().parse(text)
            except Exception as exc:  # Whoosh raises a zoo of errors for odd syntax
                raise KzpkError(f"cannot parse query {text!r}: {exc}", USAGE) from None
            words = [w for w in _WORD.findall(re.sub(r"\b\w+:", " ", text))
                     if w not in ("AND", "OR", "NOT")]
            return q, words, None
        words = [w for w in _WORD.findall(text) if w.lower() not in STOP] or _WORD.findall(text)
        if not words:
            return None, [], None
        fixed, changed = self.correct(words)
        suggestion = " ".join(fixed) if changed else None
        words = fixed
        # Built directly rather than through the query parser: plain words need no syntax, and
        # the parser's import and regexes cost more than the search itself on a small index.
        stems = [t.text for w in words for t in self.words(w)]
        names = [t.text for w in words for t in self.names(w)]
        if not stems and not names:
            return None, words, suggestion
        per_word = []
        for stem in dict.fromkeys(stems):
            per_word.append(Or([Term("title", stem), Term("text", stem)]))
        for name in dict.fromkeys(names):
            per_word.append(Term("names", name))
        # No coordination factor (Or's `scale`): it makes Whoosh score every matching document,
        # slow at scale; _coverage rewards documents holding more of the words instead.
        parts = [Or(per_word)]
        parts += self._expansions(words)
        return Or(parts), words, suggestion

    # -------------------------------------------------------------- searching

    def _filter(self, f: Filters):
        from whoosh.query import And, NumericRange, Term

        from kzpk.dates import date_bounds

        parts = []
        if f.kind:
            parts.append(Term("kind", f.kind))
        if f.source:
            parts.append(Term("source", f.source))
        if f.since:
            lo = int(date_bounds(f.since)[0].replace("-", ""))
            parts.append(NumericRange("day_to", lo, None))
        if f.until:
            hi = int(date_bounds(f.until)[1].replace("-", ""))
            parts.append(NumericRange("day_from", 1, hi))
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else And(parts)

    def search(self, text: str, limit: int = 10, filters: Filters | None = None) -> SearchResult:
        text = check_query(text)
        q, words, suggestion = self.build(text)
        if q is None:
            return SearchResult(text, 0, None, [])
        filters = filters or Filters()
        if filters.source and not self.reader.doc_frequency("source", filters.source):
            raise KzpkError(f"--source: no source with id {filters.source!r}", USAGE,
                            hint="`kzpk search QUERY --format tsv` shows source ids")
        filt = self._filter(filters)
        depth = max(limit, RERANK_DEPTH)
        results = self.searcher.search(q, limit=depth, filter=filt)
        total = results.estimated_length() if not results.has_exact_length() else len(results)
        wanted = self._query_terms(words)
        found = self._terms_in(sorted(hit.docnum for hit in results), wanted)
        scored = [(hit.score * self._weight(hit, text) * _coverage(hit, wanted, found), hit)
                  for hit in results]
        scored.sort(key=lambda pair: -pair[0])
        pattern = word_pattern({t.text for w in words for t in self.words(w)})
        hits = [self._hit(rank, score, hit, pattern)
                for rank, (score, hit) in enumerate(scored[:limit], 1)]
        if not hits:
            total = 0  # Whoosh's estimate is an upper bound; none matched after all
        return SearchResult(text, total, suggestion, hits, corrected=suggestion is not None)

    def _query_terms(self, words: list[str]) -> list[tuple[set[str], float]]:
        """Each query word as the index terms that stand for it, with its rarity (idf)."""
        out = []
        for w in words:
            forms = {t.text for t in self.words(w)} | {t.text for t in self.names(w)}
            if forms:
                idf = max(self.searcher.idf("text", f) for f in forms)
                out.append((forms, idf))
        return out

    def _terms_in(self, docnums: list[int], wanted) -> dict[int, tuple[set, set]]:
        """For each hit, the query terms it holds anywhere, and those in its title or names.

        Walked term by term over the few top hits: asking Whoosh to record matched terms
        during the search would track them for every matching document (slow at scale)."""
        found: dict[int, tuple[set, set]] = {d: (set(), set()) for d in docnums}
        for forms, _ in wanted:
            for form in forms:
                for field in ("text", "title", "names"):
                    if not self.reader.doc_frequency(field, form):
                        continue
                    m = self.reader.postings(field, form)
                    for d in docnums:
                        if not m.is_active():
                            break
                        if m.id() < d:
                            m.skip_to(d)
                        if m.is_active() and m.id() == d:
                            found[d][0].add(form)
                            if field != "text":
                                found[d][1].add(form)
        return found

    @staticmethod
    def _weight(hit, question: str) -> float:
        """Lift the kind of record a question asks for: a date, a person, a figure."""
        kind, rtype = hit["kind"], hit["type"]
        weight = 1.0
        if kind in ("event", "fact"):
            weight *= 1.25
        if _WHEN.search(question):
            weight *= 1.6 if kind == "event" else (1.2 if kind == "fact" and hit.get("date") else 1.0)
        if _WHO.search(question):
            weight *= 1.5 if rtype == "person" else (1.15 if kind == "fact" else 1.0)
        if _HOW_MANY.search(question) and kind == "fact":
            payload = json.loads(hit["payload"])
            weight *= 1.5 if payload["record"].get("value") is not None else 1.2
        return weight

    def _hit(self, rank: int, score: float, hit, pattern: re.Pattern | None) -> Hit:
        payload = json.loads(hit["payload"])
        kind = hit["kind"]
        if kind == "passage":
            text = hit["text"]
            source = payload["source"]
            record = {}
        else:
            text = payload["display"]
            record = payload["record"]
            source = record.get("source")
        snippet, spans = make_snippet(text, pattern)
        return Hit(rank=rank, score=score, kind=kind, id=hit["id"], title=hit["title"], text=text,
                   snippet=snippet, date=hit["date"] or None, source=source, type=hit["type"],
                   quote=record.get("quote"), passage=record.get("passage"),
                   sources=record.get("sources") or [], spans=spans,
                   links=record.get("links") or [])


def _coverage(hit, wanted: list[tuple[set[str], float]], found: dict) -> float:
    """How much of the query a hit answers, rare words counting more. BM25 alone lets a short
    record that repeats one common word beat a passage holding every word asked for; and an
    entity record matters when the query is its name, not a question that merely names it."""
    if not wanted:
        return 1.0
    matched, in_title = found[hit.docnum]
    total = sum(idf for _, idf in wanted) or 1.0
    share = sum(idf for forms, idf in wanted if forms & matched) / total
    title_share = sum(idf for forms, idf in wanted if forms & in_title) / total
    # a title or name that holds the whole question is the surest sign of the answer
    factor = (0.35 + 0.65 * share) ** 2 * (1.0 + 0.5 * title_share)
    if hit["kind"] == "entity" and share < 0.999:
        factor *= 0.6
    return factor


def word_pattern(stems: set[str]) -> re.Pattern | None:
    """Words that begin with a query stem. Stems are prefixes of their words nearly always, and
    a regex finds them far faster than running the stemming analyzer over every hit."""
    if not stems:
        return None
    alternatives = "|".join(sorted((re.escape(s) for s in stems), key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\w*", re.IGNORECASE)


def make_snippet(text: str, words: re.Pattern | None, width: int = SNIPPET):
    """The window of `text` with the most matched words, and where they are in it."""
    matches = [m.span() for m in words.finditer(text)] if words else []
    if len(text) <= width:
        return text, matches
    best_start, best_count = 0, -1
    for i, (start, _) in enumerate(matches):
        count = sum(1 for s, e in matches[i:] if e - start <= width)
        if count > best_count:
            best_start, best_count = start, count
    start = max(0, best_start - width // 4)
    # begin and end at word boundaries
    if start > 0:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < best_start else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    snippet = text[start:end].strip()
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    offset = start - len(prefix) + (len(text[start:end]) - len(text[start:end].lstrip()))
    spans = [(s - offset, e - offset) for s, e in matches if s >= start and e <= end]
    return prefix + snippet + suffix, spans


# ------------------------------------------------------------------ views for the renderers

SEARCH_COLUMNS = ["rank", "score", "kind", "id", "date", "title", "snippet", "source"]


def _plain_hit(row: dict) -> str:
    prefix = f"{row['query']}\t" if row.get("query") is not None else ""
    date = f" {row['date']}" if row.get("date") else ""
    snippet = row["snippet"]
    body = snippet if snippet.startswith(row["title"]) else f"{row['title']} — {snippet}"
    links = "".join(f" · {link['line']}" for link in row.get("links") or [])
    return f"{prefix}{row['rank']}. [{row['kind']}]{date} {body} ({row['id']}){links}"


class SearchView:
    name = "search"

    def __init__(self, results: list[SearchResult], batch: bool = False):
        self.results = results
        self.batch = batch
        self.columns = (["query"] if batch else []) + SEARCH_COLUMNS

    def to_dict(self) -> dict:
        if not self.batch:
            return self.results[0].to_dict()
        return {"queries": [{"query": r.query, "total": r.total, "suggestion": r.suggestion}
                            for r in self.results],
                "results": [h.to_dict() for r in self.results for h in r.hits]}

    def rows(self) -> list[dict]:
        return [h.to_dict() for r in self.results for h in r.hits]

    plain_line = staticmethod(_plain_hit)

    @property
    def found(self) -> bool:
        return any(r.hits for r in self.results)
