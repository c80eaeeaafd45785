"""Initial schema: every table of the domain, the actions full-text index
and the schema generation in PRAGMA user_version.

Revision ID: 0001
Revises: 

"""
from typing import Sequence, Union

from alembic import op
from safeguard_desktop.store.pg_migrate import (
    SG_FOLD_FUNCTION, SQLITE_WORDS, SQLITE_WORDS_DROP, on_postgres, set_user_version)
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0001'
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

FTS_COLUMNS = ("number", "want", "how", "lead", "measure", "when_text", "progress", "source", "extra")


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('agencies',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('short_name', sa.String(length=60), nullable=True),
    sa.Column('sector', sa.String(length=30), nullable=False),
    sa.Column('statutory_partner', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agencies')),
    sa.UniqueConstraint('uuid', name=op.f('uq_agencies_uuid'))
    )
    op.create_table('audit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('operation', sa.String(length=20), nullable=False),
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('record_uuid', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=True),
    sa.Column('old_value', sa.Text(), nullable=True),
    sa.Column('new_value', sa.Text(), nullable=True),
    sa.Column('context', sa.Text(), nullable=True),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit'))
    )
    with op.batch_alter_table('audit', schema=None) as batch_op:
        batch_op.create_index('ix_audit_record', ['record_uuid'], unique=False)

    op.create_table('boards',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('short_name', sa.String(length=60), nullable=True),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('area', sa.String(length=200), nullable=True),
    sa.Column('default_marking', sa.String(length=30), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_boards')),
    sa.UniqueConstraint('uuid', name=op.f('uq_boards_uuid'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('case_reviews',
    sa.Column('board_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('reference', sa.String(length=100), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('incident_on', sa.Date(), nullable=True),
    sa.Column('notified_on', sa.Date(), nullable=True),
    sa.Column('rapid_review_on', sa.Date(), nullable=True),
    sa.Column('decision_on', sa.Date(), nullable=True),
    sa.Column('completed_on', sa.Date(), nullable=True),
    sa.Column('published_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('confidential', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['board_id'], ['boards.id'], name=op.f('fk_case_reviews_board_id_boards')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_reviews')),
    sa.UniqueConstraint('uuid', name=op.f('uq_case_reviews_uuid'))
    )
    with op.batch_alter_table('case_reviews', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_reviews_board_id'), ['board_id'], unique=False)

    op.create_table('groups',
    sa.Column('board_id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('cadence', sa.String(length=200), nullable=True),
    sa.Column('purpose', sa.Text(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('quorum_min_voting', sa.Integer(), nullable=True),
    sa.Column('active_from', sa.Date(), nullable=True),
    sa.Column('active_to', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['board_id'], ['boards.id'], name=op.f('fk_groups_board_id_boards')),
    sa.ForeignKeyConstraint(['parent_id'], ['groups.id'], name=op.f('fk_groups_parent_id_groups')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_groups')),
    sa.UniqueConstraint('uuid', name=op.f('uq_groups_uuid'))
    )
    with op.batch_alter_table('groups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_groups_board_id'), ['board_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_groups_parent_id'), ['parent_id'], unique=False)

    op.create_table('people',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('job_title', sa.String(length=200), nullable=True),
    sa.Column('agency_id', sa.Integer(), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=60), nullable=True),
    sa.Column('left_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_people_agency_id_agencies')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_people')),
    sa.UniqueConstraint('uuid', name=op.f('uq_people_uuid'))
    )
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_people_agency_id'), ['agency_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_people_name'), ['name'], unique=False)

    op.create_table('meetings',
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=True),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('start_time', sa.String(length=5), nullable=True),
    sa.Column('end_time', sa.String(length=5), nullable=True),
    sa.Column('place', sa.String(length=300), nullable=True),
    sa.Column('online', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('minutes_status', sa.String(length=20), nullable=False),
    sa.Column('agreed_at_meeting_id', sa.Integer(), nullable=True),
    sa.Column('chair_person_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['agreed_at_meeting_id'], ['meetings.id'], name=op.f('fk_meetings_agreed_at_meeting_id_meetings')),
    sa.ForeignKeyConstraint(['chair_person_id'], ['people.id'], name=op.f('fk_meetings_chair_person_id_people')),
    sa.ForeignKeyConstraint(['group_id'], ['groups.id'], name=op.f('fk_meetings_group_id_groups')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meetings')),
    sa.UniqueConstraint('uuid', name=op.f('uq_meetings_uuid'))
    )
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meetings_date'), ['date'], unique=False)
        batch_op.create_index('ix_meetings_group_date', ['group_id', 'date'], unique=False)
        batch_op.create_index(batch_op.f('ix_meetings_group_id'), ['group_id'], unique=False)

    op.create_table('plans',
    sa.Column('board_id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=True),
    sa.Column('case_review_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('financial_year', sa.String(length=9), nullable=True),
    sa.Column('version', sa.String(length=60), nullable=True),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('introduction', sa.Text(), nullable=True),
    sa.Column('source_file', sa.String(length=500), nullable=True),
    sa.Column('column_headings', sa.Text(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['board_id'], ['boards.id'], name=op.f('fk_plans_board_id_boards')),
    sa.ForeignKeyConstraint(['case_review_id'], ['case_reviews.id'], name=op.f('fk_plans_case_review_id_case_reviews')),
    sa.ForeignKeyConstraint(['group_id'], ['groups.id'], name=op.f('fk_plans_group_id_groups')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plans')),
    sa.UniqueConstraint('uuid', name=op.f('uq_plans_uuid'))
    )
    with op.batch_alter_table('plans', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plans_board_id'), ['board_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plans_case_review_id'), ['case_review_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plans_group_id'), ['group_id'], unique=False)

    op.create_table('quorum_agencies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_quorum_agencies_agency_id_agencies')),
    sa.ForeignKeyConstraint(['group_id'], ['groups.id'], name=op.f('fk_quorum_agencies_group_id_groups')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quorum_agencies')),
    sa.UniqueConstraint('group_id', 'agency_id', name=op.f('uq_quorum_agencies_group_id'))
    )
    with op.batch_alter_table('quorum_agencies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quorum_agencies_agency_id'), ['agency_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_quorum_agencies_group_id'), ['group_id'], unique=False)

    op.create_table('seats',
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('role', sa.String(length=30), nullable=False),
    sa.Column('voting', sa.Boolean(), nullable=False),
    sa.Column('deputies_allowed', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_seats_agency_id_agencies')),
    sa.ForeignKeyConstraint(['group_id'], ['groups.id'], name=op.f('fk_seats_group_id_groups')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_seats')),
    sa.UniqueConstraint('uuid', name=op.f('uq_seats_uuid'))
    )
    with op.batch_alter_table('seats', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_seats_agency_id'), ['agency_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_seats_group_id'), ['group_id'], unique=False)

    op.create_table('standing_items',
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('purpose', sa.String(length=30), nullable=True),
    sa.Column('role', sa.String(length=30), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['group_id'], ['groups.id'], name=op.f('fk_standing_items_group_id_groups')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_standing_items')),
    sa.UniqueConstraint('uuid', name=op.f('uq_standing_items_uuid'))
    )
    with op.batch_alter_table('standing_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_standing_items_group_id'), ['group_id'], unique=False)

    op.create_table('agenda_items',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Float(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=True),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('presenter', sa.String(length=200), nullable=True),
    sa.Column('purpose', sa.String(length=20), nullable=True),
    sa.Column('paper_ref', sa.String(length=100), nullable=True),
    sa.Column('confidential', sa.Boolean(), nullable=False),
    sa.Column('role', sa.String(length=30), nullable=False),
    sa.Column('agrees_minutes_of_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['agrees_minutes_of_id'], ['meetings.id'], name=op.f('fk_agenda_items_agrees_minutes_of_id_meetings')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_agenda_items_meeting_id_meetings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_items')),
    sa.UniqueConstraint('uuid', name=op.f('uq_agenda_items_uuid'))
    )
    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_items_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('import_reports',
    sa.Column('plan_id', sa.Integer(), nullable=True),
    sa.Column('source_file', sa.String(length=500), nullable=False),
    sa.Column('source_sha256', sa.String(length=64), nullable=True),
    sa.Column('imported_at', sa.String(length=32), nullable=False),
    sa.Column('imported_by', sa.String(length=200), nullable=False),
    sa.Column('report_json', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['plans.id'], name=op.f('fk_import_reports_plan_id_plans')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_reports')),
    sa.UniqueConstraint('uuid', name=op.f('uq_import_reports_uuid'))
    )
    with op.batch_alter_table('import_reports', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_import_reports_plan_id'), ['plan_id'], unique=False)

    op.create_table('plan_entries',
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=True),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('body', sa.Text(), nullable=True),
    sa.Column('reference', sa.String(length=200), nullable=True),
    sa.Column('position', sa.Float(), nullable=False),
    sa.Column('evidence', sa.Text(), nullable=True),
    sa.Column('analysis', sa.Text(), nullable=True),
    sa.Column('score', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=30), nullable=True),
    sa.Column('rag', sa.String(length=10), nullable=True),
    sa.Column('carried_from_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('extra', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['carried_from_id'], ['plan_entries.id'], name=op.f('fk_plan_entries_carried_from_id_plan_entries')),
    sa.ForeignKeyConstraint(['parent_id'], ['plan_entries.id'], name=op.f('fk_plan_entries_parent_id_plan_entries')),
    sa.ForeignKeyConstraint(['plan_id'], ['plans.id'], name=op.f('fk_plan_entries_plan_id_plans')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_entries')),
    sa.UniqueConstraint('uuid', name=op.f('uq_plan_entries_uuid'))
    )
    with op.batch_alter_table('plan_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_entries_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_entries_plan_id'), ['plan_id'], unique=False)
        batch_op.create_index('ix_plan_entries_plan_position', ['plan_id', 'position'], unique=False)

    op.create_table('seat_holdings',
    sa.Column('seat_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('from_date', sa.Date(), nullable=False),
    sa.Column('to_date', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_seat_holdings_person_id_people')),
    sa.ForeignKeyConstraint(['seat_id'], ['seats.id'], name=op.f('fk_seat_holdings_seat_id_seats')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_seat_holdings')),
    sa.UniqueConstraint('uuid', name=op.f('uq_seat_holdings_uuid'))
    )
    with op.batch_alter_table('seat_holdings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_seat_holdings_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_seat_holdings_seat_id'), ['seat_id'], unique=False)

    op.create_table('actions',
    sa.Column('plan_id', sa.Integer(), nullable=True),
    sa.Column('entry_id', sa.Integer(), nullable=True),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('agenda_item_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Float(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=True),
    sa.Column('cab', sa.String(length=1), nullable=True),
    sa.Column('want', sa.Text(), nullable=True),
    sa.Column('how', sa.Text(), nullable=True),
    sa.Column('lead', sa.Text(), nullable=True),
    sa.Column('measure', sa.Text(), nullable=True),
    sa.Column('when_text', sa.Text(), nullable=True),
    sa.Column('when_date', sa.Date(), nullable=True),
    sa.Column('progress', sa.Text(), nullable=True),
    sa.Column('rag', sa.String(length=10), nullable=True),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('target_date', sa.Date(), nullable=True),
    sa.Column('last_updated', sa.Date(), nullable=True),
    sa.Column('source', sa.Text(), nullable=True),
    sa.Column('confidential', sa.Boolean(), nullable=False),
    sa.Column('owner_person_id', sa.Integer(), nullable=True),
    sa.Column('owner_agency_id', sa.Integer(), nullable=True),
    sa.Column('completed_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('extra', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_items.id'], name=op.f('fk_actions_agenda_item_id_agenda_items')),
    sa.ForeignKeyConstraint(['entry_id'], ['plan_entries.id'], name=op.f('fk_actions_entry_id_plan_entries')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_actions_meeting_id_meetings')),
    sa.ForeignKeyConstraint(['owner_agency_id'], ['agencies.id'], name=op.f('fk_actions_owner_agency_id_agencies')),
    sa.ForeignKeyConstraint(['owner_person_id'], ['people.id'], name=op.f('fk_actions_owner_person_id_people')),
    sa.ForeignKeyConstraint(['plan_id'], ['plans.id'], name=op.f('fk_actions_plan_id_plans')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actions')),
    sa.UniqueConstraint('uuid', name=op.f('uq_actions_uuid'))
    )
    with op.batch_alter_table('actions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actions_agenda_item_id'), ['agenda_item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_actions_entry_id'), ['entry_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_actions_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_actions_owner_agency_id'), ['owner_agency_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_actions_owner_person_id'), ['owner_person_id'], unique=False)
        batch_op.create_index('ix_actions_plan_lead', ['plan_id', 'lead'], unique=False)
        batch_op.create_index('ix_actions_plan_number', ['plan_id', 'number'], unique=False)
        batch_op.create_index('ix_actions_plan_position', ['plan_id', 'position'], unique=False)
        batch_op.create_index('ix_actions_plan_rag', ['plan_id', 'rag'], unique=False)
        batch_op.create_index('ix_actions_status_due', ['status', 'target_date'], unique=False)

    op.create_table('attendance',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('seat_id', sa.Integer(), nullable=True),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=True),
    sa.Column('agency_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('deputy_name', sa.String(length=200), nullable=True),
    sa.Column('deputy_person_id', sa.Integer(), nullable=True),
    sa.Column('arrived_at_item_id', sa.Integer(), nullable=True),
    sa.Column('left_at_item_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_attendance_agency_id_agencies')),
    sa.ForeignKeyConstraint(['arrived_at_item_id'], ['agenda_items.id'], name=op.f('fk_attendance_arrived_at_item_id_agenda_items')),
    sa.ForeignKeyConstraint(['deputy_person_id'], ['people.id'], name=op.f('fk_attendance_deputy_person_id_people')),
    sa.ForeignKeyConstraint(['left_at_item_id'], ['agenda_items.id'], name=op.f('fk_attendance_left_at_item_id_agenda_items')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_attendance_meeting_id_meetings')),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_attendance_person_id_people')),
    sa.ForeignKeyConstraint(['seat_id'], ['seats.id'], name=op.f('fk_attendance_seat_id_seats')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance')),
    sa.UniqueConstraint('meeting_id', 'seat_id', name=op.f('uq_attendance_meeting_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_attendance_uuid'))
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_seat_id'), ['seat_id'], unique=False)

    op.create_table('minutes',
    sa.Column('agenda_item_id', sa.Integer(), nullable=False),
    sa.Column('context', sa.Text(), nullable=True),
    sa.Column('key_issues', sa.Text(), nullable=True),
    sa.Column('discussion', sa.Text(), nullable=True),
    sa.Column('decision', sa.Text(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_items.id'], name=op.f('fk_minutes_agenda_item_id_agenda_items')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_minutes')),
    sa.UniqueConstraint('agenda_item_id', name=op.f('uq_minutes_agenda_item_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_minutes_uuid'))
    )
    op.create_table('action_updates',
    sa.Column('action_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.Column('by', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('old_value', sa.Text(), nullable=True),
    sa.Column('new_value', sa.Text(), nullable=True),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['action_id'], ['actions.id'], name=op.f('fk_action_updates_action_id_actions')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_action_updates_meeting_id_meetings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_updates')),
    sa.UniqueConstraint('uuid', name=op.f('uq_action_updates_uuid'))
    )
    with op.batch_alter_table('action_updates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_updates_action_id'), ['action_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_updates_meeting_id'), ['meeting_id'], unique=False)

    if on_postgres():
        # No FTS5 on a server (store/pg_migrate.py); the folding function instead.
        op.execute(SG_FOLD_FUNCTION)
        for statement in SQLITE_WORDS:
            op.execute(statement)
        return
    # Full-text search over the action table's text columns. unicode61 with
    # remove_diacritics 2 makes "dwr" find "dŵr" (LIKE cannot, docs/PLATFORM_FACTS.md, "Searching Welsh text").
    op.execute(
        f"CREATE VIRTUAL TABLE actions_fts USING fts5({', '.join(FTS_COLUMNS)}, "
        "content='actions', content_rowid='id', tokenize='unicode61 remove_diacritics 2')"
    )
    new_values = ", ".join(f"new.{c}" for c in FTS_COLUMNS)
    old_values = ", ".join(f"old.{c}" for c in FTS_COLUMNS)
    columns = ", ".join(FTS_COLUMNS)
    op.execute(
        f"CREATE TRIGGER actions_fts_insert AFTER INSERT ON actions BEGIN "
        f"INSERT INTO actions_fts(rowid, {columns}) VALUES (new.id, {new_values}); END"
    )
    op.execute(
        f"CREATE TRIGGER actions_fts_delete AFTER DELETE ON actions BEGIN "
        f"INSERT INTO actions_fts(actions_fts, rowid, {columns}) VALUES ('delete', old.id, {old_values}); END"
    )
    # Only text edits touch the index: a RAG or position change costs nothing here.
    op.execute(
        f"CREATE TRIGGER actions_fts_update AFTER UPDATE OF {columns} ON actions BEGIN "
        f"INSERT INTO actions_fts(actions_fts, rowid, {columns}) VALUES ('delete', old.id, {old_values}); "
        f"INSERT INTO actions_fts(rowid, {columns}) VALUES (new.id, {new_values}); END"
    )
    set_user_version(1)


def downgrade() -> None:
    """Downgrade schema."""
    if on_postgres():
        op.execute("DROP FUNCTION IF EXISTS sg_fold(text)")
        for statement in SQLITE_WORDS_DROP:
            op.execute(statement)
    else:
        for trigger in ("actions_fts_insert", "actions_fts_delete", "actions_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS actions_fts")
    with op.batch_alter_table('action_updates', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_updates_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_action_updates_action_id'))

    op.drop_table('action_updates')
    op.drop_table('minutes')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_seat_id'))
        batch_op.drop_index(batch_op.f('ix_attendance_person_id'))
        batch_op.drop_index(batch_op.f('ix_attendance_meeting_id'))

    op.drop_table('attendance')
    with op.batch_alter_table('actions', schema=None) as batch_op:
        batch_op.drop_index('ix_actions_status_due')
        batch_op.drop_index('ix_actions_plan_rag')
        batch_op.drop_index('ix_actions_plan_position')
        batch_op.drop_index('ix_actions_plan_number')
        batch_op.drop_index('ix_actions_plan_lead')
        batch_op.drop_index(batch_op.f('ix_actions_owner_person_id'))
        batch_op.drop_index(batch_op.f('ix_actions_owner_agency_id'))
        batch_op.drop_index(batch_op.f('ix_actions_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_actions_entry_id'))
        batch_op.drop_index(batch_op.f('ix_actions_agenda_item_id'))

    op.drop_table('actions')
    with op.batch_alter_table('seat_holdings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_seat_holdings_seat_id'))
        batch_op.drop_index(batch_op.f('ix_seat_holdings_person_id'))

    op.drop_table('seat_holdings')
    with op.batch_alter_table('plan_entries', schema=None) as batch_op:
        batch_op.drop_index('ix_plan_entries_plan_position')
        batch_op.drop_index(batch_op.f('ix_plan_entries_plan_id'))
        batch_op.drop_index(batch_op.f('ix_plan_entries_parent_id'))

    op.drop_table('plan_entries')
    with op.batch_alter_table('import_reports', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_import_reports_plan_id'))

    op.drop_table('import_reports')
    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_items_meeting_id'))

    op.drop_table('agenda_items')
    with op.batch_alter_table('standing_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_standing_items_group_id'))

    op.drop_table('standing_items')
    with op.batch_alter_table('seats', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_seats_group_id'))
        batch_op.drop_index(batch_op.f('ix_seats_agency_id'))

    op.drop_table('seats')
    with op.batch_alter_table('quorum_agencies', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quorum_agencies_group_id'))
        batch_op.drop_index(batch_op.f('ix_quorum_agencies_agency_id'))

    op.drop_table('quorum_agencies')
    with op.batch_alter_table('plans', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plans_group_id'))
        batch_op.drop_index(batch_op.f('ix_plans_case_review_id'))
        batch_op.drop_index(batch_op.f('ix_plans_board_id'))

    op.drop_table('plans')
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meetings_group_id'))
        batch_op.drop_index('ix_meetings_group_date')
        batch_op.drop_index(batch_op.f('ix_meetings_date'))

    op.drop_table('meetings')
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_people_name'))
        batch_op.drop_index(batch_op.f('ix_people_agency_id'))

    op.drop_table('people')
    with op.batch_alter_table('groups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_groups_parent_id'))
        batch_op.drop_index(batch_op.f('ix_groups_board_id'))

    op.drop_table('groups')
    with op.batch_alter_table('case_reviews', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_reviews_board_id'))

    op.drop_table('case_reviews')
    op.drop_table('settings')
    op.drop_table('boards')
    with op.batch_alter_table('audit', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_record')

    op.drop_table('audit')
    op.drop_table('agencies')
