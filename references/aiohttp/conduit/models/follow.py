from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from conduit.models.base import Base


class Follow(Base):
    """`follower` follows `followee`; the composite key makes a second follow a conflict."""

    __tablename__ = "follows"

    follower_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    followee_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, index=True)
