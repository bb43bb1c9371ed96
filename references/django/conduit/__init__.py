"""Conduit (RealWorld) API: the Django reference implementation of StackBench.

Top-level modules are the project's wiring (settings, URLconf, WSGI entry point, composition
root, database setup); the four layers live in routes/, services/, repositories/ and models/.
"""
