-- Revisions keep the article's metadata beside its text: slug, tag names and the codes of the
-- related indicators and regions, each list in code-point order (as the API sorts them).
--
-- Revisions written before kept no metadata. They take their article's current metadata, the
-- only metadata known for them: with empty arrays instead, restoring an old revision would strip
-- the article of its tags and links, and every history would show them all removed at once.

-- AlterTable
ALTER TABLE "ArticleRevision" ADD COLUMN     "indicatorCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "regionCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "slug" TEXT,
ADD COLUMN     "tags" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- Backfill
UPDATE "ArticleRevision" AS r SET
  "slug" = a."slug",
  "tags" = ARRAY(
    SELECT t."name" FROM "ArticleTag" AS at JOIN "Tag" AS t ON t."id" = at."tagId"
    WHERE at."articleId" = a."id" ORDER BY t."name" COLLATE "C"
  ),
  "indicatorCodes" = ARRAY(
    SELECT i."code" FROM "ArticleIndicator" AS ai JOIN "Indicator" AS i ON i."id" = ai."indicatorId"
    WHERE ai."articleId" = a."id" ORDER BY i."code" COLLATE "C"
  ),
  "regionCodes" = ARRAY(
    SELECT g."code" FROM "ArticleRegion" AS ag JOIN "Region" AS g ON g."id" = ag."regionId"
    WHERE ag."articleId" = a."id" ORDER BY g."code" COLLATE "C"
  )
FROM "Article" AS a
WHERE a."id" = r."articleId";

ALTER TABLE "ArticleRevision" ALTER COLUMN "slug" SET NOT NULL;
