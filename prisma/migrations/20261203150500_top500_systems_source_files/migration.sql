-- AlterTable
ALTER TABLE "Region" ADD COLUMN     "iso2" TEXT,
ADD COLUMN     "isoNumeric" TEXT;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "fileName" TEXT,
ADD COLUMN     "licence" TEXT,
ADD COLUMN     "sha256" TEXT;

-- CreateTable
CREATE TABLE "Top500System" (
    "id" SERIAL NOT NULL,
    "top500Id" TEXT,
    "name" TEXT,
    "computer" TEXT,
    "site" TEXT NOT NULL,
    "regionId" INTEGER NOT NULL,
    "manufacturer" TEXT,
    "segment" TEXT NOT NULL,
    "installationYear" INTEGER,
    "firstList" TEXT NOT NULL,
    "latestList" TEXT NOT NULL,
    "bestRank" INTEGER NOT NULL,
    "rmaxTflops" DOUBLE PRECISION NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Top500System_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Top500Entry" (
    "id" SERIAL NOT NULL,
    "systemId" INTEGER NOT NULL,
    "list" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "rmaxTflops" DOUBLE PRECISION NOT NULL,
    "rpeakTflops" DOUBLE PRECISION NOT NULL,
    "powerKw" DOUBLE PRECISION,
    "cores" INTEGER,
    "acceleratorCores" INTEGER,
    "accelerator" TEXT,
    "processor" TEXT,
    "manufacturer" TEXT,
    "site" TEXT NOT NULL,
    "segment" TEXT NOT NULL,
    "sourceId" INTEGER,

    CONSTRAINT "Top500Entry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Top500System_top500Id_key" ON "Top500System"("top500Id");

-- CreateIndex
CREATE INDEX "Top500System_regionId_latestList_idx" ON "Top500System"("regionId", "latestList");

-- CreateIndex
CREATE INDEX "Top500System_latestList_rmaxTflops_idx" ON "Top500System"("latestList", "rmaxTflops");

-- CreateIndex
CREATE INDEX "Top500System_segment_idx" ON "Top500System"("segment");

-- CreateIndex
CREATE INDEX "Top500System_manufacturer_idx" ON "Top500System"("manufacturer");

-- CreateIndex
CREATE INDEX "Top500Entry_sourceId_idx" ON "Top500Entry"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "Top500Entry_list_rank_key" ON "Top500Entry"("list", "rank");

-- CreateIndex
CREATE UNIQUE INDEX "Top500Entry_systemId_list_key" ON "Top500Entry"("systemId", "list");

-- CreateIndex
CREATE UNIQUE INDEX "Region_iso2_key" ON "Region"("iso2");

-- CreateIndex
CREATE UNIQUE INDEX "Region_isoNumeric_key" ON "Region"("isoNumeric");

-- AddForeignKey
ALTER TABLE "Top500System" ADD CONSTRAINT "Top500System_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Top500Entry" ADD CONSTRAINT "Top500Entry_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "Top500System"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Top500Entry" ADD CONSTRAINT "Top500Entry_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

