"""request_rollup and latency_histogram: the ledger's sums per 15 minutes and its latency
counts per day, kept by triggers in the same transaction as every insert, update, delete and
truncate of request_records, so that they always equal an aggregation of the raw rows.
Postgres only; on SQLite the report reads the rows.

request_rollup: per 15-minute UTC bucket (every real time zone's midnight falls on one) and
per value of each breakdown (model, label, rule, api_key, tenant, provider): requests, tokens,
money (NUMERIC: exact), cache hits, fallbacks, errors and upstream time (NUMERIC of each
float as Postgres casts it).

latency_histogram: per UTC day, model, metric (latency, ttft; answered requests only) and bin
(latency_bin(): 16 bins per doubling), how many values fell in it. A percentile finds its bin
here, then reads that bin's few values from request_records through an index on the bin.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

ORIGIN = "TIMESTAMPTZ '2000-01-01 00:00:00+00'"
BUCKET = f"date_bin('15 minutes', {{rows}}.created_at, {ORIGIN})"
DAY = f"date_bin('1 day', {{rows}}.created_at, {ORIGIN})"
# Lower edges of the bins, 2**-10 ms to 2**30 ms, 16 to a doubling; bin 0 is below them all.
EDGES = ",".join(f"{2 ** (step / 16):.6g}" for step in range(-160, 481))

ROLLUP_MEASURES = {
    "requests": "count(*)",
    "prompt_tokens": "sum(c.prompt_tokens)",
    "completion_tokens": "sum(c.completion_tokens)",
    "cost_usd": "sum(c.cost_usd)",
    "baseline_cost_usd": "sum(c.baseline_cost_usd)",
    "saved_usd": "sum(c.saved_usd)",
    "cache_hits": "count(*) FILTER (WHERE c.cache_hit)",
    "with_fallbacks": "count(*) FILTER (WHERE c.fallbacks > 0)",
    "errors": "count(*) FILTER (WHERE c.status <> 200)",
    "upstream_ms": "coalesce(sum(c.upstream_ms::numeric), 0)",
}
BREAKDOWNS = ("model", "label", "rule", "api_key", "tenant", "provider")


def add_to_rollup(rows: str, sign: str) -> str:
    """Adds (sign '') or takes away (sign '-') the rows of the table `rows` from the rollup:
    grouped by every breakdown at once first, then once per breakdown."""
    names = ", ".join(ROLLUP_MEASURES)
    measures = ", ".join(f"{sql} AS {name}" for name, sql in ROLLUP_MEASURES.items())
    sums = ", ".join(f"{sign}sum(g.{name})" for name in ROLLUP_MEASURES)
    updates = ", ".join(f"{name} = r.{name} + excluded.{name}" for name in ROLLUP_MEASURES)
    pairs = ", ".join(f"('{name}', g.{name})" for name in BREAKDOWNS)
    return f"""
        WITH g AS (
            SELECT {BUCKET.format(rows="c")} AS bucket, {", ".join(BREAKDOWNS)}, {measures}
            FROM {rows} AS c
            GROUP BY 1, {", ".join(BREAKDOWNS)})
        INSERT INTO request_rollup AS r (bucket, dimension, value, {names})
        SELECT g.bucket, d.dimension, d.value, {sums}
        FROM g CROSS JOIN LATERAL (VALUES {pairs}) AS d (dimension, value)
        GROUP BY 1, 2, 3
        ORDER BY 1, 2, 3
        ON CONFLICT (bucket, dimension, value) DO UPDATE SET {updates}"""


def add_to_histogram(rows: str, sign: str) -> str:
    return f"""
        INSERT INTO latency_histogram AS h (day, model, metric, bin, count)
        SELECT {DAY.format(rows="c")}, c.model, m.metric, latency_bin(m.ms), {sign}count(*)
        FROM {rows} AS c
        CROSS JOIN LATERAL (VALUES ('latency', c.latency_ms), ('ttft', c.ttft_ms)) AS m (metric, ms)
        WHERE c.status = 200 AND m.ms IS NOT NULL
        GROUP BY 1, 2, 3, 4
        ORDER BY 1, 2, 3, 4
        ON CONFLICT (day, model, metric, bin) DO UPDATE SET count = h.count + excluded.count"""


# Rows whose counts reach zero go, in the range the removed rows touched.
DROP_EMPTY = f"""
        DELETE FROM request_rollup WHERE requests = 0
        AND bucket >= (SELECT min({BUCKET.format(rows="removed_rows")}) FROM removed_rows)
        AND bucket <= (SELECT max(created_at) FROM removed_rows);
        DELETE FROM latency_histogram WHERE count = 0
        AND day >= (SELECT min({DAY.format(rows="removed_rows")}) FROM removed_rows)
        AND day <= (SELECT max(created_at) FROM removed_rows)"""

APPLY = f"""
CREATE FUNCTION request_rollup_apply() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        {add_to_rollup("added_rows", "")};
        {add_to_histogram("added_rows", "")};
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        {add_to_rollup("removed_rows", "-")};
        {add_to_histogram("removed_rows", "-")};
        {DROP_EMPTY};
    END IF;
    RETURN NULL;
