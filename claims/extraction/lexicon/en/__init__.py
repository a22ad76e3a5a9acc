"""Lexicon: en."""
