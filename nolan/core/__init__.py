"""Nolan's pure domain core: the rules, in plain Python with no Django imports.

Each package here takes plain data (dataclasses) and returns plain data with stable
machine codes, so the web, the command line and the API share one implementation that is
tested exhaustively in milliseconds.
"""
