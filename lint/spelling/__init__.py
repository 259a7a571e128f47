"""Spelling: the prebuilt dictionary and the ranking of corrections."""
