"""The analyst's workbench: server-rendered pages and a JSON API over :mod:`dossier.verbs`.

``dossier serve`` runs :func:`create_app` under uvicorn, bound to 127.0.0.1 by default.
"""

from __future__ import annotations

from dossier.web.app import create_app

__all__ = ["create_app"]
