#!/usr/bin/env python3
"""A stand-in of the Telegram Bot API on loopback, for the tests (never the real service).

    telegram-standin.py PORT_FILE LOG_FILE [UPDATES_FILE]

Listens on 127.0.0.1, on a free port it writes to PORT_FILE once it listens. Every request to
/bot<TOKEN>/<method> is appended to LOG_FILE as one JSON line {"method", "token_ok", "body"}
(the token itself is not written: the test says which one it expects through the environment,
RECAISSE_TEST_BOT_TOKEN, never on a command line). sendMessage answers {"ok": true}; getUpdates
answers the updates of the JSON array in UPDATES_FILE (if given) whose update_id is at least the
request's offset, as the Bot API does. Request bodies
above 64 KiB are refused (413). Stops on SIGTERM.

Files (voice messages): with RECAISSE_TEST_BOT_FILES set to a folder, getFile {"file_id": ID}
answers {"file_id": ID, "file_path": "voice/ID.oga", "file_size": N} when the folder holds a file
named ID (else 400, as the Bot API for an unknown file), and GET /file/bot<TOKEN>/voice/ID.oga
serves its bytes (logged as the method "file", with {"path": ...}; 404 for a wrong token).
"""
import json
import os
import signal
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MAX_BODY = 64 * 1024


def main():
    port_file, log_file = sys.argv[1], sys.argv[2]
    updates_file = sys.argv[3] if len(sys.argv) > 3 else None
    expected = os.environ.get("RECAISSE_TEST_BOT_TOKEN", "")
    files = os.environ.get("RECAISSE_TEST_BOT_FILES", "")

    def stored(file_id):
        name = os.path.basename(file_id)
        path = os.path.join(files, name) if files and name == file_id else ""
        return path if path and os.path.isfile(path) else ""

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def answer(self, status, payload):
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def serve_file(self, parts):
            token, path = parts[1][3:], "/".join(parts[2:])
            with open(log_file, "a", encoding="utf-8") as log:
                log.write(json.dumps({"method": "file", "token_ok": token == expected,
                                      "body": {"path": path}}) + "\n")
            local = stored(path[len("voice/"):-len(".oga")]) if path.startswith("voice/") \
                and path.endswith(".oga") else ""
            if token != expected or not local:
                self.answer(404, {"ok": False, "description": "Not Found"})
                return
            with open(local, "rb") as f:
                data = f.read()
            self.send_response(200)
            self.send_header("Content-Type", "audio/ogg")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def handle_call(self, body):
            parts = self.path.split("?", 1)[0].strip("/").split("/")
            if len(parts) >= 3 and parts[0] == "file" and parts[1].startswith("bot"):
                self.serve_file(parts)
                return
            if len(parts) != 2 or not parts[0].startswith("bot"):
                self.answer(404, {"ok": False, "description": "Not Found"})
                return
            token, method = parts[0][3:], parts[1]
            try:
                parsed = json.loads(body) if body else {}
            except ValueError:
                parsed = {"unparsed": body.decode("utf-8", "replace")}
            with open(log_file, "a", encoding="utf-8") as log:
                log.write(json.dumps({"method": method, "token_ok": token == expected,
                                      "body": parsed}, ensure_ascii=False) + "\n")
            if method == "getUpdates":
                result = []
                if updates_file:
                    offset = int(parsed.get("offset", 0) or 0)
                    with open(updates_file, encoding="utf-8") as f:
                        result = [u for u in json.load(f) if u["update_id"] >= offset]
                self.answer(200, {"ok": True, "result": result})
                return
            if method == "getFile":
                file_id = str(parsed.get("file_id", ""))
                local = stored(file_id)
                if not local:
                    self.answer(400, {"ok": False, "description": "Bad Request: invalid file_id"})
                    return
                self.answer(200, {"ok": True, "result": {
                    "file_id": file_id, "file_path": "voice/" + file_id + ".oga",
                    "file_size": os.path.getsize(local)}})
                return
            self.answer(200, {"ok": True, "result": {}})

        def do_POST(self):
            length = int(self.headers.get("Content-Length", "0") or 0)
            if length > MAX_BODY:
                self.answer(413, {"ok": False, "description": "Request Entity Too Large"})
                return
            self.handle_call(self.rfile.read(length))

        def do_GET(self):
            self.handle_call(b"")

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    with open(port_file + ".tmp", "w") as f:
        f.write(str(server.server_address[1]))
    os.replace(port_file + ".tmp", port_file)
    server.serve_forever()


if __name__ == "__main__":
    main()
