"""Cohorts on the hub: each learner is a PostgreSQL role that reads and writes only its own rows,
and a mentor reads what the learners of its cohorts share, and writes none of it.

- The operations and devices gain their owner (the role that pushed them; rows from before are
  the migrating role's), and row-level security keeps each role to its own.
- A cohort belongs to its mentor; a member row names a learner's role in it; a share row holds the
  figures a learner chose to share (progress, time), a shared note a note they chose to share.
- Two group roles carry the grants: `studytracker_learner` and `studytracker_mentor`. They are made
  when the migrating role may make roles; a hub set up by a role that may not still syncs devices,
  and cohorts on it wait for its administrator.
- The policies look a cohort's mentor and a role's membership up through two small functions that
  run as the tables' owner, so that the policies of two tables never refer to each other.

Revision ID: h002
Revises: h001
"""

import sqlalchemy as sa
from alembic import op

revision = "h002"
down_revision = "h001"
branch_labels = None
depends_on = None

OWN_TABLES = ("studytracker_operation", "studytracker_device")
SHARED_TABLES = ("studytracker_share", "studytracker_shared_note")


def upgrade() -> None:
    for table, key in (("studytracker_operation", "device, seq"), ("studytracker_device", "device")):
        op.execute(f"ALTER TABLE {table} ADD COLUMN owner text NOT NULL DEFAULT current_user")
        op.execute(f"ALTER TABLE {table} DROP CONSTRAINT {table}_pkey")
        op.execute(f"ALTER TABLE {table} ADD PRIMARY KEY (owner, {key})")
    op.create_table(
        "studytracker_cohort",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("roadmap", sa.Text(), nullable=False),
        sa.Column("target", sa.Date(), nullable=True),
        sa.Column("mentor", sa.Text(), nullable=False, server_default=sa.text("current_user")),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.UniqueConstraint("mentor", "name"),
    )
    op.create_table(
        "studytracker_member",
        sa.Column(
            "cohort_id",
            sa.Integer(),
            sa.ForeignKey("studytracker_cohort.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("learner", sa.Text(), primary_key=True),
        sa.Column("display_name", sa.Text(), nullable=False),
        sa.Column("invited_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("joined_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("studytracker_member_learner", "studytracker_member", ["learner"])
    op.create_table(
        "studytracker_share",
        sa.Column("cohort_id", sa.Integer(), primary_key=True),
        sa.Column("learner", sa.Text(), primary_key=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("figures", sa.Text(), nullable=False),  # JSON (`store.sync.share`)
        sa.ForeignKeyConstraint(
            ["cohort_id", "learner"],
            ["studytracker_member.cohort_id", "studytracker_member.learner"],
            ondelete="CASCADE",
        ),
    )
    op.create_table(
        "studytracker_shared_note",
        sa.Column("cohort_id", sa.Integer(), primary_key=True),
        sa.Column("learner", sa.Text(), primary_key=True),
        sa.Column("step", sa.Text(), primary_key=True),
        sa.Column("topic", sa.Text(), primary_key=True),  # "" for the step's own note
        sa.Column(
            "heading", sa.Text(), nullable=False
        ),  # "Step › Topic", as the learner's roadmap names them
        sa.Column("body", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cohort_id", "learner"],
            ["studytracker_member.cohort_id", "studytracker_member.learner"],
            ondelete="CASCADE",
        ),
    )
    # Looked up by the policies as the tables' owner: who runs a cohort, and whether a role is in it.
    op.execute(
        "CREATE FUNCTION studytracker_mentor_of(cohort integer) RETURNS text"
        " LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT"
        " AS 'SELECT mentor FROM studytracker_cohort WHERE id = cohort'"
    )
    op.execute(
        "CREATE FUNCTION studytracker_is_member(cohort integer, who text) RETURNS boolean"
        " LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT"
        " AS 'SELECT EXISTS (SELECT 1 FROM studytracker_member WHERE cohort_id = cohort AND learner = who)'"
    )
    for table in (*OWN_TABLES, "studytracker_cohort", "studytracker_member", *SHARED_TABLES):
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    for table in OWN_TABLES:
        op.execute(
            f"CREATE POLICY own_rows ON {table}"
            " USING (owner = current_user) WITH CHECK (owner = current_user)"
        )
    op.execute(
        "CREATE POLICY mentor_runs ON studytracker_cohort"
        " USING (mentor = current_user) WITH CHECK (mentor = current_user)"
    )
    op.execute(
        "CREATE POLICY member_reads ON studytracker_cohort FOR SELECT"
        " USING (studytracker_is_member(id, current_user))"
    )
    op.execute(
        "CREATE POLICY mentor_invites ON studytracker_member"
        " USING (studytracker_mentor_of(cohort_id) = current_user)"
        " WITH CHECK (studytracker_mentor_of(cohort_id) = current_user)"
    )
    op.execute("CREATE POLICY learner_reads ON studytracker_member FOR SELECT USING (learner = current_user)")
    op.execute(
        "CREATE POLICY learner_joins ON studytracker_member FOR UPDATE"
        " USING (learner = current_user) WITH CHECK (learner = current_user)"
    )
    for table in SHARED_TABLES:
        op.execute(
            f"CREATE POLICY learner_shares ON {table} USING (learner = current_user)"
            " WITH CHECK (learner = current_user AND studytracker_is_member(cohort_id, current_user))"
        )
        op.execute(
            f"CREATE POLICY mentor_reads ON {table} FOR SELECT"
            " USING (studytracker_mentor_of(cohort_id) = current_user)"
        )
    op.execute(
        """
        DO $$
        BEGIN
          IF NOT (SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user) THEN
            RETURN;  -- the hub's administrator makes the roles (studytracker hub mentor add)
          END IF;
          IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'studytracker_learner') THEN
            CREATE ROLE studytracker_learner NOLOGIN;
          END IF;
          IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'studytracker_mentor') THEN
            CREATE ROLE studytracker_mentor NOLOGIN;
          END IF;
        END $$;
        """
    )
    grant_to_groups()


def grant_to_groups() -> None:
    """What each group may do; the policies say on which rows. A mentor is a learner too (it may
    sync its own devices), and a learner may only mark its own membership joined."""
    op.execute(
        """
        DO $$
        BEGIN
          IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'studytracker_learner') THEN
            RETURN;
          END IF;
          GRANT SELECT, INSERT, UPDATE ON studytracker_operation, studytracker_device
            TO studytracker_learner, studytracker_mentor;
          GRANT SELECT ON studytracker_cohort, studytracker_member TO studytracker_learner;
          GRANT UPDATE (joined_at) ON studytracker_member TO studytracker_learner;
          GRANT SELECT, INSERT, UPDATE, DELETE ON studytracker_share, studytracker_shared_note
            TO studytracker_learner;
          GRANT SELECT, INSERT, UPDATE, DELETE ON studytracker_cohort, studytracker_member
            TO studytracker_mentor;
          GRANT SELECT ON studytracker_share, studytracker_shared_note TO studytracker_mentor;
          GRANT USAGE ON SEQUENCE studytracker_cohort_id_seq TO studytracker_mentor;
          GRANT SELECT ON studytracker_hub_version TO studytracker_learner, studytracker_mentor;
        END $$;
        """
    )


def downgrade() -> None:
    for table in (*SHARED_TABLES, "studytracker_member", "studytracker_cohort"):
        op.drop_table(table)
    op.execute("DROP FUNCTION studytracker_is_member(integer, text)")
    op.execute("DROP FUNCTION studytracker_mentor_of(integer)")
    for table, key in (("studytracker_operation", "device, seq"), ("studytracker_device", "device")):
        op.execute(f"DROP POLICY own_rows ON {table}")
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
        op.execute(f"ALTER TABLE {table} DROP CONSTRAINT {table}_pkey")
        op.execute(f"ALTER TABLE {table} DROP COLUMN owner")
        op.execute(f"ALTER TABLE {table} ADD PRIMARY KEY ({key})")
