// positive LW001: forEach over items starts one prisma update per item; every promise is dropped
import type { PrismaClient } from "@prisma/client";

export async function reorderPlaylist(prisma: PrismaClient, playlistId: string, trackIds: string[]) {
  const playlist = await prisma.playlist.findUniqueOrThrow({ where: { id: playlistId } });

  trackIds.forEach((trackId, position) => {
    prisma.playlistTrack.update({
      where: { playlistId_trackId: { playlistId: playlist.id, trackId } },
      data: { position },
    });
  });

  return { playlistId: playlist.id, count: trackIds.length };
}
