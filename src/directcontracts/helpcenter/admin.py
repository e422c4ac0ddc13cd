"""Staff edit articles in the back office, with a preview; every save of a category, section
or article needs a reason and goes on the audit trail (trust.staff_edits); saving publishes through the
service, so every published version is kept and the counts may be reset on a rewrite."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import URLPattern, path

from directcontracts.core import clock
from directcontracts.core.errors import DomainError
from directcontracts.core.validation import TextGuardMixin
from directcontracts.helpcenter import services
from directcontracts.helpcenter.markdown import render_markdown
from directcontracts.helpcenter.models import (
    Article,
    ArticleVersion,
    ArticleVote,
    Audience,
    Category,
    Section,
)
from directcontracts.helpcenter.text import validate_single_line
from directcontracts.trust.staff_edits import AuditedAdmin, ReasonForm


@admin.register(Category)
class CategoryAdmin(AuditedAdmin):
    list_display = ["name", "slug", "position"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Section)
class SectionAdmin(AuditedAdmin):
    list_display = ["name", "category", "slug", "position"]
    list_filter = ["category"]
    prepopulated_fields = {"slug": ["name"]}


class ArticleForm(TextGuardMixin, ReasonForm):
    reset_counts = forms.BooleanField(
        required=False,
        label="Reset the helpful counts",
        help_text=(
            "For a substantial rewrite: “N out of M found this helpful” starts again at zero. "
            "The earlier counts stay in this article's history."
        ),
    )
    change_note = forms.CharField(
        required=False,
        max_length=300,
        help_text="What changed (kept with the version).",
        validators=[validate_single_line],
    )

    class Meta:
        model = Article
        fields = [
            "section",
            "slug",
            "title",
            "summary",
            "audience",
            "body",
            "related",
            "position",
            "is_published",
        ]
        widgets = {"body": forms.Textarea(attrs={"rows": 30, "cols": 100})}

    def clean_slug(self) -> str:
        slug = self.cleaned_data["slug"]
        try:
            services._check_slug(slug)
        except DomainError as error:
            raise forms.ValidationError(error.message) from None
        return slug


class VersionInline(admin.TabularInline):
    model = ArticleVersion
    extra = 0
    can_delete = False
    fields = [
        "number",
        "title",
        "published_at",
        "published_by",
        "note",
        "counts_reset",
        "closed_helpful",
        "closed_total",
    ]
    readonly_fields = fields  # type: ignore[assignment]

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Article)
class ArticleAdmin(AuditedAdmin):
    form = ArticleForm
    change_form_template = "admin/helpcenter/article/change_form.html"
    list_display = ["title", "slug", "section", "audience", "is_published", "version", "updated_at"]
    list_filter = ["is_published", "audience", "section__category"]
    search_fields = ["title", "slug", "summary"]
    prepopulated_fields = {"slug": ["title"]}
    filter_horizontal = ["related"]
    readonly_fields = ["version", "vote_round", "updated_at"]
    inlines = [VersionInline]

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)  # with the reason, audited
        self._publish(request, obj, form)

    def _publish(self, request: HttpRequest, obj: Article, form: ArticleForm) -> None:
        reset = bool(form.cleaned_data.get("reset_counts"))
        if reset and not request.user.has_perm("helpcenter.publish_article"):
            raise PermissionDenied("Only publishers may reset the helpful counts.")
        version = services.publish_article(
            article=obj,
            by=request.user,
            note=form.cleaned_data.get("change_note", ""),
            reset_counts=reset,
        )
        if version is not None:
            extra = " The helpful counts start again at zero." if version.counts_reset else ""
            self.message_user(
                request, f"Published as version {version.number}.{extra}", messages.SUCCESS
            )

    def get_urls(self) -> list[URLPattern]:
        preview = path(
            "preview/", self.admin_site.admin_view(self.preview_view), name="helpcenter_preview"
        )
        return [preview, *super().get_urls()]

    def preview_view(self, request: HttpRequest) -> HttpResponse:
        """Render the text in the form (not saved) as readers would see it."""
        if request.method != "POST" or not (
            request.user.has_perm("helpcenter.change_article")
            or request.user.has_perm("helpcenter.add_article")
        ):
            raise PermissionDenied
        audience = request.POST.get("audience", Audience.EVERYONE)
        return render(
            request,
            "helpcenter/preview.html",
            {
                "title": request.POST.get("title", "")[:200],
                "summary": request.POST.get("summary", "")[:300],
                "audience": dict(Audience.choices).get(audience, "Everyone"),
                "updated_at": clock.now(),
                "body_html": render_markdown(request.POST.get("body", "")),
            },
        )


@admin.register(ArticleVote)
class ArticleVoteAdmin(admin.ModelAdmin):
    """Read-only: votes are cast by readers, never edited."""

    list_display = ["article", "helpful", "round", "updated_at", "missing"]
    list_filter = ["helpful", "article"]
    search_fields = ["missing", "article__title"]
    readonly_fields = [f.name for f in ArticleVote._meta.fields]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
