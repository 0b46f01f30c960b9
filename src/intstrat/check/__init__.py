"""The check flow: discover files, read them, validate against the schema, audit with the rules."""
