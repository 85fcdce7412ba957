"""Choice buttons stay in one row while they fit, else go over a few even rows."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from planner.ui.kit.balanced_rows import BalancedRows


def make_row(qtbot, count: int = 11) -> tuple[QWidget, BalancedRows, list[QPushButton]]:
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = BalancedRows(holder, spacing=6)
    buttons = []
    for n in range(count):
        button = QPushButton(str(n))
        button.setFixedSize(40, 30)
        layout.addWidget(button)
        buttons.append(button)
    return holder, layout, buttons


def test_one_row_while_it_fits_then_even_rows(qtbot):
    holder, layout, _ = make_row(qtbot)  # the holder owns the layout: keep it
    wide = 11 * 40 + 10 * 6
    assert layout.rows_for(wide) == 1
    assert layout.rows_for(wide - 1) == 2  # 6 and 5
    assert layout.rows_for(6 * 40 + 5 * 6) == 2
    assert layout.rows_for(6 * 40 + 5 * 6 - 1) == 3  # 4, 4 and 3
    assert layout.heightForWidth(wide) == 30
    assert layout.heightForWidth(wide - 1) == 30 + 6 + 30


def test_buttons_are_placed_in_reading_order_inside_the_width(qtbot):
    holder, _, buttons = make_row(qtbot)
    holder.resize(300, 200)
    holder.show()
    qtbot.waitExposed(holder)
    rows = sorted({b.y() for b in buttons})
    assert len(rows) == 2
    first_row = [b for b in buttons if b.y() == rows[0]]
    assert first_row == buttons[:6]  # the first half first, left to right
    assert [b.x() for b in first_row] == sorted(b.x() for b in first_row)
    assert all(b.x() + b.width() <= holder.width() for b in buttons)
