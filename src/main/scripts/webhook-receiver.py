#!/usr/bin/env python3
"""A webhook receiver for the event benchmark (bench-events.sh), and an independent check of the portal's signatures:
every message is verified here from the Standard Webhooks specification with Python's hmac (not the portal's code),
de-duplicated on webhook-id, and timed from the event's timestamp (commit) to its arrival.

Usage: webhook-receiver.py PORT SECRET      (GET /stats answers the figures as JSON; GET /reset starts anew)
"""
import base64
import hashlib
import hmac
import json
import sys
import threading
import time
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PORT = int(sys.argv[1])
KEY = base64.b64decode(sys.argv[2].removeprefix("whsec_"))
LOCK = threading.Lock()
STATE = {"ids": set(), "lags": [], "bad": 0, "duplicates": 0, "first": None, "last": None}


def verify(msg_id, timestamp, signatures, body):
    if abs(time.time() - int(timestamp)) > 300:
        return False
    expected = base64.b64encode(hmac.new(KEY, f"{msg_id}.{timestamp}.".encode() + body, hashlib.sha256).digest())
    return any(hmac.compare_digest(expected, s.split(",", 1)[1].encode())
               for s in signatures.split(" ") if s.startswith("v1,"))


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))] if values else None


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        now = time.time()
        msg_id = self.headers.get("webhook-id")
        ok = verify(msg_id, self.headers.get("webhook-timestamp", "0"), self.headers.get("webhook-signature", ""), body)
        occurred = datetime.fromisoformat(json.loads(body)["timestamp"].replace("Z", "+00:00")).timestamp()
        with LOCK:
            if not ok:
                STATE["bad"] += 1
            elif msg_id in STATE["ids"]:
                STATE["duplicates"] += 1
            else:
                STATE["ids"].add(msg_id)
                STATE["lags"].append((now - occurred) * 1000)
                STATE["first"] = STATE["first"] or now
                STATE["last"] = now
        self.send_response(204 if ok else 401)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self):
        with LOCK:
            if self.path == "/reset":
                STATE.update({"ids": set(), "lags": [], "bad": 0, "duplicates": 0, "first": None, "last": None})
            lags = STATE["lags"]
            span = (STATE["last"] or 0) - (STATE["first"] or 0)
            stats = {"received": len(lags), "badSignatures": STATE["bad"], "duplicates": STATE["duplicates"],
                     "perSecond": round(len(lags) / span, 1) if span > 0 else None,
                     "lagMs": {p: round(percentile(lags, int(p[1:])), 1) if lags else None for p in ("p50", "p95", "p99")}
                     | {"max": round(max(lags), 1) if lags else None}}
        body = json.dumps(stats).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


ThreadingHTTPServer.daemon_threads = True
ThreadingHTTPServer(("127.0.0.1", PORT), Handler).serve_forever()
