"""Exit 0 when the PostgreSQL server in argv[1] accepts connections, 1 otherwise."""

import sys

import psycopg

try:
    url = sys.argv[1].replace("/directcontracts", "/postgres", 1)
    with psycopg.connect(url, connect_timeout=3) as conn:
        conn.execute("SELECT 1")
except psycopg.Error as exc:
    print(f"PostgreSQL not available: {exc}".strip(), file=sys.stderr)
    sys.exit(1)
