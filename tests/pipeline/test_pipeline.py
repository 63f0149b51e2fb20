"""Building and running pipelines."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

import dateline
from dateline.article import Article, Place, Sentence
from dateline.errors import AnalysisFailed, BadPipelineConfig, MissingRequirement, UnknownComponent
from dateline.pipeline import COMPONENTS, Pipeline, component


@pytest.fixture
def registered() -> Iterator[None]:
    """Register test components and remove them afterwards."""
    before = dict(COMPONENTS)

    @component("test_first_sentence", requires=("sentences",), assigns=("lead",))
    def lead(article: Article) -> Article:
        article.set_layer("lead", article.layer("sentences")[:1])
        return article

    @component("test_upper", assigns=("shout",))
    class Shout:
        def __init__(self, *, times: int = 1) -> None:
            self.times = times

        def __call__(self, article: Article) -> Article:
            article.set_layer("shout", [Sentence(0, self.times)])
            return article

    @component("test_batched", assigns=("batched",))
    class Batched:
        """Marks articles, in batches; refuses the text 'bad'."""

        def __init__(self) -> None:
            self.batches: list[int] = []

        def __call__(self, article: Article) -> Article:
            if article.text == "bad":
                raise ValueError("bad text")
            article.set_layer("batched", [Sentence(0, 1)])
            return article

        def pipe(self, articles: list[Article]) -> list[Article]:
            self.batches.append(len(articles))
            return [self(a) for a in articles]

    @component("test_broken", assigns=("nothing",))
    def broken(article: Article) -> Article:
        raise ZeroDivisionError("boom")

    yield
    COMPONENTS.clear()
    COMPONENTS.update(before)


def test_default_pipeline_assigns_every_layer() -> None:
    pipeline = Pipeline.from_config()
    assert {"tokens", "sentences", "entities", "timexes", "quotes"} <= set(pipeline.assigns)
    article = pipeline(Article(text="One. Two."))
    assert [article.span_text(s) for s in article.layer("sentences")] == ["One.", "Two."]


def test_requirements_are_checked_when_built(registered: None) -> None:
    Pipeline(["sentences", "test_first_sentence"])
    with pytest.raises(MissingRequirement, match="requires sentences"):
        Pipeline(["test_first_sentence", "sentences"])


def test_unknown_component(registered: None) -> None:
    with pytest.raises(UnknownComponent, match="no component named 'nope'"):
        Pipeline(["nope"])


def test_settings_reach_class_components(registered: None) -> None:
    article = Pipeline([("test_upper", {"times": 3})])(Article(text="abc"))
    assert article.layer("shout") == [Sentence(0, 3)]
    with pytest.raises(BadPipelineConfig):
        Pipeline([("test_upper", {"nope": 1})])
    with pytest.raises(BadPipelineConfig, match="takes no settings"):
        Pipeline(["sentences", ("test_first_sentence", {"x": 1})])


def test_from_config_file(registered: None, write) -> None:
    path = write("p.toml", 'components = ["sentences", "test_upper"]\n[settings.test_upper]\ntimes = 2\n')
    pipeline = Pipeline.from_config(path)
    assert pipeline.names == ["sentences", "test_upper"]
    assert pipeline.assigns == ["tokens", "sentences", "shout"]
    with pytest.raises(BadPipelineConfig, match="must be a list"):
        Pipeline.from_config(write("bad.toml", 'components = "sentences"\n'))
    with pytest.raises(BadPipelineConfig):
        Pipeline.from_config(write("worse.toml", "components = [\n"))


def test_failing_component_is_named_and_pipe_goes_on(registered: None) -> None:
    pipeline = Pipeline(["test_broken"])
    with pytest.raises(AnalysisFailed, match="component 'test_broken' failed: ZeroDivisionError: boom"):
        pipeline(Article(text="x"))
    seen: list[str] = []
    out = list(Pipeline(["sentences"]).pipe([Article(text="a."), Article(text="b.")]))
    assert len(out) == 2
    assert list(pipeline.pipe([Article(text="x")], on_error=lambda a, e: seen.append(str(e)))) == []
    assert seen and "boom" in seen[0]


def test_analyze_one_article() -> None:
    article = dateline.analyze("US forces will leave. Talks go on.", date="2021-07-27", outlet="Wire")
    assert str(article.date) == "2021-07-27" and article.outlet == "Wire"
    assert len(article.layer("sentences")) == 2


def test_pipe_batches_and_isolates_the_failing_article(registered: None) -> None:
    pipeline = Pipeline(["test_batched"])
    step = pipeline._steps[0][1]
    texts = ["a", "b", "bad", "c", "d"]
    failed: list[str] = []
    out = list(pipeline.pipe([Article(text=t) for t in texts], batch_size=2,
                             on_error=lambda a, e: failed.append(f"{a.text}: {e}")))
    assert [a.text for a in out] == ["a", "b", "c", "d"]
    assert all(a.layer("batched") for a in out)
    assert failed == ["bad: component 'test_batched' failed: ValueError: bad text"]
    assert step.batches == [2, 2, 1]


def test_an_article_in_a_language_without_rules_gets_the_english_ones() -> None:
    article = Pipeline.from_config()(Article(text="Le président a rencontré le Premier ministre irakien à Paris lundi.",
                                             date=dt.date(2021, 7, 27), language="fr"))
    assert {"places", "quotes", "figures", "actors", "events"} <= set(article.layers)
    assert any(isinstance(p, Place) and p.name == "Paris" for p in article.layer("places"))
