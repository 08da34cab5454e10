"""batch: the pipeline over an archive, on Ray Data, into Parquet; and back into a store.

    inputs -> units (units.py: files in batches, Parquet in shards)
           -> map_batches over a pool of Extractor actors (worker.py: acquire, parse,
              extract_articles, the functions `dossier ingest` uses; models loaded once each)
           -> the driver (run.py) -> Parquet parts, one dataset per record kind (output.py,
              records.py: documents with their contract JSON, origins, entities, timexes,
              quantities, citations, events, failures)
    output -> a store (load.py: each document rebuilt from its contract, one linking)

The pipeline knows nothing of Ray: only run.py imports it, and the worker class also runs in
one process. Ray and pyarrow come with the ``batch`` extra (``pip install 'dossier[batch]'``).
"""

from __future__ import annotations

from dossier.batch.load import LoadReport, load_output
from dossier.batch.output import Output
from dossier.batch.records import KINDS, SCHEMAS, rebuild

__all__ = ["KINDS", "SCHEMAS", "LoadReport", "Output", "load_output", "rebuild"]
