"""onrecord's version, in a module of its own: the batch runner, the CLI and the server read it without
importing the package's public API (which would import them back)."""

__version__ = "0.1.0"
