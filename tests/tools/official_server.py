#!/usr/bin/env python3
"""A stand-in for KOOP's SRU search and file repository, for the fetch tests.

Listens on 127.0.0.1 on a free port and prints the port on its first line of stdout.
Serves what ROOT/catalog.json describes, with the records and metadata assembled from the
templates in tests/data/official (real KOOP formats; see the README there):

  /sru?query=...w.dossiernummer==N...&startRecord=S&maximumRecords=M
      an SRU searchRetrieveResponse, at most catalog["page_cap"] records a page
  /frbr/officielepublicaties/kst/DOSSIER/ID/1/pdf/ID.pdf and .../metadata/metadata.xml
  /ID.pdf   (zoek.officielebekendmakingen.nl pattern; an unknown id is redirected to the
             site's "fout404" page, which answers 200 with HTML, as the real site does)

catalog.json:
  {"page_cap": 2,
   "dossiers": {"N": ["ID", ...]},          a dossier's documents, in order
   "sru": {"N": "malformed" | "fail-once" | "gzip"},  how the search for N misbehaves
                                                      (gzip: compressed, as servers may send it)
   "documents": {"ID": {"pdf": "file in ROOT", "title": ..., "date": ..., "type": ...,
                        "vergaderjaar": ..., "indiener": ..., "ontvanger": ...,
                        "pdf_behaviour": "truncate" | "html" | "timeout" | "fail-once"
                                         | "slow" | "missing",
                        "metadata_behaviour": "missing"}}}   metadata.xml answers 404

Every request is appended to LOG as one JSON line: time, path, status, user_agent,
accept_encoding.
With a fourth argument "tls", it answers HTTPS with the self-signed certificate of
tests/data/official (selfsigned-cert.pem), which no client should accept.
"""
import gzip
import http.server
import json
import os
import re
import ssl
import sys
import threading
import time
import urllib.parse

ROOT = sys.argv[1]
LOG = sys.argv[2]
TEMPLATES = sys.argv[3]
SRU_NS = "http://docs.oasis-open.org/ns/search-ws/sruResponse"

with open(os.path.join(ROOT, "catalog.json"), encoding="utf-8") as f:
    CATALOG = json.load(f)
with open(os.path.join(TEMPLATES, "kamerstuk-record.template.xml"), encoding="utf-8") as f:
    RECORD = f.read()
with open(os.path.join(TEMPLATES, "kamerstuk-metadata.template.xml"), encoding="utf-8") as f:
    METADATA = f.read()

LOCK = threading.Lock()
FAILED_ONCE = set()


def first_time(key):
    with LOCK:
        if key in FAILED_ONCE:
            return False
        FAILED_ONCE.add(key)
        return True


def fill(template, doc_id, position=0):
    doc = CATALOG["documents"].get(doc_id, {})
    m = re.match(r"^kst-(.+)-(\d+)$", doc_id)
    values = {
        "ID": doc_id, "DOSSIER": m.group(1), "NUMBER": m.group(2),
        "TITLE": doc.get("title", ""), "DATE": doc.get("date", "2024-01-01"),
        "TYPE": doc.get("type", "Brief"), "VERGADERJAAR": doc.get("vergaderjaar", "2023-2024"),
        "INDIENER": doc.get("indiener", ""), "ONTVANGER": doc.get("ontvanger", ""),
        "DOSSIERTITLE": doc.get("dossier_title", ""), "POSITION": str(position),
    }
    for key, value in values.items():
        template = template.replace("{" + key + "}", value.replace("&", "&amp;").replace('"', "&quot;"))
    return template


