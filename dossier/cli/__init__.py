"""The ``dossier`` command line: thin shells over :mod:`dossier.verbs`."""

from __future__ import annotations

from dossier.cli.main import app, main

__all__ = ["app", "main"]
