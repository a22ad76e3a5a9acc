"""Lexicon: ru."""
