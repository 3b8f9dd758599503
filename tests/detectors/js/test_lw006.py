"""LW006 orphan-write-after-delete (JS/TS): projections that upsert under a deleted parent."""

from __future__ import annotations

import pytest

from tests.detectors.js.harness import FIXTURES, run

CODE = "LW006"


def test_seed_projection_names_parent_delete_and_fix() -> None:
    [finding] = run(CODE, FIXTURES / CODE / "positive" / "projector_seed.ts").findings
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (10, 10, 13, 13)
    assert finding.context == "projectors.PartUpdated" or finding.context == "PartUpdated"
    assert "`PartTable`" in finding.message and "`MessageTable`" in finding.message
    assert "(line 7)" in finding.message
    assert "skip the write and log a warning" in finding.message


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("projector_seed_fixed.ts", "parent message checked first"),
        ("prisma_parent_lookup.ts", "parent order checked first"),
        ("fk_error_handled.ts", "foreign-key failure handled"),
        ("where_exists_consumer.js", "parent message checked by the write itself"),
    ],
)
def test_accepted_sites_carry_the_reason(name: str, reason: str) -> None:
    [site] = run(CODE, FIXTURES / CODE / "negative" / name).sites
    assert (site.verdict, site.reason) == ("ok", reason)


def test_cascade_declared_in_an_imported_schema_is_the_evidence() -> None:
    [finding] = run(CODE, FIXTURES / CODE / "positive" / "projector_cascade_schema.ts").findings
    assert "references `MessageTable` by id" in finding.message
    assert "the schema (./support/session.sql, line 13) deletes them by ON DELETE CASCADE" in (
        finding.message
    )


def test_parent_deleted_by_an_imported_module_is_evidence() -> None:
    [finding] = run(
        CODE, FIXTURES / CODE / "positive" / "subscriber_parent_deleted_by_imported_repo.ts"
    ).findings
    assert "`./support/playlists.repo`, imported here, deletes `playlists` rows" in finding.message
    assert "skip the write and log a warning" in finding.message


def test_parent_created_earlier_in_the_same_handler_is_accepted() -> None:
    [site] = run(CODE, FIXTURES / CODE / "negative" / "parent_created_in_same_handler.ts").sites
    assert site.reason == "parent thread checked first"


def test_a_removal_event_is_evidence_of_a_delete_elsewhere() -> None:
    [finding] = run(
        CODE, FIXTURES / CODE / "positive" / "removal_event_names_parent_deleted_elsewhere.ts"
    ).findings
    assert "the `PostDeleted` event (line 13) says `Post` rows are deleted" in finding.message


def test_write_in_a_helper_names_the_calls_from_the_handler() -> None:
    [finding] = run(
        CODE, FIXTURES / CODE / "positive" / "nest_rating_sync_two_methods_deep.ts"
    ).findings
    assert finding.line == 25
    assert (
        "from a helper that an event handler calls (`record()` at line 11, `store()` at line 21)"
        in finding.message
    )
    assert "this file deletes `product` rows (line 16)" in finding.message


@pytest.mark.parametrize(
    "name",
    [
        "pg_insert_select_from_parent.js",
        "drizzle_insert_select_from_parent.ts",
        "knex_insert_from_parent_subquery.mjs",
    ],
)
def test_insert_that_selects_the_parent_is_its_own_check(name: str) -> None:
    [site] = run(CODE, FIXTURES / CODE / "negative" / name).sites
    assert site.verdict == "ok" and site.reason.endswith("checked by the write itself")


@pytest.mark.parametrize(
    "name",
    [
        "typeorm_entity_manager_soft_delete.ts",
        "sequelize_paranoid_board_destroyed.ts",
        "soft_delete_removal_event_sql.ts",
        "cqrs_archived_handler_updates_parent.ts",
        "nest_onevent_removal_hides_parent.ts",
    ],
)
def test_a_soft_deleted_parent_is_no_removal(name: str) -> None:
    assert run(CODE, FIXTURES / CODE / "negative" / name).sites == []


def test_entity_manager_writes_name_the_entity() -> None:
    [finding] = run(
        CODE, FIXTURES / CODE / "positive" / "typeorm_entity_manager_delete.ts"
    ).findings
    assert "into `PlaylistTrack` a row that references `Playlist`" in finding.message
    assert "this file deletes `Playlist` rows (line 13)" in finding.message


def test_a_deleted_read_model_row_is_the_parent_of_its_id_key() -> None:
    [finding] = run(CODE, FIXTURES / CODE / "positive" / "knex_read_model_view_parent.js").findings
    assert "into `invoice_line_view` a row that references `invoice_view`" in finding.message
    assert "this file deletes `invoice_view` rows (line 7)" in finding.message


def test_durable_object_websocket_action_dispatch_is_an_event_handler() -> None:
    [finding] = run(
        CODE, FIXTURES / CODE / "positive" / "durable_object_board_action_chain.ts"
    ).findings
    assert "references `columns` by id, from an event handler" in finding.message
    [site] = run(
        CODE, FIXTURES / CODE / "negative" / "durable_object_board_column_checked.ts"
    ).sites
    assert site.reason == "parent column checked first"
