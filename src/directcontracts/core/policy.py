"""Where the published work policy's never-allowed list is read. In core, so refusals of
every layer (screening's reasons, the policy-link template filter) link to the same place."""

POLICY_URL = "/categories/#never-allowed"
