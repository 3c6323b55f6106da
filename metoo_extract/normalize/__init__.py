"""Pure normalisers (no spaCy state): text, numbers, dates, names."""
