"""The look: one calm accent over the system's light or dark palette, and tinted icons."""

from __future__ import annotations

from functools import lru_cache
from weakref import WeakKeyDictionary

import shiboken6
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QFont, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QVBoxLayout, QWidget

from planner.paths import resources_dir

ACCENT_LIGHT = "#2f7d78"
ACCENT_DARK = "#6cc3bb"


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colors(palette: QPalette | None = None) -> dict[str, str]:
    """Named colours derived from the palette, for style sheets and painting."""
    pal = palette or QApplication.palette()
    dark = is_dark(pal)
    text = pal.color(QPalette.ColorRole.WindowText)
    window = pal.color(QPalette.ColorRole.Window)
    base = pal.color(QPalette.ColorRole.Base)
    mix = 0.62 if dark else 0.58
    muted = QColor(
        int(text.red() * mix + window.red() * (1 - mix)),
        int(text.green() * mix + window.green() * (1 - mix)),
        int(text.blue() * mix + window.blue() * (1 - mix)),
    )
    card = base.lighter(112) if dark else base
    return {
        "accent": ACCENT_DARK if dark else ACCENT_LIGHT,
        "on_accent": "#10201f" if dark else "#ffffff",
        "accent_soft": "#23413f" if dark else "#e3f1ef",
        "text": text.name(),
        "muted": muted.name(),
        "window": window.name(),
        "sidebar": window.darker(115).name() if dark else "#eef3f2",
        "card": card.name(),
        "border": window.lighter(240).name() if dark else "#d9e2e0",
        "partial": "#d9a441" if dark else "#c28a1c",
        "missed": "#d9826f" if dark else "#b8553f",
        "skipped": muted.name(),
    }


