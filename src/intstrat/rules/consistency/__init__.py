"""Rules that hold a strategy together: dates, references, ids, scores, placeholders."""
