"""The figures a finding lists as its sources: one record per referenced figure.

A report shows every figure a claim references, whatever its statements made of them: a
``figures:`` list that failed to bind still lists each figure it names, so that a reader of
any format (text, JSON, HTML) sees what the claim rests on, and the finding says why the
binding failed.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from claimcheck.claimfile.records import Reference, Role
from claimcheck.model import FigureUse

__all__ = ["figure_use", "with_every_figure"]


def figure_use(reference: Reference, role: str | None = None) -> FigureUse:
    """The source record of one referenced figure (``role`` defaults to the reference's)."""
    figure = reference.figure
    source = figure.source
    return _figure_use(
        reference.written,
        role if role is not None else reference.role.value,
        figure.number.text,
        source.id,
        source.title,
        source.publisher,
        source.url,
        source.published,
        source.retrieved,
        figure.cell,
    )


@lru_cache(maxsize=8192)
def _figure_use(
    ref: str,
    role: str,
    value: str,
    source: str,
    title: str | None,
    publisher: str | None,
    url: str | None,
    published: str | None,
    retrieved: str | None,
    cell: str | None,
) -> FigureUse:
    # Built once for each distinct record, however many claims reference the figure: the
    # model is frozen, so findings can share it.
    return FigureUse(
        ref=ref,
        role=role,
        value=value,
        source=source,
        title=title,
        publisher=publisher,
        url=url,
        published=published,
        retrieved=retrieved,
        cell=cell,
    )


def with_every_figure(uses: list[FigureUse], listed: Iterable[Reference]) -> list[FigureUse]:
    """``uses`` with a record added, in list order, for each listed figure none of them names."""
    named = {use.ref for use in uses}
    missing = []
    for reference in listed:
        if reference.written not in named:
            named.add(reference.written)
            missing.append(figure_use(reference, Role.FIGURES.value))
    return [*uses, *missing]
