"""Notes, the overview and attached documents show what they hold and load nothing else: no
device, no FIFO, no image from elsewhere on the disk, no script, nothing hidden."""

from __future__ import annotations

import base64
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QMessageBox

from studytracker.store.records import AttachmentView, ResourceView, StepDetail, TopicView
from studytracker.store.tracker import Tracker
from studytracker.ui.shell.main_window import MainWindow
from studytracker.ui.step_pane.file_viewer import FileViewer
from studytracker.ui.step_pane.notes import NoteEditor
from studytracker.ui.step_pane.viewer import ResourceViewer
from studytracker.ui.widgets import text_browser
from studytracker.ui.widgets.markdown_html import markdown_to_html, roadmap_markdown, sanitise_html
from studytracker.ui.widgets.text_browser import TextBrowser

IMAGE = QTextDocument.ResourceType.ImageResource.value
STYLE_SHEET = QTextDocument.ResourceType.StyleSheetResource.value
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
needs_dev_zero = pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
# A hang in Qt's own file reading is not interrupted by a signal: the thread method ends it.
no_hang = pytest.mark.timeout(20, method="thread")


def make_image(path: Path, width: int, height: int) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(0x3366CC)
    assert image.save(str(path))
    return path


@pytest.fixture
def attachments(tmp_path: Path) -> Path:
    folder = tmp_path / "data" / "attachments"
    folder.mkdir(parents=True)
    make_image(folder / "0a1b-diagram.png", 30, 20)
    return folder


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A picture elsewhere on the disk, taller than anything else these tests show."""
    return make_image(tmp_path / "secret.png", 40, 900)


@pytest.fixture
def browser(qtbot, attachments: Path) -> TextBrowser:  # type: ignore[no-untyped-def]
    widget = TextBrowser()
    qtbot.addWidget(widget)
    widget.set_attachments_folder(attachments)
    return widget


def loaded_size(browser: TextBrowser, url: QUrl) -> tuple[int, int]:
    image = browser.loadResource(IMAGE, url)
    assert isinstance(image, QImage) and not image.isNull()  # never null: Qt would read the file itself
    return image.width(), image.height()


NOTHING = (1, 1)


# --- the one loader -------------------------------------------------------------------------


def test_an_image_in_the_attachments_folder_loads_by_name_path_or_file_url(
    browser: TextBrowser, attachments: Path
) -> None:
    inside = attachments / "0a1b-diagram.png"
    for url in (QUrl("0a1b-diagram.png"), QUrl(str(inside)), QUrl.fromLocalFile(str(inside))):
        assert loaded_size(browser, url) == (30, 20), url.toString()


def test_an_image_elsewhere_on_the_disk_loads_nothing(
    browser: TextBrowser, attachments: Path, outside: Path
) -> None:
    (attachments / "link.png").symlink_to(outside)
    for url in (
        QUrl(str(outside)),
        QUrl.fromLocalFile(str(outside)),
        QUrl("../../secret.png"),
        QUrl("link.png"),  # inside by name, elsewhere in fact
        QUrl("https://example.org/secret.png"),
        QUrl("file://server/share/secret.png"),
        QUrl("data:image/png;base64," + base64.b64encode(outside.read_bytes()).decode("ascii")),
    ):
        assert loaded_size(browser, url) == NOTHING, url.toString()


@needs_dev_zero
@no_hang
def test_a_device_loads_nothing(browser: TextBrowser, attachments: Path) -> None:
    (attachments / "zero.png").symlink_to("/dev/zero")
    for url in (QUrl("/dev/zero"), QUrl("file:///dev/zero"), QUrl("zero.png")):
        assert loaded_size(browser, url) == NOTHING
        assert browser.loadResource(STYLE_SHEET, url) == QByteArray()


@needs_fifo
@no_hang
def test_a_fifo_in_the_attachments_folder_loads_nothing_and_does_not_wait(
    browser: TextBrowser, attachments: Path
) -> None:
    os.mkfifo(attachments / "pipe.png")
    assert loaded_size(browser, QUrl("pipe.png")) == NOTHING
    assert loaded_size(browser, QUrl.fromLocalFile(str(attachments / "pipe.png"))) == NOTHING


def test_an_image_over_the_size_limit_loads_nothing(
    browser: TextBrowser, attachments: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    size = (attachments / "0a1b-diagram.png").stat().st_size
    monkeypatch.setattr(text_browser, "MAX_RESOURCE_BYTES", size - 1)
    assert loaded_size(browser, QUrl("0a1b-diagram.png")) == NOTHING


def test_without_an_attachments_folder_nothing_loads(qtbot, attachments: Path) -> None:  # type: ignore[no-untyped-def]
    widget = TextBrowser()
    qtbot.addWidget(widget)
    assert loaded_size(widget, QUrl.fromLocalFile(str(attachments / "0a1b-diagram.png"))) == NOTHING


def test_a_style_sheet_from_elsewhere_loads_nothing(browser: TextBrowser, tmp_path: Path) -> None:
    sheet = tmp_path / "big.css"
    sheet.write_text("p { font-size: 80pt; }", encoding="utf-8")
    assert browser.loadResource(STYLE_SHEET, QUrl.fromLocalFile(str(sheet))) == QByteArray()
    browser.setHtml(f'<html><head><link rel="stylesheet" href="{sheet}"></head><body><p>x</p></body></html>')
    assert browser.document().size().height() < 60  # 80-point text would be taller


# --- every view of someone's text uses it ------------------------------------------------------


@needs_fifo
@needs_dev_zero
@no_hang
def test_a_note_naming_a_device_a_fifo_and_a_private_image_shows_none(
    qtbot,  # type: ignore[no-untyped-def]
    attachments: Path,
    outside: Path,
    tmp_path: Path,
) -> None:
    os.mkfifo(tmp_path / "pipe")
    editor = NoteEditor("Step notes", lambda *_: None)
    qtbot.addWidget(editor)
    editor.preview.set_attachments_folder(attachments)
    body = (
        f'# Plan\n\n<img src="/dev/zero"> <img src="{tmp_path / "pipe"}"> <img src="{outside}">\n\n'
        f"![private]({outside.as_uri()}) ![device](/dev/zero)\n\nthe end"
    )
    editor.set_target(("step", "s"), "Notes", body)
    editor.resize(600, 400)
    editor.show()
    qtbot.waitExposed(editor)
    assert "the end" in editor.preview.toPlainText()
    assert editor.preview.document().size().height() < 300  # the 900-pixel picture is not there


def test_the_window_shows_an_attached_image_in_a_note_and_no_other(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    tracker: Tracker,
    tmp_path: Path,
    outside: Path,
) -> None:
    picture = make_image(tmp_path / "diagram.png", 40, 300)
    attached = tracker.attachments.attach(
        picture, "python-libraries", resource_id="python-libraries/r/official-python-docs"
    ).attachment
    window.viewer.show_view("notes")
    preview = window.viewer.notes.step_note.preview
    window.viewer.notes.step_note.editor.setPlainText(f"![diagram]({Path(attached.path).name})")
    qtbot.waitUntil(lambda: "diagram" in preview.toHtml())  # the preview follows a moment later
    assert 300 <= preview.document().size().height() < 600
    window.viewer.notes.step_note.editor.setPlainText(f"![secret]({outside.as_uri()})")
    qtbot.waitUntil(lambda: "secret" in preview.toHtml())
    assert preview.document().size().height() < 300


def overview(qtbot, why: str) -> ResourceViewer:  # type: ignore[no-untyped-def]
    viewer = ResourceViewer(lambda *_: None)
    qtbot.addWidget(viewer)
    detail = StepDetail(
        id="s",
        number=1,
        title="Python",
        optional=False,
        why=why,
        tips=("Practise daily",),
        resources=(ResourceView("r", "Official docs", "https://docs.python.org", "docs", ""),),
    )
    viewer.show_overview(detail, [TopicView("t", "Variables and types", "", "todo")])
    viewer.resize(600, 400)
    viewer.show()  # laid out: an image that loads makes the page as tall as the image
    qtbot.waitExposed(viewer)
    return viewer


@pytest.mark.parametrize(
    "why",
    [
        'Learn it. <div style="display:none">',
        'Learn it.\n\n<div style="display:none">\n\nmore',
        "Learn it. <!--",
        "Learn it.\n\n<!-- a comment that never ends",
        "Learn it. <script>alert(1)",
        "Learn it. <style>p { display: none }",
        "<pre>",
        "<textarea>",
        "Learn it. <table><tr><td>",
        "</div></div></body></html><html><body>",
    ],
)
def test_raw_html_in_a_steps_why_hides_nothing_of_the_overview(qtbot, why: str) -> None:  # type: ignore[no-untyped-def]
    text = overview(qtbot, why).overview.toPlainText()
    for part in ("Step 1: Python", "What to learn", "Variables and types", "Practise daily", "Official docs"):
        assert part in text, (part, text)
    assert "alert" not in text and "display" not in text


def test_the_why_still_reads_as_markdown_with_its_harmless_html(qtbot) -> None:  # type: ignore[no-untyped-def]
    viewer = overview(qtbot, "Learn **why** <b>it</b> matters; <i>x</i> < y.\n\n- one\n- two")
    text = viewer.overview.toPlainText()
    assert "Learn why it matters; x < y." in text
    assert "one" in text and "two" in text and "<b>" not in text


def test_an_image_in_a_why_loads_nothing(qtbot, outside: Path) -> None:  # type: ignore[no-untyped-def]
    for why in (f'<img src="{outside}">', f"![x]({outside.as_uri()})", "![zero](/dev/zero)"):
        viewer = overview(qtbot, why)
        assert viewer.overview.document().size().height() < 900, why


def attachment(path: Path, name: str) -> AttachmentView:
    return AttachmentView(
        id=1,
        name=name,
        path=str(path),
        size_bytes=path.stat().st_size if path.exists() else 0,
        step_id="s",
        resource_id="r",
        topic_id=None,
        last_page=0,
    )


@needs_dev_zero
@no_hang
@pytest.mark.parametrize("suffix", ["html", "md"])
def test_an_attached_document_shows_its_text_and_loads_nothing_else(
    qtbot,  # type: ignore[no-untyped-def]
    attachments: Path,
    outside: Path,
    suffix: str,
) -> None:
    document = attachments / f"0a1b-page.{suffix}"
    document.write_text(
        "<h1>Chapter</h1><script>alert('x')</script>\n\n"
        f'<p onclick="alert(2)">Body text</p><img src="/dev/zero"><img src="{outside}">\n\n'
        '<img src="0a1b-diagram.png"><div style="display:none">shown after all</div>',
        encoding="utf-8",
    )
    viewer = FileViewer()
    qtbot.addWidget(viewer)
    viewer.set_attachments_folder(attachments)
    viewer.resize(600, 400)
    viewer.show()
    qtbot.waitExposed(viewer)
    viewer.open(attachment(document, f"page.{suffix}"))
    text = viewer.text.toPlainText()
    assert "Chapter" in text and "Body text" in text and "shown after all" in text
    assert "alert" not in text
    assert 20 <= viewer.text.document().size().height() < 500  # the attached picture, not the secret


@needs_fifo
@no_hang
def test_an_attachment_that_became_a_fifo_is_not_read(qtbot, attachments: Path) -> None:  # type: ignore[no-untyped-def]
    pipe = attachments / "0a1b-notes.md"
    os.mkfifo(pipe)
    viewer = FileViewer()
    qtbot.addWidget(viewer)
    viewer.open(attachment(pipe, "notes.md"))
    assert viewer.stack.currentWidget() is viewer.message


@no_hang
def test_a_text_attachment_of_one_long_line_opens_at_once(qtbot, attachments: Path) -> None:  # type: ignore[no-untyped-def]
    """Qt wraps a line with no spaces in time that grows with the square of its length."""
    document = attachments / "0a1b-minified.json"
    document.write_text('{"k":"' + "x" * 1_000_000 + '"}', encoding="utf-8")
    viewer = FileViewer()
    qtbot.addWidget(viewer)
    viewer.resize(600, 400)
    viewer.show()
    qtbot.waitExposed(viewer)
    viewer.open(attachment(document, "minified.json"))
    assert viewer.text.toPlainText().startswith('{"k":"xxx')
    viewer.text.viewport().repaint()


def test_attachment_names_show_as_written(qtbot, attachments: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    name = "<b>x</b><img src='/dev/zero'>.txt"
    viewer = FileViewer()
    qtbot.addWidget(viewer)
    (attachments / "0a1b-x.txt").write_text("text", encoding="utf-8")
    viewer.open(attachment(attachments / "0a1b-x.txt", name))
    assert viewer.title.textFormat() == Qt.TextFormat.PlainText and viewer.title.text() == name
    viewer.open(attachment(tmp_path / "gone.txt", name))
    assert viewer.message.textFormat() == Qt.TextFormat.PlainText and name in viewer.message.text()

    resources_viewer = ResourceViewer(lambda *_: None)
    qtbot.addWidget(resources_viewer)
    panel = resources_viewer.resources
    detail = StepDetail(
        "s", 1, "S", False, "", (), (ResourceView("r", "<i>Docs</i>", "https://e.org", "docs", "<b>n</b>"),)
    )
    panel.show_step(detail, [attachment(attachments / "0a1b-diagram.png", name)], {})
    resource = panel.tree.topLevelItem(0)
    assert resource is not None and resource.child(0) is not None
    assert resource.text(0) == "<i>Docs</i>" and resource.child(0).text(0) == name
    for tooltip in (resource.toolTip(0), resource.child(0).toolTip(0)):
        assert "<b>" not in tooltip and "<img" not in tooltip  # shown as written, not as markup


def test_the_question_before_removing_an_attachment_names_it_as_written(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    tracker: Tracker,
    tmp_path: Path,
    outside: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:

    name = f'<img src="{outside.name}"> &amp; <i>x.txt'  # a file may be named so
    (tmp_path / name).write_text("text", encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # where a relative image name would be looked for
    tracker.attachments.attach(
        tmp_path / name, "python-libraries", resource_id="python-libraries/r/official-python-docs"
    )
    window.viewer.show_view("resources")
    resources = window.viewer.resources
    resources.tree.setCurrentItem(resources.tree.topLevelItem(0).child(0))  # type: ignore[union-attr]
    asked: list[str] = []
    monkeypatch.setattr(window.questions, "confirm", lambda _title, question: asked.append(question) or False)
    window.step_pane.files.remove_attachment()
    [question] = asked
    assert name in question  # as written; the question is shown as plain text (below)


# --- the sanitiser ---------------------------------------------------------------------------

ORDINARY = """# Heading one

