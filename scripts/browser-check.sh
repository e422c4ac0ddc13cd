#!/usr/bin/env bash
# Browser tests drive Debian's Chromium. Say clearly when it is missing instead of failing
# obscurely; with CI=true it is mandatory (.ci/run installs it).
if [ ! -x /usr/bin/chromium ]; then
  if [ "${CI:-}" = "true" ]; then
    echo "Chromium is missing at /usr/bin/chromium; CI must install it (apt-get install -y chromium)." >&2
    exit 1
  fi
  echo "NOTE: /usr/bin/chromium not found; browser tests will be skipped (apt-get install -y chromium)."
fi
exit 0
