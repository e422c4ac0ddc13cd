"""Every uploaded file is checked by content against the type its name claims (issue 11)."""

from __future__ import annotations

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from directcontracts.accounts.services import create_api_token
from directcontracts.contracts import filetypes, messaging
from directcontracts.contracts.deliverables import IncomingFile, store_deliverable
from directcontracts.contracts.models import MessageAttachment
from directcontracts.core.errors import DomainError
from tests.contracts import hostile_files as hostile
from tests.contracts.factories import active_contract, funded_milestone

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def _zip(*names: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, "<xml/>")
    return buffer.getvalue()


GENUINE = {
    "shot.png": hostile.png(),
    "photo.jpg": hostile.jpeg(),
    "photo.jpeg": hostile.jpeg(),
    "anim.gif": hostile.gif(),
    "pic.webp": hostile.webp(),
    "guide.pdf": hostile.pdf(),
    "notes.txt": "Plain notes, with accents: café.\n".encode(),
    "notes-windows.txt": "Caf\xe9 menu\r\n".encode("cp1252"),
    "notes-utf16.txt": "Notes in UTF-16\n".encode("utf-16"),
    "readme.md": b"# Title\n\n- item\n",
    "table.csv": b"name,amount\nDesign,500\n",
    "bundle.zip": _zip("a.txt"),
    "brief.docx": _zip("[Content_Types].xml", "word/document.xml"),
    "budget.xlsx": _zip("[Content_Types].xml", "xl/workbook.xml"),
    "deck.pptx": _zip("[Content_Types].xml", "ppt/presentation.xml"),
    "design.fig": b"fig-kiwi\x00\x00\x00\x00",
    "layers.psd": b"8BPS\x00\x01" + b"\x00" * 20,
}


@pytest.mark.parametrize("name", sorted(GENUINE))
def test_a_genuine_file_of_each_allowed_type_is_accepted(name):
    found = filetypes.identify(name, GENUINE[name])
    assert found is filetypes.ALLOWED[filetypes.suffix_of(name)]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("logo.png", hostile.EXECUTABLE),
        ("logo.png", hostile.EPS),
        ("logo.png", hostile.jpeg()),
        ("photo.jpg", hostile.ELF),
        ("anim.gif", hostile.png()),
        ("pic.webp", b"RIFF\x00\x00\x00\x00WAVEfmt "),
        ("guide.pdf", hostile.EXECUTABLE),
        ("notes.txt", hostile.EXECUTABLE),
        ("notes.md", b"text then a NUL \x00 byte"),
        ("table.csv", b"\x1b[31mterminal escape"),
        ("bundle.zip", hostile.EXECUTABLE),
        ("bundle.zip", b"PK\x03\x04 but not really a zip"),
        ("brief.docx", _zip("a.txt")),
        ("budget.xlsx", _zip("[Content_Types].xml", "word/document.xml")),
        ("layers.psd", hostile.png()),
        ("design.fig", hostile.EXECUTABLE),
    ],
)
def test_content_that_does_not_match_the_name_is_refused(name, content):
    with pytest.raises(DomainError) as refused:
        filetypes.identify(name, content)
    assert refused.value.code == "file_content_mismatch"
    assert refused.value.status == 400
    assert name in refused.value.message


def test_the_type_stored_is_the_checked_type_not_what_the_uploader_said(freelancer, monkeypatch):
    contract, _ = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.first()
    delivered = store_deliverable(
        milestone=milestone,
        by=freelancer,
        message="",
        files=[IncomingFile("A.JPEG", hostile.jpeg())],
    )
    assert delivered.files.get().content_type == "image/jpeg"


def test_an_executable_named_png_is_refused_as_a_deliverable(freelancer, monkeypatch):
    contract, _ = active_contract(freelancer, monkeypatch)
    with pytest.raises(DomainError) as refused:
        store_deliverable(
            milestone=contract.milestones.first(),
            by=freelancer,
            message="",
            files=[IncomingFile("logo.png", hostile.EXECUTABLE)],
        )
    assert refused.value.code == "file_content_mismatch"
    assert not contract.milestones.first().deliverables.exists()


def test_an_executable_named_png_is_refused_as_a_message_attachment(freelancer, monkeypatch):
    contract, _ = active_contract(freelancer, monkeypatch)
    with pytest.raises(DomainError) as refused:
        messaging.post_message(
            contract=contract,
            sender=freelancer,
            body="The logo, attached.",
            files=[IncomingFile("logo.png", hostile.EXECUTABLE)],
        )
    assert refused.value.code == "file_content_mismatch"
    assert not contract.messages.exists()
    assert not MessageAttachment.objects.exists()


def test_one_bad_file_refuses_the_whole_message(freelancer, monkeypatch):
    contract, _ = active_contract(freelancer, monkeypatch)
    with pytest.raises(DomainError):
        messaging.post_message(
            contract=contract,
            sender=freelancer,
            body="Two files.",
            files=[IncomingFile("ok.png", hostile.png()), IncomingFile("bad.pdf", hostile.ELF)],
        )
    assert not MessageAttachment.objects.exists()


def test_the_api_refuses_an_executable_named_png_with_its_code(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, _, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    _, secret = create_api_token(user=freelancer, name="test")
    response = client.post(
        f"/api/v1/contracts/{contract.pk}/milestones/{milestone.pk}/submit",
        {"message": "Done", "files": [SimpleUploadedFile("logo.png", hostile.EXECUTABLE)]},
        headers={"Authorization": f"Bearer {secret}"},
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "file_content_mismatch"
    milestone.refresh_from_db()
    assert milestone.state == "funded"


def test_the_web_form_shows_why_an_attachment_was_refused(client, freelancer, monkeypatch):
    contract, _ = active_contract(freelancer, monkeypatch)
    client.force_login(freelancer)
    response = client.post(
        f"/contracts/{contract.pk}/messages/",
        {"body": "The logo.", "attachments": [SimpleUploadedFile("logo.png", hostile.EXECUTABLE)]},
    )
    assert response.status_code == 400
    assert "is not a PNG image" in response.content.decode()
