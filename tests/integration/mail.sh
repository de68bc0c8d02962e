#!/usr/bin/env bash
# The e-mail reports against a real SMTP server on loopback (tests/integration/smtp-server.py,
# aiosmtpd): plain, STARTTLS and implicit TLS with a certificate made here, AUTH, a rejected
# recipient, a 421 then success (retry), a 535 (stop), the server down (not an attempt, sent
# when it is back). Each received message is parsed with Python's email module and its
# attachment compared byte for byte with the file `report build` writes. Then the notifications
# per event: a closing beyond the threshold told once by Telegram (a Bot API stand-in,
# tests/support/telegram-standin.py) and by e-mail.
# Run under tests/support/with-keyring.sh (the mail password goes to the keychain).
#
#   mail.sh RECAISSE_CLI
set -euo pipefail

cli="$1"
here="$(cd "$(dirname "$0")" && pwd)"
python=/usr/bin/python3 # Debian's, where python3-aiosmtpd is
work="$(mktemp -d "${TMPDIR:-/tmp}/recaisse-mail.XXXXXX")"
server_pid=""
tg_pid=""
cleanup()
{
    stop_server
    if [[ -n "$tg_pid" ]]; then
        kill "$tg_pid" 2>/dev/null || true
        wait "$tg_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

fail()
{
    echo "FAIL: $*" >&2
    exit 1
}

free_port()
{
    "$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# start_server PORT DIR [smtp-server.py options]: returns once the server listens.
start_server()
{
    local port="$1" dir="$2"
    shift 2
    "$python" "$here/smtp-server.py" --port "$port" --dir "$dir" "$@" > "$work/server.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 100); do
        grep -q '^ready' "$work/server.log" && return 0
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 0.1
    done
    cat "$work/server.log" >&2
    fail "the SMTP server did not start"
}

stop_server()
{
    if [[ -n "$server_pid" ]]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
        server_pid=""
    fi
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
today="$(TZ=Europe/Paris date +%F)" # the shop's day, not this machine's

# The test certificate: for 127.0.0.1 and localhost, its own authority.
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost \
    -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
    -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null

run init --site "Ressourcerie du Lac" --station CAISSE1 --recovery-kit "$work/kit.pdf" >/dev/null
run open-session --user Admin --float 150 >/dev/null
run sale --user Admin --line textile.vetements:2:2,50 --pay cash:5 >/dev/null
run sale --user Admin --line eee.lampe:1:4,00:0,8 --pay card:4 >/dev/null
run deposit --user Admin --line eee.ecran:9,5:shop:voluntary >/dev/null

# check_message EML ATTACHMENT SUBJECT_PART: the message parses, its subject (decoded) holds
# SUBJECT_PART, its text is French, and its one attachment equals ATTACHMENT byte for byte.
check_message()
{
    "$python" - "$@" <<'PY'
import sys, email, email.policy
eml, expected_file, subject_part = sys.argv[1:4]
raw = open(eml, "rb").read()
assert b"\n" not in raw.replace(b"\r\n", b""), "a bare LF in the message"
msg = email.message_from_bytes(raw, policy=email.policy.default)
assert subject_part in msg["subject"], msg["subject"]
assert msg["message-id"] and msg["date"], "Message-ID and Date"
body = msg.get_body(preferencelist=("plain",)).get_content()
assert "Bonjour" in body, body
parts = list(msg.iter_attachments())
assert len(parts) == 1, len(parts)
sent = parts[0].get_payload(decode=True)
expected = open(expected_file, "rb").read()
assert parts[0].get_filename(), "no file name"
assert sent == expected, "attachment differs from the report file (%d vs %d bytes)" % (len(sent), len(expected))
assert parts[0].get_filename().startswith(subject_part.replace(" ", "-")), parts[0].get_filename()
print("ok", msg["subject"], parts[0].get_filename(), len(sent))
PY
}

# log_field REPORT JQ-LIKE: the entries of one report in `report log --json`, as "attempt:result:code".
log_of()
{
    run report log --json | "$python" -c '
import json, sys
for e in json.load(sys.stdin)["entries"]:
    if e["report"] == sys.argv[1]:
        print("%d:%s:%d" % (e["attempt"], e["result"], e["code"]))' "$1" | tr '\n' ' '
}

echo "== invalid input is refused"
run mail test --to nobody 2>"$work/err" && fail "mail test without an account"
port="$(free_port)"
run mail account --host 127.0.0.1 --port "$port" --plain --from "not an address" --admin Admin \
    2>"$work/err" && fail "an invalid sender was accepted"
grep -q "not a valid e-mail address" "$work/err" || fail "no clear error: $(cat "$work/err")"
echo "secret" | run mail account --host 127.0.0.1 --port "$port" --plain --password-stdin \
    --from caisse@lac.example --admin Admin 2>/dev/null && fail "a password without a user"

echo "== plain SMTP"
mkdir -p "$work/plain"
start_server "$port" "$work/plain"
run mail account --host 127.0.0.1 --port "$port" --plain --from caisse@lac.example --admin Admin
run mail test --to "not-an-address" 2>"$work/err" && fail "mail test to an invalid address"
grep -q "not a valid e-mail address" "$work/err" || fail "no clear error: $(cat "$work/err")"
run mail test --to gerant@lac.example
[[ -f "$work/plain/001.eml" ]] || fail "the test message did not arrive"
run report add --name "Ventes du jour" --type sales-journal --frequency daily \
    --to gerant@lac.example,tresorier@lac.example --format csv --user Admin
run report add --name bad --type kpi --frequency "0 6 31 2 *" --to a@lac.example --format csv \
    --user Admin 2>"$work/err" && fail "a cron expression that never fires was accepted"
run report add --name bad --type kpi --frequency daily --to "a@lac.example,nobody" --format csv \
    --user Admin 2>"$work/err" && fail "an invalid recipient was accepted"
grep -q '"nobody" is not a valid' "$work/err" || fail "no clear error: $(cat "$work/err")"
run report add --name bad --type sessions --frequency daily --to a@lac.example --format csv \
    --cashier Personne --user Admin 2>"$work/err" && fail "a filter on an unknown cashier"
run report run "Ventes du jour" --from "$today" --to "$today" --user Admin
run report build "Ventes du jour" --from "$today" --to "$today" --out "$work/ventes.csv" --user Admin >/dev/null
grep -q "CAISSE1-T000001" "$work/ventes.csv" || fail "the sale is not in the journal"
check_message "$work/plain/002.eml" "$work/ventes.csv" "Ventes du jour"
"$python" -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["rcpt_tos"] == ["gerant@lac.example", "tresorier@lac.example"], d' "$work/plain/002.json"
[[ "$(log_of "Ventes du jour")" == "1:accepted:250 " ]] || fail "log: $(log_of "Ventes du jour")"
stop_server

echo "== a rejected recipient stops (550)"
mkdir -p "$work/reject"
start_server "$port" "$work/reject" --reject inconnu@lac.example
run report add --name "Rejet" --type deposits --frequency weekly \
    --to gerant@lac.example,inconnu@lac.example --format csv --user Admin
run report run "Rejet" --from "$today" --to "$today" --user Admin 2>"$work/err" && fail "550 accepted"
grep -q "550" "$work/err" || fail "the server's answer is not said: $(cat "$work/err")"
[[ "$(log_of "Rejet")" == "1:permanent:550 " ]] || fail "log: $(log_of "Rejet")"
[[ ! -e "$work/reject/001.eml" ]] || fail "a message went through"
stop_server

echo "== 421 once, then accepted on the retry"
mkdir -p "$work/busy"
start_server "$port" "$work/busy" --fail-first 1
run report run "Ventes du jour" --from "$today" --to "$today" --user Admin
[[ "$(log_of "Ventes du jour")" == "1:accepted:250 1:temporary:421 2:accepted:250 " ]] \
    || fail "log: $(log_of "Ventes du jour")"
check_message "$work/busy/001.eml" "$work/ventes.csv" "Ventes du jour"
stop_server

echo "== STARTTLS with AUTH, XLSX"
mkdir -p "$work/starttls"
start_server "$port" "$work/starttls" --starttls "$work/cert.pem" "$work/key.pem" --auth rapports:s3cret
# The server's certificate is not in the system's authorities: refused, nothing sent.
echo "s3cret" | run mail account --host 127.0.0.1 --port "$port" --starttls --user rapports \
    --password-stdin --from caisse@lac.example --admin Admin
run mail test --to gerant@lac.example 2>"$work/err" && fail "an unverified certificate was accepted"
grep -qi "certificate" "$work/err" || fail "no certificate error: $(cat "$work/err")"
echo "s3cret" | run mail account --host 127.0.0.1 --port "$port" --starttls --user rapports \
    --password-stdin --from caisse@lac.example --admin Admin --ca-file "$work/cert.pem"
run report add --name "Dépôts" --type deposits --frequency monthly --to gerant@lac.example \
    --format xlsx --user Admin
run report run "Dépôts" --from "$today" --to "$today" --user Admin
run report build "Dépôts" --from "$today" --to "$today" --out "$work/depots.xlsx" --user Admin >/dev/null
check_message "$work/starttls/001.eml" "$work/depots.xlsx" "Dépôts"
"$python" - "$work/depots.xlsx" "$work/starttls/001.json" <<'PY'
import json, sys, zipfile
sheet = zipfile.ZipFile(sys.argv[1]).read("xl/sharedStrings.xml").decode()
assert "Écran" in sheet or "ecran" in sheet.lower(), sheet[:400]
envelope = json.load(open(sys.argv[2]))
assert envelope["tls"] and envelope["login"] == "rapports", envelope
PY
stop_server

echo "== AUTH refused (535) stops at once"
mkdir -p "$work/auth"
start_server "$port" "$work/auth" --starttls "$work/cert.pem" "$work/key.pem" --auth-fail
run report run "Dépôts" --from "$today" --to "$today" --user Admin 2>"$work/err" && fail "535 accepted"
grep -q "535" "$work/err" || fail "the server's answer is not said: $(cat "$work/err")"
[[ "$(log_of "Dépôts")" == "1:accepted:250 1:permanent:535 " ]] || fail "log: $(log_of "Dépôts")"
stop_server

echo "== implicit TLS"
mkdir -p "$work/tls"
start_server "$port" "$work/tls" --tls "$work/cert.pem" "$work/key.pem"
run mail account --host 127.0.0.1 --port "$port" --tls --from caisse@lac.example --admin Admin \
    --ca-file "$work/cert.pem"
run mail test --to gerant@lac.example
[[ -f "$work/tls/001.eml" ]] || fail "no message over implicit TLS"
"$python" -c 'import json,sys; assert json.load(open(sys.argv[1]))["tls"]' "$work/tls/001.json"
stop_server

echo "== the server down: not an attempt, sent when it is back"
down="$(free_port)"
run mail account --host 127.0.0.1 --port "$down" --plain --from caisse@lac.example --admin Admin
run report run "Ventes du jour" --from "$today" --to "$today" --user Admin 2>"$work/err" \
    && fail "sent to a server that is down"
grep -q "cannot be reached" "$work/err" || fail "no clear error: $(cat "$work/err")"
[[ "$(log_of "Ventes du jour")" == "1:accepted:250 1:temporary:421 2:accepted:250 0:unreachable:0 " ]] \
    || fail "log: $(log_of "Ventes du jour")"
run --json report list | "$python" -c '
import json, sys
r = [r for r in json.load(sys.stdin)["reports"] if r["name"] == "Ventes du jour"][0]
assert r["pending_from"] == sys.argv[1] and r["last_result"] == "unreachable", r' "$today"
mkdir -p "$work/back"
start_server "$down" "$work/back"
run report run-due
check_message "$work/back/001.eml" "$work/ventes.csv" "Ventes du jour"
[[ "$(log_of "Ventes du jour")" == "1:accepted:250 1:temporary:421 2:accepted:250 0:unreachable:0 1:accepted:250 " ]] \
    || fail "log: $(log_of "Ventes du jour")"
run --json report list | "$python" -c '
import json, sys
r = [r for r in json.load(sys.stdin)["reports"] if r["name"] == "Ventes du jour"][0]
assert r["pending_from"] == "" and r["last_result"] == "accepted", r'
stop_server

echo "== edit, disable, remove are audited"
run report edit "Rejet" --to gerant@lac.example --format xlsx --user Admin
run report disable "Rejet" --user Admin
run report remove "Rejet" --user Admin
run report list | grep -q "^Rejet" && fail "the removed report is listed"
# One audit event per change: 5 account saves, 3 reports added, 2 changes (edit, disable), 1 removal.
actions="$(sqlite3 "$db" "SELECT group_concat(action || '=' || n, ' ') FROM (SELECT action,
    count(*) AS n FROM audit_event WHERE action LIKE 'mail.%' GROUP BY action ORDER BY action)")"
[[ "$actions" == "mail.account=5 mail.report.add=3 mail.report.edit=2 mail.report.remove=1" ]] \
    || fail "audit: $actions"
echo "== notifications: a closing beyond the threshold told once by Telegram and by e-mail"
# The Bot API stand-in learns the token it must see from its environment, never an argument.
RECAISSE_TEST_BOT_TOKEN="55:SeCrEt" "$python" "$here/../support/telegram-standin.py" \
    "$work/tg.port" "$work/tg.jsonl" &
tg_pid=$!
for _ in $(seq 100); do [[ -s "$work/tg.port" ]] && break; sleep 0.1; done
[[ -s "$work/tg.port" ]] || fail "the Bot API stand-in did not start"
printf '55:SeCrEt\n' | run notify bot --api "http://127.0.0.1:$(cat "$work/tg.port")" \
    --token-stdin --user Admin
sqlite3 "$db" "UPDATE app_user SET telegram_id = '123456' WHERE name = 'Admin'"
notify_port="$(free_port)"
mkdir -p "$work/notify"
start_server "$notify_port" "$work/notify"
run mail account --host 127.0.0.1 --port "$notify_port" --plain --from caisse@lac.example --admin Admin
run notify set variance --on --telegram 987654 --user Admin 2>"$work/err" \
    && fail "a Telegram id off the whitelist was accepted"
grep -q "not given to anyone" "$work/err" || fail "no clear error: $(cat "$work/err")"
run notify set variance --on --telegram 123456 --email gerant@lac.example --quiet none --user Admin
RECAISSE_VALIDATOR_PIN=123456 run close-session --user Admin --count 10x1 \
    --comment "Billet perdu" --validator Admin >/dev/null
sent_count() { run --json notify run-due | "$python" -c 'import json,sys; print(json.load(sys.stdin)["sent"])'; }
[[ "$(sent_count)" == 2 ]] || fail "not told once to each recipient: $(run notify log)"
[[ "$(sent_count)" == 0 ]] || fail "told twice"
"$python" - "$work/tg.jsonl" <<'PY'
import json, sys
calls = [json.loads(l) for l in open(sys.argv[1])]
sent = [c for c in calls if c["method"] == "sendMessage"]
assert len(sent) == 1, calls
assert sent[0]["token_ok"] and sent[0]["body"]["chat_id"] == "123456", sent
assert "Billet perdu" in sent[0]["body"]["text"], sent
PY
[[ "$(ls "$work/notify"/*.eml | wc -l)" == 1 ]] || fail "not one e-mail"
grep -q "gerant@lac.example" "$work/notify/001.eml" || fail "the e-mail went elsewhere"
[[ "$(run --json notify log | "$python" -c 'import json,sys; print(" ".join(e["channel"] + ":" + e["result"] for e in json.load(sys.stdin)["entries"]))')" \
    == "telegram:sent email:sent" ]] || fail "notify log"
stop_server
echo "PASS"
