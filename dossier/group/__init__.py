"""group stage (see the README architecture section).

- :mod:`dossier.group.copies`: documents that carry one report (reposts, rewrites,
  translations) form a copy group; a copy is not corroboration.
"""

from dossier.group.copies import (
    CopyGroup,
    CopyJudgement,
    Fingerprint,
    blocking_keys,
    copy_score,
    fingerprint,
    group_copies,
    is_copy,
)

__all__ = [
    "CopyGroup",
    "CopyJudgement",
    "Fingerprint",
    "blocking_keys",
    "copy_score",
    "fingerprint",
    "group_copies",
    "is_copy",
]
