"""The web layer, a Django app: URLconf, class-based views, middleware, JSON (de)serialisation.
It talks to the services only; data access is beyond its reach."""
