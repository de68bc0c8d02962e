#!/usr/bin/python3
"""A real SMTP server on loopback for the mail tests (aiosmtpd, Debian's python3-aiosmtpd).

Writes every accepted message to DIR/<n>.eml and its envelope to DIR/<n>.json, prints
"ready" on standard output when it listens, and runs until SIGTERM/SIGINT.

  smtp-server.py --port N --dir DIR [--starttls CERT KEY | --tls CERT KEY]
                 [--auth USER:PASSWORD] [--auth-fail] [--reject ADDRESS] [--fail-first N]

--starttls offers STARTTLS (and AUTH only after it); --tls is implicit TLS from the first byte.
--auth requires AUTH LOGIN or PLAIN with that user and password; --auth-fail answers 535 to any.
--reject answers 550 to RCPT TO that address. --fail-first N answers 421 to the first N MAIL FROM.
"""

import argparse
import json
import os
import signal
import ssl
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult


class Handler:
    def __init__(self, args):
        self.args = args
        self.failures_left = args.fail_first
        self.count = 0
        self.lock = threading.Lock()

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        with self.lock:
            if self.failures_left > 0:
                self.failures_left -= 1
                return "421 4.3.2 Service not available, try again later"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.args.reject and address.lower() == self.args.reject.lower():
            return "550 5.1.1 <%s>: Recipient address rejected: unknown user" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.count += 1
            n = self.count
        base = os.path.join(self.args.dir, "%03d" % n)
        content = envelope.original_content or envelope.content
        with open(base + ".eml.part", "wb") as f:
            f.write(content)
        login = session.auth_data.login.decode() if session.auth_data else ""
        # STARTTLS shows in the session, implicit TLS in the transport.
        tls = session.ssl is not None or (
            server.transport is not None
            and server.transport.get_extra_info("ssl_object") is not None)
        with open(base + ".json", "w") as f:
            json.dump({"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos,
                       "login": login, "tls": tls}, f)
        os.rename(base + ".eml.part", base + ".eml")
        return "250 2.0.0 Ok: queued as %03d" % n


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--dir", required=True)
    parser.add_argument("--starttls", nargs=2, metavar=("CERT", "KEY"))
    parser.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"))
    parser.add_argument("--auth")
    parser.add_argument("--auth-fail", action="store_true")
    parser.add_argument("--reject")
    parser.add_argument("--fail-first", type=int, default=0)
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)

    def authenticate(server, session, envelope, mechanism, auth_data):
        if args.auth_fail or not args.auth:
            return AuthResult(success=False, handled=False)
        user, password = args.auth.split(":", 1)
        ok = auth_data.login.decode() == user and auth_data.password.decode() == password
        return AuthResult(success=ok, handled=False, auth_data=auth_data)

    smtp = {}
    if args.auth or args.auth_fail:
        smtp.update(authenticator=authenticate, auth_required=True)
    controller_options = {}
    if args.starttls:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(*args.starttls)
        smtp.update(tls_context=context, require_starttls=True, auth_require_tls=True)
    elif args.tls:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(*args.tls)
        controller_options["ssl_context"] = context
        smtp["auth_require_tls"] = False  # the whole connection is TLS already
    else:
        smtp["auth_require_tls"] = False

    controller = Controller(Handler(args), hostname="127.0.0.1", port=args.port,
                            server_hostname="localhost", **controller_options, **smtp)
    controller.start()
    print("ready", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    sys.exit(main())
