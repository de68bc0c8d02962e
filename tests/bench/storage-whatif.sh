#!/usr/bin/env bash
# What recaisse-bench's fixed data set would weigh under other storage layouts, to size a
# redesign before making one. Works on copies (the database given is only read) and prints the
# bytes per sale of each layout, cumulatively. The rewritten copies keep the same row count and
# value sizes, not a usable shop: hashes become random 32-byte blobs, station and user ids the
# station's or user's row number.
# Usage: tests/bench/storage-whatif.sh DB
#   DB: the fixed-run.sqlite that `recaisse-bench --bytes-only --workdir DIR` leaves in DIR.
set -euo pipefail

if [[ $# -ne 1 || ! -f "$1" ]]; then
    echo "usage: $0 fixed-run.sqlite" >&2
    exit 2
fi
db="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

sales=$(sqlite3 -readonly "$db" "SELECT count(*) FROM sale")
per_sale() { echo $(($(stat -c %s "$1") / sales)); }
report() { printf '%-58s %6s bytes per sale\n' "$1" "$(per_sale "$2")"; }

# Every table with a station_id column, and every trigger (the copies are rewritten in place).
tables=$(sqlite3 -readonly "$db" "SELECT name FROM sqlite_schema s WHERE type = 'table' AND
    EXISTS (SELECT 1 FROM pragma_table_info(s.name) WHERE name = 'station_id')")
drop_triggers=$(sqlite3 -readonly "$db" \
    "SELECT 'DROP TRIGGER ' || name || ';' FROM sqlite_schema WHERE type = 'trigger'")

cp "$db" "$work/layout.sqlite"
[[ -f "$db-wal" ]] && cp "$db-wal" "$work/layout.sqlite-wal"
sqlite3 "$work/layout.sqlite" "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE" \
    > /dev/null
report "as recorded ($sales sales)" "$work/layout.sqlite"

sqlite3 "$work/layout.sqlite" "VACUUM"
report "+ pages packed (VACUUM)" "$work/layout.sqlite"

{
    echo "PRAGMA foreign_keys = OFF; BEGIN;"
    echo "$drop_triggers"
    for table in $tables; do
        echo "UPDATE $table SET station_id =
            (SELECT rowid FROM station WHERE id = $table.station_id)
            WHERE station_id IN (SELECT id FROM station);"
    done
    echo "COMMIT; VACUUM;"
} | sqlite3 "$work/layout.sqlite"
report "+ station keys as integers instead of UUID text" "$work/layout.sqlite"

sqlite3 "$work/layout.sqlite" "PRAGMA foreign_keys = OFF;
    UPDATE document SET hash = randomblob(32), prev_hash = randomblob(32);
    UPDATE audit_event SET hash = randomblob(32), prev_hash = randomblob(32); VACUUM;"
report "+ hashes as 32-byte blobs instead of hex text" "$work/layout.sqlite"

sqlite3 "$work/layout.sqlite" "PRAGMA foreign_keys = OFF;
    UPDATE document SET actor_id = (SELECT rowid FROM app_user WHERE id = document.actor_id)
        WHERE actor_id IN (SELECT id FROM app_user); VACUUM;"
report "+ document actors as integers instead of UUID text" "$work/layout.sqlite"

echo "by table and index (bytes per sale, last layout):"
sqlite3 "$work/layout.sqlite" "SELECT printf('  %-32s %6.1f', name, sum(pgsize) * 1.0 / $sales)
    FROM dbstat GROUP BY name HAVING sum(pgsize) * 1.0 / $sales >= 5 ORDER BY sum(pgsize) DESC"
