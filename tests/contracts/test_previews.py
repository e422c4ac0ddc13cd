"""Picture previews: decoded only by content, only in the worker, within limits (issue 11)."""

from __future__ import annotations

import io

import PIL.Image
import pypdfium2 as pdfium
import pytest
from PIL import EpsImagePlugin, Image, ImageFile

from directcontracts.accounts.services import create_api_token
from directcontracts.contracts import deliverables, preview_render
from directcontracts.contracts.deliverables import IncomingFile, store_deliverable
from directcontracts.contracts.models import DeliverableFile, PreviewState
from directcontracts.core import sandbox
from tests.contracts import hostile_files as hostile
from tests.contracts.factories import active_contract

pytestmark = pytest.mark.django_db

LIMITS = {"max_pixels": 40_000_000, "max_pages": 2000}


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def milestone(freelancer, monkeypatch):
    contract, _ = active_contract(freelancer, monkeypatch)
    return contract.milestones.order_by("position").first()


def _deliver(milestone, freelancer, name, content, capture):
    with capture() as callbacks:
        delivered = store_deliverable(
            milestone=milestone, by=freelancer, message="", files=[IncomingFile(name, content)]
        )
    return delivered.files.get(), callbacks


# --- The renderer (what runs inside the sandbox) ------------------------------------------


def test_postscript_never_reaches_ghostscript(monkeypatch):
    calls = []
    monkeypatch.setattr(EpsImagePlugin, "Ghostscript", lambda *args, **kw: calls.append(args))
    assert preview_render.render(hostile.EPS, kind="image", **LIMITS) is None
    assert calls == []


@pytest.mark.parametrize("maker", [hostile.png, hostile.jpeg, hostile.gif, hostile.webp])
def test_each_previewed_image_format_renders_a_small_watermarked_jpeg(maker):
    picture = preview_render.render(maker(), kind="image", **LIMITS)
    with Image.open(io.BytesIO(picture)) as preview:
        assert preview.format == "JPEG"
        assert max(preview.size) <= preview_render.PREVIEW_SIDE


def test_an_image_over_the_pixel_cap_is_never_decoded(monkeypatch):
    def refuse(self, *args, **kwargs):
        raise AssertionError("decoded a 110-megapixel image")

    monkeypatch.setattr(ImageFile.ImageFile, "load", refuse)
    assert preview_render.render(hostile.png_bomb(), kind="image", **LIMITS) is None


def test_an_image_between_the_pixel_cap_and_twice_it_is_never_decoded(monkeypatch):
    """Pillow's own guard refuses only at twice MAX_IMAGE_PIXELS (and merely warns below
    that): a 64-megapixel PNG under a 40-megapixel cap must be refused by the header check
    (issue 11, Medium: preview memory bombs)."""

    def refuse(self, *args, **kwargs):
        raise AssertionError("decoded a 64-megapixel image")

    monkeypatch.setattr(ImageFile.ImageFile, "load", refuse)
    bomb = hostile.png_bomb(8_000, 8_000)
    assert preview_render.render(bomb, kind="image", **LIMITS) is None


def test_a_huge_pdf_page_renders_a_bounded_bitmap(monkeypatch):
    rendered = []
    real_render = pdfium.PdfPage.render

    def spy(self, scale=1, **kwargs):
        bitmap = real_render(self, scale=scale, **kwargs)
        rendered.append((bitmap.width, bitmap.height))
        return bitmap

    monkeypatch.setattr(pdfium.PdfPage, "render", spy)
    picture = preview_render.render(hostile.pdf_bomb(), kind="pdf", **LIMITS)
    assert picture is not None
    assert rendered == [(preview_render.RENDER_SIDE, preview_render.RENDER_SIDE)]


def test_a_pdf_with_more_pages_than_the_cap_gets_no_picture():
    limits = {**LIMITS, "max_pages": 2}
    assert preview_render.render(hostile.pdf(pages=3), kind="pdf", **limits) is None
    assert preview_render.render(hostile.pdf(pages=2), kind="pdf", **limits) is not None


@pytest.mark.parametrize(
    "media_box", ["0 0 0 0", "0 0 -50 100", "0 0 1e30 1e30", "0 0 14400 14400", "0 0 1e5 0.001"]
)
def test_a_pdf_page_of_any_declared_size_renders_at_most_the_bounded_bitmap(media_box):
    picture = preview_render.render(hostile.pdf(media_box=media_box), kind="pdf", **LIMITS)
    if picture is not None:  # a sliver has nothing to show
        with Image.open(io.BytesIO(picture)) as preview:
            assert max(preview.size) <= preview_render.PREVIEW_SIDE


@pytest.mark.parametrize("content", [b"", b"\x89PNG\r\n\x1a\ntruncated", b"%PDF-1.7 garbage"])
def test_an_unreadable_file_gets_no_picture(content):
    kind = "pdf" if content.startswith(b"%PDF") else "image"
    assert preview_render.render(content, kind=kind, **LIMITS) is None


# --- Where and when it runs ------------------------------------------------------------------


def test_submitting_an_image_decodes_nothing_in_the_request(
    milestone, freelancer, monkeypatch, django_capture_on_commit_callbacks
):
    def refuse(*args, **kwargs):
        raise AssertionError("decoded inside the request's transaction")

    monkeypatch.setattr(PIL.Image, "open", refuse)
    monkeypatch.setattr(sandbox, "run", refuse)
    record, callbacks = _deliver(
        milestone, freelancer, "logo.png", hostile.png(), django_capture_on_commit_callbacks
    )
    assert record.preview_state == PreviewState.PENDING
    assert not record.preview
    assert len(callbacks) == 1  # the worker's task, enqueued when the submission commits


