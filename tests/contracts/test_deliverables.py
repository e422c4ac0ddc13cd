"""Delivered files are held in escrow: previews before release, the full file after."""

import hashlib
import io

import pytest
from PIL import Image

from directcontracts.contracts import deliverables
from directcontracts.contracts.deliverables import IncomingFile, store_deliverable
from directcontracts.contracts.models import FileView, MilestoneState
from directcontracts.core.errors import DomainError
from tests.contracts.factories import active_contract

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def _png(width=1600, height=1000) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (30, 120, 200)).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture
def milestone(freelancer, monkeypatch):
    contract, client = active_contract(freelancer, monkeypatch)
    return contract.milestones.order_by("position").first()


def test_an_image_is_stored_with_its_hash_and_a_preview_to_make(milestone, freelancer):
    content = _png()
    delivered = store_deliverable(
        milestone=milestone,
        by=freelancer,
        message="Logo",
        files=[IncomingFile("logo.png", content)],
    )
    record = delivered.files.get()
    assert record.sha256 == hashlib.sha256(content).hexdigest()
    assert record.preview_state == "pending"  # made by the worker: tests/contracts/test_previews.py


@pytest.mark.parametrize("name", ["payload.exe", "page.html", "image.svg", "script.js"])
def test_dangerous_file_types_are_refused(milestone, freelancer, name):
    with pytest.raises(DomainError) as refused:
        store_deliverable(
            milestone=milestone, by=freelancer, message="", files=[IncomingFile(name, b"data")]
        )
    assert refused.value.code == "file_type_not_allowed"


def test_a_fake_pdf_is_refused_by_its_content(milestone, freelancer):
    with pytest.raises(DomainError) as refused:
        store_deliverable(
            milestone=milestone,
            by=freelancer,
            message="",
            files=[IncomingFile("x.pdf", b"MZ\x90\x00")],
        )
    assert refused.value.code == "file_content_mismatch"


def test_an_oversized_file_is_refused(milestone, freelancer, settings):
    settings.DELIVERABLE_MAX_FILE_BYTES = 1024
    with pytest.raises(DomainError) as refused:
        store_deliverable(
            milestone=milestone,
            by=freelancer,
            message="",
            files=[IncomingFile("big.txt", b"x" * 1025)],
        )
    assert refused.value.code == "file_too_large"
    assert refused.value.status == 413


def test_too_many_files_are_refused(milestone, freelancer, settings):
    settings.DELIVERABLE_MAX_FILES = 2
    files = [IncomingFile(f"f{n}.txt", b"x") for n in range(3)]
    with pytest.raises(DomainError) as refused:
        store_deliverable(milestone=milestone, by=freelancer, message="", files=files)
    assert refused.value.code == "too_many_files"


def test_the_client_cannot_download_the_full_file_before_release_and_the_view_is_recorded(
    milestone, freelancer, django_capture_on_commit_callbacks
):
    client = milestone.contract.client
    with django_capture_on_commit_callbacks(execute=True):  # the worker makes the preview
        delivered = store_deliverable(
            milestone=milestone, by=freelancer, message="", files=[IncomingFile("logo.png", _png())]
        )
    record = delivered.files.get()
    with pytest.raises(DomainError) as refused:
        deliverables.open_full_file(user=client, file_id=record.pk)
    assert refused.value.code == "file_locked_until_release"
    deliverables.open_preview(user=client, file_id=record.pk)
    assert FileView.objects.filter(file=record, viewer=client, kind="preview").exists()


def test_the_full_file_unlocks_at_release(milestone, freelancer):
    client = milestone.contract.client
    delivered = store_deliverable(
        milestone=milestone, by=freelancer, message="", files=[IncomingFile("logo.png", _png())]
    )
    milestone.__class__.objects.filter(pk=milestone.pk).update(state=MilestoneState.RELEASED)
    record = deliverables.open_full_file(user=client, file_id=delivered.files.get().pk)
    assert FileView.objects.filter(file=record, viewer=client, kind="full").exists()


def test_a_stranger_cannot_see_a_delivered_file(milestone, freelancer, stranger_client):
    delivered = store_deliverable(
        milestone=milestone, by=freelancer, message="", files=[IncomingFile("logo.png", _png())]
    )
    with pytest.raises(DomainError) as refused:
        deliverables.open_preview(user=stranger_client, file_id=delivered.files.get().pk)
    assert refused.value.status == 404
