#!/usr/bin/env python3
"""A stand-in of Google's OAuth 2.0 token endpoint and Sheets API v4 on loopback, for the tests
(never the real service).

    sheets-standin.py PORT_FILE DIR PUBLIC_KEY_PEM CLIENT_EMAIL

Listens on 127.0.0.1 on a free port, written to PORT_FILE once it listens. Speaks the real
request and answer formats:

  POST /token                 grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&assertion=JWT
                              The JWT must be RS256, its signature checked with PUBLIC_KEY_PEM
                              (openssl dgst -verify), iss = CLIENT_EMAIL, aud = this URL, the
                              spreadsheets scope, exp - iat <= 3600. Answers {"access_token",
                              "expires_in", "token_type": "Bearer"}, or 400 invalid_grant.
  GET  /v4/spreadsheets/ID?fields=sheets.properties.title
  POST /v4/spreadsheets/ID:batchUpdate           {"requests": [{"addSheet": ...}]}
  POST /v4/spreadsheets/ID/values/RANGE:clear
  POST /v4/spreadsheets/ID/values:batchUpdate    {"valueInputOption": "RAW", "data": [...]}
  PUT  /v4/spreadsheets/ID/values/RANGE?valueInputOption=RAW
  GET  /v4/spreadsheets/ID/values/RANGE

Every API call needs "Authorization: Bearer <a token this server gave>" (otherwise 401
UNAUTHENTICATED). The spreadsheet's tabs live in DIR/state.json ({"Tab": [[cells...]]}), read
before and written after each call: the test seeds it and checks it. Every request is appended to
DIR/requests.log as one JSON line {"method", "path", "status"}.

Faults: DIR/faults.json, when present, is a list of {"match": SUBSTRING, "times": N, "status":
CODE, "retry_after": SECONDS (optional), "body": "json" | "garbage" | "huge" | "deep" | "wrong"};
a request whose "METHOD PATH" contains SUBSTRING gets that answer instead, N times. Stops on
SIGTERM.
"""
import base64
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MAX_BODY = 8 * 1024 * 1024
SCOPE = "https://www.googleapis.com/auth/spreadsheets"