## Heading two

Some *emphasis*, **strong** and `code`, a [link](https://example.org/a?b=1&c=2).

- one
- two
    1. nested

| Name | Value |
| ---- | ----- |
| a    | 1     |

> quoted

```
code block
```
"""


def test_sanitised_markdown_keeps_ordinary_markdown() -> None:
    html = markdown_to_html(ORDINARY)
    for kept in (
        "<h1>Heading one</h1>",
        "<h2>Heading two</h2>",
        "<em>emphasis</em>",
        "<strong>strong</strong>",
        "<code>code</code>",
        '<a href="https://example.org/a?b=1&amp;c=2">link</a>',
        "<li>one</li>",
        "<ol>",
        '<table border="1" cellspacing="0" cellpadding="4">',  # drawn with a grid
        "<th>Name</th>",
        "<td>1</td>",
        "<blockquote>",
        "<pre><code>code block",
    ):
        assert kept in html, kept


@pytest.mark.parametrize(
    ("raw", "dropped"),
    [
        ("<script>alert(1)</script>", ("<script", "alert")),
        ('<img src="x.png" onerror="alert(1)">', ("onerror", "alert")),
        ('<p onclick="steal()">x</p>', ("onclick", "steal")),
        ('<a href="javascript:alert(1)">x</a>', ("javascript",)),
        ('<div style="display:none">x</div>', ("style", "display")),
        ('<iframe src="https://e.org"></iframe>', ("iframe",)),
        ('<object data="x.swf"></object><embed src="x">', ("object", "embed")),
        ('<form action="https://e.org"><input name="q"></form>', ("form", "input")),
        ('<link rel="stylesheet" href="/etc/x.css"><meta http-equiv="refresh">', ("link", "meta")),
        ("<style>p { display: none }</style>", ("style", "display")),
        ("<!-- hidden -->", ("<!--", "hidden")),
        ('<img src="x.png" width="100000" height="100000">', ("100000",)),
        ('<svg onload="alert(1)"><script>alert(2)</script></svg>', ("svg", "alert")),
    ],
)
def test_sanitised_markdown_drops_scripts_handlers_and_hiding(raw: str, dropped: tuple[str, ...]) -> None:
    for html in (markdown_to_html(f"Note\n\n{raw}\n\nafter"), sanitise_html(raw)):
        for text in dropped:
            assert text not in html, (text, html)
    assert "after" in markdown_to_html(f"Note\n\n{raw}\n\nafter")


@pytest.mark.timeout(30)
def test_deeply_nested_markdown_and_html_show_as_text_quickly(qtbot) -> None:  # type: ignore[no-untyped-def]
    deep_list = "\n".join("  " * depth + f"- item{depth}" for depth in range(1000))
    tables = "<table><tr><td>" * 40 + "core" + "</td></tr></table>" * 40
    divs = "<div>" * 100_000 + "core" + "</div>" * 100_000
    widget = TextBrowser()
    qtbot.addWidget(widget)
    for html in (markdown_to_html(deep_list), markdown_to_html(tables), sanitise_html(divs)):
        widget.setHtml(html)
        widget.show()
        qtbot.waitExposed(widget)
    assert "item999" in markdown_to_html(deep_list)
    assert "core" in widget.toPlainText()


def test_roadmap_text_without_html_is_handed_on_as_it_is() -> None:
    """No HTML, no parser: the overview's first paint imports nothing for it."""
    why = "Learn **why**: x > y & [docs](https://e.org)\n\n- one"
    assert roadmap_markdown(why) == why
    safe = roadmap_markdown('a <div style="display:none">\n\n```\nline 1\n\nline 3\n```')
    assert safe.startswith("<div>") and "\n" not in safe and "display" not in safe


def test_messages_to_the_learner_are_plain_text(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    window.questions.warn("Not saved", '<img src="/dev/zero"> roadmap.md: bad')
    window.questions.confirm("Remove file", "Remove <b>x</b>.pdf?")
    assert [box.textFormat() for box in shown] == [Qt.TextFormat.PlainText, Qt.TextFormat.PlainText]
    assert shown[0].text() == '<img src="/dev/zero"> roadmap.md: bad'
