"""Conduit (RealWorld) API: the FastAPI reference solution of StackBench."""
