"""Fact finders: spaCy components for entities, dates and quantities."""
