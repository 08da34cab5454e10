"""How many: counts, money, percentages, durations and ranges, with their qualifiers."""

from dossier.measure.find import EXTRACTOR, find_quantities
from dossier.measure.numbers import parse_number

__all__ = ["EXTRACTOR", "find_quantities", "parse_number"]
