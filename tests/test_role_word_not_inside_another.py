"""A role asked ('Which lorry driver ...?') is not found inside a longer word that only begins
like it ('truckloads' beside a manager's name): line 1 is the driver's sentence."""

from __future__ import annotations

from conftest import bundled_with_items, line1_of

MELONS = """\
---
title: "Khorezm melons roll into Kazakh bazaars"
date: 2025-08-12
source: "Fergana Produce Notes"
---

Truck driver Jasur Kholov has just finished another run to Almaty. His refrigerated lorry carried 18 tonnes of melons and grapes, loaded at a fruit exchange in Urgench, in Uzbekistan's Khorezm region.

The Urgench exchange has nearly 2,000 orchards on its books and sends most of its melons abroad. "This season we have sent 9,400 tonnes of melons in 610 truckloads, worth over 5 million dollars," said Bahrom Yusupov, a manager at the Urgench fruit exchange. Most of them go to Kazakhstan and Russia. A lorry that leaves in the morning can be at the border by evening, he said.

The exchange says demand in Almaty has doubled since 2020.
"""


def test_role_not_read_inside_a_longer_word(real_home, tmp_path_factory):
    ask = line1_of(bundled_with_items(real_home, tmp_path_factory, "melons", {"melons.md": MELONS}))
    line = ask("Which lorry driver hauled Urgench melons and grapes to the Kazakh capital?")
    assert "Jasur Kholov" in line.rsplit(" — ", 1)[0]