def style_sheet(palette: QPalette | None = None) -> str:
    c = colors(palette)
    chevron = (resources_dir() / "icons" / "chevron-down.svg").as_posix()
    return f"""
    QWidget#Sidebar {{ background: {c["sidebar"]}; }}
    QLabel#AppName {{ font-weight: 600; color: {c["accent"]}; padding: 4px 8px 14px 8px; }}
    QPushButton#NavButton, QPushButton#FootButton {{
        text-align: left; padding: 10px 14px; border: none; border-radius: 10px;
        color: {c["text"]}; background: transparent;
    }}
    QPushButton#FootButton {{ padding: 6px 14px; color: {c["muted"]}; }}
    QPushButton#NavButton:hover, QPushButton#FootButton:hover {{
        background: {c["accent_soft"]};
    }}
    QPushButton#NavButton:checked, QPushButton#FootButton:checked {{
        background: {c["accent"]}; color: {c["on_accent"]};
    }}
    QPushButton#NavButton:checked {{ font-weight: 600; }}
    QPushButton#NavButton:focus, QPushButton#FootButton:focus {{
        outline: none; border: 2px solid {c["accent"]};
    }}
    QLabel[role="title"] {{ font-weight: 600; }}
    QLabel[role="muted"] {{ color: {c["muted"]}; }}
    QFrame#ItemCard, QFrame#StatCard, QFrame#Panel {{
        background: {c["card"]}; border: 1px solid {c["border"]}; border-radius: 14px;
    }}
    QFrame#ItemCard[answered="true"] {{ background: {c["accent_soft"]}; }}
    QLabel#StatusChip {{
        color: {c["accent"]}; font-weight: 600;
    }}
    QLabel#StatusChip[status="skipped"] {{ color: {c["muted"]}; }}
    QLabel#StatusChip[status="partial"] {{ color: {c["partial"]}; }}
    QLabel#StillOpen {{ color: {c["accent"]}; font-weight: 600; }}
    QFrame#ReminderPanel {{
        background: {c["accent_soft"]}; border-bottom: 2px solid {c["accent"]};
    }}
    QPushButton#ReminderTitle {{
        border: none; background: transparent; padding: 2px 0px; text-align: left;
    }}
    QLabel#ReminderTitleText {{ color: {c["accent"]}; }}
    QLabel#ReminderOutcome {{ color: {c["accent"]}; font-weight: 600; padding: 0px 8px; }}
    QMenu#SnoozeMenu::item {{ padding: 9px 28px 9px 20px; }}
    QFrame#UndoBar {{
        background: {c["accent_soft"]}; border: 1px solid {c["accent"]}; border-radius: 10px;
    }}
    QLabel#EmergencyNote {{ font-weight: 600; }}
    QPushButton {{
        padding: 8px 16px; border-radius: 9px; border: 1px solid {c["border"]};
        background: {c["card"]}; color: {c["text"]};
    }}
    QPushButton:hover {{ border-color: {c["accent"]}; }}
    QPushButton:focus {{ border: 2px solid {c["accent"]}; }}
    QPushButton:disabled {{ color: {c["muted"]}; }}
    QPushButton[primary="true"] {{
        background: {c["accent"]}; color: {c["on_accent"]}; border: 1px solid {c["accent"]};
        font-weight: 600;
    }}
    QPushButton[primary="true"]:focus {{ border: 2px solid {c["text"]}; }}
    QPushButton#ShowFilters:checked {{
        background: {c["accent_soft"]}; border-color: {c["accent"]};
    }}
    QPushButton[choice="true"] {{ padding: 8px 6px; }}
    QPushButton[choice="true"]:checked {{
        background: {c["accent"]}; color: {c["on_accent"]}; border: 1px solid {c["accent"]};
        font-weight: 600;
    }}
    QPushButton[choice="true"]:checked:focus {{ border: 2px solid {c["text"]}; }}
    QPushButton#LinkButton, QPushButton[role="link"] {{
        border: none; background: transparent; color: {c["accent"]};
        padding: 2px 0px; font-weight: 600; text-align: left;
    }}
    QPushButton#LinkButton:focus, QPushButton[role="link"]:focus {{
        text-decoration: underline;
    }}
    QCheckBox, QRadioButton {{ padding: 2px 4px; border-radius: 5px; }}
    QCheckBox:focus, QRadioButton:focus {{
        background: {c["accent_soft"]}; border: 1px solid {c["accent"]};
    }}
    QRadioButton:checked {{ font-weight: 600; }}
    QProgressBar {{
        border: none; border-radius: 4px; background: {c["border"]}; max-height: 8px;
    }}
    QProgressBar::chunk {{ border-radius: 4px; background: {c["accent"]}; }}
    QLineEdit, QPlainTextEdit {{
        padding: 5px 8px; border: 1px solid {c["border"]}; border-radius: 7px;
        background: {c["card"]}; color: {c["text"]};
    }}
    QLineEdit:focus, QPlainTextEdit:focus {{ border: 2px solid {c["accent"]}; }}
    QLineEdit:disabled {{ background: {c["window"]}; color: {c["muted"]}; }}
    QComboBox {{
        padding: 6px 10px; border: 1px solid {c["border"]}; border-radius: 7px;
        background: {c["card"]}; color: {c["text"]};
    }}
    QComboBox:focus {{ border: 2px solid {c["accent"]}; }}
    QComboBox::drop-down {{ border: none; width: 28px; }}
    QComboBox::down-arrow {{ image: url("{chevron}"); width: 14px; height: 14px; }}
    QListView#ItemList {{ background: {c["card"]}; border-radius: 12px; }}
    QScrollArea, QScrollArea > QWidget > QWidget#PageBody {{ background: transparent; }}
    QScrollArea > QWidget > QWidget#ReminderRows, QScrollArea > QWidget > QWidget#PageColumn {{
        background: transparent;
    }}
    QLabel#DayCell {{ border-radius: 8px; }}
    """


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    """The widget's font grown by ``factor`` (titles stay in step with the system size)."""
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setBold(bold)
    return font


