"""The URL students are given: the LAN address of a server open to the room, or
--public-url; never 0.0.0.0."""

from __future__ import annotations

import pytest

from workshop.errors import InputError
from workshop.server.address import rank, server_url


def test_rank_puts_the_room_network_first_and_leaves_out_what_students_cannot_reach() -> None:
    interfaces = {
        "lo": ["127.0.0.1"],
        "docker0": ["172.17.0.1"],
        "wlan0": ["169.254.3.4", "192.168.1.23"],
        "eth1": ["203.0.113.9"],  # a public address: after the private ones
        "eth2": ["10.1.2.3"],  # down
        "tailscale0": ["100.101.102.103"],
        "vEthernet (WSL)": ["172.29.16.1"],
    }
    up = set(interfaces) - {"eth2"}

    assert rank(interfaces, up) == [
        "192.168.1.23",
        "203.0.113.9",
        "172.17.0.1",
        "172.29.16.1",
        "100.101.102.103",
    ]


def test_rank_of_a_machine_with_no_network_is_empty() -> None:
    assert rank({"lo": ["127.0.0.1"], "docker0": ["172.17.0.1"]}, {"lo"}) == []


def test_server_url_of_a_named_host_or_ipv6_literal() -> None:
    assert server_url("10.0.0.5", 8765).url == "http://10.0.0.5:8765"
    assert server_url("fd00::5", 80).url == "http://[fd00::5]:80"
    assert server_url("127.0.0.1", 8443, scheme="https").url == "https://127.0.0.1:8443"


def test_server_url_public_url_wins_without_its_trailing_slash() -> None:
    where = server_url("0.0.0.0", 8765, " https://ai-room.example.org/workshop/ ")
    assert (where.url, where.others, where.found) == ("https://ai-room.example.org/workshop", [], True)


@pytest.mark.parametrize(
    "bad", ["ai-room:8765", "ftp://x.org", "http://", "http://x.org/?a=1", "http://x.org/#t"]
)
def test_server_url_refuses_a_public_url_that_is_no_web_address(bad: str) -> None:
    with pytest.raises(InputError) as caught:
        server_url("0.0.0.0", 8765, bad)

    assert str(caught.value) == (
        f"--public-url '{bad}' is not a web address. Give one such as http://10.0.0.5:8765 or "
        "https://ai-room.example.org."
    )


def test_server_url_on_every_interface_is_never_the_wildcard() -> None:
    where = server_url("0.0.0.0", 8765)  # this machine's real interfaces

    assert "0.0.0.0" not in where.url and where.url.startswith("http://") and where.url.endswith(":8765")


def test_server_url_refusal_in_french() -> None:
    with pytest.raises(InputError) as caught:
        server_url("0.0.0.0", 8765, "salle-ia:8765")

    assert caught.value.render("fr") == (
        "--public-url « salle-ia:8765 » n'est pas une adresse web. Indiquez-en une comme "
        "http://10.0.0.5:8765 ou https://ai-room.example.org."
    )
