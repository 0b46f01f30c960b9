"""Every user-facing text in every language: gettext catalogues and locale formats."""
