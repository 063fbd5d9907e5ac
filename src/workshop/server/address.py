"""Where students reach the server: the one place that builds the URL printed at start-up,
on the slips and in the dashboard link.

A server bound to every interface (``--host 0.0.0.0``) is reached at the machine's LAN
address, found by listing the interfaces (psutil), which sends nothing on the network.
``--public-url`` overrides it (a name, a reverse proxy). Extend :func:`server_url` (a
scheme, a root path) rather than building URLs elsewhere."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from workshop.errors import InputError

WILDCARDS = ("0.0.0.0", "::", "")
# Interfaces a laptop has besides the room's network: container and VM bridges, VPNs.
_VIRTUAL = (
    "docker", "br-", "veth", "virbr", "vboxnet", "vmnet", "vethernet", "cni", "flannel", "lxc", "lxd",
    "podman", "tun", "tap", "utun", "wg", "tailscale", "zt", "awdl", "llw", "bridge",
)  # fmt: skip


@dataclass(frozen=True)
class ServerUrl:
    """The URL students use; the machine's other addresses (when the first is not the
    room's network); ``found`` is false when a server open to the room has no address
    students could reach (no network: the URL then says 127.0.0.1)."""

    url: str
    others: list[str] = field(default_factory=list)
    found: bool = True


def server_url(host: str, port: int, public_url: str | None = None, scheme: str = "http") -> ServerUrl:
    """The URL to print and put on the slips.

    >>> server_url("127.0.0.1", 8765).url
    'http://127.0.0.1:8765'
    >>> server_url("0.0.0.0", 8765, "https://ai-class.example.org/").url
    'https://ai-class.example.org'
    """
    if public_url:
        return ServerUrl(_checked(public_url))
    if host not in WILDCARDS:
        return ServerUrl(_url(scheme, host, port))
    addresses = lan_addresses()
    if not addresses:
        return ServerUrl(_url(scheme, "127.0.0.1", port), found=False)
    return ServerUrl(_url(scheme, addresses[0], port), [_url(scheme, a, port) for a in addresses[1:]])


def lan_addresses() -> list[str]:
    """This machine's IPv4 addresses students could reach, the likeliest first."""
    import psutil

    up = {name for name, stats in psutil.net_if_stats().items() if stats.isup}
    ipv4 = {
        name: [a.address for a in addresses if a.family == socket.AF_INET]
        for name, addresses in psutil.net_if_addrs().items()
    }
    return rank(ipv4, up)


def rank(interfaces: Mapping[str, Sequence[str]], up: set[str]) -> list[str]:
    """Addresses of interfaces that are up, without loopback and link-local ones; real
    interfaces before container bridges and VPNs, private (school) networks first.

    >>> rank({"lo": ["127.0.0.1"], "docker0": ["172.17.0.1"], "wlan0": ["10.0.0.5"]},
    ...      {"lo", "docker0", "wlan0"})
    ['10.0.0.5', '172.17.0.1']
    """
    found = []
    for order, (name, addresses) in enumerate(interfaces.items()):
        if name not in up:
            continue
        virtual = name.lower().startswith(_VIRTUAL)
        for address in addresses:
            ip = ipaddress.IPv4Address(address)
            if ip.is_loopback or ip.is_link_local or ip.is_unspecified or ip.is_multicast:
                continue
            found.append(((virtual, not ip.is_private, order), address))
    return [address for _, address in sorted(found)]


def _url(scheme: str, host: str, port: int) -> str:
    if ":" in host:  # an IPv6 literal
        host = f"[{host}]"
    return f"{scheme}://{host}:{port}"


def _checked(url: str) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment:
        raise InputError("server_public_url_invalid", url=url[:200])
    return url.strip().rstrip("/")
