from enum import StrEnum


class CatalogErrorCode(StrEnum):
    CATEGORY_UNKNOWN = "category_unknown"
    CATEGORY_REMOVED = "category_removed"
    CATEGORY_NOT_YET_AVAILABLE = "category_not_yet_available"
    NO_CATALOG = "no_catalog"
    NOT_A_DRAFT = "catalog_not_a_draft"
    EMPTY_VERSION = "catalog_empty_version"
    EFFECTIVE_DATE_INVALID = "catalog_effective_date_invalid"
    NOT_ALLOWED_TO_PUBLISH = "catalog_not_allowed_to_publish"
