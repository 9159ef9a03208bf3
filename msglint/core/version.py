"""The version of msglint (read by the build from here: pyproject.toml [tool.hatch.version])."""

__version__ = "0.1.0"
