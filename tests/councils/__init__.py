"""Tests of councils, members, committees and their seats (``nolan.councils``)."""
