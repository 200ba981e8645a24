-- An admin's confirmations, kept with the revision they were given at, that sentences of an
-- article with digits outside live blocks state no measurement, so that it may be published.

-- AlterTable
ALTER TABLE "ArticleRevision" ADD COLUMN     "confirmedTypedFigures" TEXT[] DEFAULT ARRAY[]::TEXT[];
