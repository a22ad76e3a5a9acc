"""Lexicon: uk."""
