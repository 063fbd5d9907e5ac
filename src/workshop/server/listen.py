"""Where ``workshop serve`` listens and the address people and LMSs use to reach it.

Three set-ups (README, "In the room: the classroom server"):

* plain HTTP in the room (the default);
* HTTPS by uvicorn itself (``--tls-cert``/``--tls-key``), e.g. on 443 of a public name, which
  is what a default Moodle accepts to pull from;
* behind a reverse proxy that terminates HTTPS, possibly under a path prefix
  (``--root-path``): the proxy's ``X-Forwarded-Proto``/``X-Forwarded-For`` are believed from
  ``--forwarded-allow-ips`` only (uvicorn's proxy headers), so the URLs the server writes
  (``Link`` of the paged scores) are the public ones. ``docs/nginx-workshop.conf`` is a
  tested example.
"""

from __future__ import annotations

import ssl
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, field_validator

from workshop.errors import ConfigError
from workshop.server.address import ServerUrl, server_url


class Listen(BaseModel):
    model_config = ConfigDict(extra="forbid")
    host: str = "127.0.0.1"
    port: int = 8765
    tls_cert: Path | None = None
    tls_key: Path | None = None
    root_path: str = ""
    forwarded_allow_ips: str = "127.0.0.1"
    public_url: str = ""

    @field_validator("root_path")
    @classmethod
    def _prefix(cls, value: str) -> str:
        """``/workshop`` whether given as ``workshop``, ``/workshop/`` or ``/workshop``."""
        value = value.strip().strip("/")
        return "/" + value if value else ""

    def where(self) -> ServerUrl:
        """The address for students and the LMS: ``--public-url``, else this listener's
        (the machine's LAN address when it listens on every interface)."""
        scheme = "https" if self.tls_cert else "http"
        found = server_url(self.host, self.port, self.public_url or None, scheme)
        if self.public_url or not self.root_path:
            return found
        return ServerUrl(
            found.url + self.root_path, [other + self.root_path for other in found.others], found.found
        )

    @property
    def url(self) -> str:
        return self.where().url

    def check(self) -> None:
        """Refuse, in one line, a half-given or unusable certificate before anything starts."""
        if (self.tls_cert is None) != (self.tls_key is None):
            raise ConfigError("server_tls_half")
        if self.tls_cert is None or self.tls_key is None:
            return
        try:
            ssl.create_default_context(ssl.Purpose.CLIENT_AUTH).load_cert_chain(self.tls_cert, self.tls_key)
        except (OSError, ssl.SSLError) as exc:
            # OpenSSL's reason (KEY_VALUES_MISMATCH...) is the useful part; else the OS's word.
            reason = exc.reason if isinstance(exc, ssl.SSLError) else None
            detail = reason or exc.strerror or type(exc).__name__
            raise ConfigError(
                "server_tls_unusable", cert=self.tls_cert, key_file=self.tls_key, detail=str(detail)[:120]
            ) from exc

    def uvicorn_options(self) -> dict[str, Any]:
        options: dict[str, Any] = {
            "host": self.host,
            "port": self.port,
            "root_path": self.root_path,
            "proxy_headers": True,
            "forwarded_allow_ips": self.forwarded_allow_ips,
        }
        if self.tls_cert is not None and self.tls_key is not None:
            options.update(ssl_certfile=str(self.tls_cert), ssl_keyfile=str(self.tls_key))
        return options