def b64url_decode(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def main():
    port_file, folder, public_key, client_email = sys.argv[1:5]
    state_file = os.path.join(folder, "state.json")
    faults_file = os.path.join(folder, "faults.json")
    log_file = os.path.join(folder, "requests.log")
    lock = threading.Lock()
    tokens = set()

    def load_state():
        if not os.path.exists(state_file):
            return {"Sheet1": []}
        with open(state_file, encoding="utf-8") as f:
            return json.load(f)

    def save_state(state):
        with open(state_file + ".tmp", "w", encoding="utf-8") as f:
            json.dump(state, f, ensure_ascii=False)
        os.replace(state_file + ".tmp", state_file)

    def take_fault(line):
        if not os.path.exists(faults_file):
            return None
        with open(faults_file, encoding="utf-8") as f:
            faults = json.load(f)
        for fault in faults:
            if fault["match"] in line and fault.get("times", 0) > 0:
                fault["times"] -= 1
                with open(faults_file, "w", encoding="utf-8") as f:
                    json.dump(faults, f)
                return fault
        return None

    def verify_jwt(assertion, audience):
        parts = assertion.split(".")
        if len(parts) != 3:
            return "not a JWT"
        header = json.loads(b64url_decode(parts[0]))
        claims = json.loads(b64url_decode(parts[1]))
        if header.get("alg") != "RS256" or header.get("typ") != "JWT":
            return "not RS256"
        with tempfile.TemporaryDirectory() as tmp:
            data = os.path.join(tmp, "data")
            sig = os.path.join(tmp, "sig")
            with open(data, "wb") as f:
                f.write((parts[0] + "." + parts[1]).encode())
            with open(sig, "wb") as f:
                f.write(b64url_decode(parts[2]))
            checked = subprocess.run(["openssl", "dgst", "-sha256", "-verify", public_key,
                                      "-signature", sig, data], capture_output=True)
            if checked.returncode != 0:
                return "Invalid JWT Signature."
        now = time.time()
        if claims.get("iss") != client_email:
            return "wrong iss"
        if claims.get("aud") != audience:
            return "wrong aud %r" % claims.get("aud")
        if SCOPE not in claims.get("scope", "").split():
            return "wrong scope"
        iat, exp = claims.get("iat", 0), claims.get("exp", 0)
        if exp - iat > 3600 or exp < now or iat > now + 300:
            return "Invalid JWT: Token must be a short-lived token"
        return None

    def range_tab(a1):
        tab = a1.split("!", 1)[0] if "!" in a1 else a1
        if tab.startswith("'") and tab.endswith("'"):
            tab = tab[1:-1].replace("''", "'")
        return tab

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def answer(self, status, payload=None, raw=None, headers=()):
            data = raw if raw is not None else json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=UTF-8")
            self.send_header("Content-Length", str(len(data)))
            for name, value in headers:
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)
            with open(log_file, "a", encoding="utf-8") as log:
                log.write(json.dumps({"method": self.command, "path": self.path,
                                      "status": status}) + "\n")

        def error(self, status, message, code_name):
            self.answer(status, {"error": {"code": status, "message": message,
                                           "status": code_name}})

        def faulted(self):
            fault = take_fault(self.command + " " + self.path)
            if not fault:
                return False
            status = fault.get("status", 200)
            headers = []
            if "retry_after" in fault:
                headers.append(("Retry-After", str(fault["retry_after"])))
            kind = fault.get("body", "json")
            if kind == "garbage":
                raw = b"<html>\x00\xff not json"
            elif kind == "huge":
                raw = b'{"values": [["' + b"x" * (20 * 1024 * 1024) + b'"]]}'
            elif kind == "deep":
                raw = b'{"values": ' + b"[" * 100000 + b"]" * 100000 + b"}"
            elif kind == "wrong":
                raw = json.dumps({"values": [[{"formula": "=1"}]], "access_token": "a b\r\nX: y",
                                  "token_type": "Bearer", "expires_in": 3599,
                                  "totalUpdatedRows": -1, "sheets": "none",
                                  "clearedRange": 5}).encode()
            else:
                raw = json.dumps({"error": {"code": status, "message": "injected",
                                            "status": "INJECTED"}}).encode()
            if kind == "huge":
                # Sent in pieces: a client must stop reading, not buffer it all.
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                try:
                    for i in range(0, len(raw), 65536):
                        self.wfile.write(raw[i:i + 65536])
                except (BrokenPipeError, ConnectionResetError):
                    pass
                with open(log_file, "a", encoding="utf-8") as log:
                    log.write(json.dumps({"method": self.command, "path": self.path,
                                          "status": status}) + "\n")
                self.close_connection = True
                return True
            self.answer(status, raw=raw, headers=headers)
            return True

        def body(self):
            length = int(self.headers.get("Content-Length", "0") or 0)
            if length > MAX_BODY:
                return None
            return self.rfile.read(length)

        def authorized(self):
            value = self.headers.get("Authorization", "")
            return value.startswith("Bearer ") and value[7:] in tokens

        def handle_any(self):
            body = self.body() if self.command in ("POST", "PUT") else b""
            if body is None:
                self.error(413, "Request too large", "INVALID_ARGUMENT")
                return
            with lock:
                if self.faulted():
                    return
                url = urllib.parse.urlsplit(self.path)
                path = urllib.parse.unquote(url.path)
                if path == "/token" and self.command == "POST":
                    form = urllib.parse.parse_qs(body.decode())
                    if form.get("grant_type") != ["urn:ietf:params:oauth:grant-type:jwt-bearer"]:
                        self.answer(400, {"error": "unsupported_grant_type",
                                          "error_description": "Invalid grant_type"})
                        return
                    audience = "http://%s/token" % self.headers.get("Host")
                    problem = verify_jwt(form.get("assertion", [""])[0], audience)
                    if problem:
                        self.answer(400, {"error": "invalid_grant", "error_description": problem})
                        return
                    token = "ya29.standin-%d" % (len(tokens) + 1)
                    tokens.add(token)
                    self.answer(200, {"access_token": token, "expires_in": 3599,
                                      "token_type": "Bearer"})
                    return
                if not self.authorized():
                    self.error(401, "Request had invalid authentication credentials.",
                               "UNAUTHENTICATED")
                    return
                m = re.fullmatch(r"/v4/spreadsheets/([A-Za-z0-9_-]+)(.*)", path)
                if not m:
                    self.error(404, "Requested entity was not found.", "NOT_FOUND")
                    return
                sid, rest = m.group(1), m.group(2)
                state = load_state()
                if rest == "" and self.command == "GET":
                    self.answer(200, {"sheets": [{"properties": {"title": t}} for t in state]})
                    return
                if rest == ":batchUpdate" and self.command == "POST":
                    replies = []
                    for request in json.loads(body)["requests"]:
                        title = request["addSheet"]["properties"]["title"]
                        if title in state:
                            self.error(400, "Invalid requests[0].addSheet: A sheet with the name "
                                       "\"%s\" already exists." % title, "INVALID_ARGUMENT")
                            return
                        state[title] = []
                        replies.append({"addSheet": {"properties": {"sheetId": len(state),
                                                                    "title": title}}})
                    save_state(state)
                    self.answer(200, {"spreadsheetId": sid, "replies": replies})
                    return
                if rest == "/values:batchUpdate" and self.command == "POST":
                    request = json.loads(body)
                    if request.get("valueInputOption") not in ("RAW", "USER_ENTERED"):
                        self.error(400, "valueInputOption", "INVALID_ARGUMENT")
                        return
                    total = 0
                    responses = []
                    for item in request["data"]:
                        tab = range_tab(item["range"])
                        if tab not in state:
                            self.error(400, "Unable to parse range: " + item["range"],
                                       "INVALID_ARGUMENT")
                            return
                        state[tab] = item["values"]
                        total += len(item["values"])
                        responses.append({"spreadsheetId": sid, "updatedRange": item["range"],
                                          "updatedRows": len(item["values"])})
                    save_state(state)
                    self.answer(200, {"spreadsheetId": sid, "totalUpdatedRows": total,
                                      "responses": responses})
                    return
                vm = re.fullmatch(r"/values/(.+?)(:clear)?", rest)
                if vm:
                    a1, clear = vm.group(1), vm.group(2)
                    tab = range_tab(a1)
                    if tab not in state:
                        self.error(400, "Unable to parse range: " + a1, "INVALID_ARGUMENT")
                        return
                    if clear and self.command == "POST":
                        state[tab] = []
                        save_state(state)
                        self.answer(200, {"spreadsheetId": sid, "clearedRange": a1})
                        return
                    if self.command == "PUT":
                        request = json.loads(body)
                        state[tab] = request["values"]
                        save_state(state)
                        self.answer(200, {"spreadsheetId": sid, "updatedRange": a1,
                                          "updatedRows": len(request["values"])})
                        return
                    if self.command == "GET":
                        values = state[tab]
                        payload = {"range": a1, "majorDimension": "ROWS"}
                        if values:
                            payload["values"] = values
                        self.answer(200, payload)
                        return
                self.error(404, "Requested entity was not found.", "NOT_FOUND")

        do_GET = handle_any
        do_POST = handle_any
        do_PUT = handle_any

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=server.shutdown).start())
    with open(port_file + ".tmp", "w") as f:
        f.write(str(server.server_address[1]))
    os.replace(port_file + ".tmp", port_file)
    server.serve_forever()


if __name__ == "__main__":
    main()
