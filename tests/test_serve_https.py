"""workshop serve where a default Moodle can pull from it: over HTTPS by itself
(--tls-cert/--tls-key), and behind Debian's nginx terminating HTTPS under a path prefix
(--root-path), with the example configuration docs/nginx-workshop.conf run as it ships.
Certificates are made here (a throw-away CA and a certificate for 127.0.0.1); everything
listens on 127.0.0.1."""

from __future__ import annotations

import csv
import datetime as dt
import ipaddress
import os
import shutil
import socket
import ssl
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from conftest import REPO, run_cli
from workshop.gradebook import Gradebook
from workshop.results import GradeResult, Status

ROSTER = "id,name,email,moodle_idnumber\nalice,Alice,alice@x.org,A1\nbob,Bob,bob@x.org,B2\n"
ATTEMPT = "20240101T000000000000Z-0123456789ab.tar.gz"
NGINX_EXAMPLE = REPO / "docs" / "nginx-workshop.conf"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _pem_key(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A CA, and a certificate it signed for 127.0.0.1 and localhost."""
    folder = tmp_path_factory.mktemp("certs")
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(_name("workshop test CA"))
        .issuer_name(_name("workshop test CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = (
        x509.CertificateBuilder()
        .subject_name(_name("127.0.0.1"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
            ),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    paths = {"ca": folder / "ca.pem", "cert": folder / "cert.pem", "key": folder / "key.pem"}
    paths["ca"].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths["cert"].write_bytes(leaf.public_bytes(serialization.Encoding.PEM))
    paths["key"].write_bytes(_pem_key(key))
    paths["other_key"] = folder / "other.pem"
    paths["other_key"].write_bytes(_pem_key(ec.generate_private_key(ec.SECP256R1())))
    return paths


def _graded_class(tmp_path: Path) -> tuple[Path, Path]:
    """A roster and a server folder whose gradebook holds alice's and bob's grades."""
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER)
    data = tmp_path / "server"
    book = Gradebook(data / "gradebook.sqlite")
    try:
        for student, score in (("alice", 48.0), ("bob", 43.0)):
            submission = book.register("calculatrice", student, ATTEMPT, tmp_path / ATTEMPT, 10)
            status = Status.passed if score == 48 else Status.failed
            book.record(submission, "key", GradeResult(status=status, score=score, max_score=48))
    finally:
        book.close()
    return roster, data


def _serve(tmp_path: Path, roster: Path, data: Path, port: int, *options: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "workshop.cli",
            "serve",
            str(tmp_path / "inbox"),
            "--roster",
            str(roster),
            "--data",
            str(data),
            "--port",
            str(port),
            "--course",
            str(REPO),
            *options,
        ],
        env={**os.environ, "WORKSHOP_LANG": "en"},
        stdout=subprocess.PIPE,
        text=True,
    )


def _wait(url: str, verify: ssl.SSLContext | bool) -> httpx.Response:
    """The first answer of the server (through a proxy: not its 502 while it starts)."""
    deadline = time.monotonic() + 20
    while True:
        try:
            response = httpx.get(url, verify=verify)
            if response.status_code != 502:
                return response
        except httpx.TransportError:
            pass
        assert time.monotonic() < deadline, f"{url} did not answer"
        time.sleep(0.1)


def _class_token(data: Path) -> str:
    with (data / "tokens.csv").open() as handle:
        return next(row["token"] for row in csv.DictReader(handle) if row["id"] == "*class*")


def _stop(proc: subprocess.Popen[str]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)


def _moodle_students(xml: bytes) -> list[tuple[str | None, str | None]]:
    return [(r.findtext("student"), r.findtext("score")) for r in ET.fromstring(xml).iter("result")]


# -- HTTPS by uvicorn itself -----------------------------------------------------------------


def test_serve_over_https_answers_moodles_pull_and_prints_https_addresses(tmp_path, certs):
    roster, data = _graded_class(tmp_path)
    port = _free_port()
    trusted = ssl.create_default_context(cafile=str(certs["ca"]))
    proc = _serve(
        tmp_path, roster, data, port, "--tls-cert", str(certs["cert"]), "--tls-key", str(certs["key"])
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().startswith(f"Serving on https://127.0.0.1:{port} — inbox")
        assert _wait(f"https://127.0.0.1:{port}/healthz", trusted).json()["ok"] is True
        token = _class_token(data)

        pulled = httpx.get(
            f"https://127.0.0.1:{port}/api/v1/scores?format=moodle-xml&token={token}", verify=trusted
        )

        assert pulled.status_code == 200
        assert pulled.headers["content-disposition"] == 'attachment; filename="scores.xml"'
        assert _moodle_students(pulled.content) == [("A1", "48"), ("B2", "43")]
        with pytest.raises(httpx.TransportError):  # HTTPS only on that port
            httpx.get(f"http://127.0.0.1:{port}/healthz")
        assert (
            f"workshop submit --server https://127.0.0.1:{port} --student alice"
            in (data / "slips.html").read_text()
        )
    finally:
        _stop(proc)


def test_serve_refuses_a_half_given_or_unusable_certificate_in_one_line(tmp_path, certs):
    roster, data = _graded_class(tmp_path)

    half = run_cli(
        "serve", str(tmp_path / "inbox"), "--roster", str(roster), "--tls-cert", str(certs["cert"])
    )
    wrong = run_cli(
        "serve",
        str(tmp_path / "inbox"),
        "--roster",
        str(roster),
        "--tls-cert",
        str(certs["cert"]),
        "--tls-key",
        str(certs["other_key"]),
    )

    assert half.returncode == 1 and half.stderr.splitlines() == [
        "Error: --tls-cert and --tls-key go together. Give both (the certificate and its key, PEM), "
        "or neither for plain HTTP."
    ]
    assert wrong.returncode == 1 and wrong.stderr.splitlines() == [
        f"Error: Cannot use the certificate {certs['cert']} with the key {certs['other_key']} "
        "(KEY_VALUES_MISMATCH). Give a PEM certificate (full chain) and its unencrypted PEM key."
    ]
    assert not (tmp_path / "inbox").exists()


# -- behind nginx, under a path prefix -------------------------------------------------------


def _nginx() -> str:
    found = shutil.which("nginx", path=os.environ.get("PATH", "") + ":/usr/sbin:/sbin")
    assert found, "nginx is missing: apt-get install nginx (scripts/setup.sh does)"
    return found


@pytest.fixture
def nginx_in_front(tmp_path: Path, certs: dict[str, Path]) -> Iterator[tuple[int, int, Path]]:
    """nginx on 127.0.0.1 running docs/nginx-workshop.conf; yields (nginx port, the port it
    proxies to, its folder)."""
    public, upstream = _free_port(), _free_port()
    site = NGINX_EXAMPLE.read_text()
    for shipped, here in (
        ("listen 443 ssl;", f"listen 127.0.0.1:{public} ssl;"),
        ("/etc/ssl/workshop/fullchain.pem", str(certs["cert"])),
        ("/etc/ssl/workshop/privkey.pem", str(certs["key"])),
        ("proxy_pass http://127.0.0.1:8765/;", f"proxy_pass http://127.0.0.1:{upstream}/;"),
    ):
        assert shipped in site, f"the example no longer has {shipped!r}"
        site = site.replace(shipped, here)
    prefix = tmp_path / "nginx"
    prefix.mkdir()
    (prefix / "site.conf").write_text(site)
    temp = "\n".join(
        f"  {kind}_temp_path {prefix / kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    (prefix / "nginx.conf").write_text(
        f"user root;\npid {prefix / 'nginx.pid'};\nerror_log {prefix / 'error.log'};\n"
        "events {}\n"
        f"http {{\n  access_log {prefix / 'access.log'};\n{temp}\n  include {prefix / 'site.conf'};\n}}\n"
    )
    proc = subprocess.Popen(
        [_nginx(), "-p", str(prefix), "-c", str(prefix / "nginx.conf"), "-g", "daemon off;"],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 10
        while True:
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else "nginx stopped"
            try:
                socket.create_connection(("127.0.0.1", public), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "nginx did not listen"
                time.sleep(0.05)
        yield public, upstream, prefix
    finally:
        _stop(proc)  # type: ignore[arg-type]


def test_behind_nginx_under_a_prefix_moodle_pulls_and_every_url_is_the_public_one(
    tmp_path, certs, nginx_in_front
):
    public, upstream, prefix = nginx_in_front
    roster, data = _graded_class(tmp_path)
    base = f"https://127.0.0.1:{public}/workshop"
    trusted = ssl.create_default_context(cafile=str(certs["ca"]))
    proc = _serve(tmp_path, roster, data, upstream, "--root-path", "/workshop", "--public-url", base)
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().startswith(f"Serving on {base} — inbox")
        assert _wait(f"{base}/healthz", trusted).json()["ok"] is True
        token = _class_token(data)

        # Moodle's pull: a plain GET, the token in the URL, over HTTPS through the proxy
        pulled = httpx.get(f"{base}/api/v1/scores?format=moodle-xml&token={token}", verify=trusted)
        assert pulled.status_code == 200 and _moodle_students(pulled.content) == [("A1", "48"), ("B2", "43")]
        # the paged JSON links to the next page at the public address (scheme, host, prefix)
        page = httpx.get(f"{base}/api/v1/scores", params={"token": token, "limit": 1}, verify=trusted)
        following = page.links["next"]["url"]
        assert following.startswith(f"{base}/api/v1/scores?")
        assert httpx.get(following, verify=trusted).json()["items"][0]["userId"] == "bob"
        # the pages call the API relative to where they are
        dashboard = httpx.get(f"{base}/dashboard", verify=trusted)
        assert dashboard.status_code == 200 and 'fetch("api/v1/dashboard"' in dashboard.text
        # a student hands in through the proxy, whose cap is the server's
        work = tmp_path / "work"
        work.mkdir()
        shutil.copyfile(
            REPO / "graders" / "calculatrice" / "solution" / "calculator.py", work / "calculator.py"
        )
        alice = next(r["token"] for r in csv.DictReader((data / "tokens.csv").open()) if r["id"] == "alice")
        huge = httpx.post(
            f"{base}/api/v1/submissions",
            content=b"\0" * (21 << 20),
            headers={"Content-Type": "application/gzip", "Authorization": f"Bearer {alice}"},
            verify=trusted,
        )
        assert huge.status_code == 413
        sent = httpx.post(
            f"{base}/api/v1/submissions",
            content=_archive(work, "alice"),
            headers={"Content-Type": "application/gzip", "Authorization": f"Bearer {alice}"},
            verify=trusted,
        )
        assert sent.status_code == 201 and sent.json()["student"] == "alice"
    finally:
        _stop(proc)
    # the class token travelled in URLs: the example writes no access log of them
    logs = "".join(p.read_text(errors="replace") for p in prefix.glob("*.log"))
    assert token not in logs


def _archive(folder: Path, student: str) -> bytes:
    from workshop.course import Course
    from workshop.submit import build_archive

    archive, _ = build_archive(folder, Course.locate(REPO).exercise("calculatrice"), student)
    return archive
