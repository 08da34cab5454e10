"""Fuzz targets, one per parser (issue 13)."""
