from conduit.core.domain.models import Article, User
from conduit.infrastructure.persistence.tables import articles_table, mapper_registry, users_table

_started = False


def start_mappers() -> None:
    global _started
    if _started:
        return
    mapper_registry.map_imperatively(User, users_table)
    mapper_registry.map_imperatively(Article, articles_table)
    _started = True
