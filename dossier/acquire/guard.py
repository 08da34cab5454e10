"""The SSRF guard: a URL may only reach public addresses unless the user allows otherwise.

The host is resolved here, every address it resolves to is checked, and the fetcher then
connects to one of those checked addresses (see :mod:`dossier.acquire.http`), so a DNS
answer that changes between the check and the connection cannot slip past the guard.
Numeric forms such as ``http://2130706433/`` or ``http://0x7f.1/`` go through the same
path: the system resolver turns them into ``127.0.0.1`` and the check refuses that.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable

from dossier.errors import BlockedAddressError, FetchError

# Resolves a host name (or a numeric address in any form) to IP address strings.
Resolver = Callable[[str], list[str]]

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

ALLOW_HINT = "use --allow-private to allow"


def system_resolver(host: str) -> list[str]:
    """Every address the system resolver gives for ``host``, in its preferred order."""
    try:
        infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host {host!r} ({exc})") from exc
    addresses: list[str] = []
    for info in infos:
        address = str(info[4][0]).split("%", 1)[0]  # drop an IPv6 zone id ("fe80::1%eth0")
        if address not in addresses:
            addresses.append(address)
    return addresses


def blocked_reason(address: IPAddress) -> str | None:
    """Why ``address`` must not be reached ("loopback", "private", ...), or None if public."""
    if isinstance(address, ipaddress.IPv6Address):
        # An IPv6 address that carries an IPv4 one reaches that IPv4 host; Python 3.11's
        # flags do not look inside (``::ffff:127.0.0.1`` is not ``is_loopback`` there).
        embedded = address.ipv4_mapped or address.sixtofour
        if embedded is None and address.teredo is not None:
            embedded = address.teredo[1]
        if embedded is not None:
            return blocked_reason(embedded)
    # The order picks the most telling name: 127.0.0.1 is also "private" to ``ipaddress``.
    checks = (
        ("unspecified", address.is_unspecified),
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("reserved", address.is_reserved),
        ("private", address.is_private),
        # Shared address space (100.64.0.0/10, carrier NAT) and the like are neither
        # private nor public in ``ipaddress``; they are not the open internet either.
        ("non-public", not address.is_global),
    )
    for name, hit in checks:
        if hit:
            return name
    return None


def check_host(host: str, resolver: Resolver | None = None) -> list[str]:
    """Resolve ``host`` and return its addresses if all are public; raise otherwise.

    Messages name the reason only ("resolves to loopback address 127.0.0.1"); the caller
    puts the URL in front. A host with one private address among public ones is refused
    too: the connection could land on any of them.
    """
    resolve = resolver or system_resolver
    addresses = resolve(host.strip("[]"))
    if not addresses:
        raise FetchError(f"cannot resolve host {host!r}")
    for text in addresses:
        try:
            address = ipaddress.ip_address(text)
        except ValueError as exc:
            raise FetchError(f"resolver gave a bad address {text!r} for {host!r}") from exc
        reason = blocked_reason(address)
        if reason is not None:
            shown = str(address)
            if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
                shown += f" (= {address.ipv4_mapped})"
            raise BlockedAddressError(f"resolves to {reason} address {shown} ({ALLOW_HINT})")
    return addresses
