#!/usr/bin/env bash
# Google Sheets sync against a stand-in of Google's token endpoint and Sheets API v4 on loopback
# (tests/support/sheets-standin.py), speaking their real request and answer formats. The service
# account is a key pair made here with `openssl genpkey`; the stand-in checks each JWT's RS256
# signature with its public key. Covers: the key kept in the keychain and nowhere on disk, the
# reports published into their tabs, 429 and 500 retried, 401 stopping at once, a wrong key
# refused, garbage, huge, deeply nested and wrongly typed answers refused with a clear error, the
# price list imported from a range (dry run, real, a bad row writing nothing), the rights, the
# audit trail and the sync history.
# Run under tests/support/with-keyring.sh (the key goes to the keychain).
#
#   sheets.sh RECAISSE_CLI
set -euo pipefail

cli="$1"
here="$(cd "$(dirname "$0")" && pwd)"
python=/usr/bin/python3
work="$(mktemp -d "${TMPDIR:-/tmp}/recaisse-sheets.XXXXXX")"
server_pid=""
cleanup()
{
    if [[ -n "$server_pid" ]]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

fail()
{
    echo "FAIL: $*" >&2
    exit 1
}

db="$work/station.sqlite"
export RECAISSE_PIN=123456
# 134 is SIGABRT: how the sanitize preset ends a process that made a report. It fails the test
# even where the command is expected to fail.
run()
{
    local status=0
    "$cli" --db "$db" "$@" || status=$?
    ((status != 134)) || fail "recaisse-cli aborted (a sanitizer report?): $*"
    return "$status"
}
sheet="1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcd"
account="caisse@ressourcerie-du-lac.iam.gserviceaccount.com"

# The service account: a key pair made here, and a key file as the Google Cloud console gives it.
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/key.pem" 2>/dev/null
openssl pkey -in "$work/key.pem" -pubout -out "$work/public.pem"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/other.pem" 2>/dev/null
make_key_file()
{
    "$python" - "$1" "$2" "$account" <<'PY'
import json, sys
pem, out, email = sys.argv[1:4]
json.dump({"type": "service_account", "project_id": "ressourcerie-du-lac",
           "private_key_id": "0123456789abcdef0123456789abcdef01234567",
           "private_key": open(pem).read(), "client_email": email,
           "client_id": "123456789012345678901",
           "auth_uri": "https://accounts.google.com/o/oauth2/auth",
           "token_uri": "https://oauth2.googleapis.com/token"}, open(out, "w"), indent=2)
PY
}
make_key_file "$work/key.pem" "$work/service-account.json"
make_key_file "$work/other.pem" "$work/other-account.json"

mkdir -p "$work/google"
"$python" "$here/../support/sheets-standin.py" "$work/google.port" "$work/google" \
    "$work/public.pem" "$account" 2>"$work/google.err" &
server_pid=$!
for _ in $(seq 100); do [[ -s "$work/google.port" ]] && break; sleep 0.1; done
[[ -s "$work/google.port" ]] || fail "the Google stand-in did not start: $(cat "$work/google.err")"
base="http://127.0.0.1:$(cat "$work/google.port")"
faults() { printf '%s' "$1" > "$work/google/faults.json"; }
requests_to() { grep -c "$1" "$work/google/requests.log" || true; }

run init --site "Ressourcerie du Lac" --station CAISSE1 --recovery-kit "$work/kit.pdf" >/dev/null
RECAISSE_NEW_PIN=4321 run user-add --user Admin --name Camille --role cashier >/dev/null
run open-session --user Admin --float 150 >/dev/null
run sale --user Admin --line textile.vetements:2:2,50 --pay cash:5 >/dev/null
run sale --user Admin --line eee.lampe:1:4,00:0,8 --pay card:4 >/dev/null
run deposit --user Admin --line eee.ecran:9,5:shop:voluntary --line textile.vetements:3:recycling:voluntary >/dev/null
run close-session --user Admin --count 50x3,5x1 >/dev/null

echo "== the account: checked, kept in the keychain, never on disk"
printf 'not json' > "$work/bad.json"
run sheets account --key-file "$work/bad.json" --spreadsheet "$sheet" --user Admin 2>"$work/err" \
    && fail "a key file that is not JSON was accepted"
grep -q "not a Google service account key file" "$work/err" || fail "no clear error: $(cat "$work/err")"
run sheets account --key-file "$work/service-account.json" --spreadsheet "short" --user Admin \
    2>"$work/err" && fail "an invalid spreadsheet id was accepted"
RECAISSE_PIN=4321 run sheets account --key-file "$work/service-account.json" \
    --spreadsheet "$sheet" --user Camille 2>"$work/err" && fail "a cashier set the account"
run sheets account --key-file "$work/service-account.json" --spreadsheet "$sheet" \
    --api "$base" --token-url "$base/token" --every 24 --days 31 --user Admin
key_line="$(sed -n 5p "$work/key.pem")"
for file in "$db" "$db"-wal; do
    [[ -f "$file" ]] || continue
    grep -qF "$key_line" "$file" && fail "the private key is in $file"
done
[[ "$(run sheets settings --json | "$python" -c 'import json,sys; print(json.load(sys.stdin)["account"])')" == "$account" ]] \
    || fail "settings: $(run sheets settings)"

echo "== publish: the reports in their tabs"
run sheets publish --user Admin
sold_grams="$(sqlite3 "$db" "SELECT sum(weight_grams) FROM sale_line")"
"$python" - "$work/google/state.json" "$sold_grams" <<'PY'
import json, sys
state = json.load(open(sys.argv[1]))
sold_kg = int(sys.argv[2]) / 1000
daily = state["Ventes et tonnages par jour"]
assert len(daily) == 2, daily
row = daily[1]
assert row[1] == 2 and abs(row[2] - 9.0) < 1e-9 and abs(row[4] - 9.0) < 1e-9 and abs(row[5] - sold_kg) < 1e-9 and abs(row[6] - 12.5) < 1e-9, row
deposits = state["Dépôts"]
assert len(deposits) == 2 and abs(deposits[1][4] - 9.5) < 1e-9 and abs(deposits[1][5] - 3.0) < 1e-9, deposits
sessions = state["Sessions de caisse"]
assert len(sessions) == 2 and sessions[1][4] == 2, sessions
print("ok tabs", sorted(state))
PY
run sheets publish --report sessions --user Admin --json | grep -q '"sessions"' || fail "one report"

echo "== 429 and 500 are retried, with Retry-After"
faults '[{"match": "values:batchUpdate", "times": 2, "status": 429, "retry_after": 1}]'
before="$(requests_to 'values:batchUpdate')"
run sheets publish --user Admin || fail "not retried after 429"
[[ "$(( $(requests_to 'values:batchUpdate') - before ))" == 3 ]] || fail "429: not 3 attempts"
faults '[{"match": ":clear", "times": 2, "status": 500}]'
run sheets publish --user Admin || fail "not retried after 500"
faults '[{"match": ":clear", "times": 9, "status": 503}]'
run sheets publish --user Admin 2>"$work/err" && fail "503 for ever succeeded"
grep -q "HTTP 503" "$work/err" || fail "no clear error: $(cat "$work/err")"

echo "== 401 stops at once"
faults '[{"match": "values:batchUpdate", "times": 5, "status": 401}]'
before="$(requests_to 'values:batchUpdate')"
run sheets publish --user Admin 2>"$work/err" && fail "a 401 succeeded"
grep -q "refused the service account (HTTP 401" "$work/err" || fail "no clear error: $(cat "$work/err")"
[[ "$(( $(requests_to 'values:batchUpdate') - before ))" == 1 ]] || fail "a 401 was retried"
faults '[]'

echo "== a key the account does not have is refused"
run sheets account --key-file "$work/other-account.json" --spreadsheet "$sheet" --user Admin
run sheets publish --user Admin 2>"$work/err" && fail "a wrong key was accepted"
grep -q "Invalid JWT Signature" "$work/err" || fail "no clear error: $(cat "$work/err")"
run sheets account --key-file "$work/service-account.json" --spreadsheet "$sheet" --user Admin

echo "== hostile answers: a clear error, nothing used"
for kind in garbage wrong deep; do
    faults "[{\"match\": \"POST /token\", \"times\": 1, \"status\": 200, \"body\": \"$kind\"}]"
    run sheets publish --user Admin 2>"$work/err" && fail "token answer $kind accepted"
    grep -Eq "not a JSON object|not an access token" "$work/err" || fail "$kind: $(cat "$work/err")"
done
faults '[{"match": "values:batchUpdate", "times": 1, "status": 200, "body": "wrong"}]'
run sheets publish --user Admin 2>"$work/err" && fail "a write not confirmed was accepted"
grep -q "does not confirm" "$work/err" || fail "no clear error: $(cat "$work/err")"

echo "== price list from a range of the sheet"
"$python" - "$work/google/state.json" <<'PY'
import json, sys
state = json.load(open(sys.argv[1]))
state["Prix"] = [["Catégorie", "Prix de vente"], ["textile.vetements", "3,50"], ["eee.lampe", "6"],
                 [], ["", ""]]
json.dump(state, open(sys.argv[1], "w"), ensure_ascii=False)
PY
printf '{"name": "Catégorie", "default_price": "Prix de vente"}' > "$work/mapping.json"
price_of() { run categories --json | "$python" -c '
import json, sys
print([c.get("default_price_cents") for c in json.load(sys.stdin)["categories"] if c["id"] == sys.argv[1]][0])' "$1"; }
old="$(price_of textile.vetements)"
out="$(run sheets import-prices --range "Prix!A1:B" --mapping "$work/mapping.json" --dry-run --user Admin)"
[[ "$out" == "would create 0, would update 2, skipped 0" ]] || fail "dry run: $out"
[[ "$(price_of textile.vetements)" == "$old" ]] || fail "the dry run wrote"
RECAISSE_PIN=4321 run sheets import-prices --range "Prix!A1:B" --user Camille 2>"$work/err" \
    && fail "a cashier imported prices"
run sheets import-prices --range "Prix!A1:B" --mapping "$work/mapping.json" --user Admin
[[ "$(price_of textile.vetements)" == 350 && "$(price_of eee.lampe)" == 600 ]] \
    || fail "prices not imported: $(price_of textile.vetements) $(price_of eee.lampe)"
"$python" - "$work/google/state.json" <<'PY'
import json, sys
state = json.load(open(sys.argv[1]))
state["Prix"] = [["Catégorie", "Prix de vente"], ["textile.vetements", "4"], ["eee.lampe", "cher"]]
json.dump(state, open(sys.argv[1], "w"), ensure_ascii=False)
PY
run sheets import-prices --range "Prix!A1:B" --mapping "$work/mapping.json" --user Admin \
    2>"$work/err" && fail "a bad row was imported"
[[ "$(price_of textile.vetements)" == 350 ]] || fail "half imported"
for kind in garbage huge deep wrong; do
    faults "[{\"match\": \"GET /v4/spreadsheets/$sheet/values/\", \"times\": 1, \"status\": 200, \"body\": \"$kind\"}]"
    run sheets import-prices --range "Prix!A1:B" --mapping "$work/mapping.json" --user Admin \
        2>"$work/err" && fail "values answer $kind accepted"
    grep -Eq "not a JSON object|bigger than|neither text nor a number" "$work/err" \
        || fail "$kind: $(cat "$work/err")"
    [[ "$(price_of textile.vetements)" == 350 ]] || fail "$kind changed a price"
done
faults '[]'
run sheets import-prices --range "Absent!A1" --user Admin 2>"$work/err" && fail "a missing tab"
grep -q "HTTP 400" "$work/err" || fail "no clear error: $(cat "$work/err")"

echo "== the sync history and the audit trail"
history="$(run sheets log --json --user Admin | "$python" -c '
import json, sys
entries = json.load(sys.stdin)["entries"]
print(sum(e["ok"] for e in entries), sum(not e["ok"] for e in entries), entries[-1]["message"])')"
read -r oks failures _ <<<"$history"
(( oks >= 6 && failures >= 10 )) || fail "history: $history"
RECAISSE_PIN=4321 run sheets log --user Camille 2>/dev/null && fail "a cashier read the history"
actions="$(sqlite3 "$db" "SELECT action || '=' || count(*) FROM audit_event WHERE action LIKE 'sheets.%' OR action = 'category.price-import' GROUP BY action ORDER BY action" | tr '\n' ' ')"
[[ "$actions" == "category.price-import=1 sheets.publish=11 sheets.settings=3 " ]] || fail "audit: $actions"
sqlite3 "$db" "SELECT details FROM audit_event" | grep -qF "$key_line" && fail "the key in the audit"
grep -q "Traceback" "$work/google.err" && fail "the stand-in failed: $(cat "$work/google.err")"
echo "PASS"
