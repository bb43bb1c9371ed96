"""Conduit (RealWorld) API: a Flask reference implementation."""
