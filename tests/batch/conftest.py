"""The batch tests need the `batch` extra (Ray, pyarrow), which `make install` installs."""

from __future__ import annotations

import importlib.util

# Without it (a plain `pip install -e '.[dev]'`) they are not collected rather than failing.
collect_ignore_glob = [] if importlib.util.find_spec("ray") else ["test_*.py"]
