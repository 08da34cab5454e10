"""The address guard: which addresses are refused, and that it looks before it connects."""

from __future__ import annotations

import ipaddress

import httpx
import pytest

from dossier.acquire import (
    InputFailure,
    blocked_reason,
    check_host,
    iter_inputs,
    system_resolver,
)
from dossier.errors import BlockedAddressError, FetchError
from dossier.models import RawDocument


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("10.0.0.5", "private"),
        ("192.168.1.1", "private"),
        ("172.16.0.1", "private"),
        ("127.0.0.1", "loopback"),
        ("127.8.9.10", "loopback"),
        ("169.254.169.254", "link-local"),
        ("0.0.0.0", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("240.0.0.1", "reserved"),
        ("100.64.0.1", "non-public"),
        ("::1", "loopback"),
        ("::", "unspecified"),
        ("fe80::1", "link-local"),
        ("fc00::1", "private"),
        ("ff02::1", "multicast"),
        ("::ffff:127.0.0.1", "loopback"),  # IPv4-mapped
        ("::ffff:169.254.169.254", "link-local"),
        ("2002:7f00:1::", "loopback"),  # 6to4 wrapping 127.0.0.1
        ("93.184.215.14", None),
        ("2606:4700:4700::1111", None),
    ],
)
def test_blocked_reason(address: str, reason: str | None) -> None:
    assert blocked_reason(ipaddress.ip_address(address)) == reason


@pytest.mark.parametrize("host", ["2130706433", "0x7f000001", "0x7f.1", "localhost"])
def test_numeric_and_named_forms_resolve_to_loopback(host: str) -> None:
    with pytest.raises(BlockedAddressError, match="loopback address 127"):
        check_host(host)


def test_a_host_with_one_private_address_among_public_ones_is_refused() -> None:
    def resolver(host: str) -> list[str]:
        return ["93.184.215.14", "10.1.2.3"]

    with pytest.raises(BlockedAddressError, match=r"private address 10\.1\.2\.3"):
        check_host("mixed.example", resolver)


def test_unresolvable_host_is_a_fetch_error_not_a_block() -> None:
    with pytest.raises(FetchError) as caught:
        system_resolver("no-such-host.invalid")
    assert not isinstance(caught.value, BlockedAddressError)


def _refusing_client(seen: list[httpx.Request]) -> httpx.Client:
    """A client whose transport records any request: the guard must stop them all first."""

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, text="should not get here")

    return httpx.Client(transport=httpx.MockTransport(handler))


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("http://10.0.0.5/x", "private address 10.0.0.5"),
        ("http://169.254.169.254/latest/meta-data/", "link-local address 169.254.169.254"),
        ("http://[::1]:8080/", "loopback address ::1"),
        ("http://2130706433/", "loopback address 127.0.0.1"),
        ("http://[::ffff:10.0.0.1]/", "private address ::ffff:a00:1 (= 10.0.0.1)"),
        ("https://127.0.0.1/", "loopback address 127.0.0.1"),
    ],
)
def test_private_urls_are_refused_before_any_request(url: str, shown: str) -> None:
    seen: list[httpx.Request] = []
    with _refusing_client(seen) as client:
        [result] = list(iter_inputs([url], client=client))
    assert not isinstance(result, RawDocument)
    assert result.origin == url
    assert result.reason == f"refused: resolves to {shown} (use --allow-private to allow)"
    assert str(result).startswith(f"{url}: refused: ")
    assert seen == []


PUBLIC = "93.184.215.14"


def _public_resolver(host: str) -> list[str]:
    """``news.example`` is a public host; everything else resolves for real."""
    return [PUBLIC] if host == "news.example" else system_resolver(host)


def test_redirect_to_a_private_address_is_refused() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(302, headers={"Location": "http://127.0.0.1:9/admin"})

    client = httpx.Client(transport=httpx.MockTransport(handler))
    url = "http://news.example/story"
    [result] = list(iter_inputs([url], client=client, resolver=_public_resolver))
    assert not isinstance(result, RawDocument)
    assert result.reason == (
        "refused: redirect to http://127.0.0.1:9/admin resolves to loopback address "
        "127.0.0.1 (use --allow-private to allow)"
    )
    assert [r.url.host for r in seen] == [PUBLIC]  # the second hop never went out


def test_request_goes_to_the_checked_address_with_the_original_host() -> None:
    """DNS is asked once: the connection uses the address the guard approved."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, headers={"Content-Type": "text/html"}, text="<p>ok</p>")

    client = httpx.Client(transport=httpx.MockTransport(handler))
    url = "https://news.example:8443/a?b=1"
    [result] = list(iter_inputs([url], client=client, resolver=_public_resolver))
    assert isinstance(result, RawDocument)
    assert result.url == url
    [request] = seen
    assert request.url.host == PUBLIC
    assert request.url.port == 8443
    assert request.headers["host"] == "news.example:8443"
    assert request.extensions["sni_hostname"] == "news.example"


@pytest.mark.parametrize("url", ["ftp://example.com/a.txt", "file:///etc/passwd", "gopher://x/"])
def test_only_http_and_https(url: str) -> None:
    [result] = list(iter_inputs([url], client=_refusing_client([])))
    assert not isinstance(result, RawDocument)
    assert "only http and https" in result.reason


def test_redirect_to_another_scheme_is_refused() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(301, headers={"Location": "file:///etc/passwd"})

    client = httpx.Client(transport=httpx.MockTransport(handler))
    [result] = iter_inputs(["http://news.example/"], client=client, resolver=_public_resolver)
    assert isinstance(result, InputFailure)
    assert result.origin == "http://news.example/"
    assert result.reason.startswith("redirect to file:")  # httpx writes it as file:/etc/passwd
    assert result.reason.endswith("refused: only http and https URLs are supported, not 'file'")
