#!/usr/bin/env bash
# ctest's cleanup fixture for the team tests: stops every PostgreSQL cluster a test left
# running (killed before its destructor ran) under $TMPDIR/diptych-pg-*, each by its own
# data folder, and removes the folder. A cluster still in use by a running test is not
# touched: ctest runs this after all of them.
set -u
PG_BIN=${DIPTYCH_TEST_PG_BIN:-/usr/lib/postgresql/15/bin}
for data in "${TMPDIR:-/tmp}"/diptych-pg-*/data; do
    [ -f "$data/postmaster.pid" ] || continue
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1 || true
    else
        "$PG_BIN/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$(dirname "$data")"
done
exit 0
