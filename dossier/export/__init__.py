"""export stage (see the README architecture section)."""
