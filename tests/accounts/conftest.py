from tests.accounts.helpers import smtp_inbox  # noqa: F401 - the suite's real local SMTP server
