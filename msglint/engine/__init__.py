"""engine layer of msglint (see docs/architecture.md)."""
