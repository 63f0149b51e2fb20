"""The component registry: a plain dict filled by the ``@component`` decorator."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar, cast

from ..article import Article
from ..errors import BadPipelineConfig, UnknownComponent


class Component(Protocol):
    """Anything that takes an Article and returns it with more annotation."""

    def __call__(self, article: Article) -> Article: ...


@dataclass(frozen=True)
class ComponentInfo:
    """A registered component: how to build it and what it needs and adds."""

    name: str
    factory: Callable[..., Component]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    doc: str


COMPONENTS: dict[str, ComponentInfo] = {}

T = TypeVar("T")


def component(
    name: str, *, requires: tuple[str, ...] = (), assigns: tuple[str, ...] = ()
) -> Callable[[T], T]:
    """Register a component by name.

    A function ``(Article) -> Article`` is a stateless component; a class is built with the
    component's settings as keyword arguments and then called on each article.
    """

    def register(obj: T) -> T:
        factory: Callable[..., Component]
        if inspect.isclass(obj):
            factory = cast("Callable[..., Component]", obj)
        else:
            func: Any = obj

            def factory(**settings: Any) -> Component:
                if settings:
                    raise BadPipelineConfig(f"component {name!r} takes no settings, got {sorted(settings)}")
                return func  # type: ignore[no-any-return]

        doc = (inspect.getdoc(obj) or "").split("\n")[0]
        COMPONENTS[name] = ComponentInfo(name, factory, tuple(requires), tuple(assigns), doc)
        return obj

    return register


def get(name: str) -> ComponentInfo:
    """Return a registered component, or raise UnknownComponent."""
    try:
        return COMPONENTS[name]
    except KeyError:
        known = ", ".join(sorted(COMPONENTS)) or "none"
        raise UnknownComponent(f"no component named {name!r} (known: {known})") from None


def build(name: str, settings: Mapping[str, Any] | None = None) -> Component:
    """Build a registered component with its settings."""
    info = get(name)
    try:
        return info.factory(**dict(settings or {}))
    except TypeError as exc:
        raise BadPipelineConfig(f"component {name!r}: bad settings ({exc})") from exc
