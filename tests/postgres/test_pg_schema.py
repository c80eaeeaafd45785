"""The same Alembic revisions build the same tables on PostgreSQL."""

from __future__ import annotations

from sqlalchemy import create_engine, inspect, text

from safeguard_desktop.store import migrations
from safeguard_desktop.store.models import Base
from safeguard_desktop.store.models.base import Record


def _engine(url: str):  # type: ignore[no-untyped-def]
    return create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))


def test_migrations_reach_head_go_back_to_nothing_and_up_again(pg_url: str) -> None:
    engine = _engine(pg_url)
    try:
        migrations.upgrade(engine)
        with engine.connect() as conn:
            assert migrations.current_revision(conn) == migrations.head_revision()
            tables = set(inspect(conn).get_table_names())
            # Every model's table and every column the models map is there.
            for table in Base.metadata.tables.values():
                assert table.name in tables
                columns = {c["name"] for c in inspect(conn).get_columns(table.name)}
                assert {c.name for c in table.columns} <= columns, table.name
        from alembic import command

        config = migrations.alembic_config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "base")
        with engine.connect() as conn:
            assert set(inspect(conn).get_table_names()) <= {"alembic_version"}
        migrations.upgrade(engine)
        with engine.connect() as conn:
            assert migrations.current_revision(conn) == migrations.head_revision()
    finally:
        engine.dispose()


def test_every_record_starts_at_version_one_and_folding_ignores_accents(pg_url: str) -> None:
    engine = _engine(pg_url)
    try:
        migrations.upgrade(engine)
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO agencies (name, sector, statutory_partner, uuid, created_at, updated_at) "
                              "VALUES ('Heddlu Dyfed-Powys', 'police', true, 'u1', 'now', 'now')"))
            assert conn.execute(text("SELECT row_version FROM agencies")).scalar_one() == 1
            assert conn.execute(text("SELECT sg_fold('Dŵr Cymru, Straße, ÉCOLE')")).scalar_one() == \
                "dwr cymru, strasse, ecole"
            record_tables = {m.local_table.name for m in Base.registry.mappers if issubclass(m.class_, Record)}
            for name in record_tables:
                assert "row_version" in {c["name"] for c in inspect(conn).get_columns(name)}, name
    finally:
        engine.dispose()