@lru_cache(maxsize=128)
def _icon(name: str, color: str) -> QIcon:
    path = resources_dir() / "icons" / f"{name}.svg"
    svg = path.read_text(encoding="utf-8").replace("currentColor", color)
    pixmap = QPixmap()
    pixmap.loadFromData(svg.encode(), "SVG")
    # One 48 px drawing: crisp when scaled down to any button size, also on HiDPI.
    return QIcon(pixmap.scaled(48, 48))


def icon(name: str, color: str | None = None) -> QIcon:
    """One of our SVG icons, drawn in ``color`` (the text colour by default)."""
    return _icon(name, color or colors()["text"])


#: Widgets showing one of our icons in palette colours, so ``follow_palette`` can draw
#: them again: (icon, colour role, colour role when checked, badge size). Entries go
#: with their widgets.
_TINTED: WeakKeyDictionary[QWidget, tuple[str, str, str | None, int | None]] = WeakKeyDictionary()


@lru_cache(maxsize=32)
def _two_state_icon(name: str, color: str, checked_color: str) -> QIcon:
    both = QIcon()
    both.addPixmap(icon(name, color).pixmap(48, 48), QIcon.Mode.Normal, QIcon.State.Off)
    both.addPixmap(icon(name, checked_color).pixmap(48, 48), QIcon.Mode.Normal, QIcon.State.On)
    return both


def set_icon(
    button: QAbstractButton, name: str, role: str = "text", checked_role: str | None = None
) -> None:
    """Give ``button`` our icon ``name`` drawn in the palette colour ``role`` (a key of
    ``colors()``), or in ``checked_role`` while the button is checked; it is drawn again
    if the palette changes."""
    _TINTED[button] = (name, role, checked_role, None)
    c = colors()
    if checked_role is None:
        button.setIcon(icon(name, c[role]))
    else:
        button.setIcon(_two_state_icon(name, c[role], c[checked_role]))


def set_badge(label: QLabel, name: str, role: str, size: int) -> None:
    """Show our icon ``name`` in ``label`` as a ``size`` px picture in the colour ``role``;
    it is drawn again if the palette changes."""
    _TINTED[label] = (name, role, None, size)
    label.setPixmap(icon(name, colors()[role]).pixmap(QSize(size, size)))


def follow_palette(app: QApplication | None = None) -> None:
    """Restyle for the application's current palette (the system went from light to dark,
    say): the style sheet, and every icon given by ``set_icon`` or ``set_badge``.

    ``app``: the running application by default (nothing happens without one)."""
    if app is None:
        running = QApplication.instance()
        if not isinstance(running, QApplication):
            return
        app = running
    sheet = style_sheet(app.palette())
    if sheet == app.styleSheet():
        return
    app.setStyleSheet(sheet)
    for widget, (name, role, checked_role, size) in list(_TINTED.items()):
        if not shiboken6.isValid(widget):
            continue
        if isinstance(widget, QAbstractButton):
            set_icon(widget, name, role, checked_role)
        elif isinstance(widget, QLabel) and size is not None:
            set_badge(widget, name, role, size)


def app_icon() -> QIcon:
    return QIcon(str(resources_dir() / "icons" / "app.svg"))


def scrolling_page(page: QWidget, title: str, spacing: int) -> QVBoxLayout:
    """Give ``page`` a frameless scroll area holding a titled column; returns the column."""
    from PySide6.QtWidgets import QScrollArea

    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    body = QWidget()
    body.setObjectName("PageBody")
    scroll.setWidget(body)
    outer.addWidget(scroll)
    layout = QVBoxLayout(body)
    layout.setContentsMargins(32, 28, 32, 20)
    layout.setSpacing(spacing)
    heading = QLabel(title)
    heading.setObjectName("PageTitle")
    heading.setFont(scaled_font(heading, 1.8, bold=True))
    layout.addWidget(heading)
    return layout
