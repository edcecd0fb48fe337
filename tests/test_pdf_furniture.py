"""Page furniture found by geometry alone, on made-up lines: no PDF, no PDFium.

Pages are A4 (842 points high, y growing upwards); body lines are 10 points high, 12 apart.
"""

from __future__ import annotations

from transforms.extract.pdf.furniture import body_line_height, drop_page_furniture, split_footnotes
from transforms.extract.pdf.lines import LEFT, SPAN, Line, Page

HEIGHT = 842.0
HEAD = "Committee on Migrant Workers, Fourteenth session"


def line(text: str, top: float, *, page: int = 0, x0: float = 72.0, size: float = 10.0) -> Line:
    return Line(text, x0, x0 + 0.5 * size * len(text), top, top - size, False, False, page, 0, len(text) - 1)


def body(page: int, first_top: float, count: int = 20) -> list[Line]:
    return [
        line(f"{page}{n}. Mr. Tall asked about item {n} of the agenda.", first_top - 12 * n, page=page)
        for n in range(count)
    ]


def texts(page: Page) -> list[str]:
    return [line.text for line in page.lines]


def test_running_heads_page_numbers_and_bare_symbols_go_after_the_first_page() -> None:
    first = Page([line("CMW/C/SR.160", 800), line("United Nations", 780), *body(0, 700), line("1", 50)], HEIGHT)
    later = [Page([line(HEAD, 800, page=n), *body(n, 700), line(str(n + 1), 50, page=n)], HEIGHT) for n in (1, 2, 3)]
    later[1].lines.insert(1, line("CMW/C/SR.160", 785, page=2))  # a bare symbol on one page: not recurring, still gone
    drop_page_furniture([first, *later])

    # The first page's margins are its masthead: only a known shape (the page number) goes.
    assert texts(first) == ["CMW/C/SR.160", "United Nations", *(line.text for line in body(0, 700))]
    for n, page in enumerate(later, start=1):
        assert texts(page) == [line.text for line in body(n, 700)]


def test_a_recurring_line_in_the_flow_of_the_body_stays() -> None:
    """The same line at the top of every page, but the body follows it at the line pitch: it is text."""
    repeated = "Committee had been amended, and that the Government was working closely with"
    pages = [Page(body(0, 800), HEIGHT)] + [
        Page([line(HEAD, 820, page=n), line(repeated, 760, page=n), *body(n, 748)], HEIGHT) for n in (1, 2, 3)
    ]
    drop_page_furniture(pages)

    for n, page in enumerate(pages[1:], start=1):
        assert texts(page) == [repeated, *(line.text for line in body(n, 748))]


def test_footnotes_are_the_small_type_at_the_foot_of_the_page() -> None:
    lines = body(0, 700, count=15)
    notes = [line("1 See A/66/18, para. 12.", 60, x0=80, size=8), line("2 Ibid.", 50, x0=80, size=8)]
    # Below the body, but above the lower part of the page where footnotes sit.
    small_print_high_up = line("(small print under the body, high on the page)", 450, size=8)
    page_lines = [*lines, small_print_high_up, *notes]
    for each in page_lines:
        each.side = each.column = LEFT

    kept, found = split_footnotes(page_lines, HEIGHT, body_line_height([Page(page_lines, HEIGHT)]))

    assert kept == [*lines, small_print_high_up]
    assert found == notes
    assert all(note.column == SPAN and note.left_margin == 80 for note in found)
    assert all(each.column == LEFT for each in kept)


def test_a_page_without_small_type_has_no_footnotes() -> None:
    lines = body(0, 700)
    kept, found = split_footnotes(lines, HEIGHT, body_line_height([Page(lines, HEIGHT)]))
    assert kept is lines
    assert found == []
