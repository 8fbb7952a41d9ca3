"""Which roles a claim may combine: the one definition that the loader checks and the JSON
Schema (``claimcheck schema``) is generated from.

A claim states one figure (``figure``), a change (``from`` and ``to``), a share (``part``
and ``whole``) or several figures in one sentence (``figures``, a list): one kind only, and
every role of its kind.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from claimcheck.claimfile.records import Role


@dataclass(frozen=True, slots=True)
class Kind:
    """A kind of claim: the roles it needs, all together, and why."""

    name: str
    roles: tuple[Role, ...]
    why: str
    words: str | None = None
    """How the kind is named when not 'one <name>' or 'a <name> (<roles>)'."""

    @property
    def shown(self) -> str:
        """'a change (from, to)'."""
        if self.words is not None:
            return self.words
        if len(self.roles) == 1:
            return f"one {self.name}"
        return f"a {self.name} ({', '.join(role.value for role in self.roles)})"


KINDS: tuple[Kind, ...] = (
    Kind("figure", (Role.FIGURE,), "a claim states one figure"),
    Kind("change", (Role.FROM, Role.TO), "a change runs from one figure to another"),
    Kind("share", (Role.PART, Role.WHOLE), "a share is a part of a whole"),
    Kind(
        "figures",
        (Role.FIGURES,),
        "a list of figures is for a sentence stating several",
        "several figures (figures: a list)",
    ),
)


@dataclass(frozen=True, slots=True)
class RoleProblem:
    """A wrong combination of roles; ``key`` is the role to point at (None: the claim)."""

    key: str | None
    message: str


def role_problems(present: list[Role]) -> list[RoleProblem]:
    """What is wrong with a claim that gives the roles ``present`` (in the order written)."""
    kinds = [kind for kind in KINDS if not set(kind.roles).isdisjoint(present)]
    if len(kinds) > 1:
        single = next((kind for kind in kinds if len(kind.roles) == 1), None)
        if single is not None:
            role = single.roles[0]
            others = ", ".join(item.value for item in present if item is not role)
            # The list of figures is named only to a claim that gives one.
            choices = ", or ".join(
                kind.shown for kind in KINDS[1:] if kind.words is None or kind in kinds
            )
            message = f"'{role.value}' cannot go with {others}: {single.why}, or {choices}"
            return [RoleProblem(role.value, message)]
        shown = " or ".join(kind.shown for kind in kinds)
        return [RoleProblem(None, f"a claim is {shown}, not both")]
    problems = []
    for kind in kinds:
        for role in kind.roles:
            missing = [other for other in kind.roles if other not in present]
            if role in present and missing:
                needed = ", ".join(f"'{other.value}'" for other in missing)
                problems.append(
                    RoleProblem(role.value, f"'{role.value}' needs {needed} too ({kind.why})")
                )
    return problems


def json_schema_rules() -> dict[str, Any]:
    """The same rules as JSON Schema keywords for the claim object."""
    required: dict[str, list[str]] = {}
    schemas: dict[str, Any] = {}
    for index, kind in enumerate(KINDS):
        keys = [role.value for role in kind.roles]
        for key in keys:
            if len(keys) > 1:
                required[key] = [other for other in keys if other != key]
        later = [role.value for other in KINDS[index + 1 :] for role in other.roles]
        if later:
            schemas[keys[0]] = {"not": {"anyOf": [{"required": [key]} for key in later]}}
    return {"dependentRequired": required, "dependentSchemas": schemas}
