"""Pydantic models of the registry's JSON: the event body it accepts and the answers it gives.

``EventIn`` validates POST /api/events (unknown fields are rejected). The other models
document the responses in the OpenAPI schema; the pattern responses themselves are
pre-serialised once from the catalog, so these models are not on their hot path.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Kind = Literal["diagnosed", "healed", "cited"]
MAX_COUNT = 10_000


class EventIn(BaseModel):
    """One counter event: something happened ``count`` times to a pattern."""

    model_config = ConfigDict(extra="forbid")

    kind: Kind = Field(description="diagnosed (found in the wild), healed (fixed) or cited")
    pattern: str = Field(
        min_length=1, max_length=64, description="any alias: 045, LW045, ALEF-PAT-045, slug"
    )
    source: str = Field(
        min_length=1,
        max_length=100,
        pattern=r"^[^\x00-\x1f\x7f]+$",
        description="who reports (a tool or team name); rate limits apply per source",
    )
    count: int = Field(default=1, ge=1, le=MAX_COUNT, strict=True, description="occurrences")
    id: str | None = Field(
        default=None,
        pattern=r"^[A-Za-z0-9._:-]{1,64}$",
        description="client-chosen event id; a retry with the same id is not counted twice",
    )


class ErrorOut(BaseModel):
    """Every error answer of the API."""

    error: str
    did_you_mean: list[str] | None = None


class FixArchetypeOut(BaseModel):
    name: str
    cost: Literal["small", "medium", "large"]
    text: str


class SignatureOut(BaseModel):
    detector: str
    log_regex: str | None = None
    alt_regex: list[str] | None = None
    runtime: dict[str, object] | None = None


class PatternOut(BaseModel):
    """A pattern as stored in the catalog."""

    code: str
    slug: str
    title: str
    family: str
    severity: int = Field(ge=1, le=10)
    confidence: float = Field(ge=0, le=1)
    summary: str
    behavior: str
    why: str
    example: dict[str, str]
    fix_example: dict[str, str]
    fix_archetypes: list[FixArchetypeOut]
    signature: SignatureOut
    aliases: list[str]
    references: list[str]
    cite_as: str


class PatternSummaryOut(BaseModel):
    """A pattern in the list."""

    code: str
    slug: str
    title: str
    family: str
    severity: int
    confidence: float
    summary: str
    aliases: list[str]
    href: str = Field(description="the API path of the full pattern")


class PatternListOut(BaseModel):
    count: int
    patterns: list[PatternSummaryOut]


class CountersOut(BaseModel):
    code: str
    diagnosed: int
    healed: int
    cited: int


class EventAcceptedOut(BaseModel):
    counted: bool = Field(description="false when the event id was already counted (a retry)")
    code: str
    kind: Kind
    count: int
