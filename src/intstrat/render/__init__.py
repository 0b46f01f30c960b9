"""Rendering a strategy: YAML → context (derived tables) → Jinja → Markdown → DOCX."""
