"""group stage (see the README architecture section)."""
