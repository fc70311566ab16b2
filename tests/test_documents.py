"""A document's own date, and PDF, Word and stdin documents for `kzpk add`."""

from __future__ import annotations

import datetime as dt
import json
import io
from pathlib import Path

import pytest

# ------------------------------------------------------------------ small files made here


def make_pdf(lines: list[str], title: str | None = None, created: str | None = None) -> bytes:
    """A one-page PDF with a real text layer (Helvetica), written by hand: no PDF library."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 11 Tf", "14 TL", "72 740 Td"]
    for line in lines:
        ops.append(f"({esc(line)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    info = []
    if title:
        info.append(f"/Title ({esc(title)})")
    if created:
        info.append(f"/CreationDate ({created})")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ("<< " + " ".join(info) + " >>").encode("latin-1"),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def encrypted_pdf(data: bytes) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def image_only_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def make_docx(paragraphs: list[str], created: dt.datetime | None = None) -> bytes:
    import docx

    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    if created:
        document.core_properties.created = created
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def front(home: Path, sid: str) -> str:
    return (home / "records" / "sources" / f"{sid}.md").read_text()


# ------------------------------------------------------------------ a document's own date

def test_dateline_without_a_year_takes_the_year_the_text_points_to(kz, home, tmp_path):
    doc = tmp_path / "wire.txt"
    doc.write_text("Envoy visits chamber\n\nRAWALPINDI, Feb 24 (APP): Ambassador Yerzhan Kistafin "
                   "visited the chamber on Thursday. Thirty years ago to the day, relations "
                   "were set up in 1992.\n")
    r = kz("add", str(doc))
    assert r.code == 0, r.err
    text = front(home, "envoy-visits-chamber")
    assert "date: '2022-02-24'" in text and "date_from: dateline" in text
    r = kz("show", "envoy-visits-chamber#p1", "--format", "json")
    assert r.json()["item"]["source"]["date"] == "2022-02-24"
    assert r.json()["item"]["source"]["date_from"] == "dateline"


def test_leap_day_dateline_rules_out_years_without_one(kz, home, tmp_path):
    doc = tmp_path / "leap.txt"
    doc.write_text("Talks\n\nISLAMABAD, Feb 29 (DNA): The minister spoke. Independence came in "
                   "1991. The anniversary falls in 2022, two years from now.\n")
    assert kz("add", str(doc)).code == 0
    assert "date: '2020-02-29'" in front(home, "talks")


def test_a_year_the_text_mentions_once_in_passing_does_not_date_a_dateline(kz, home, tmp_path):
    # 13 October 1992 was a Tuesday, not the Thursday the story names: the year of a background
    # fact ('set up in 1992') is not the story's, and kzpk leaves it undated rather than guess
    doc = tmp_path / "cica.txt"
    doc.write_text("Summit speech\n\nASTANA, Oct 13 (APP): The prime minister on Thursday spoke at "
                   "the sixth summit of the zephyr forum, which was set up in 1992.\n")
    r = kz("add", str(doc))
    assert r.code == 0, r.err
    assert "\ndate:" not in front(home, "summit-speech")
    # stated beside the dateline's month, a year does date it
    doc = tmp_path / "cica2.txt"
    doc.write_text("Summit talks\n\nASTANA, Oct 13 (APP): The prime minister on Thursday spoke at "
                   "the zephyr summit, which opened on October 12, 2022.\n")
    assert kz("add", str(doc)).code == 0
    assert "date: '2022-10-13'" in front(home, "summit-talks")


def test_a_year_still_to_come_does_not_date_a_dateline(kz, home, tmp_path):
    # 25 April 2097 is a Thursday, the day the story names, but a story is not written in a
    # year still to come: a target year ('tax-free until 2097') dates nothing
    doc = tmp_path / "zone.txt"
    doc.write_text("Envoy praises zone\n\nFAISALABAD, April 25 (APP): The ambassador said on "
                   "Thursday that firms in the zone pay no tax until 2097, and again that 2097 is "
                   "the year the exemption ends.\n")
    assert kz("add", str(doc)).code == 0
    assert "\ndate:" not in front(home, "envoy-praises-zone")


def test_a_day_still_to_come_does_not_date_a_dateline(kz, home, tmp_path):
    # a story is not written on a day after today, though its year has begun: 'December 30' over
    # a story naming this year and last dates it last year while this year's 30 December is to come
    import datetime as dt

    day = dt.date.today() + dt.timedelta(days=1)
    if day.year != dt.date.today().year:
        pytest.skip("today is the year's last day")
    this, last = day.year, day.year - 1
    doc = tmp_path / "permits.txt"
    doc.write_text(f"Permits handed over\n\nASTANA, {day:%B} {day.day} (Trend): The ministry handed "
                   f"over the road permits for {this}. In {last} the carriers got them late; the "
                   f"{this} quota is larger than the {last} one.\n")
    assert kz("add", str(doc)).code == 0
    assert f"date: '{last}-{day:%m-%d}'" in front(home, "permits-handed-over")


def test_an_anniversary_or_years_since_a_year_dates_a_dateline(kz, home, tmp_path):
    # the 34th Independence Day of a state independent since 1991 falls in 2025, and 15 December
    # 2025 is the Monday the story names; 1986 is only a background year
    doc = tmp_path / "greetings.txt"
    doc.write_text("President greets Orlen\n\nISLAMABAD, Dec 15 (APP): The President on Monday "
                   "sent greetings to the people of Orlen on their 34th Independence Day, which "
                   "falls on December 16.\n\nThe people of Orlen had shown their resolve in the "
                   "protests of December 1986, the President said, and the press release went on "
                   "to praise the country's steady progress over the years in trade and in its "
                   "schools.\n\nThe day marks the adoption in 1991 of the Law on Independence.\n")
    assert kz("add", str(doc)).code == 0
    assert "date: '2025-12-15'" in front(home, "president-greets-orlen")
    # 'twenty years since' an earthquake of 2005 is 2025
    doc = tmp_path / "lab.txt"
    doc.write_text("Lab opens\n\nVASK, Oct 13 (BR) - A joint laboratory on disaster prevention "
                   "has been opened at Vask University.\n\nThe opening came with a conference "
                   "held to mark twenty years since the earthquake of October 8, 2005 that "
                   "struck the north.\n")
    assert kz("add", str(doc)).code == 0
    assert "date: '2025-10-13'" in front(home, "lab-opens")


def test_a_weekday_still_to_come_does_not_date_a_dateline(kz, home, tmp_path):
    # 30 May 1999 was a Sunday, the day the President *will* fly; the story was written on the
    # Thursday it names as the day sources spoke (30 May 2002). The background '1999' fits only
    # the future weekday, so it dates nothing and the story is left undated, not put in 1999
    doc = tmp_path / "wire.txt"
    doc.write_text("Musharraf to stop in Dushanbe\r\n\r\nISLAMABAD, May 30 (APP): President "
                   "Pervez Musharraf will fly to Tajikistan on Sunday before the summit, sources "
                   "said on Thursday.\r\n\r\nIt is the first summit since members adopted a "
                   "declaration in 1999.\r\n")
    assert kz("add", str(doc)).code == 0
    assert "\ndate:" not in front(home, "musharraf-to-stop-in-dushanbe")
    r = kz("search", "Musharraf Tajikistan", "--kind", "passage", "--format", "plain", "-n", "1")
    assert r.code == 0 and "1999" not in r.out
    # the day sources spoke on does date it: 30 May 2002 was a Thursday
    doc = tmp_path / "wire2.txt"
    doc.write_text("Envoy leaves\n\nISLAMABAD, May 30 (APP): The envoy will leave on Sunday, "
                   "officials said on Thursday. The forum first met in 2002 and again in 2002.\n")
    assert kz("add", str(doc)).code == 0
    assert "date: '2002-05-30'" in front(home, "envoy-leaves")


def test_html_published_time_dates_a_page(kz, home, tmp_path):
    page = tmp_path / "page.html"
    page.write_text('<html><head><meta property="article:published_time" '
                    'content="2024-08-16T11:05:00+05:00"><title>T</title></head><body>'
                    '<div>Friday, 2 May 2023 | Sign in</div><article><h1>Corridor tested</h1>'
                    '<p>On June 1 the containers sailed from Karachi.</p></article></body></html>')
    assert kz("add", str(page)).code == 0
    text = front(home, "corridor-tested")
    assert "date: '2024-08-16'" in text and "date_from: html metadata" in text


def test_front_matter_date_wins_over_a_dateline(kz, home, tmp_path):
    doc = tmp_path / "note.md"
    doc.write_text("---\ntitle: A note\ndate: 2019-05-22\n---\nASTANA, June 3 (APP): words "
                   "about 2016.\n")
    assert kz("add", str(doc)).code == 0
    assert "date: '2019-05-22'" in front(home, "a-note")


# ------------------------------------------------------------------ PDF, DOCX, stdin

def test_pdf_is_searchable_and_dated_from_its_properties(kz, home, tmp_path):
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(make_pdf(["Quarterly note on the zorbulite railway.",
                              "Delegates met in Almaty on 3 April 2023 to discuss freight."],
                             title="Railway note", created="D:20230405120000+05'00'"))
    r = kz("add", str(pdf))
    assert r.code == 0, r.err
    assert "date: '2023-04-05'" in front(home, "railway-note")
    assert "date_from: pdf properties" in front(home, "railway-note")
    r = kz("search", "zorbulite", "--format", "json")
    assert r.code == 0 and r.json()["results"][0]["source"]["id"] == "railway-note"
    r = kz("timeline", "--source", "railway-note", "--format", "json")
    assert [e["date"] for e in r.json()["events"]] == ["2023-04-03"]
    assert "on 3 April 2023" in r.json()["events"][0]["sources"][0]["quote"]


def test_docx_is_searchable(kz, home, tmp_path):
    doc = tmp_path / "memo.docx"
    doc.write_bytes(make_docx(["Memo on kestrelite exports", "Traders met in Lahore on Monday to discuss kestrelite."],
                              created=dt.datetime(2021, 3, 9, 10, 0)))
    r = kz("add", str(doc))
    assert r.code == 0, r.err
    assert "date: '2021-03-09'" in front(home, "memo-on-kestrelite-exports")
    assert kz("search", "kestrelite", "--format", "plain").code == 0
    r = kz("timeline", "--source", "memo-on-kestrelite-exports", "--format", "json")
    assert [e["date"] for e in r.json()["events"]] == ["2021-03-08"]  # the Monday before Tuesday 9 March


@pytest.mark.parametrize("name,make,reason", [
    ("locked.pdf", lambda: encrypted_pdf(make_pdf(["Secret text about trade."])), "encrypted PDF"),
    ("scan.pdf", image_only_pdf, "no text layer"),
    ("broken.pdf", lambda: b"%PDF-1.4\n1 0 obj << /Type /Catalog", "broken or unreadable PDF"),
    ("broken.docx", lambda: b"PK\x03\x04 not really a zip", "broken .docx"),
])
def test_unreadable_pdf_or_docx_fails_alone(kz, home, tmp_path, name, make, reason):
    bad = tmp_path / name
    bad.write_bytes(make())
    good = tmp_path / "good.txt"
    good.write_text("Good note\n\nA paragraph on the quillberry trade.\n")
    r = kz("add", str(bad), str(good))
    assert r.code == 2
    assert name in r.err and reason in r.err and "Traceback" not in r.err
    assert "added good-note" in r.out
    assert kz("search", "quillberry", "--format", "plain").code == 0


def test_add_dash_reads_one_document_from_stdin(kz, home):
    r = kz("add", "-", stdin="Piped note\n\nISLAMABAD, 2 November 2022: the grommetite talks.\n")
    assert r.code == 0, r.err
    assert "added piped-note" in r.out
    assert "date: '2022-11-02'" in front(home, "piped-note")
    assert kz("search", "grommetite", "--format", "plain").code == 0


def test_a_hard_wrapped_paragraph_is_one_passage_and_a_short_line_is_a_heading(kz, home, tmp_path):
    doc = tmp_path / "wrapped.md"
    doc.write_text("---\ntitle: Envoy meets minister on rail link\ndate: 2024-03-05\n---\n"
                   "Rail corridor\n"
                   "ISLAMABAD: The Kazakh ambassador met the federal minister for railways on\n"
                   "Tuesday and discussed the proposed rail corridor through Afghanistan. He\n"
                   "said the first trial train could run before the end of the year.\n\n"
                   "- Pakistan Railways would upgrade the track between Chaman and\n"
                   "- Quetta, the minister said.\n", encoding="utf-8")
    assert kz("add", str(doc)).code == 0
    r = kz("search", "federal minister for railways Tuesday", "--format", "jsonl",
           "--kind", "passage")
    first = json.loads(r.out.splitlines()[0])
    assert first["snippet"].startswith("ISLAMABAD: The Kazakh ambassador met the federal "
                                       "minister for railways on Tuesday and discussed")
    shown = kz("show", first["id"], "--format", "plain").out
    assert "Rail corridor" in shown  # the short line before it labels the passage
    found = kz("search", "Chaman Quetta", "--format", "jsonl", "--kind", "passage").out
    items = [json.loads(line)["snippet"] for line in found.splitlines()]
    # list items are passages of their own, never a heading over the next one
    assert any(s.startswith("- Pakistan Railways would upgrade") for s in items), items


def test_a_dateline_with_the_country_after_the_place_dates_the_story(kz, home, tmp_path):
    doc = tmp_path / "quake.txt"
    doc.write_text("Tremor felt\n\nNUKUS, Uzbekistan, March 9, 2021 (Steppe Wire) - A tremor "
                   "shook the town on Tuesday.\n")
    assert kz("add", str(doc)).code == 0
    text = front(home, "tremor-felt")
    assert "date: '2021-03-09'" in text and "date_from: dateline" in text


def test_a_year_things_have_gone_on_since_is_not_the_storys_year(kz, home, tmp_path):
    # 3 August 2016 was a Wednesday, not the Friday the story names: a year twice said after
    # 'since' is where a span begins, and kzpk leaves the story undated rather than guess 2016
    doc = tmp_path / "herders.txt"
    doc.write_text("Herders fined\n\nTARAZ, Aug 3 (Steppe Wire) - A court on Friday fined two "
                   "herders who have grazed the reserve since 2016. Rangers have counted the "
                   "flock since early 2016.\n")
    assert kz("add", str(doc)).code == 0
    assert "\ndate:" not in front(home, "herders-fined")