def sru_page(dossier, start, maximum):
    ids = CATALOG["dossiers"].get(dossier, [])
    count = min(maximum, CATALOG.get("page_cap", 50))
    page = ids[start - 1:start - 1 + count]
    records = "".join(fill(RECORD, doc_id, start + i) for i, doc_id in enumerate(page))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<sru:searchRetrieveResponse xmlns:sru="{SRU_NS}" xmlns:gzd="http://standaarden.overheid.nl/sru"'
            ' xmlns:overheidwetgeving="http://standaarden.overheid.nl/wetgeving/"'
            ' xmlns:c="http://standaarden.overheid.nl/collectie/" xmlns:dcterms="http://purl.org/dc/terms/">'
            f'<sru:version>2.0</sru:version><sru:numberOfRecords>{len(ids)}</sru:numberOfRecords>'
            f'<sru:records>{records}</sru:records></sru:searchRetrieveResponse>').encode("utf-8")


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def record(self, status):
        with LOCK, open(LOG, "a", encoding="utf-8") as log:
            log.write(json.dumps({"time": time.time(), "path": self.path, "status": status,
                                  "user_agent": self.headers.get("User-Agent", ""),
                                  "accept_encoding": self.headers.get("Accept-Encoding", "")}) + "\n")

    def send(self, status, body, content_type="application/xml", length=None, headers=()):
        if any(name == "Content-Encoding" for name, _ in headers):
            length = len(body)
        self.record(status)
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)
        self.wfile.flush()

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        if url.path == "/sru":
            return self.search(urllib.parse.parse_qs(url.query))
        if url.path.startswith("/fout404"):
            return self.send(200, b"<!DOCTYPE html><html><body>Pagina niet gevonden</body></html>", "text/html")
        m = re.match(r"^/frbr/officielepublicaties/kst/[^/]+/([^/]+)/1/(pdf|metadata)/", url.path)
        if m:
            return self.pdf(m.group(1)) if m.group(2) == "pdf" else self.metadata(m.group(1))
        m = re.match(r"^/(kst-[^/]+)\.pdf$", url.path)
        if m and m.group(1) in CATALOG["documents"]:
            return self.pdf(m.group(1))
        if m:
            return self.send(302, b"", "text/html", headers=[("Location", "/fout404?url=" + m.group(1))])
        self.send(404, b"not found", "text/plain")

    def search(self, params):
        query = params.get("query", [""])[0]
        m = re.search(r"w\.dossiernummer==(\S+)", query)
        dossier = m.group(1) if m else ""
        behaviour = CATALOG.get("sru", {}).get(dossier)
        if behaviour == "fail-once" and first_time("sru " + dossier):
            return self.send(500, b"internal error", "text/plain")
        if behaviour == "malformed":
            return self.send(200, sru_page(dossier, 1, 50)[:300])
        start = int(params.get("startRecord", ["1"])[0])
        maximum = int(params.get("maximumRecords", ["50"])[0])
        if behaviour == "gzip" and "gzip" in self.headers.get("Accept-Encoding", ""):
            return self.send(200, gzip.compress(sru_page(dossier, start, maximum)),
                             headers=[("Content-Encoding", "gzip")])
        self.send(200, sru_page(dossier, start, maximum))

    def metadata(self, doc_id):
        doc = CATALOG["documents"].get(doc_id)
        if not doc or doc.get("metadata_behaviour") == "missing":
            return self.send(404, b"not found", "text/plain")
        self.send(200, fill(METADATA, doc_id).encode("utf-8"))

    def pdf(self, doc_id):
        doc = CATALOG["documents"].get(doc_id)
        behaviour = doc.get("pdf_behaviour", "") if doc else "missing"
        if behaviour == "missing":
            return self.send(404, b"not found", "text/plain")
        if behaviour == "fail-once" and first_time("pdf " + doc_id):
            return self.send(500, b"internal error", "text/plain")
        if behaviour == "html":
            return self.send(200, b"<!DOCTYPE html><html><body>Onderhoud</body></html>", "application/pdf")
        if behaviour == "timeout":
            self.record("stalled")
            time.sleep(30)
            return
        with open(os.path.join(ROOT, doc["pdf"]), "rb") as f:
            body = f.read()
        if behaviour == "truncate":
            self.send(200, body[: len(body) // 2], "application/pdf", length=len(body))
            self.close_connection = True
            return
        if behaviour == "slow":
            return self.trickle(body)
        self.send(200, body, "application/pdf")

    def trickle(self, body):
        self.record(200)
        self.send_response(200)
        self.send_header("Content-Type", "application/pdf")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        step = max(1, len(body) // 10)
        for i in range(0, len(body), step):
            self.wfile.write(body[i:i + step])
            self.wfile.flush()
            time.sleep(0.1)


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True


def main():
    server = Server(("127.0.0.1", 0), Handler)
    if len(sys.argv) > 4 and sys.argv[4] == "tls":
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(os.path.join(TEMPLATES, "selfsigned-cert.pem"),
                                os.path.join(TEMPLATES, "selfsigned-key.pem"))
        server.socket = context.wrap_socket(server.socket, server_side=True)
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
