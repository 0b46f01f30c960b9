"""Reading the file: YAML (YA), the schema (SC) and suppression comments (SU); fired by check/."""