def test_the_worker_makes_the_preview_after_the_submission_commits(
    milestone, freelancer, django_capture_on_commit_callbacks
):
    record, callbacks = _deliver(
        milestone,
        freelancer,
        "logo.png",
        hostile.png(1600, 1000),
        django_capture_on_commit_callbacks,
    )
    callbacks[0]()  # the task (the immediate backend runs it at once)
    record.refresh_from_db()
    assert record.preview_state == PreviewState.READY
    with Image.open(record.preview) as preview:
        assert preview.format == "JPEG"
        assert max(preview.size) <= preview_render.PREVIEW_SIDE


def test_a_pdf_preview_is_its_first_page_made_by_the_worker(
    milestone, freelancer, django_capture_on_commit_callbacks
):
    record, callbacks = _deliver(
        milestone, freelancer, "guide.pdf", hostile.pdf(pages=2), django_capture_on_commit_callbacks
    )
    callbacks[0]()
    record.refresh_from_db()
    assert record.preview_state == PreviewState.READY


def test_a_text_file_previews_its_start_at_once_and_needs_no_worker(
    milestone, freelancer, django_capture_on_commit_callbacks
):
    record, callbacks = _deliver(
        milestone,
        freelancer,
        "notes.md",
        b"# Notes\n" + b"x" * 5000,
        django_capture_on_commit_callbacks,
    )
    assert record.preview_text.startswith("# Notes")
    assert len(record.preview_text) == deliverables.PREVIEW_TEXT_CHARS
    assert record.preview_state == PreviewState.NONE
    assert callbacks == []


def test_the_png_bomb_through_the_sandbox_gets_no_picture(
    milestone, freelancer, django_capture_on_commit_callbacks
):
    record, callbacks = _deliver(
        milestone, freelancer, "poster.png", hostile.png_bomb(), django_capture_on_commit_callbacks
    )
    callbacks[0]()
    record.refresh_from_db()
    assert record.preview_state == PreviewState.FAILED
    assert not record.preview


def test_the_pdf_bomb_through_the_sandbox_gets_a_bounded_picture(
    milestone, freelancer, django_capture_on_commit_callbacks
):
    record, callbacks = _deliver(
        milestone, freelancer, "plan.pdf", hostile.pdf_bomb(), django_capture_on_commit_callbacks
    )
    callbacks[0]()
    record.refresh_from_db()
    assert record.preview_state == PreviewState.READY
    with Image.open(record.preview) as preview:
        assert max(preview.size) <= preview_render.PREVIEW_SIDE


def test_a_renderer_stopped_at_its_cpu_limit_leaves_the_file_without_a_picture(
    milestone, freelancer, settings, monkeypatch, django_capture_on_commit_callbacks
):
    settings.PREVIEW_CPU_SECONDS = 1
    monkeypatch.setattr(deliverables, "RENDERER", "tests.core.sandbox_targets:spin")
    record, callbacks = _deliver(
        milestone, freelancer, "logo.png", hostile.png(), django_capture_on_commit_callbacks
    )
    callbacks[0]()
    record.refresh_from_db()
    assert record.preview_state == PreviewState.FAILED


def test_making_a_preview_twice_renders_once(
    milestone, freelancer, monkeypatch, django_capture_on_commit_callbacks
):
    record, callbacks = _deliver(
        milestone, freelancer, "logo.png", hostile.png(), django_capture_on_commit_callbacks
    )
    callbacks[0]()
    monkeypatch.setattr(sandbox, "run", lambda *a, **kw: pytest.fail("rendered again"))
    assert deliverables.make_preview(file_id=record.pk) == PreviewState.READY


# --- What people see while it is being prepared -------------------------------------------


def test_the_contract_page_says_the_preview_is_being_prepared(
    client, milestone, freelancer, django_capture_on_commit_callbacks
):
    _deliver(milestone, freelancer, "logo.png", hostile.png(), django_capture_on_commit_callbacks)
    client.force_login(milestone.contract.client)
    page = client.get(f"/contracts/{milestone.contract_id}/").content.decode()
    assert "Preview being prepared" in page
    assert "Preview of logo.png" not in page


def test_the_api_answers_409_preview_pending_until_the_preview_is_ready(
    client, milestone, freelancer, django_capture_on_commit_callbacks
):
    record, callbacks = _deliver(
        milestone, freelancer, "logo.png", hostile.png(), django_capture_on_commit_callbacks
    )
    _, secret = create_api_token(user=milestone.contract.client, name="test")
    headers = {"Authorization": f"Bearer {secret}"}
    pending = client.get(f"/api/v1/deliverable-files/{record.pk}/preview", headers=headers)
    assert pending.status_code == 409
    assert pending.json()["error"]["code"] == "preview_pending"
    callbacks[0]()
    ready = client.get(f"/api/v1/deliverable-files/{record.pk}/preview", headers=headers)
    assert ready.status_code == 200
    assert ready["Content-Type"] == "image/jpeg"


def test_a_stranger_gets_404_not_409_for_a_pending_preview(
    client, milestone, freelancer, stranger_client, django_capture_on_commit_callbacks
):
    record, _ = _deliver(
        milestone, freelancer, "logo.png", hostile.png(), django_capture_on_commit_callbacks
    )
    assert DeliverableFile.objects.get(pk=record.pk).preview_state == PreviewState.PENDING
    _, secret = create_api_token(user=stranger_client, name="test")
    response = client.get(
        f"/api/v1/deliverable-files/{record.pk}/preview",
        headers={"Authorization": f"Bearer {secret}"},
    )
    assert response.status_code == 404