END
$body$"""

CLEAR = """
CREATE FUNCTION request_rollup_clear() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    DELETE FROM request_rollup;
    DELETE FROM latency_histogram;
    RETURN NULL;
END
$body$"""

UPGRADE = [
    # No insert may land between the backfill and the triggers: hold writers until commit.
    "LOCK TABLE request_records IN SHARE ROW EXCLUSIVE MODE",
    f"""CREATE FUNCTION latency_bin(ms double precision) RETURNS integer
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        AS $body$ SELECT width_bucket(ms, '{{{EDGES}}}'::double precision[]) $body$""",
    """CREATE TABLE request_rollup (
        bucket timestamptz NOT NULL,
        dimension varchar(16) NOT NULL,
        value varchar(256),
        requests bigint NOT NULL,
        prompt_tokens bigint NOT NULL,
        completion_tokens bigint NOT NULL,
        cost_usd numeric NOT NULL,
        baseline_cost_usd numeric NOT NULL,
        saved_usd numeric NOT NULL,
        cache_hits bigint NOT NULL,
        with_fallbacks bigint NOT NULL,
        errors bigint NOT NULL,
        upstream_ms numeric NOT NULL,
        CONSTRAINT uq_request_rollup UNIQUE NULLS NOT DISTINCT (bucket, dimension, value))""",
    """CREATE TABLE latency_histogram (
        day timestamptz NOT NULL,
        model varchar(128),
        metric varchar(8) NOT NULL,
        bin integer NOT NULL,
        count bigint NOT NULL,
        CONSTRAINT uq_latency_histogram UNIQUE NULLS NOT DISTINCT (day, model, metric, bin))""",
    add_to_rollup("request_records", ""),
    add_to_histogram("request_records", ""),
    APPLY,
    CLEAR,
    """CREATE TRIGGER request_rollup_insert AFTER INSERT ON request_records
        REFERENCING NEW TABLE AS added_rows
        FOR EACH STATEMENT EXECUTE FUNCTION request_rollup_apply()""",
    """CREATE TRIGGER request_rollup_update AFTER UPDATE ON request_records
        REFERENCING OLD TABLE AS removed_rows NEW TABLE AS added_rows
        FOR EACH STATEMENT EXECUTE FUNCTION request_rollup_apply()""",
    """CREATE TRIGGER request_rollup_delete AFTER DELETE ON request_records
        REFERENCING OLD TABLE AS removed_rows
        FOR EACH STATEMENT EXECUTE FUNCTION request_rollup_apply()""",
    """CREATE TRIGGER request_rollup_truncate AFTER TRUNCATE ON request_records
        FOR EACH STATEMENT EXECUTE FUNCTION request_rollup_clear()""",
    # A percentile's bin, read for one model and month.
    """CREATE INDEX ix_request_records_latency_bin
        ON request_records (model, latency_bin(latency_ms), created_at) INCLUDE (latency_ms)
        WHERE status = 200""",
    """CREATE INDEX ix_request_records_ttft_bin
        ON request_records (model, latency_bin(ttft_ms), created_at) INCLUDE (ttft_ms)
        WHERE status = 200 AND ttft_ms IS NOT NULL""",
]

DOWNGRADE = [
    "DROP INDEX ix_request_records_ttft_bin",
    "DROP INDEX ix_request_records_latency_bin",
    "DROP TRIGGER request_rollup_truncate ON request_records",
    "DROP TRIGGER request_rollup_delete ON request_records",
    "DROP TRIGGER request_rollup_update ON request_records",
    "DROP TRIGGER request_rollup_insert ON request_records",
    "DROP FUNCTION request_rollup_clear()",
    "DROP FUNCTION request_rollup_apply()",
    "DROP TABLE latency_histogram",
    "DROP TABLE request_rollup",
    "DROP FUNCTION latency_bin(double precision)",
]


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in UPGRADE:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in DOWNGRADE:
            op.execute(statement)
