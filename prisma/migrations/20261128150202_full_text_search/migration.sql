-- Full-text search documents, computed by PostgreSQL from the searchable columns so that every
-- writer (seed, imports, the studio, plain SQL) keeps them current. Weights rank matches in names
-- and titles (A) above summaries and descriptions (B), bodies and methodology (C) and units (D).
-- Underscores in codes separate words.

-- AlterTable
ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A') ||
  setweight(to_tsvector('english'::regconfig, coalesce("summary", '')), 'B') ||
  setweight(to_tsvector('english'::regconfig, coalesce("body", '')), 'C')
) STORED;

-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, coalesce("name", '') || ' ' || translate(coalesce("code", ''), '_', ' ')), 'A') ||
  setweight(to_tsvector('english'::regconfig, coalesce("description", '')), 'B') ||
  setweight(to_tsvector('english'::regconfig, coalesce("methodology", '')), 'C') ||
  setweight(to_tsvector('english'::regconfig, coalesce("unit", '')), 'D')
) STORED;

-- AlterTable
ALTER TABLE "Region" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, coalesce("name", '') || ' ' || translate(coalesce("code", ''), '_', ' ')), 'A') ||
  setweight(to_tsvector('english'::regconfig, coalesce("description", '')), 'B')
) STORED;

-- CreateIndex
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Indicator_searchVector_idx" ON "Indicator" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Region_searchVector_idx" ON "Region" USING GIN ("searchVector");
