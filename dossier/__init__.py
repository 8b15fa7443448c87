"""dossier: a static-site generator for annotated press dossiers."""

__version__ = "0.1.0"
