"""A person named with their post between commas ('Arman Tolen, head of the ministry's fuel
department, told a press conference ...') did what follows the post: a "who" question about that
act is answered by them, not by the first paragraph, which names no one but its agency.

An invented news item, taken from no document kzpk bundles and no evaluation set; the test reads
line 1 of plain output, as the user does.
"""

from __future__ import annotations

from conftest import add_items, line1_of, make_home

CAP = """\
VASK, May 30, 2015 (Steppe Wire) - Orland has raised the ceiling on the retail price of A-92 petrol to 108 crowns a litre, nine crowns above the previous cap of 99 crowns, according to an order published by the Ministry of Energy.

The order, dated May 19, was issued under the law on state regulation of the production and turnover of certain petroleum products, which lets the government set maximum retail prices for some fuels.

With VAT included, the new caps are 108 crowns per litre for A-92 gasoline, 89 crowns for A-80 and 99 crowns for diesel. The prices for A-80 and diesel were left where they were.

The previous order, signed on February 10, had been followed by forecasts from analysts that pump prices would keep falling. Before that order a litre of A-92 cost 109 crowns.

Arman Tolen, head of the ministry's oil industry development department, told a press conference in the capital that the cap was rising simply because world crude prices had gone up. The law, he said, contains a formula that anyone can look up.

Should world prices slide back below $60 a barrel, he said, the formula would bring petrol prices down as well.

Ministry officials added that the new cap is a maximum, and that filling stations are not obliged to raise their prices to 108 crowns straight away.
"""


def test_who_did_the_act_after_their_post(tmp_path):
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"cap.txt": CAP})
    line = line1_of(home)("Who explained why the cap on the retail price of A-92 petrol was "
                          "raised to 108 crowns a litre?")
    assert "Arman Tolen" in line, line
