"""One root exception, so a caller can catch everything Dossier raises on purpose.

    DossierError
    ├── InputError            bad input: the message says which input and why
    │   ├── FetchError        a URL could not be fetched (network, status, size, type)
    │   │   └── BlockedAddressError   a URL resolves to a private/loopback/link-local address
    │   ├── ParseError        bytes that are not an article (binary, empty, broken markup)
    │   └── FeedError         a feed that cannot be read safely
    ├── PackError             a domain pack file is missing or malformed
    ├── StoreError            the database cannot be opened or migrated
    ├── QueryError            a query or command-line argument the store cannot take
    ├── OutputError           an output file that cannot be written (or is the database)
    └── ContractError         an extraction does not match the published JSON Schema

Messages are one line, written for the person at the terminal.
"""

from __future__ import annotations


class DossierError(Exception):
    """Root of every error Dossier raises deliberately."""


class InputError(DossierError):
    """An input could not be taken; the message names the input and the reason."""


class FetchError(InputError):
    pass


class BlockedAddressError(FetchError):
    pass


class ParseError(InputError):
    pass


class FeedError(InputError):
    pass


class PackError(DossierError):
    pass


class StoreError(DossierError):
    pass


class QueryError(DossierError):
    pass


class OutputError(DossierError):
    pass


class ContractError(DossierError):
    pass
