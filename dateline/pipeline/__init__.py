"""The pipeline: an ordered list of registered components, checked and run on Articles."""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from ..article import Article
from ..errors import AnalysisFailed, BadPipelineConfig, DatelineError, MissingRequirement
from . import registry
from . import actors as _actors  # noqa: F401 - registers the built-in components
from . import entities as _entities  # noqa: F401
from . import events as _events  # noqa: F401
from . import figures as _figures  # noqa: F401
from . import quotes as _quotes  # noqa: F401
from . import sentences as _sentences  # noqa: F401
from . import places as _places  # noqa: F401
from . import timex as _timex  # noqa: F401
from .registry import COMPONENTS, Component, ComponentInfo, component

BASE_LAYERS = ("text", "metadata")
"""What every article has before any component runs."""

Step = str | tuple[str, Mapping[str, Any]]
ACTOR_FILE_USERS = ("actors", "events")
"""Components that take a user actor file as their ``book`` setting."""


class Pipeline:
    """Components run in order; built only if every requirement is assigned earlier."""

    def __init__(self, steps: Sequence[Step]) -> None:
        self._steps: list[tuple[ComponentInfo, Component]] = []
        available = set(BASE_LAYERS)
        for step in steps:
            name, settings = (step, {}) if isinstance(step, str) else step
            info = registry.get(name)
            missing = [layer for layer in info.requires if layer not in available]
            if missing:
                raise MissingRequirement(
                    f"component {name!r} requires {', '.join(missing)}, which no earlier component assigns",
                    hint="put a component that assigns it earlier in the pipeline",
                )
            self._steps.append((info, registry.build(name, settings)))
            available.update(info.assigns)

    @classmethod
    def from_config(cls, path: str | Path | None = None, *, actors: str | Path | None = None) -> Pipeline:
        """Build a pipeline from a TOML file; without a path, the default pipeline.

        ``actors`` is a user actor file given to every component that takes one.
        """
        if path:
            try:
                text = Path(path).read_text(encoding="utf-8")
            except OSError as exc:
                raise BadPipelineConfig(f"pipeline file {path}: {exc.strerror or exc}") from exc
        else:
            text = (resources.files("dateline") / "pipelines" / "default.toml").read_text(encoding="utf-8")
        try:
            config = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise BadPipelineConfig(f"pipeline file {path or 'default'}: {exc}") from exc
        names = config.get("components")
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise BadPipelineConfig(f"pipeline file {path or 'default'}: `components` must be a list of names")
        settings = config.get("settings", {})
        steps: list[Step] = []
        for name in names:
            options = dict(settings.get(name, {}))
            if actors and name in ACTOR_FILE_USERS:
                options["book"] = str(actors)
            steps.append((name, options))
        return cls(steps)

    @property
    def names(self) -> list[str]:
        """Names of the components, in order."""
        return [info.name for info, _ in self._steps]

    @property
    def assigns(self) -> list[str]:
        """Every layer the pipeline assigns, in order."""
        return list(dict.fromkeys(layer for info, _ in self._steps for layer in info.assigns))

    def __call__(self, article: Article) -> Article:
        """Run every component on one article.

        Raises:
            AnalysisFailed: a component raised; the message names it.
        """
        for info, step in self._steps:
            article = self._run_one(info, step, article)
        return article

    def pipe(
        self,
        articles: Iterable[Article],
        *,
        on_error: Callable[[Article, DatelineError], None] | None = None,
        batch_size: int = 32,
    ) -> Iterator[Article]:
        """Analyze a stream of articles in batches.

        A component with a ``pipe`` method gets a whole batch at once (faster for the
        statistical model); if a batch fails, its articles are run one by one so that only
        the failing article is reported. With ``on_error`` a failing article is reported and
        skipped; without it, the error propagates.
        """
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= batch_size:
                yield from self._run_batch(batch, on_error)
                batch = []
        if batch:
            yield from self._run_batch(batch, on_error)

    def _run_batch(
        self, batch: list[Article], on_error: Callable[[Article, DatelineError], None] | None
    ) -> list[Article]:
        """Run every component over one batch; return the articles that came through."""
        for info, step in self._steps:
            run_batch = getattr(step, "pipe", None)
            if run_batch is not None:
                try:
                    batch = list(run_batch(batch))
                    continue
                except Exception:  # find the article that broke the batch, one by one below
                    pass
            survivors = []
            for article in batch:
                try:
                    survivors.append(self._run_one(info, step, article))
                except DatelineError as exc:
                    if on_error is None:
                        raise
                    on_error(article, exc)
            batch = survivors
        return batch

    @staticmethod
    def _run_one(info: ComponentInfo, step: Component, article: Article) -> Article:
        """Run one component on one article, naming the component if it fails."""
        try:
            return step(article)
        except DatelineError:
            raise
        except Exception as exc:
            raise AnalysisFailed(f"component {info.name!r} failed: {type(exc).__name__}: {exc}") from exc


__all__ = ["BASE_LAYERS", "COMPONENTS", "Component", "Pipeline", "component"]
